package dev.writ.registration;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import dev.writ.audit.AuditTrail;
import dev.writ.identity.UserAccounts;
import dev.writ.shared.audit.AuditAction;
import dev.writ.testing.AuditAssertions;
import dev.writ.testing.MutableClock;
import dev.writ.testing.WritIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The administrators' vetting page: the facts to weigh, the agency's switchboard and
 * where it came from, and the call-back form.
 */
@WritIntegrationTest
class RegistrationVettingPageIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OfficerRegistrations registrations;

	@Autowired
	RegistrationVetting vetting;

	@Autowired
	UserAccounts users;

	@Autowired
	AuditTrail trail;

	@Autowired
	MutableClock clock;

	@Test
	@WithUserDetails("alex.admin@contoso-cloud.example")
	void the_page_shows_a_pending_registration_with_the_switchboard_and_its_source() throws Exception {
		// given
		String email = Registrants.freshFbiAddress();
		verified(email);
		// when / then
		this.mvc.perform(get("/admin/registrations"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(email), containsString("FBI Seattle Field Office"),
					containsString("+1 206 622 0460"), containsString("published switchboard (demo)"),
					containsString("KNOWN_AGENCY"), containsString("nobody (self-registered)"),
					containsString("t.nguyen@seattle.gov"))));
		this.mvc.perform(get("/admin")).andExpect(content().string(containsString("href=\"/admin/registrations\"")));
	}

	@Test
	@WithUserDetails("alex.admin@contoso-cloud.example")
	void approving_without_a_confirmed_call_back_shows_the_refusal_on_the_page() throws Exception {
		// given
		String email = Registrants.freshFbiAddress();
		UUID id = verified(email);
		// when / then
		this.mvc.perform(approve(id, "NOT_CONFIRMED"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Outcome: Approval needs a call-back in which")));
		assertThat(this.users.byUsername(email)).isEmpty();
	}

	@Test
	@WithUserDetails("alex.admin@contoso-cloud.example")
	void approving_with_a_confirmed_call_back_creates_the_account() throws Exception {
		// given
		String email = Registrants.freshFbiAddress();
		UUID id = verified(email);
		var audit = AuditAssertions.mark(this.trail);
		// when
		this.mvc.perform(approve(id, "CONFIRMED")).andExpect(redirectedUrl("/admin/registrations"));
		// then
		assertThat(this.users.byUsername(email)).isPresent();
		audit.expect(AuditAction.REGISTRATION_APPROVED)
			.actor("alex.admin@contoso-cloud.example")
			.detail("callback_confirmed_by", "Duty supervisor Pat Lee")
			.assertRecorded();
	}

	@Test
	@WithUserDetails("dana.analyst@contoso-cloud.example")
	void analysts_may_not_vet_registrations() throws Exception {
		this.mvc.perform(get("/admin/registrations")).andExpect(status().isForbidden());
	}

	private org.springframework.test.web.servlet.RequestBuilder approve(UUID id, String outcome) {
		LocalDateTime now = LocalDateTime.ofInstant(this.clock.instant(), ZoneId.of("America/Los_Angeles"))
			.truncatedTo(ChronoUnit.MINUTES);
		return post("/admin/registrations/" + id + "/approve").with(csrf())
			.param("callBackNumber", "+1 206 622 0460")
			.param("callBackConfirmedBy", "Duty supervisor Pat Lee")
			.param("callBackAt", now.toString())
			.param("callBackOutcome", outcome)
			.param("callBackNote", "");
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

}
