package dev.writ.intake;

import java.util.List;
import java.util.Set;

import dev.writ.demo.DemoLogin;
import dev.writ.identity.UserAccounts;
import dev.writ.identity.UserView;
import dev.writ.intake.LegalProcess.CrossBorder;
import dev.writ.intake.LegalProcess.Delivery;
import dev.writ.intake.LegalProcess.EmergencyDetails;
import dev.writ.intake.LegalProcess.Issuance;
import dev.writ.intake.LegalProcess.NondisclosureOrder;
import dev.writ.intake.RelatedDemand.Why;
import dev.writ.shared.legal.DataCategory;
import dev.writ.shared.legal.IdentifierType;
import dev.writ.shared.legal.ProcessType;
import dev.writ.shared.legal.ServiceChannel;
import dev.writ.testing.DemandFixtures;
import dev.writ.testing.WritIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff see the demands that bear on one: the same account asked for by another agency,
 * the same case number, and an earlier preservation of the same account.
 */
@WritIntegrationTest
class RelatedDemandsIntegrationTests {

	@Autowired
	DemandIntake intake;

	@Autowired
	DemandQueries queries;

	@Autowired
	UserAccounts users;

	@Test
	void given_a_preservation_then_a_subpoena_from_another_agency_for_the_same_account_then_each_is_related_with_its_reason() {
		// given: a unique account name so that other tests' demands do not interfere
		String account = "related-" + System.nanoTime() + "@contosomail.example";
		UserView seattle = officer(DemoLogin.CITY_OFFICER);
		UserView fbi = officer(DemoLogin.FBI_OFFICER);
		String preservation = this.intake.receive(DemandFixtures.submit(seattle.agencyId(), seattle.id(),
				preservation(), targets(account), Set.of(DataCategory.EMAIL_CONTENT), CaseContext.none()))
			.reference();
		SubmitDemand subpoena = DemandFixtures.aSubpoena(fbi);
		// when
		String followUp = this.intake
			.receive(DemandFixtures.submit(fbi.agencyId(), fbi.id(), subpoena.process(), targets(account),
					subpoena.dataRequested(), subpoena.context()))
			.reference();
		// then
		List<RelatedDemand> related = this.queries.related(followUp);
		assertThat(related).filteredOn(r -> r.demand().reference().equals(preservation))
			.singleElement()
			.extracting(RelatedDemand::why)
			.isEqualTo(Set.of(Why.SAME_TARGET, Why.EARLIER_PRESERVATION));
		assertThat(this.queries.related(preservation)).filteredOn(r -> r.demand().reference().equals(followUp))
			.singleElement()
			.extracting(RelatedDemand::why)
			.isEqualTo(Set.of(Why.SAME_TARGET));
	}

	@Test
	void given_two_demands_with_one_case_number_then_they_are_related_by_it() {
		// given
		UserView fbi = officer(DemoLogin.FBI_OFFICER);
		String caseNumber = "GJ-" + System.nanoTime();
		String first = this.intake.receive(withCaseNumber(DemandFixtures.aSubpoena(fbi), caseNumber)).reference();
		// when
		String second = this.intake.receive(withCaseNumber(DemandFixtures.aSubpoena(fbi), caseNumber)).reference();
		// then
		assertThat(this.queries.related(second)).filteredOn(r -> r.demand().reference().equals(first))
			.singleElement()
			.extracting(RelatedDemand::why)
			.asString()
			.contains("SAME_CASE_NUMBER");
	}

	private UserView officer(DemoLogin login) {
		return this.users.byUsername(login.username()).orElseThrow();
	}

	private static List<NamedTarget> targets(String account) {
		return List.of(new NamedTarget(account, IdentifierType.EMAIL));
	}

	private static LegalProcess preservation() {
		return new LegalProcess(ProcessType.PRESERVATION_REQUEST,
				new Issuance("Seattle Police Department", "US-WA", "detective", null, true, true,
						java.time.LocalDate.of(2026, 1, 10), "SPD-26-0042", null),
				new Delivery("Contoso Cloud, Inc.", ServiceChannel.LAW_ENFORCEMENT_PORTAL, null, null), null,
				NondisclosureOrder.none(), EmergencyDetails.none(), false, null, CrossBorder.none(), null);
	}

	private static SubmitDemand withCaseNumber(SubmitDemand demand, String caseNumber) {
		LegalProcess p = demand.process();
		Issuance i = p.issuance();
		LegalProcess numbered = new LegalProcess(p.type(),
				new Issuance(i.issuedBy(), i.issuingJurisdiction(), i.issuerRole(), i.validatedBy(), i.signed(),
						i.onLetterhead(), i.issueDate(), caseNumber, i.localInstrument()),
				p.delivery(), p.dateRange(), p.nondisclosureOrder(), p.emergency(), p.accountOwnerConsent(),
				p.offence(), p.crossBorder(), p.priorPreservation());
		return new SubmitDemand(demand.agencyId(), demand.officerId(), demand.actor(), demand.channel(), numbered,
				demand.targets(), demand.dataRequested(), demand.context(), demand.documents(), demand.attested());
	}

}
