package dev.writ.registration;

import java.util.UUID;

import dev.writ.agency.Agencies;
import dev.writ.audit.AuditTrail;
import dev.writ.identity.Role;
import dev.writ.identity.UserAccounts;
import dev.writ.identity.UserView;
import dev.writ.shared.audit.AuditAction;
import dev.writ.shared.validation.InvalidInput;
import dev.writ.testing.AuditAssertions;
import dev.writ.testing.MutableClock;
import dev.writ.testing.WritIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Approval needs a call-back to the agency's switchboard that confirmed the registrant;
 * it creates the officer's account with the password chosen at registration, who then
 * signs in and enrols a second factor.
 */
@WritIntegrationTest
class RegistrationApprovalIntegrationTests {

	static final String FBI_SWITCHBOARD = "+1 206 622 0460";

	@Autowired
	OfficerRegistrations registrations;

	@Autowired
	RegistrationVetting vetting;

	@Autowired
	UserAccounts users;

	@Autowired
	Agencies agencies;

	@Autowired
	AuditTrail trail;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void approval_without_a_confirmed_call_back_is_refused_audited_and_creates_nothing() {
		// given
		String email = Registrants.freshFbiAddress();
		UUID id = verified(email);
		var audit = AuditAssertions.mark(this.trail);
		// when / then
		assertThatThrownBy(() -> this.vetting.approve(id, callBack(FBI_SWITCHBOARD, CallBackOutcome.NOT_CONFIRMED),
				"alex.admin@contoso-cloud.example"))
			.isInstanceOfSatisfying(InvalidInput.class, refused -> {
				assertThat(refused.field()).isEqualTo("callBackOutcome");
				assertThat(refused.problem()).contains(
						"Approval needs a call-back in which FBI Seattle Field Office " + "confirmed the registrant");
			});
		audit.expect(AuditAction.REGISTRATION_APPROVAL_REFUSED)
			.subject("registration:" + id)
			.detail("callback_outcome", "NOT_CONFIRMED")
			.assertRecorded();
		assertThat(this.users.byUsername(email)).isEmpty();
		assertThat(this.vetting.find(id)).isPresent();
	}

	@Test
	void a_call_to_any_number_but_the_agency_switchboard_is_refused() {
		// given
		String email = Registrants.freshFbiAddress();
		UUID id = verified(email);
		// when / then: the desk phone the registrant gave
		assertThatThrownBy(() -> this.vetting.approve(id, callBack("+1 206 555 0199", CallBackOutcome.CONFIRMED),
				"alex.admin@contoso-cloud.example"))
			.isInstanceOfSatisfying(InvalidInput.class,
					refused -> assertThat(refused.field()).isEqualTo("callBackNumber"));
		assertThat(this.users.byUsername(email)).isEmpty();
	}

	@Test
	void approval_after_a_confirmed_call_back_creates_the_officer_who_signs_in_with_the_registration_password()
			throws Exception {
		// given
		String email = Registrants.freshFbiAddress();
		UUID id = verified(email);
		var audit = AuditAssertions.mark(this.trail);
		// when
		this.vetting.approve(id, callBack(FBI_SWITCHBOARD, CallBackOutcome.CONFIRMED),
				"alex.admin@contoso-cloud.example");
		// then
		UserView officer = this.users.byUsername(email).orElseThrow();
		assertThat(officer.role()).isEqualTo(Role.OFFICER);
		assertThat(officer.agencyId()).isEqualTo(this.agencies.byDomain("fbi.gov").orElseThrow().id());
		audit.expect(AuditAction.REGISTRATION_APPROVED)
			.actor("alex.admin@contoso-cloud.example")
			.subject("registration:" + id)
			.detail("callback_number", FBI_SWITCHBOARD)
			.detail("callback_confirmed_by", "Duty supervisor Pat Lee")
			.detail("callback_outcome", "CONFIRMED")
			.assertRecorded();
		audit.expect(AuditAction.USER_CREATED).subject("user:" + email).assertRecorded();
		assertThat(this.jdbc.sql("select password_hash is null from officer_registration where id = ?")
			.param(id)
			.query(Boolean.class)
			.single()).isTrue();
		assertThat(RegistrationMail.awaitMail(email, "Your Writ account is approved")).contains("/sign-in");
		// and the officer signs in with the password chosen at registration and must
		// enrol
		this.mvc.perform(post("/sign-in").with(csrf()).param("username", email).param("password", Registrants.PASSWORD))
			.andExpect(redirectedUrl("/second-factor/enrol"));
	}

	@Test
	void a_rejection_needs_a_reason_and_tells_the_registrant() {
		// given
		String email = Registrants.freshFbiAddress();
		UUID id = verified(email);
		assertThatThrownBy(() -> this.vetting.reject(id, " ", "alex.admin@contoso-cloud.example"))
			.isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.field()).isEqualTo("reason"));
		var audit = AuditAssertions.mark(this.trail);
		// when
		this.vetting.reject(id, "The agency does not know the registrant", "alex.admin@contoso-cloud.example");
		// then
		audit.expect(AuditAction.REGISTRATION_REJECTED)
			.detail("reason", "The agency does not know the registrant")
			.assertRecorded();
		assertThat(this.vetting.find(id)).isEmpty();
		assertThat(this.users.byUsername(email)).isEmpty();
		assertThat(RegistrationMail.awaitMail(email, "Your Writ registration was not approved"))
			.contains("no account was created")
			.doesNotContain("does not know");
	}

	@Test
	void a_registration_whose_address_is_not_confirmed_cannot_be_approved() {
		// given
		String email = Registrants.freshFbiAddress();
		this.registrations.register(Registrants.of(email), "127.0.0.1");
		UUID id = this.jdbc.sql("select id from officer_registration where email = ?")
			.param(email)
			.query(UUID.class)
			.single();
		// when / then
		assertThatThrownBy(() -> this.vetting.approve(id, callBack(FBI_SWITCHBOARD, CallBackOutcome.CONFIRMED),
				"alex.admin@contoso-cloud.example"))
			.isInstanceOfSatisfying(InvalidInput.class,
					refused -> assertThat(refused.field()).isEqualTo("registration"));
	}

	private UUID verified(String email) {
		this.registrations.register(Registrants.of(email), "127.0.0.1");
		this.registrations.verify(RegistrationMail.verificationToken(email), "127.0.0.1");
		return this.vetting.pending()
			.stream()
			.filter(pending -> pending.email().equals(email))
			.findFirst()
			.orElseThrow()
			.id();
	}

	private CallBack callBack(String number, CallBackOutcome outcome) {
		return new CallBack(number, "Duty supervisor Pat Lee", this.clock.instant(), outcome,
				"Confirmed employment and role");
	}

}
