package dev.writ.intake;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import com.icegreen.greenmail.util.GreenMailUtil;
import dev.writ.audit.AuditTrail;
import dev.writ.demo.DemoLogin;
import dev.writ.identity.UserAccounts;
import dev.writ.identity.UserView;
import dev.writ.intake.LegalProcess.Issuance;
import dev.writ.shared.audit.AuditAction;
import dev.writ.shared.legal.DataCategory;
import dev.writ.shared.legal.IdentifierType;
import dev.writ.shared.validation.InvalidInput;
import dev.writ.testing.AuditAssertions;
import dev.writ.testing.DemandFixtures;
import dev.writ.testing.TestMail;
import dev.writ.testing.WritIntegrationTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A defective demand comes back as a deficiency notice the officer can act on; the
 * corrected version is assessed again and the earlier one is kept.
 */
@WritIntegrationTest
class DeficiencyLoopIntegrationTests {

	@Autowired
	DemandIntake intake;

	@Autowired
	DemandQueries queries;

	@Autowired
	UserAccounts users;

	@Autowired
	AuditTrail trail;

	@Test
	void given_an_unsigned_subpoena_when_submitted_then_the_receipt_is_a_deficiency_notice_saying_what_to_fix() {
		// given
		var audit = AuditAssertions.mark(this.trail);
		SubmitDemand unsigned = signed(DemandFixtures.aSubpoena(officer()), false);
		// when
		DemandReceipt receipt = this.intake.receive(unsigned);
		// then
		assertThat(receipt.reference()).matches("WR-\\d{4}-\\d{6}");
		assertThat(receipt.status()).isEqualTo(DemandStatus.DEFICIENT);
		assertThat(receipt.deficiencies()).extracting(Deficiency::code).contains("UNSIGNED_OR_UNAUTHORIZED");
		assertThat(receipt.deficiencies()).allSatisfy(deficiency -> {
			assertThat(deficiency.message()).isNotBlank();
			assertThat(deficiency.citation()).isNotBlank();
		});
		audit.expect(AuditAction.DEMAND_RECEIVED).subject("demand:" + receipt.reference()).assertRecorded();
		audit.expect(AuditAction.DEFICIENCY_NOTICE_SENT).subject("demand:" + receipt.reference()).assertRecorded();
	}

	@Test
	void given_a_deficient_demand_when_the_officer_resubmits_it_corrected_then_it_is_received_and_both_versions_are_kept() {
		// given
		SubmitDemand unsigned = signed(DemandFixtures.aSubpoena(officer()), false);
		DemandReceipt first = this.intake.receive(unsigned);
		var audit = AuditAssertions.mark(this.trail);
		// when
		DemandReceipt second = this.intake.resubmit(first.reference(), signed(unsigned, true));
		// then
		assertThat(second.reference()).isEqualTo(first.reference());
		assertThat(second.demandId()).isEqualTo(first.demandId());
		assertThat(second.status()).isEqualTo(DemandStatus.RECEIVED);
		assertThat(second.revision()).isEqualTo(2);
		assertThat(second.deficiencies()).isEmpty();
		List<DemandQueries.Revision> revisions = this.queries.revisions(first.reference());
		assertThat(revisions).extracting(DemandQueries.Revision::number).containsExactly(1, 2);
		assertThat(revisions.get(0).factsJson()).containsPattern("\"signed\"\\s*:\\s*false");
		assertThat(revisions.get(0).assessment().outcome()).isEqualTo("reject");
		assertThat(revisions.get(1).factsJson()).containsPattern("\"signed\"\\s*:\\s*true");
		assertThat(this.queries.detail(first.reference()).orElseThrow().documents()).hasSize(2);
		audit.expect(AuditAction.DEMAND_RESUBMITTED)
			.subject("demand:" + first.reference())
			.detail("revision", "2")
			.assertRecorded();
	}

	@Test
	void given_a_deficiency_notice_when_it_is_sent_then_the_officer_gets_an_email_that_names_no_case_content()
			throws Exception {
		// given
		UserView officer = this.users.byUsername(DemoLogin.STATE_OFFICER.username()).orElseThrow();
		int before = TestMail.server().getReceivedMessagesForDomain(officer.username()).length;
		// when
		DemandReceipt receipt = this.intake.receive(signed(DemandFixtures.aSubpoena(officer), false));
		// then
		MimeMessage mail = await().atMost(Duration.ofSeconds(10))
			.until(() -> newest(officer.username(), before), message -> message != null);
		String body = GreenMailUtil.getBody(mail);
		assertThat(mail.getSubject()).contains(receipt.reference());
		assertThat(body).contains("/officer/demands/" + receipt.reference())
			.doesNotContain("k.morrow")
			.doesNotContain("GJ-2026-0001")
			.doesNotContain("UNSIGNED");
	}

	@Test
	void given_a_withdrawn_demand_when_the_officer_tries_to_resubmit_it_then_it_is_refused_and_nothing_changes() {
		// given
		UserView officer = officer();
		DemandReceipt receipt = this.intake.receive(DemandFixtures.aSubpoena(officer));
		this.intake.withdraw(receipt.reference(), officer.agencyId(), officer.username());
		// when / then
		assertThatThrownBy(() -> this.intake.resubmit(receipt.reference(), DemandFixtures.aSubpoena(officer)))
			.isInstanceOf(InvalidInput.class)
			.hasMessageContaining("withdrawn and can no longer be corrected");
		assertThat(this.queries.revisions(receipt.reference())).hasSize(1);
		assertThat(this.queries.detail(receipt.reference()).orElseThrow().status()).isEqualTo(DemandStatus.WITHDRAWN);
	}

	@Test
	void given_a_demand_of_another_agency_when_an_officer_resubmits_it_then_it_is_refused_as_unknown() {
		// given
		DemandReceipt fbi = this.intake.receive(DemandFixtures.aSubpoena(officer()));
		UserView stranger = this.users.byUsername(DemoLogin.CITY_OFFICER.username()).orElseThrow();
		// when / then
		assertThatThrownBy(() -> this.intake.resubmit(fbi.reference(), DemandFixtures.aSubpoena(stranger)))
			.isInstanceOf(InvalidInput.class)
			.hasMessage("reference: no demand " + fbi.reference() + " of your agency");
	}

	@Test
	void given_a_subpoena_for_content_when_submitted_then_the_notice_says_the_process_does_not_reach_it() {
		// given
		SubmitDemand subpoena = DemandFixtures.aSubpoena(officer());
		SubmitDemand forContent = DemandFixtures.submit(subpoena.agencyId(), subpoena.officerId(), subpoena.process(),
				List.of(new NamedTarget("k.morrow@contosomail.example", IdentifierType.EMAIL)),
				Set.of(DataCategory.EMAIL_CONTENT), subpoena.context());
		// when
		DemandReceipt receipt = this.intake.receive(forContent);
		// then
		assertThat(receipt.status()).isEqualTo(DemandStatus.DEFICIENT);
		assertThat(receipt.deficiencies()).extracting(Deficiency::code).contains("DATA_TYPE_NOT_SUPPORTED_BY_PROCESS");
	}

	private UserView officer() {
		return this.users.byUsername(DemoLogin.FBI_OFFICER.username()).orElseThrow();
	}

	private static SubmitDemand signed(SubmitDemand demand, boolean signed) {
		LegalProcess process = demand.process();
		Issuance issuance = process.issuance();
		Issuance changed = new Issuance(issuance.issuedBy(), issuance.issuingJurisdiction(), issuance.issuerRole(),
				issuance.validatedBy(), signed, issuance.onLetterhead(), issuance.issueDate(), issuance.caseNumber(),
				issuance.localInstrument());
		LegalProcess corrected = new LegalProcess(process.type(), changed, process.delivery(), process.dateRange(),
				process.nondisclosureOrder(), process.emergency(), process.accountOwnerConsent(), process.offence(),
				process.crossBorder(), process.priorPreservation());
		return new SubmitDemand(demand.agencyId(), demand.officerId(), demand.actor(), demand.channel(), corrected,
				demand.targets(), demand.dataRequested(), demand.context(), List.of(DemandFixtures.legalDocument()),
				demand.attested());
	}

	private static MimeMessage newest(String address, int before) {
		MimeMessage[] received = TestMail.server().getReceivedMessagesForDomain(address);
		return (received.length > before) ? received[received.length - 1] : null;
	}

}
