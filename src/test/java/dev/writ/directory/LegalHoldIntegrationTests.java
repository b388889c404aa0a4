package dev.writ.directory;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import dev.writ.audit.AuditTrail;
import dev.writ.shared.audit.AuditAction;
import dev.writ.shared.legal.IdentifierType;
import dev.writ.shared.validation.InvalidInput;
import dev.writ.testing.AuditAssertions;
import dev.writ.testing.MutableClock;
import dev.writ.testing.WritIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Legal holds through the directory facade, on PostgreSQL, with the demo connector: each
 * change lands in directory_legal_hold and in the audit trail.
 */
@WritIntegrationTest
class LegalHoldIntegrationTests {

	static final String ANALYST = "dana.analyst@contoso-cloud.example";

	static final ZoneId LEGAL_SEAT = ZoneId.of("America/Los_Angeles");

	@Autowired
	AccountDirectory directory;

	@Autowired
	AuditTrail trail;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@AfterEach
	void realTime() {
		this.clock.reset();
	}

	@Test
	void a_placed_hold_is_recorded_from_today_to_its_end_date_and_audited() {
		// given
		var audit = AuditAssertions.mark(this.trail);
		String demand = aDemandReference();
		LocalDate today = today();
		// when
		LegalHold placed = this.directory.placeHold(new NewHold(" K.Morrow@ContosoMail.example ", IdentifierType.EMAIL,
				demand, today.plusDays(90), ANALYST));
		// then
		assertThat(placed).isEqualTo(new LegalHold(placed.id(), "K.Morrow@ContosoMail.example", IdentifierType.EMAIL,
				demand, today, today.plusDays(90), HoldStatus.PLACED, ANALYST, null));
		assertThat(row(placed.id())).containsEntry("status", "PLACED")
			.containsEntry("identifier_key", "email:k.morrow@contosomail.example")
			.containsEntry("identifier_type", "EMAIL")
			.containsEntry("demand_reference", demand)
			.containsEntry("placed_on", today.toString())
			.containsEntry("held_until", today.plusDays(90).toString())
			.containsEntry("placed_by", ANALYST);
		audit.expect(AuditAction.LEGAL_HOLD_PLACED)
			.actor(ANALYST)
			.subject("demand:" + demand)
			.detail("hold_id", placed.id().toString())
			.detail("identifier", "K.Morrow@ContosoMail.example")
			.detail("identifier_type", "email")
			.detail("until", today.plusDays(90).toString())
			.assertRecorded();
	}

	@Test
	void an_extended_hold_runs_to_its_new_end_date_and_the_extension_is_audited() {
		// given
		LocalDate today = today();
		LegalHold placed = aHoldOnKMorrow(today.plusDays(90));
		var audit = AuditAssertions.mark(this.trail);
		// when
		LegalHold extended = this.directory.extendHold(placed.id(), today.plusDays(180), "counsel");
		// then
		assertThat(extended.status()).isEqualTo(HoldStatus.EXTENDED);
		assertThat(extended.until()).isEqualTo(today.plusDays(180));
		assertThat(row(placed.id())).containsEntry("status", "EXTENDED")
			.containsEntry("held_until", today.plusDays(180).toString())
			.containsEntry("placed_by", ANALYST)
			.containsEntry("extended_by", "counsel");
		audit.expect(AuditAction.LEGAL_HOLD_EXTENDED)
			.actor("counsel")
			.subject("demand:" + placed.demandReference())
			.detail("hold_id", placed.id().toString())
			.detail("previous_until", today.plusDays(90).toString())
			.detail("until", today.plusDays(180).toString())
			.assertRecorded();
	}

	@Test
	void a_released_hold_keeps_its_reason_and_the_release_is_audited() {
		// given
		LegalHold placed = aHoldOnKMorrow(today().plusDays(90));
		this.directory.extendHold(placed.id(), today().plusDays(180), ANALYST);
		var audit = AuditAssertions.mark(this.trail);
		// when
		LegalHold released = this.directory.releaseHold(placed.id(), " Demand withdrawn by the agency ", "counsel");
		// then
		assertThat(released.status()).isEqualTo(HoldStatus.RELEASED);
		assertThat(released.releaseReason()).isEqualTo("Demand withdrawn by the agency");
		assertThat(row(placed.id())).containsEntry("status", "RELEASED")
			.containsEntry("held_until", today().plusDays(180).toString())
			.containsEntry("released_by", "counsel")
			.containsEntry("release_reason", "Demand withdrawn by the agency");
		audit.expect(AuditAction.LEGAL_HOLD_RELEASED)
			.actor("counsel")
			.subject("demand:" + placed.demandReference())
			.detail("hold_id", placed.id().toString())
			.detail("reason", "Demand withdrawn by the agency")
			.assertRecorded();
	}

	@Test
	void holds_on_an_account_are_found_by_any_spelling_and_expire_the_day_after_their_end_date() {
		// given
		LocalDate today = today();
		LegalHold placed = this.directory.placeHold(
				new NewHold("+1 206 555 0188", IdentifierType.PHONE, aDemandReference(), today.plusDays(10), ANALYST));
		// when
		this.clock.shiftBy(Duration.ofDays(11));
		// then
		assertThat(this.directory.holdsOn("+1 (206) 555-0188")).filteredOn(hold -> hold.id().equals(placed.id()))
			.singleElement()
			.extracting(LegalHold::status)
			.isEqualTo(HoldStatus.EXPIRED);
		assertThatThrownBy(() -> this.directory.extendHold(placed.id(), today.plusDays(100), ANALYST))
			.isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.field()).isEqualTo("holdId"))
			.hasMessageContaining("place a new hold instead");
		assertThat(row(placed.id())).containsEntry("status", "PLACED");
	}

	@Test
	void a_hold_on_an_account_that_does_not_exist_is_refused_and_nothing_is_written() {
		// given
		var audit = AuditAssertions.mark(this.trail);
		long before = holdCount();
		// when / then
		assertThatThrownBy(() -> this.directory.placeHold(new NewHold("ghost.account.ne@contosomail.example",
				IdentifierType.EMAIL, aDemandReference(), today().plusDays(90), ANALYST)))
			.isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.field()).isEqualTo("identifier"))
			.hasMessage("identifier: no account matches 'ghost.account.ne@contosomail.example'");
		assertThat(holdCount()).isEqualTo(before);
		audit.expect(AuditAction.LEGAL_HOLD_PLACED).assertNotRecorded();
	}

	@Test
	void a_second_hold_for_the_same_account_and_demand_is_refused_while_the_first_is_in_force() {
		// given
		String demand = aDemandReference();
		LegalHold first = this.directory
			.placeHold(new NewHold("RainCityRogue", IdentifierType.GAMERTAG, demand, today().plusDays(90), ANALYST));
		// when / then
		assertThatThrownBy(() -> this.directory
			.placeHold(new NewHold("raincityrogue", IdentifierType.GAMERTAG, demand, today().plusDays(30), ANALYST)))
			.isInstanceOf(InvalidInput.class)
			.hasMessageContaining("hold " + first.id() + " already preserves this account");
	}

	@Test
	void a_released_hold_cannot_be_released_or_extended_again() {
		// given
		LegalHold hold = this.directory.placeHold(
				new NewHold("198.51.100.23", IdentifierType.IP, aDemandReference(), today().plusDays(90), ANALYST));
		this.directory.releaseHold(hold.id(), "Preservation no longer needed", ANALYST);
		// when / then
		assertThatThrownBy(() -> this.directory.releaseHold(hold.id(), "again", ANALYST))
			.hasMessageContaining("was already released");
		assertThatThrownBy(() -> this.directory.extendHold(hold.id(), today().plusDays(200), ANALYST))
			.hasMessageContaining("was already released");
	}

	@Test
	void a_query_names_no_account_and_cannot_be_held() {
		// when
		AccountFacts facts = this.directory.lookup("all accounts that logged in from 203.0.113.0/24",
				IdentifierType.CRITERIA);
		// then
		assertThat(facts).isEqualTo(AccountFacts.notFound());
		assertThatThrownBy(() -> this.directory.placeHold(new NewHold("emails containing invoice", IdentifierType.QUERY,
				aDemandReference(), today().plusDays(90), ANALYST)))
			.isInstanceOfSatisfying(InvalidInput.class,
					refused -> assertThat(refused.field()).isEqualTo("identifierType"));
	}

	private LegalHold aHoldOnKMorrow(LocalDate until) {
		return this.directory.placeHold(
				new NewHold("k.morrow@contosomail.example", IdentifierType.EMAIL, aDemandReference(), until, ANALYST));
	}

	private Map<String, Object> row(UUID holdId) {
		return this.jdbc.sql("""
				select identifier_key, identifier_type, demand_reference, placed_on::text, held_until::text, status,
				       placed_by, extended_by, released_by, release_reason
				from directory_legal_hold where id = :id""").param("id", holdId).query().singleRow();
	}

	private long holdCount() {
		return this.jdbc.sql("select count(*) from directory_legal_hold").query(Long.class).single();
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), LEGAL_SEAT);
	}

	private static String aDemandReference() {
		return "WR-TEST-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
	}

}
