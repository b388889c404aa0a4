package dev.writ.registration;

import java.util.UUID;

import dev.writ.audit.AuditTrail;
import dev.writ.demo.DemoLogin;
import dev.writ.identity.UserAccounts;
import dev.writ.shared.audit.AuditAction;
import dev.writ.testing.AuditAssertions;
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
 * An officer invites colleagues of the same agency only; the invited colleague registers
 * with the link, the registration records who invited, and an administrator still vets
 * it.
 */
@WritIntegrationTest
class ColleagueInvitationIntegrationTests {

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
	ColleagueInvitations invitations;

	@Test
	@WithUserDetails("a.rivera@fbi.gov")
	void an_address_outside_the_officer_agency_is_refused_and_audited() throws Exception {
		// given
		String elsewhere = "colleague-" + UUID.randomUUID().toString().substring(0, 8) + "@wsp.wa.gov";
		var audit = AuditAssertions.mark(this.trail);
		// when / then
		this.mvc.perform(post("/officer/colleagues").with(csrf()).param("email", elsewhere))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("id=\"email-error\""),
					containsString("You can invite colleagues of FBI Seattle Field Office only"))));
		audit.expect(AuditAction.INVITATION_REFUSED)
			.actor(DemoLogin.FBI_OFFICER.username())
			.subject("invitation:" + elsewhere)
			.assertRecorded();
		assertThat(RegistrationMail.subjectsTo(elsewhere)).isEmpty();
	}

	@Test
	@WithUserDetails("a.rivera@fbi.gov")
	void a_look_alike_or_free_mail_address_is_refused_too() throws Exception {
		for (String address : new String[] { "colleague@fbl.gov", "colleague@gmail.com" }) {
			this.mvc.perform(post("/officer/colleagues").with(csrf()).param("email", address))
				.andExpect(status().isBadRequest());
		}
	}

	@Test
	@WithUserDetails("a.rivera@fbi.gov")
	void an_invited_colleague_registers_with_the_link_and_the_registration_records_who_invited() throws Exception {
		// given
		String colleague = Registrants.freshFbiAddress();
		var audit = AuditAssertions.mark(this.trail);
		this.mvc.perform(post("/officer/colleagues").with(csrf()).param("email", colleague))
			.andExpect(redirectedUrl("/officer/colleagues"));
		audit.expect(AuditAction.COLLEAGUE_INVITED)
			.actor(DemoLogin.FBI_OFFICER.username())
			.detail("email", colleague)
			.assertRecorded();
		String invitation = RegistrationMail.invitationToken(colleague);
		// when the colleague opens the link, the form is prefilled
		this.mvc.perform(get("/register").param("invitation", invitation))
			.andExpect(content().string(allOf(containsString("value=\"" + colleague + "\""),
					containsString("Special Agent Ana Rivera of FBI Seattle Field Office invited you"))));
		// and registers and confirms the address
		this.registrations.register(Registrants.of(colleague, invitation), "127.0.0.1");
		this.registrations.verify(RegistrationMail.verificationToken(colleague), "127.0.0.1");
		// then the administrator sees who invited, and still decides
		PendingRegistration pending = this.vetting.pending()
			.stream()
			.filter(registration -> registration.email().equals(colleague))
			.findFirst()
			.orElseThrow();
		assertThat(pending.invitedBy()).isEqualTo("Special Agent Ana Rivera");
		assertThat(this.users.byUsername(colleague)).isEmpty();
		this.mvc.perform(get("/officer/colleagues"))
			.andExpect(content().string(allOf(containsString(colleague), containsString("registered"))));
	}

	@Test
	void an_invitation_works_for_its_own_address_only_and_only_once() throws Exception {
		// given
		String colleague = Registrants.freshFbiAddress();
		UUID officer = this.users.byUsername(DemoLogin.FBI_OFFICER.username()).orElseThrow().id();
		this.invitations.invite(officer, colleague);
		String invitation = RegistrationMail.invitationToken(colleague);
		// when / then another address with the link is refused
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> this.registrations
				.register(Registrants.of(Registrants.freshFbiAddress(), invitation), "127.0.0.1"))
			.hasMessageContaining("This invitation is for " + colleague);
		// and the link works once
		this.registrations.register(Registrants.of(colleague, invitation), "127.0.0.1");
		assertThat(this.invitations.open(invitation)).isEmpty();
		this.mvc.perform(get("/register").param("invitation", invitation))
			.andExpect(content().string(containsString("This invitation link")));
	}

}
