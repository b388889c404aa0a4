package dev.writ.review.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import dev.writ.audit.AuditTrail;
import dev.writ.demo.DemoLogin;
import dev.writ.identity.Role;
import dev.writ.identity.UserAccounts;
import dev.writ.identity.UserView;
import dev.writ.intake.CaseContext;
import dev.writ.intake.DemandIntake;
import dev.writ.intake.LegalProcess;
import dev.writ.intake.NamedTarget;
import dev.writ.review.CaseAction;
import dev.writ.review.CaseCommand;
import dev.writ.review.CaseReview;
import dev.writ.review.CaseState;
import dev.writ.review.CaseView;
import dev.writ.review.Reviewer;
import dev.writ.shared.audit.AuditAction;
import dev.writ.shared.legal.DataCategory;
import dev.writ.shared.legal.IdentifierType;
import dev.writ.shared.legal.ProcessType;
import dev.writ.shared.legal.ServiceChannel;
import dev.writ.testing.AuditAssertions;
import dev.writ.testing.DemandFixtures;
import dev.writ.testing.MutableClock;
import dev.writ.testing.WritIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A preservation hold that has run its 90 days ends by itself, recorded as the system's
 * step; one that has not stays.
 */
@WritIntegrationTest
class HoldExpiryIntegrationTests {

	static final Reviewer DANA = new Reviewer(DemoLogin.ANALYST.username(), Role.ANALYST);

	@Autowired
	DemandIntake intake;

	@Autowired
	CaseReview review;

	@Autowired
	HoldExpiry expiry;

	@Autowired
	UserAccounts users;

	@Autowired
	MutableClock clock;

	@Autowired
	AuditTrail trail;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void given_a_hold_placed_when_90_days_pass_then_the_case_moves_to_hold_expired_as_the_system() {
		// given
		String reference = heldPreservation();
		this.expiry.expireDueHolds();
		assertThat(state(reference)).as("not yet due").isEqualTo(CaseState.HOLD_PLACED);
		var audit = AuditAssertions.mark(this.trail);
		// when
		this.clock.shiftBy(Duration.ofDays(91));
		this.expiry.expireDueHolds();
		// then
		assertThat(state(reference)).isEqualTo(CaseState.HOLD_EXPIRED);
		audit.expect(AuditAction.CASE_TRANSITIONED)
			.actor("system")
			.subject("demand:" + reference)
			.detail("action", "EXPIRE_HOLD")
			.assertRecorded();
	}

	private CaseState state(String reference) {
		return this.review.find(reference).orElseThrow().state();
	}

	private String heldPreservation() {
		UserView officer = this.users.byUsername(DemoLogin.CITY_OFFICER.username()).orElseThrow();
		LegalProcess process = new LegalProcess(ProcessType.PRESERVATION_REQUEST,
				new LegalProcess.Issuance("Seattle Police Department", "US-WA", "detective", null, true, true,
						LocalDate.of(2026, 11, 2), "SPD-26-7781", null),
				new LegalProcess.Delivery("Contoso Cloud, Inc.", ServiceChannel.LAW_ENFORCEMENT_PORTAL, null, null),
				null, LegalProcess.NondisclosureOrder.none(), LegalProcess.EmergencyDetails.none(), false, null,
				LegalProcess.CrossBorder.none(), null);
		String reference = this.intake.receive(DemandFixtures.submit(officer.agencyId(), officer.id(), process,
				List.of(new NamedTarget("claims.fixer@contosomail.example", IdentifierType.EMAIL)),
				Set.of(DataCategory.EMAIL_CONTENT), CaseContext.none()))
			.reference();
		CaseView opened = this.review.find(reference).orElseThrow();
		CaseView triage = this.review
			.act(CaseCommand.of(reference, opened.version(), CaseAction.START_TRIAGE, DANA, "a 2703(f) letter"));
		this.review.act(CaseCommand.of(reference, triage.version(), CaseAction.PLACE_HOLD, DANA, "preserve"));
		return reference;
	}

}
