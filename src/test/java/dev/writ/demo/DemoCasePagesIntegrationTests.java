package dev.writ.demo;

import dev.writ.review.CaseReview;
import dev.writ.review.CaseView;
import dev.writ.review.QueueFilter;
import dev.writ.testing.WritIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every case of the demo queue opens for an analyst with the forms its state allows, and
 * for counsel too: what a first look at the demo shows works.
 */
@WritIntegrationTest
class DemoCasePagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CaseReview review;

	@Autowired
	UserDetailsService accounts;

	@Test
	void every_case_of_the_queue_opens_with_a_form_for_each_action_it_allows() throws Exception {
		// given
		var queue = this.review.queue(QueueFilter.all());
		assertThat(queue).hasSizeGreaterThanOrEqualTo(5);
		for (CaseView open : queue) {
			// when / then
			opensWithItsForms(open, DemoLogin.ANALYST);
			opensWithItsForms(open, DemoLogin.COUNSEL);
		}
	}

	private void opensWithItsForms(CaseView open, DemoLogin reviewer) throws Exception {
		var page = this.mvc.perform(get("/staff/cases/" + open.reference())
			.with(user(this.accounts.loadUserByUsername(reviewer.username()))));
		page.andExpect(status().isOk());
		for (var action : open.allowedActions()) {
			page.andExpect(content().string(containsString("id=\"action-" + action.name() + "\"")));
		}
	}

}
