package dev.writ.intake.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.writ.intake.DecisionNotice;
import dev.writ.intake.DecisionNoticeSent;
import dev.writ.intake.DemandOutcomes;
import dev.writ.intake.DemandStatus;
import dev.writ.shared.validation.InvalidInput;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decision notices, kept with their demand. Recording one moves the demand to the decided
 * status in the same transaction as review's decision, so the requester never sees a
 * decision review did not make, nor misses one it did.
 */
@Service
class DecisionNotices implements DemandOutcomes {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<List<DecisionNotice.Line>> LINES = new TypeReference<>() {
	};

	private final DemandRepository demands;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DecisionNotices(DemandRepository demands, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.demands = demands;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(DecisionNotice notice) {
		Demand demand = this.demands.findByReference(notice.reference())
			.orElseThrow(() -> new InvalidInput("reference", "no demand " + notice.reference()));
		demand.decide(notice.status());
		this.demands.save(demand);
		Instant now = this.clock.instant();
		this.jdbc.sql("""
				insert into demand_decision_notice (id, demand_id, status, headline, lines, note, actor, sent_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), demand.id(), notice.status().name(), notice.headline(),
					JSON.writeValueAsString(notice.lines()), notice.note(), notice.actor(), Timestamp.from(now))
			.update();
		DecisionNotice sent = new DecisionNotice(notice.reference(), notice.status(), notice.headline(), notice.lines(),
				notice.note(), notice.actor(), now);
		this.events.publishEvent(new DecisionNoticeSent(demand.id(), demand.reference(), demand.agencyId(), sent));
	}

	@Override
	@Transactional(readOnly = true)
	public List<DecisionNotice> notices(String reference) {
		return this.jdbc.sql("""
				select d.reference, n.status, n.headline, n.lines, n.note, n.actor, n.sent_at
				from demand_decision_notice n join demand d on d.id = n.demand_id
				where d.reference = ? order by n.sent_at, n.id""")
			.param(reference)
			.query((row, i) -> new DecisionNotice(row.getString(1), DemandStatus.valueOf(row.getString(2)),
					row.getString(3), JSON.readValue(row.getString(4), LINES), row.getString(5), row.getString(6),
					row.getTimestamp(7).toInstant()))
			.list();
	}

}
