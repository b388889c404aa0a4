package dev.writ.intake;

/**
 * Why a demand deserves a second look before anything is disclosed. Shown to staff only.
 */
public record TrustSignal(Kind kind, String detail) {

	/**
	 * The kinds of signal.
	 */
	public enum Kind {

		/** The officer's account is new. */
		NEW_OFFICER_ACCOUNT("New officer account"),
		/** The agency has not sent a demand before. */
		FIRST_DEMAND_FROM_AGENCY("First demand from this agency"),
		/** The officer's e-mail domain is not one of the agency's verified domains. */
		SENDER_DOMAIN_NOT_VERIFIED("Sender domain not verified"),
		/** The officer's e-mail domain imitates an official one. */
		LOOKALIKE_DOMAIN("Look-alike domain"),
		/** Submitted outside the agency's business hours. */
		OUTSIDE_BUSINESS_HOURS("Outside business hours"),
		/** An emergency request that asks for content. */
		EMERGENCY_WITH_CONTENT("Emergency asking for content"),
		/** More demands from this officer than usual. */
		UNUSUAL_VOLUME("Unusual volume");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

}
