package dev.writ.mail.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.writ.mail.OutgoingMail;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The outbox table: every mail and what became of it.
 */
@Repository
class MailOutbox {

	private final JdbcClient jdbc;

	MailOutbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(UUID id, OutgoingMail mail, Instant now) {
		this.jdbc.sql("""
				insert into mail_outbox (id, recipient, kind, subject, body, status, created_at)
				values (?, ?, ?, ?, ?, 'PENDING', ?)""")
			.params(id, mail.recipient(), mail.kind(), mail.subject(), mail.body(), Timestamp.from(now))
			.update();
	}

	Optional<StoredMail> find(UUID id) {
		return this.jdbc.sql("select * from mail_outbox where id = ?").param(id).query(MailOutbox::map).optional();
	}

	void mark(UUID id, String status, String error, Instant now) {
		this.jdbc.sql("""
				update mail_outbox set status = ?, attempts = attempts + 1, last_error = ?,
				sent_at = case when ? = 'SENT' then ? else sent_at end where id = ?""")
			.params(status, error, status, Timestamp.from(now), id)
			.update();
	}

	List<UUID> retryable(int maxAttempts) {
		return this.jdbc.sql("select id from mail_outbox where status = 'FAILED' and attempts < ? order by created_at")
			.param(maxAttempts)
			.query(UUID.class)
			.list();
	}

	List<StoredMail> latest(int limit) {
		return this.jdbc.sql("select * from mail_outbox order by created_at desc limit ?")
			.param(limit)
			.query(MailOutbox::map)
			.list();
	}

	static StoredMail map(ResultSet row, int rowNum) throws SQLException {
		Timestamp sent = row.getTimestamp("sent_at");
		return new StoredMail(row.getObject("id", UUID.class), row.getString("recipient"), row.getString("kind"),
				row.getString("subject"), row.getString("body"), row.getString("status"), row.getInt("attempts"),
				row.getString("last_error"), row.getTimestamp("created_at").toInstant(),
				(sent != null) ? sent.toInstant() : null);
	}

}
