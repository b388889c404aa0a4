package dev.writ.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a decisive step decides, beyond the reviewer's reason: the scope of an approval,
 * the reasons of a rejection, the customer a demand is redirected to, the challenge filed
 * and how it ended. Each is kept with the case, shown on its page and written to the
 * audit trail.
 */
public sealed interface Decision {

	/** The decision as audit details and history. */
	Map<String, String> details();

	/** Approve disclosure of exactly this scope. */
	record Approval(ApprovalScope scope) implements Decision {

		@Override
		public Map<String, String> details() {
			return Map.of("scope", this.scope.describe());
		}

	}

	/**
	 * Refuse, for these reasons of the vocabulary ({@link RejectionReasons}).
	 */
	record Rejection(List<String> reasons) implements Decision {

		public Rejection {
			reasons = reasons.stream().distinct().toList();
		}

		@Override
		public Map<String, String> details() {
			return Map.of("reasons", String.join(",", this.reasons));
		}

	}

	/**
	 * Send the requester to the enterprise customer that controls the data.
	 *
	 * @param customer the customer, as the directory names it
	 * @param contactName who at the customer receives such demands
	 * @param contactEmail where they receive them
	 * @param message what was sent to the requester
	 */
	record Redirect(String customer, String contactName, String contactEmail, String message) implements Decision {

		@Override
		public Map<String, String> details() {
			return Map.of("customer", this.customer, "contact", this.contactName + " <" + this.contactEmail + ">",
					"message", this.message);
		}

	}

	/** Move to quash or object, with the day the filing is due. */
	record Challenge(ChallengeKind kind, LocalDate dueOn) implements Decision {

		@Override
		public Map<String, String> details() {
			return Map.of("challenge", this.kind.name(), "due", this.dueOn.toString());
		}

	}

	/** How a challenge ended. */
	record ChallengeResolved(ChallengeOutcome outcome) implements Decision {

		@Override
		public Map<String, String> details() {
			return Map.of("outcome", this.outcome.name());
		}

	}

	/** The filings a provider makes against a demand. */
	enum ChallengeKind {

		/**
		 * A motion to quash or modify (for instance 18 U.S.C. 2703(d), last sentence).
		 */
		MOTION_TO_QUASH("Motion to quash or modify"),
		/** A comity motion under 18 U.S.C. 2703(h)(2): within 14 days of service. */
		COMITY_MOTION("Comity motion, 18 U.S.C. 2703(h)"),
		/** A reasoned objection to an EU order, Reg. 2023/1543 Art. 17. */
		REASONED_OBJECTION("Reasoned objection, Reg. (EU) 2023/1543 Art. 17");

		private final String label;

		ChallengeKind(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	/** How a challenge ended. */
	enum ChallengeOutcome {

		/** The court quashed the demand or modified it as asked. */
		GRANTED("granted"),
		/** Granted in part: the demand was narrowed. */
		GRANTED_IN_PART("granted in part"),
		/** Denied: the demand stands as served. */
		DENIED("denied"),
		/** The requester withdrew or amended the demand before a ruling. */
		MOOTED("moot: the requester withdrew or amended the demand");

		private final String label;

		ChallengeOutcome(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

}
