package dev.writ.rules;

import java.time.LocalDate;
import java.util.List;

import dev.writ.rules.DemandFacts.DateRange;
import dev.writ.shared.legal.DataCategory;

import org.jspecify.annotations.Nullable;

/**
 * The engine's answer for one demand (scenario-format.md, output), with every finding
 * that led to it.
 *
 * @param reasons every code that decided the outcome, rejection and routing codes first
 * @param dataToRelease exactly the categories to produce, in the order asked; empty when
 * nothing is produced
 * @param releasePeriod the period to produce, cut at receipt; null when nothing is
 * produced or no period was named
 * @param deadline ISO 8601 duration from receipt where a legal response deadline applies
 * (P10D, PT8H, P14D)
 * @param preserveUntil last day of a preservation hold
 */
public record Assessment(String id, Outcome outcome, List<ReasonCode> reasons, List<DataCategory> dataToRelease,
		@Nullable DateRange releasePeriod, UserNotice userNotice, boolean reimbursementAllowed,
		@Nullable String deadline, @Nullable LocalDate preserveUntil, List<TargetOutcome> perTarget,
		List<Finding> findings) {

	public Assessment {
		reasons = List.copyOf(reasons);
		dataToRelease = List.copyOf(dataToRelease);
		perTarget = List.copyOf(perTarget);
		findings = List.copyOf(findings);
	}

	/** The outcome for one named target. */
	public record TargetOutcome(String identifier, Outcome outcome) {

	}

}
