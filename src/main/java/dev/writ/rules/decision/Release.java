package dev.writ.rules.decision;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import dev.writ.rules.DemandFacts;
import dev.writ.rules.DemandFacts.DateRange;
import dev.writ.rules.Finding;
import dev.writ.rules.Outcome;
import dev.writ.rules.ReasonCode;
import dev.writ.rules.ReasonCode.Effect;
import dev.writ.shared.legal.DataCategory;

import org.jspecify.annotations.Nullable;

/**
 * What could leave the provider if the targets allow it: the requested categories minus
 * everything a finding withholds, over the requested period cut at receipt
 * (legal-rules.md section 9, step 9).
 *
 * @param narrowed whether the process, consent or period cut what was asked for
 */
record Release(List<DataCategory> categories, @Nullable DateRange period, boolean narrowed) {

	/**
	 * Emergency content is held back by policy, not because the process falls short: not
	 * a narrowing.
	 */
	private static final String EMERGENCY_SCOPE_RULE = "SCA-21";

	static Release of(DemandFacts facts, List<Finding> findings) {
		Set<DataCategory> withheld = EnumSet.noneOf(DataCategory.class);
		boolean narrowed = false;
		for (Finding finding : findings) {
			if (finding.code().effect() == Effect.WITHHOLD) {
				withheld.addAll(finding.withheld());
				narrowed |= !EMERGENCY_SCOPE_RULE.equals(finding.rule());
			}
		}
		boolean truncated = findings.stream().anyMatch(f -> f.code() == ReasonCode.DATE_RANGE_TRUNCATED);
		List<DataCategory> categories = new ArrayList<>(facts.dataRequested());
		categories.removeAll(withheld);
		return new Release(List.copyOf(categories), period(facts, truncated), narrowed || truncated);
	}

	private static @Nullable DateRange period(DemandFacts facts, boolean truncated) {
		DateRange asked = facts.process().dateRange();
		if (asked == null || !truncated) {
			return asked;
		}
		return new DateRange(asked.from(), facts.receivedDate());
	}

	boolean isEmpty() {
		return this.categories.isEmpty();
	}

	/** The outcome for a target whose data can be released. */
	Outcome outcome() {
		if (this.narrowed) {
			return Outcome.NARROW_THEN_DISCLOSE;
		}
		return this.categories.stream().anyMatch(DataCategory::isContent) ? Outcome.DISCLOSE_CONTENT
				: Outcome.DISCLOSE_NONCONTENT_ONLY;
	}

}
