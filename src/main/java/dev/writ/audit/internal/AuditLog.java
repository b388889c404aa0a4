package dev.writ.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import dev.writ.audit.AuditDetails;
import dev.writ.audit.AuditEntry;
import dev.writ.audit.AuditTrail;
import dev.writ.audit.ChainVerification;
import dev.writ.shared.audit.Auditable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only store of the chain. Appends serialise on a transaction-scoped advisory
 * lock, so every entry links to the one committed before it and positions stay gapless (a
 * sequence would leave gaps on rollback, which would look like deleted entries).
 */
@Service
class AuditLog implements AuditTrail {

	private static final long APPEND_LOCK = 0x5772_6974_4175_6474L;

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional
	public AuditEntry record(Auditable event) {
		this.jdbc.sql("select pg_advisory_xact_lock(?)").param(APPEND_LOCK).query().singleRow();
		AuditEntry last = lastEntry();
		long seq = (last == null) ? 1 : last.seq() + 1;
		String previous = (last == null) ? ChainHasher.GENESIS : last.hash();
		AuditEntry entry = link(seq, previous, event);
		insert(entry);
		return entry;
	}

	private AuditEntry link(long seq, String previous, Auditable event) {
		// Microseconds: what PostgreSQL keeps, so the hash recomputes exactly from the
		// stored row.
		Instant at = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		String action = event.action().name();
		String details = AuditDetails.canonical(event.details());
		AuditEntry unsealed = new AuditEntry(seq, at, event.actor(), action, event.subject(), details, previous, "");
		return new AuditEntry(seq, at, event.actor(), action, event.subject(), details, previous,
				ChainHasher.hash(unsealed));
	}

	private void insert(AuditEntry entry) {
		this.jdbc.sql("""
				insert into audit_entry (seq, occurred_at, actor, action, subject, details, previous_hash, hash)
				values (:seq, :at, :actor, :action, :subject, :details, :previous, :hash)""")
			.param("seq", entry.seq())
			.param("at", java.sql.Timestamp.from(entry.occurredAt()))
			.param("actor", entry.actor())
			.param("action", entry.action())
			.param("subject", entry.subject())
			.param("details", entry.details())
			.param("previous", entry.previousHash())
			.param("hash", entry.hash())
			.update();
	}

	private AuditEntry lastEntry() {
		return this.jdbc.sql("select * from audit_entry order by seq desc limit 1")
			.query(AuditLog::map)
			.optional()
			.orElse(null);
	}

	@Override
	@Transactional(readOnly = true)
	public List<AuditEntry> latest(int limit) {
		return this.jdbc.sql("select * from audit_entry order by seq desc limit ?")
			.param(limit)
			.query(AuditLog::map)
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public List<AuditEntry> forSubject(String subject) {
		return this.jdbc.sql("select * from audit_entry where subject = ? order by seq")
			.param(subject)
			.query(AuditLog::map)
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public ChainVerification verify() {
		ChainWalk walk = new ChainWalk();
		this.jdbc.sql("select * from audit_entry order by seq").withFetchSize(1000).query(row -> {
			walk.accept(map(row, 0));
		});
		return walk.result();
	}

	static AuditEntry map(ResultSet row, int rowNum) throws SQLException {
		return new AuditEntry(row.getLong("seq"), row.getTimestamp("occurred_at").toInstant(), row.getString("actor"),
				row.getString("action"), row.getString("subject"), row.getString("details"),
				row.getString("previous_hash"), row.getString("hash"));
	}

}
