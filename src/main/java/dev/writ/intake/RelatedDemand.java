package dev.writ.intake;

import java.util.Set;

/**
 * Another demand that bears on this one, and why: staff read them together (the same
 * account asked for by two agencies, one case served twice, a preservation that the new
 * process follows up). Never shown to requesters: it would reveal other agencies' work.
 */
public record RelatedDemand(DemandSummary demand, Set<Why> why) {

	public RelatedDemand {
		why = Set.copyOf(why);
	}

	/**
	 * What links the two demands.
	 */
	public enum Why {

		/** It names one of the same accounts. */
		SAME_TARGET("same account"),
		/** It carries the same case or docket number. */
		SAME_CASE_NUMBER("same case number"),
		/** An earlier preservation request for one of the same accounts. */
		EARLIER_PRESERVATION("earlier preservation of the same account");

		private final String label;

		Why(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

}
