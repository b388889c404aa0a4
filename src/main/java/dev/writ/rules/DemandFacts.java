package dev.writ.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import dev.writ.shared.legal.AccountType;
import dev.writ.shared.legal.DataCategory;
import dev.writ.shared.legal.GovernmentLevel;
import dev.writ.shared.legal.IdentifierType;
import dev.writ.shared.legal.ProcessType;
import dev.writ.shared.legal.RequesterKind;

import org.jspecify.annotations.Nullable;

/**
 * Everything the engine knows about one demand, as of one day: the input of an assessment
 * (scenario-format.md). Immutable; the same facts always give the same assessment.
 *
 * @param evaluatedOn "today" for the assessment: secrecy orders in force, deadlines
 * @param dataRequested in the order asked
 */
public record DemandFacts(String id, LocalDate receivedDate, LocalDate evaluatedOn, Requester requester,
		Process process, List<Target> targets, List<DataCategory> dataRequested, Context context) {

	public DemandFacts {
		targets = List.copyOf(targets);
		dataRequested = List.copyOf(dataRequested);
	}

	/** Whether any content category is asked for. */
	public boolean asksForContent() {
		return this.dataRequested.stream().anyMatch(DataCategory::isContent);
	}

	/**
	 * Who asks (scenario {@code requester}).
	 *
	 * @param country ISO 3166-1 alpha-2
	 * @param instrumentPowers the process types its enabling law lets it issue; null when
	 * not recorded
	 */
	public record Requester(RequesterKind kind, @Nullable String agency, String country, @Nullable String stateOrRegion,
			@Nullable GovernmentLevel level, boolean verifiedAgency, boolean officialEmailDomain,
			@Nullable Set<ProcessType> instrumentPowers) {

		/**
		 * A US federal, State or local body: a "governmental entity" of 18 U.S.C.
		 * 2711(4).
		 */
		public boolean isUsGovernment() {
			return "US".equals(this.country) && this.kind != RequesterKind.CIVIL_LITIGANT;
		}

		public boolean isForeignGovernment() {
			return !"US".equals(this.country) && this.kind != RequesterKind.CIVIL_LITIGANT;
		}

	}

	/**
	 * The instrument (scenario {@code process}).
	 *
	 * @param serviceChannel as given; an unknown channel is kept as text and is not
	 * accepted
	 * @param euEmergency whether an EU order is an emergency (scenario
	 * {@code process.emergency})
	 */
	public record Process(ProcessType type, @Nullable String issuedBy, @Nullable String issuingJurisdiction,
			@Nullable String issuerRole, @Nullable String validatedBy, boolean signed, boolean onLetterhead,
			LocalDate issueDate, @Nullable String addressedTo, @Nullable DateRange dateRange,
			Nondisclosure nondisclosureOrder, @Nullable String emergencySummary, @Nullable String emergencyHowDataHelps,
			boolean accountOwnerConsent, @Nullable String serviceChannel, @Nullable Offence offence,
			CrossBorder crossBorder, @Nullable PriorPreservation priorPreservation, @Nullable Boolean domesticated,
			@Nullable String caseNumber, @Nullable String senderEmail, @Nullable String localInstrument) {

		public boolean isEuOrder() {
			return this.type == ProcessType.EUROPEAN_PRODUCTION_ORDER || this.crossBorder.isEuPreservationOrder();
		}

	}

	/** The period asked for, both ends inclusive. */
	public record DateRange(LocalDate from, LocalDate to) {

	}

	/**
	 * A secrecy order.
	 *
	 * @param expires null when the order has no end date
	 */
	public record Nondisclosure(boolean present, @Nullable LocalDate expires, @Nullable String statute) {

		public static Nondisclosure none() {
			return new Nondisclosure(false, null, null);
		}

		/** legal-rules.md SCA-10: in force while it has no end or ends after the day. */
		public boolean activeOn(LocalDate day) {
			return this.present && (this.expires == null || this.expires.isAfter(day));
		}

	}

	/**
	 * @param maxSentenceYears maximum custodial sentence in the issuing State; 99 means
	 * life
	 * @param listed one of the EU-harmonised offences of Reg. 2023/1543 Art. 5(4)
	 */
	public record Offence(@Nullable String description, @Nullable Integer maxSentenceYears, boolean listed) {

	}

	/**
	 * Facts of EU orders and executive-agreement orders.
	 *
	 * @param euInstrument EPOC or EPOC-PR
	 * @param agreement e.g. US-UK
	 * @param enforcingStateResponse e.g. no_objection, refused
	 */
	public record CrossBorder(@Nullable String euInstrument, boolean euEmergency, @Nullable String agreement,
			@Nullable Boolean enforcingStateNotified, @Nullable String enforcingStateResponse) {

		public static CrossBorder none() {
			return new CrossBorder(null, false, null, null, null);
		}

		public boolean isEuPreservationOrder() {
			return "EPOC-PR".equalsIgnoreCase(this.euInstrument);
		}

	}

	/**
	 * An earlier preservation of the same data.
	 *
	 * @param extended whether that hold was already extended once
	 */
	public record PriorPreservation(LocalDate receivedDate, boolean extended, @Nullable String reference) {

	}

	/**
	 * A named account and what the account directory knows of it (scenario
	 * {@code targets[]}).
	 *
	 * @param usPerson US citizen, permanent resident or entity
	 */
	public record Target(String identifier, IdentifierType identifierType, AccountType accountType,
			@Nullable Integer enterpriseSeats, @Nullable String dataLocation, @Nullable String ownerResidenceCountry,
			boolean exists, boolean usPerson) {

	}

	/**
	 * @param conflictLaw a foreign law the disclosure would risk violating, if identified
	 */
	public record Context(boolean childExploitation, boolean hackedAccountSuspected, boolean dangerToLife,
			@Nullable ConflictLaw conflictLaw) {

		public static Context none() {
			return new Context(false, false, false, null);
		}

	}

	/** A conflicting foreign law (scenario {@code context.conflict_law}). */
	public record ConflictLaw(@Nullable String country, @Nullable String law, boolean materialRisk) {

	}

}
