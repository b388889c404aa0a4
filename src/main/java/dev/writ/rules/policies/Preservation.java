package dev.writ.rules.policies;

import java.time.LocalDate;

import dev.writ.rules.DemandFacts;
import dev.writ.rules.DemandFacts.PriorPreservation;
import dev.writ.shared.legal.ProcessType;

import org.jspecify.annotations.Nullable;

/**
 * Preservation periods: 90 days, extended once by 90 on a renewal within the first period
 * (18 U.S.C. 2703(f)); EU preservation orders 60 days, extendable by 30 (Reg. 2023/1543
 * Art. 11).
 */
public final class Preservation {

	static final int US_DAYS = 90;

	static final int EU_DAYS = 60;

	static final int EU_EXTENSION_DAYS = 30;

	private Preservation() {
	}

	public static boolean isPreservation(DemandFacts facts) {
		return facts.process().type() == ProcessType.PRESERVATION_REQUEST
				|| facts.process().crossBorder().isEuPreservationOrder();
	}

	/**
	 * Whether this request renews a hold still running, which has not been extended
	 * before.
	 */
	static boolean isExtension(DemandFacts facts) {
		PriorPreservation prior = facts.process().priorPreservation();
		return prior != null && !prior.extended()
				&& !facts.receivedDate().isAfter(prior.receivedDate().plusDays(basePeriod(facts)));
	}

	/**
	 * The last day of the hold this request places or extends; null for anything but
	 * preservation.
	 */
	public static @Nullable LocalDate until(DemandFacts facts) {
		if (!isPreservation(facts)) {
			return null;
		}
		if (isExtension(facts)) {
			return facts.process().priorPreservation().receivedDate().plusDays(basePeriod(facts) + extension(facts));
		}
		return facts.receivedDate().plusDays(basePeriod(facts));
	}

	/**
	 * The last day an earlier hold ran: 90 days (180 once extended) under 2703(f); for an
	 * EU order, 60 days (90 once extended), the earlier hold being an EU preservation
	 * order too.
	 */
	static LocalDate heldUntil(DemandFacts facts, PriorPreservation prior) {
		boolean eu = facts.process().isEuOrder();
		int base = eu ? EU_DAYS : US_DAYS;
		int extension = eu ? EU_EXTENSION_DAYS : US_DAYS;
		return prior.receivedDate().plusDays(prior.extended() ? base + extension : base);
	}

	static int basePeriod(DemandFacts facts) {
		return facts.process().crossBorder().isEuPreservationOrder() ? EU_DAYS : US_DAYS;
	}

	private static int extension(DemandFacts facts) {
		return facts.process().crossBorder().isEuPreservationOrder() ? EU_EXTENSION_DAYS : US_DAYS;
	}

}
