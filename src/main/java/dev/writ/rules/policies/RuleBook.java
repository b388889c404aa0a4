package dev.writ.rules.policies;

import java.util.List;

/**
 * Every rule of the rule base, in the order of the decision procedure (legal-rules.md
 * section 9): addressee, instrument, form, authority and jurisdiction, emergency form,
 * overbreadth, targets, conflicts of law, data against process, preservation, notice. All
 * rules run on every demand; none stops the others.
 */
public final class RuleBook {

	private static final List<Rule> RULES = List.of(
			// 1-2 addressee and instrument
			new AddressedToThisProvider(), new RecognisedInstrument(), new EuOrderApplicable(),
			// 3 form
			new ServedThroughAcceptedChannel(), new CivilSubpoenaDomesticated(), new SignedByAuthorisedIssuer(),
			new DateRangeInOrder(), new IssueDateNotInFuture(), new WarrantExecutionWindow(),
			new OverseasOrderServiceWindow(), new IdentifiersWellFormed(),
			// 4 authority and jurisdiction
			new IssuerWithinAgencyAuthority(), new StateProcessWithinIssuerJurisdiction(),
			new EuIssuingAuthorityCompetent(), new EuOffenceThreshold(), new EnforcingStateRefusal(),
			new ForeignContentThroughMlat(), new AgreementTargeting(), new AgreementSeriousCrime(),
			// 5 emergency form, 6 overbreadth
			new EmergencyRequestForm(), new SpecificTargets(),
			// 7 targets
			new EnterpriseRedirect(), new AccountExists(),
			// 8 conflicts of law
			new ComityMotion(), new GdprThirdCountryOrder(), new EuThirdCountryConflict(),
			// 9 data against process
			new ProcessReach(), new EmergencyDisclosureScope(), new CivilContentConsent(), new ForeignLocalProcess(),
			new AgreementOrderValid(), new EnforcingStateNotification(),
			// 10 preservation, 12 notice side facts
			new PreservationHold(), new PriorPreservationLapsed(), new SecrecyOrderStatus(),
			new ChildExploitationReport());

	private RuleBook() {
	}

	public static List<Rule> rules() {
		return RULES;
	}

}
