package dev.writ.intake.internal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import dev.writ.intake.CaseContext;
import dev.writ.intake.LegalProcess;
import dev.writ.intake.Requester;
import dev.writ.intake.Target;
import dev.writ.rules.DemandFacts;
import dev.writ.shared.legal.Coded;
import dev.writ.shared.legal.ProcessType;

/**
 * Intake's records of a demand in the engine's terms ({@link DemandFacts}, the scenario
 * format).
 */
final class FactsMapping {

	private FactsMapping() {
	}

	static DemandFacts.Requester requester(Requester requester) {
		return new DemandFacts.Requester(requester.kind(), requester.agency(), requester.country(),
				requester.stateOrRegion(), requester.level(), requester.verifiedAgency(),
				requester.officialEmailDomain(), powers(requester.instrumentPowers()));
	}

	private static Set<ProcessType> powers(String codes) {
		if (codes == null || codes.isBlank()) {
			return null;
		}
		return Arrays.stream(codes.split(","))
			.map(code -> Coded.parse(ProcessType.class, code.trim()))
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(ProcessType.class)));
	}

	static DemandFacts.Process process(LegalProcess p) {
		LegalProcess.Issuance issuance = p.issuance();
		return new DemandFacts.Process(p.type(), issuance.issuedBy(), issuance.issuingJurisdiction(),
				issuance.issuerRole(), issuance.validatedBy(), issuance.signed(), issuance.onLetterhead(),
				issuance.issueDate(), p.delivery().addressedTo(), range(p.dateRange()),
				nondisclosure(p.nondisclosureOrder()), p.emergency().summary(), p.emergency().howDataHelps(),
				p.accountOwnerConsent(), p.delivery().serviceChannel().code(), offence(p.offence()),
				crossBorder(p.crossBorder()), prior(p.priorPreservation()), p.delivery().domesticated(),
				issuance.caseNumber(), p.delivery().senderEmail(), issuance.localInstrument());
	}

	private static DemandFacts.DateRange range(LegalProcess.DateRange range) {
		return (range == null) ? null : new DemandFacts.DateRange(range.from(), range.to());
	}

	private static DemandFacts.Nondisclosure nondisclosure(LegalProcess.NondisclosureOrder order) {
		return new DemandFacts.Nondisclosure(order.present(), order.expires(), order.statute());
	}

	private static DemandFacts.Offence offence(LegalProcess.Offence offence) {
		return (offence == null) ? null : new DemandFacts.Offence(offence.description(), offence.maxSentenceYears(),
				Boolean.TRUE.equals(offence.listed()));
	}

	private static DemandFacts.CrossBorder crossBorder(LegalProcess.CrossBorder cross) {
		return new DemandFacts.CrossBorder(cross.euInstrument(), Boolean.TRUE.equals(cross.euEmergency()),
				cross.agreement(), cross.enforcingStateNotified(), cross.enforcingStateResponse());
	}

	private static DemandFacts.PriorPreservation prior(LegalProcess.PriorPreservation prior) {
		return (prior == null) ? null : new DemandFacts.PriorPreservation(prior.receivedOn(), false, prior.reference());
	}

	static DemandFacts.Target target(Target target) {
		Target.AccountFacts account = target.account();
		boolean exists = account == null || account.exists();
		String residence = (account != null) ? account.ownerResidenceCountry() : null;
		return new DemandFacts.Target(target.identifier(), target.identifierType(),
				(account != null && account.type() != null) ? account.type()
						: dev.writ.shared.legal.AccountType.CONSUMER,
				(account != null) ? account.enterpriseSeats() : null, (account != null) ? account.dataLocation() : null,
				residence, exists,
				(account != null && account.usPerson() != null) ? account.usPerson() : "US".equals(residence));
	}

	static DemandFacts.Context context(CaseContext context) {
		CaseContext.ConflictOfLaw conflict = context.conflict();
		return new DemandFacts.Context(context.childExploitation(), context.hackedAccountSuspected(),
				context.dangerToLife(), (conflict == null) ? null : new DemandFacts.ConflictLaw(conflict.lawCountry(),
						conflict.lawName(), conflict.materialRisk()));
	}

}
