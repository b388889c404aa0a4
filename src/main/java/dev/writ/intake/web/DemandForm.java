package dev.writ.intake.web;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import dev.writ.intake.DemandDetail;
import dev.writ.intake.LegalProcess;
import dev.writ.intake.Target;
import dev.writ.shared.legal.DataCategory;

import org.jspecify.annotations.Nullable;

/**
 * The demand form as posted: every field a string or a checkbox, so that a wrong value
 * comes back to the officer as a message on that field instead of a binding failure.
 * Templates call the accessors ({@code form.issuedBy()}).
 *
 * @param euInstrument {@code EPOC} or {@code EPOC-PR} for European orders
 * @param targets one account per line, optionally prefixed with its kind
 * ({@code username: jdoe})
 */
@SuppressWarnings("checkstyle:ParameterNumber")
public record DemandForm(@Nullable String issuedBy, @Nullable String issuingJurisdiction, @Nullable String issuerRole,
		@Nullable String validatedBy, @Nullable Boolean signed, @Nullable Boolean onLetterhead,
		@Nullable String issueDate, @Nullable String caseNumber, @Nullable String localInstrument,
		@Nullable String addressedTo, @Nullable String dateFrom, @Nullable String dateTo,
		@Nullable Boolean secrecyOrder, @Nullable String secrecyExpires, @Nullable String secrecyStatute,
		@Nullable String emergencySummary, @Nullable String emergencyHowDataHelps, @Nullable Boolean dangerToLife,
		@Nullable String offenceDescription, @Nullable String offenceMaxYears, @Nullable Boolean offenceListed,
		@Nullable Boolean euEmergency, @Nullable Boolean enforcingStateNotified,
		@Nullable String enforcingStateResponse, @Nullable String agreement,
		@Nullable String priorPreservationReference, @Nullable String priorPreservationDate,
		@Nullable Boolean ownerConsent, @Nullable Boolean childExploitation, @Nullable Boolean hackedAccount,
		@Nullable String targets, @Nullable List<String> data, @Nullable Boolean attested,
		@Nullable String euInstrument) {

	/** An empty form. */
	static DemandForm blank() {
		return new DemandForm(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				List.of(), null, null);
	}

	/**
	 * The form filled with what was last submitted, for a correction. The attestation is
	 * left for the officer to give again.
	 */
	static DemandForm of(DemandDetail demand) {
		LegalProcess p = demand.process();
		LegalProcess.Issuance i = p.issuance();
		LegalProcess.DateRange range = p.dateRange();
		LegalProcess.Offence offence = p.offence();
		LegalProcess.CrossBorder cross = p.crossBorder();
		LegalProcess.PriorPreservation prior = p.priorPreservation();
		return new DemandForm(i.issuedBy(), i.issuingJurisdiction(), i.issuerRole(), i.validatedBy(), i.signed(),
				i.onLetterhead(), text(i.issueDate()), i.caseNumber(), i.localInstrument(), p.delivery().addressedTo(),
				(range != null) ? text(range.from()) : null, (range != null) ? text(range.to()) : null,
				p.nondisclosureOrder().present(), text(p.nondisclosureOrder().expires()),
				p.nondisclosureOrder().statute(), p.emergency().summary(), p.emergency().howDataHelps(),
				demand.context().dangerToLife(), (offence != null) ? offence.description() : null,
				(offence != null && offence.maxSentenceYears() != null) ? offence.maxSentenceYears().toString() : null,
				(offence != null) ? offence.listed() : null, cross.euEmergency(), cross.enforcingStateNotified(),
				cross.enforcingStateResponse(), cross.agreement(), (prior != null) ? prior.reference() : null,
				(prior != null) ? text(prior.receivedOn()) : null, p.accountOwnerConsent(),
				demand.context().childExploitation(), demand.context().hackedAccountSuspected(),
				lines(demand.targets()), demand.dataRequested().stream().map(DataCategory::code).toList(), null,
				cross.euInstrument());
	}

	/** Whether a data category was ticked. */
	public boolean asks(String code) {
		return this.data != null && this.data.contains(code);
	}

	private static @Nullable String text(@Nullable LocalDate date) {
		return (date != null) ? date.toString() : null;
	}

	private static String lines(List<Target> targets) {
		return targets.stream()
			.map(target -> TargetLines.prefix(target.identifierType()) + target.identifier())
			.collect(Collectors.joining("\n"));
	}

}
