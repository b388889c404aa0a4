package dev.writ.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.writ.demo.DemoLogin;
import dev.writ.identity.NewUser;
import dev.writ.identity.Role;
import dev.writ.identity.UserAccounts;
import dev.writ.identity.UserView;
import dev.writ.intake.LegalProcess.CrossBorder;
import dev.writ.intake.LegalProcess.DateRange;
import dev.writ.intake.LegalProcess.Delivery;
import dev.writ.intake.LegalProcess.EmergencyDetails;
import dev.writ.intake.LegalProcess.Issuance;
import dev.writ.intake.LegalProcess.NondisclosureOrder;
import dev.writ.intake.TrustSignal.Kind;
import dev.writ.shared.legal.DataCategory;
import dev.writ.shared.legal.IdentifierType;
import dev.writ.shared.legal.ProcessType;
import dev.writ.shared.legal.ServiceChannel;
import dev.writ.testing.DemandFixtures;
import dev.writ.testing.MutableClock;
import dev.writ.testing.WritIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every demand carries the signs that it deserves a second look; an emergency from a
 * sender who cannot be verified waits for a call-back.
 */
@WritIntegrationTest
class TrustSignalsIntegrationTests {

	@Autowired
	DemandIntake intake;

	@Autowired
	DemandQueries queries;

	@Autowired
	UserAccounts users;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void given_a_new_account_on_a_lookalike_domain_when_it_sends_an_emergency_for_content_then_every_signal_shows_and_it_is_held() {
		// given: an account on fbl.gov, one letter away from the FBI's fbi.gov
		UserView fbi = officer(DemoLogin.FBI_OFFICER);
		UserView impostor = this.users
			.create(new NewUser("duty.desk-" + UUID.randomUUID().toString().substring(0, 8) + "@fbl.gov", "Duty Desk",
					"a long enough password", Role.OFFICER, fbi.agencyId()), "test");
		// when
		DemandReceipt receipt = this.intake.receive(DemandFixtures.submit(fbi.agencyId(), impostor.id(), emergency(),
				List.of(new NamedTarget("k.morrow@contosomail.example", IdentifierType.EMAIL)),
				Set.of(DataCategory.EMAIL_CONTENT), new CaseContext(false, false, true, null)));
		// then
		DemandDetail demand = this.queries.detail(receipt.reference()).orElseThrow();
		assertThat(demand.trustSignals()).extracting(TrustSignal::kind)
			.contains(Kind.NEW_OFFICER_ACCOUNT, Kind.SENDER_DOMAIN_NOT_VERIFIED, Kind.LOOKALIKE_DOMAIN,
					Kind.EMERGENCY_WITH_CONTENT);
		assertThat(receipt.status()).as(receipt.deficiencies().toString())
			.isEqualTo(DemandStatus.HELD_FOR_VERIFICATION);
	}

	@Test
	void given_a_demand_on_a_sunday_night_in_the_agencys_time_zone_then_it_is_flagged_as_outside_business_hours() {
		// given: 2026-11-22 is a Sunday; 11:00 UTC is 03:00 in Seattle
		this.clock.fixAt(Instant.parse("2026-11-22T11:00:00Z"));
		// when
		DemandReceipt receipt = this.intake.receive(DemandFixtures.aSubpoena(officer(DemoLogin.FBI_OFFICER)));
		// then
		assertThat(this.queries.detail(receipt.reference()).orElseThrow().trustSignals())
			.filteredOn(signal -> signal.kind() == Kind.OUTSIDE_BUSINESS_HOURS)
			.singleElement()
			.extracting(TrustSignal::detail)
			.asString()
			.contains("2026-11-22T03:00", "America/Los_Angeles");
	}

	@Test
	void given_a_demand_on_a_weekday_morning_from_a_verified_officer_then_no_hour_or_domain_signal_is_raised() {
		// given: a Tuesday, 10:00 in Seattle
		this.clock.fixAt(Instant.parse("2026-11-24T18:00:00Z"));
		// when
		DemandReceipt receipt = this.intake.receive(DemandFixtures.aSubpoena(officer(DemoLogin.STATE_OFFICER)));
		// then
		assertThat(this.queries.detail(receipt.reference()).orElseThrow().trustSignals()).extracting(TrustSignal::kind)
			.doesNotContain(Kind.OUTSIDE_BUSINESS_HOURS, Kind.SENDER_DOMAIN_NOT_VERIFIED, Kind.LOOKALIKE_DOMAIN);
	}

	@Test
	void given_many_demands_from_one_officer_within_a_day_then_the_next_is_flagged_as_unusual_volume() {
		// given
		UserView officer = this.users
			.create(new NewUser("busy-" + UUID.randomUUID().toString().substring(0, 8) + "@seattle.gov", "Busy Officer",
					"a long enough password", Role.OFFICER, officer(DemoLogin.CITY_OFFICER).agencyId()), "test");
		for (int i = 0; i < 10; i++) {
			this.intake.receive(DemandFixtures.aSubpoena(officer));
		}
		// when
		DemandReceipt eleventh = this.intake.receive(DemandFixtures.aSubpoena(officer));
		// then
		assertThat(this.queries.detail(eleventh.reference()).orElseThrow().trustSignals()).extracting(TrustSignal::kind)
			.contains(Kind.UNUSUAL_VOLUME);
	}

	private UserView officer(DemoLogin login) {
		return this.users.byUsername(login.username()).orElseThrow();
	}

	private static LegalProcess emergency() {
		return new LegalProcess(ProcessType.EMERGENCY_REQUEST,
				new Issuance("FBI Seattle Field Office", "US-federal", "supervisory_special_agent", null, true, true,
						LocalDate.of(2026, 11, 20), null, null),
				new Delivery("Contoso Cloud, Inc.", ServiceChannel.EMERGENCY_PORTAL, null, null),
				new DateRange(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 20)), NondisclosureOrder.none(),
				new EmergencyDetails("A child is missing and believed to be with an armed adult.",
						"The account's recent mail may show where they are going."),
				false, null, CrossBorder.none(), null);
	}

}
