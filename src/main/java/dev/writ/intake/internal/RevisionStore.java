package dev.writ.intake.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.writ.intake.DemandQueries.Revision;
import dev.writ.intake.TrustSignal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every submitted version of a demand (facts and assessment as scenario JSON) and the
 * trust signals it raised.
 */
@Repository
class RevisionStore {

	private final JdbcClient jdbc;

	RevisionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(UUID demandId, int revision, Instant at, UUID submittedBy, String factsJson, String assessmentJson) {
		this.jdbc.sql("""
				insert into demand_revision (demand_id, revision, submitted_at, submitted_by, facts, assessment)
				values (?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb))""")
			.params(demandId, revision, Timestamp.from(at), submittedBy, factsJson, assessmentJson)
			.update();
	}

	void addSignals(UUID demandId, int revision, List<TrustSignal> signals) {
		for (TrustSignal signal : signals) {
			this.jdbc.sql("insert into demand_trust_signal (demand_id, revision, code, detail) values (?, ?, ?, ?)")
				.params(demandId, revision, signal.kind().name(), signal.detail())
				.update();
		}
	}

	List<Revision> revisions(UUID demandId) {
		return this.jdbc
			.sql("select revision, submitted_at, facts::text, assessment::text from demand_revision "
					+ "where demand_id = ? order by revision")
			.param(demandId)
			.query((row, i) -> new Revision(row.getInt(1), row.getTimestamp(2).toInstant(), row.getString(3),
					AssessmentRecords.summary(row.getString(4))))
			.list();
	}

	String latestAssessment(UUID demandId) {
		return this.jdbc
			.sql("select assessment::text from demand_revision where demand_id = ? order by revision desc limit 1")
			.param(demandId)
			.query(String.class)
			.single();
	}

	List<TrustSignal> signals(UUID demandId, int revision) {
		return this.jdbc
			.sql("select code, detail from demand_trust_signal where demand_id = ? and revision = ? order by code")
			.params(demandId, revision)
			.query((row, i) -> new TrustSignal(TrustSignal.Kind.valueOf(row.getString(1)), row.getString(2)))
			.list();
	}

	/** How many signals each demand's current version raised. */
	Map<UUID, Integer> signalCounts(List<UUID> demandIds) {
		if (demandIds.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql("""
				select s.demand_id, count(*) from demand_trust_signal s join demand d on d.id = s.demand_id
				and d.revision = s.revision where s.demand_id in (:ids) group by s.demand_id""")
			.param("ids", demandIds)
			.query((row, i) -> Map.entry(row.getObject(1, UUID.class), row.getInt(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

}
