package dev.writ.reporting;

import java.time.LocalDate;
import java.util.Locale;

import dev.writ.shared.legal.ProcessType;
import org.jspecify.annotations.Nullable;

/**
 * One demand as the transparency report counts it: from a historical register a provider
 * brings, or from Writ's own demands and decisions.
 *
 * @param country ISO 3166-1 alpha-2 code of the requesting country
 * @param accountsSpecified how many target identifiers the demand named
 * @param enterprise whether a target belongs to a customer with more than 50 seats
 * @param secrecyOrder whether a secrecy (non-disclosure) order came with it
 * @param dataLocation ISO 3166-1 alpha-2 code of where the content is stored, or null
 */
public record RegisterEntry(String reference, LocalDate receivedDate, String country, Section section,
		ProcessType processType, IssuerLevel issuerLevel, int accountsSpecified, Outcome outcome, boolean enterprise,
		boolean secrecyOrder, @Nullable String dataLocation) {

	/** The report's sections. */
	public enum Section {

		/** Criminal law-enforcement demands. */
		CRIMINAL,
		/** Emergency requests. */
		EMERGENCY,
		/** Civil demands. */
		CIVIL;

		public String code() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/** Who issued the demand. */
	public enum IssuerLevel {

		FEDERAL, STATE, LOCAL, FOREIGN;

		public String code() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/** How the demand ended, or that it is still open. */
	public enum Outcome {

		/** Some content produced. */
		CONTENT,
		/** Only non-content records produced. */
		NON_CONTENT_ONLY,
		/** No account matched. */
		NO_DATA_FOUND,
		/** Rejected for not meeting legal requirements. */
		REJECTED,
		/** Withdrawn by the requester. */
		WITHDRAWN,
		/** The requester was sent to the enterprise customer. */
		REDIRECTED_TO_CUSTOMER,
		/** The provider moved to quash or objected. */
		CHALLENGED,
		/** The requester was sent to mutual legal assistance. */
		ROUTED_TO_MLAT,
		/** Still open at the report date. */
		PENDING;

		public String code() {
			return name().toLowerCase(Locale.ROOT);
		}

		/** Whether data left the provider. */
		public boolean disclosed() {
			return this == CONTENT || this == NON_CONTENT_ONLY;
		}

		/**
		 * Whether it ended without disclosure for a reason other than finding no data:
		 * the report's "rejected" column.
		 */
		public boolean endedWithoutDisclosure() {
			return this == REJECTED || this == WITHDRAWN || this == REDIRECTED_TO_CUSTOMER || this == CHALLENGED
					|| this == ROUTED_TO_MLAT;
		}

	}

}
