package dev.writ.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import dev.writ.audit.AuditTrail;
import dev.writ.demo.DemoLogin;
import dev.writ.directory.AccountDirectory;
import dev.writ.directory.HoldStatus;
import dev.writ.directory.LegalHold;
import dev.writ.identity.Role;
import dev.writ.identity.UserAccounts;
import dev.writ.identity.UserView;
import dev.writ.intake.CaseContext;
import dev.writ.intake.DemandIntake;
import dev.writ.intake.LegalProcess;
import dev.writ.intake.LegalProcess.CrossBorder;
import dev.writ.intake.LegalProcess.Delivery;
import dev.writ.intake.LegalProcess.EmergencyDetails;
import dev.writ.intake.LegalProcess.Issuance;
import dev.writ.intake.LegalProcess.NondisclosureOrder;
import dev.writ.intake.NamedTarget;
import dev.writ.shared.audit.AuditAction;
import dev.writ.shared.legal.DataCategory;
import dev.writ.shared.legal.IdentifierType;
import dev.writ.shared.legal.ProcessType;
import dev.writ.shared.legal.ServiceChannel;
import dev.writ.testing.AuditAssertions;
import dev.writ.testing.DemandFixtures;
import dev.writ.testing.WritIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A preservation request's case places legal holds on the accounts it names, through the
 * account directory; extending the case extends them to 180 days, releasing it releases
 * them; every step is in the audit trail.
 */
@WritIntegrationTest
class PreservationHoldsIntegrationTests {

	static final Reviewer DANA = new Reviewer(DemoLogin.ANALYST.username(), Role.ANALYST);

	static final String ACCOUNT = "dark.lantern@contosomail.example";

	@Autowired
	DemandIntake intake;

	@Autowired
	CaseReview review;

	@Autowired
	AccountDirectory directory;

	@Autowired
	UserAccounts users;

	@Autowired
	AuditTrail trail;

	@Test
	void given_a_preservation_request_when_staff_place_extend_and_release_the_hold_then_the_directory_follows() {
		// given
		String reference = preservationRequest();
		CaseView triage = this.review.act(CaseCommand.of(reference, this.review.find(reference).orElseThrow().version(),
				CaseAction.START_TRIAGE, DANA, "a 2703(f) letter"));
		var audit = AuditAssertions.mark(this.trail);
		// when the hold is placed
		CaseView placed = this.review
			.act(CaseCommand.of(reference, triage.version(), CaseAction.PLACE_HOLD, DANA, "preserve for 90 days"));
		// then
		LegalHold hold = holdOf(reference);
		assertThat(hold.status()).isEqualTo(HoldStatus.PLACED);
		assertThat(hold.until()).isEqualTo(hold.placedOn().plusDays(90));
		audit.expect(AuditAction.LEGAL_HOLD_PLACED).assertRecorded();
		// when it is extended
		CaseView extended = this.review
			.act(CaseCommand.of(reference, placed.version(), CaseAction.EXTEND_HOLD, DANA, "renewal received"));
		// then
		assertThat(holdOf(reference).until()).isEqualTo(hold.placedOn().plusDays(180));
		// when it is released
		this.review.act(CaseCommand.of(reference, extended.version(), CaseAction.RELEASE_HOLD, DANA,
				"the agency no longer needs it"));
		// then
		assertThat(holdOf(reference).status()).isEqualTo(HoldStatus.RELEASED);
		audit.expect(AuditAction.LEGAL_HOLD_RELEASED).assertRecorded();
	}

	private LegalHold holdOf(String reference) {
		List<LegalHold> holds = this.directory.holdsOn(ACCOUNT)
			.stream()
			.filter(hold -> hold.demandReference().equals(reference))
			.toList();
		assertThat(holds).as("holds of " + reference).hasSize(1);
		return holds.get(0);
	}

	private String preservationRequest() {
		UserView officer = this.users.byUsername(DemoLogin.FBI_OFFICER.username()).orElseThrow();
		LegalProcess process = new LegalProcess(ProcessType.PRESERVATION_REQUEST,
				new Issuance("FBI Seattle Field Office", "US-federal", "special_agent", null, true, true,
						LocalDate.of(2026, 11, 2), "SE-2026-1187", null),
				new Delivery("Contoso Cloud, Inc.", ServiceChannel.LAW_ENFORCEMENT_PORTAL, null, null), null,
				NondisclosureOrder.none(), EmergencyDetails.none(), false, null, CrossBorder.none(), null);
		return this.intake.receive(DemandFixtures.submit(officer.agencyId(), officer.id(), process,
				List.of(new NamedTarget(ACCOUNT, IdentifierType.EMAIL)), Set.of(DataCategory.EMAIL_CONTENT),
				CaseContext.none()))
			.reference();
	}

}
