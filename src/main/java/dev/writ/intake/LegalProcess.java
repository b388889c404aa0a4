package dev.writ.intake;

import java.time.LocalDate;

import dev.writ.shared.legal.ProcessType;
import dev.writ.shared.legal.ServiceChannel;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Embedded;

/**
 * The legal instrument a demand was served under (scenario {@code process}).
 *
 * @param dateRange the period of data asked for; null when the instrument names none
 * @param accountOwnerConsent whether the account owner's specific consent came with it
 * (civil content)
 */
public record LegalProcess(ProcessType type, @Embedded.Empty Issuance issuance, @Embedded.Empty Delivery delivery,
		@Embedded.Nullable(prefix = "date_") @Nullable DateRange dateRange,
		@Embedded.Empty(prefix = "ndo_") NondisclosureOrder nondisclosureOrder,
		@Embedded.Empty(prefix = "emergency_") EmergencyDetails emergency, boolean accountOwnerConsent,
		@Embedded.Nullable(prefix = "offence_") @Nullable Offence offence, @Embedded.Empty CrossBorder crossBorder,
		@Embedded.Nullable(prefix = "prior_preservation_") @Nullable PriorPreservation priorPreservation) {

	/**
	 * Who issued the instrument and how it is authenticated.
	 *
	 * @param issuingJurisdiction {@code US-federal}, {@code US-<state>}, an ISO country
	 * or {@code GB-EAW}
	 * @param validatedBy role of the judicial authority that validated it (EU orders), if
	 * any
	 */
	public record Issuance(String issuedBy, String issuingJurisdiction, @Nullable String issuerRole,
			@Nullable String validatedBy, boolean signed, boolean onLetterhead, LocalDate issueDate,
			@Nullable String caseNumber, @Nullable String localInstrument) {

	}

	/**
	 * To whom and how the instrument was served.
	 *
	 * @param domesticated for an out-of-state civil subpoena: whether it was
	 * domesticated; null otherwise
	 */
	public record Delivery(String addressedTo, ServiceChannel serviceChannel, @Nullable String senderEmail,
			@Nullable Boolean domesticated) {

	}

	/** The period of data asked for, both ends inclusive. */
	public record DateRange(LocalDate from, LocalDate to) {

	}

	/**
	 * A secrecy order that came with the demand.
	 *
	 * @param expires null when the order names no end date
	 */
	public record NondisclosureOrder(boolean present, @Nullable LocalDate expires, @Nullable String statute) {

		public static NondisclosureOrder none() {
			return new NondisclosureOrder(false, null, null);
		}

	}

	/** What an emergency request says about the emergency. */
	public record EmergencyDetails(@Nullable String summary, @Nullable String howDataHelps) {

		public static EmergencyDetails none() {
			return new EmergencyDetails(null, null);
		}

	}

	/**
	 * The offence under investigation, where the instrument needs it.
	 *
	 * @param maxSentenceYears maximum custodial sentence in the issuing State; 99 means
	 * life
	 * @param listed whether it is one of the EU-harmonised offences of Reg. 2023/1543
	 * Art. 5(4)
	 */
	public record Offence(@Nullable String description, @Nullable Integer maxSentenceYears, @Nullable Boolean listed) {

	}

	/**
	 * Facts of EU and executive-agreement orders.
	 *
	 * @param euInstrument EPOC or EPOC-PR
	 * @param euEmergency whether an EPO is an emergency (8-hour deadline)
	 * @param agreement the CLOUD Act executive agreement invoked, e.g. {@code US-UK}
	 * @param enforcingStateResponse what the notified enforcing State answered, if
	 * anything
	 */
	public record CrossBorder(@Nullable String euInstrument, @Nullable Boolean euEmergency, @Nullable String agreement,
			@Nullable Boolean enforcingStateNotified, @Nullable String enforcingStateResponse) {

		public static CrossBorder none() {
			return new CrossBorder(null, null, null, null, null);
		}

	}

	/**
	 * An earlier preservation request for the same data.
	 *
	 * @param reference the earlier demand's reference, when it came through Writ
	 */
	public record PriorPreservation(@Nullable String reference, LocalDate receivedOn) {

	}

}
