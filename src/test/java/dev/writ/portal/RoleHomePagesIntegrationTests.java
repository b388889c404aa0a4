package dev.writ.portal;

import dev.writ.audit.AuditTrail;
import dev.writ.demo.DemoLogin;
import dev.writ.shared.audit.AuditAction;
import dev.writ.testing.AuditAssertions;
import dev.writ.testing.WritIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WritIntegrationTest
class RoleHomePagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditTrail trail;

	@Test
	void the_landing_page_is_public_and_invites_sign_in() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString("Legal demands portal"), containsString("Contoso Cloud"))));
	}

	@Test
	@WithUserDetails("a.rivera@fbi.gov")
	void an_officer_is_sent_to_my_demands_and_sees_only_the_own_agency_demands() throws Exception {
		this.mvc.perform(get("/home")).andExpect(redirectedUrl("/officer/demands"));
		this.mvc.perform(get("/officer/demands"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("My demands"), containsString("FBI Seattle Field Office"),
					containsString("k.morrow@contosomail.example"),
					not(containsString("spree.capital@contosomail.example")))));
	}

	@Test
	@WithUserDetails("dana.analyst@contoso-cloud.example")
	void an_analyst_is_sent_to_the_queue_of_open_demands() throws Exception {
		this.mvc.perform(get("/home")).andExpect(redirectedUrl("/staff/queue"));
		this.mvc.perform(get("/staff/queue"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Queue"), containsString("k.morrow@contosomail.example"),
					containsString("spree.capital@contosomail.example"))));
	}

	@Test
	@WithUserDetails("casey.counsel@contoso-cloud.example")
	void counsel_works_the_same_queue() throws Exception {
		this.mvc.perform(get("/home")).andExpect(redirectedUrl("/staff/queue"));
	}

	@Test
	@WithUserDetails("alex.admin@contoso-cloud.example")
	void the_administrator_sees_agencies_and_accounts() throws Exception {
		this.mvc.perform(get("/home")).andExpect(redirectedUrl("/admin"));
		this.mvc.perform(get("/admin"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Landeskriminalamt Berlin"), containsString("nca.gov.uk"),
					containsString(DemoLogin.AUDITOR.username()))));
	}

	@Test
	@WithUserDetails("robin.auditor@contoso-cloud.example")
	void the_auditor_sees_the_trail_and_can_verify_the_chain_which_is_itself_audited() throws Exception {
		// given
		var audit = AuditAssertions.mark(this.trail);
		// when / then
		this.mvc.perform(get("/home")).andExpect(redirectedUrl("/auditor"));
		this.mvc.perform(post("/auditor/verify").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("audit chain intact")));
		audit.expect(AuditAction.AUDIT_CHAIN_VERIFIED).actor(DemoLogin.AUDITOR.username()).assertRecorded();
	}

	@Test
	@WithUserDetails("a.rivera@fbi.gov")
	void an_officer_asking_for_the_staff_queue_is_refused_and_the_attempt_is_audited() throws Exception {
		// given
		var audit = AuditAssertions.mark(this.trail);
		// when / then
		this.mvc.perform(get("/staff/queue")).andExpect(status().isForbidden());
		audit.expect(AuditAction.ACCESS_DENIED)
			.actor(DemoLogin.FBI_OFFICER.username())
			.subject("request:GET /staff/queue")
			.assertRecorded();
	}

	@Test
	@WithUserDetails("dana.analyst@contoso-cloud.example")
	void an_analyst_cannot_read_the_audit_trail_page() throws Exception {
		this.mvc.perform(get("/auditor")).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin")).andExpect(status().isForbidden());
	}

	@Test
	void an_anonymous_visitor_is_sent_to_sign_in_and_the_attempt_is_audited() throws Exception {
		// given
		var audit = AuditAssertions.mark(this.trail);
		// when / then
		this.mvc.perform(get("/officer/demands")).andExpect(redirectedUrl("/sign-in"));
		audit.expect(AuditAction.ACCESS_DENIED)
			.actor("anonymous")
			.subject("request:GET /officer/demands")
			.assertRecorded();
	}

}
