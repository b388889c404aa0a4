package dev.writ.intake.web;

import dev.writ.demo.DemoLogin;
import dev.writ.identity.UserAccounts;
import dev.writ.intake.DemandIntake;
import dev.writ.testing.DemandFixtures;
import dev.writ.testing.WritIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An analyst reads a demand with everything the requester does not see, and answers on
 * its thread.
 */
@WritIntegrationTest
class StaffDemandPageIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemandIntake intake;

	@Autowired
	UserAccounts users;

	@Test
	@WithUserDetails("dana.analyst@contoso-cloud.example")
	void given_a_demand_when_an_analyst_opens_it_then_findings_signals_versions_and_related_demands_show()
			throws Exception {
		// given
		String reference = submitted();
		// when / then
		this.mvc.perform(get("/staff/demands/" + reference))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Trust signals")))
			.andExpect(content().string(containsString("Engine outcome")))
			.andExpect(content().string(containsString("Related demands")))
			.andExpect(content().string(containsString("Version 1")))
			.andExpect(content().string(containsString("DEMAND_RECEIVED")))
			.andExpect(content().string(containsString("k.morrow@contosomail.example")));
	}

	@Test
	@WithUserDetails("dana.analyst@contoso-cloud.example")
	void given_a_demand_when_an_analyst_replies_then_the_message_is_on_the_thread() throws Exception {
		// given
		String reference = submitted();
		// when
		this.mvc
			.perform(
					post("/staff/demands/" + reference + "/messages").param("body", "Please send page 2.").with(csrf()))
			.andExpect(redirectedUrl("/staff/demands/" + reference + "#messages"));
		// then
		this.mvc.perform(get("/staff/demands/" + reference))
			.andExpect(content().string(containsString("Please send page 2.")))
			.andExpect(content().string(containsString("Dana Analyst")));
	}

	private String submitted() {
		return this.intake
			.receive(DemandFixtures.aSubpoena(this.users.byUsername(DemoLogin.FBI_OFFICER.username()).orElseThrow()))
			.reference();
	}

}
