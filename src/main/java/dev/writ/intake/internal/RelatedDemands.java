package dev.writ.intake.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.writ.intake.DemandSummary;
import dev.writ.intake.RelatedDemand;
import dev.writ.intake.RelatedDemand.Why;
import dev.writ.shared.legal.ProcessType;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds the demands related to one: those naming one of its accounts (identifiers
 * compared without regard to case) and those carrying its case number; a related
 * preservation request received earlier is marked as such.
 */
@Component
class RelatedDemands {

	static final int LIMIT = 50;

	private static final String SQL = """
			select other.id, 'SAME_TARGET' as why
			  from demand_target mine
			  join demand_target theirs on lower(theirs.identifier) = lower(mine.identifier)
			  join demand other on other.id = theirs.demand_id
			 where mine.demand_id = :id and other.id <> :id
			union
			select other.id, 'SAME_CASE_NUMBER' as why
			  from demand mine
			  join demand other on other.process_case_number = mine.process_case_number
			 where mine.id = :id and other.id <> :id and mine.process_case_number is not null
			""";

	private final JdbcClient jdbc;

	private final DemandRepository demands;

	RelatedDemands(JdbcClient jdbc, DemandRepository demands) {
		this.jdbc = jdbc;
		this.demands = demands;
	}

	List<RelatedDemand> of(Demand demand, java.util.function.Function<List<Demand>, List<DemandSummary>> summaries) {
		Map<UUID, Set<Why>> reasons = new LinkedHashMap<>();
		this.jdbc.sql(SQL)
			.param("id", demand.id())
			.query((row, i) -> Map.entry(row.getObject(1, UUID.class), Why.valueOf(row.getString(2))))
			.list()
			.forEach(link -> reasons.computeIfAbsent(link.getKey(), key -> EnumSet.noneOf(Why.class))
				.add(link.getValue()));
		List<Demand> others = new ArrayList<>(this.demands.findAllById(reasons.keySet()));
		others.sort((a, b) -> b.receivedAt().compareTo(a.receivedAt()));
		List<DemandSummary> lines = summaries.apply(others.subList(0, Math.min(LIMIT, others.size())));
		return lines.stream().map(line -> new RelatedDemand(line, why(line, reasons.get(line.id()), demand))).toList();
	}

	private static Set<Why> why(DemandSummary other, Set<Why> reasons, Demand demand) {
		Set<Why> why = EnumSet.copyOf(reasons);
		boolean earlierPreservation = other.processType() == ProcessType.PRESERVATION_REQUEST
				&& other.receivedAt().isBefore(demand.receivedAt()) && reasons.contains(Why.SAME_TARGET);
		if (earlierPreservation) {
			why.add(Why.EARLIER_PRESERVATION);
		}
		return why;
	}

}
