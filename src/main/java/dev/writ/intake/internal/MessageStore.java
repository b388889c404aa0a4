package dev.writ.intake.internal;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import dev.writ.intake.DemandMessage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Messages about demands.
 */
@Repository
class MessageStore {

	private final JdbcClient jdbc;

	MessageStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(UUID demandId, DemandMessage message) {
		this.jdbc.sql("""
				insert into demand_message (id, demand_id, author_id, from_staff, body, posted_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(message.id(), demandId, message.authorId(), message.fromStaff(), message.body(),
					Timestamp.from(message.postedAt()))
			.update();
	}

	List<DemandMessage> of(UUID demandId) {
		return this.jdbc
			.sql("select id, author_id, from_staff, body, posted_at from demand_message where demand_id = ? "
					+ "order by posted_at")
			.param(demandId)
			.query((row, i) -> new DemandMessage(row.getObject(1, UUID.class), row.getObject(2, UUID.class),
					row.getBoolean(3), row.getString(4), row.getTimestamp(5).toInstant()))
			.list();
	}

}
