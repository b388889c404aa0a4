package dev.writ.review.web;

import java.time.Duration;
import java.util.List;

import dev.writ.demo.DemoLogin;
import dev.writ.identity.UserAccounts;
import dev.writ.identity.UserView;
import dev.writ.intake.DemandIntake;
import dev.writ.review.CaseReview;
import dev.writ.review.CaseView;
import dev.writ.review.QueueFilter;
import dev.writ.review.StatutoryClock;
import dev.writ.testing.DemandFixtures;
import dev.writ.testing.MutableClock;
import dev.writ.testing.WritIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The analyst's queue: open cases in the statutory clock's order, filtered by state,
 * assignee and overdue, with an overdue badge in words.
 */
@WritIntegrationTest
class ReviewQueuePageIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemandIntake intake;

	@Autowired
	CaseReview review;

	@Autowired
	UserAccounts users;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void the_queue_lists_cases_in_the_statutory_clocks_order_with_due_cases_before_the_rest() throws Exception {
		// given
		String subpoena = aSubpoena();
		// when
		List<String> rows = ReviewPages.rows(page("/staff/queue", DemoLogin.ANALYST));
		// then
		List<CaseView> open = this.review.queue(QueueFilter.all());
		assertThat(open).extracting(CaseView::queueKey).isSortedAccordingTo(StatutoryClock.queueOrder());
		assertThat(rows).isEqualTo(open.stream().map(CaseView::reference).toList()).contains(subpoena);
		CaseView firstDue = open.stream().filter(c -> c.due() != null).findFirst().orElseThrow();
		assertThat(rows.indexOf(firstDue.reference())).isLessThan(rows.indexOf(subpoena));
	}

	@Test
	void the_assignee_filter_shows_my_cases_or_the_unassigned_ones() throws Exception {
		// given
		String mine = aSubpoena();
		String nobodys = aSubpoena();
		int version = this.review.find(mine).orElseThrow().version();
		this.mvc
			.perform(post("/staff/cases/" + mine + "/assign").param("version", String.valueOf(version))
				.with(user(this.accounts.loadUserByUsername(DemoLogin.ANALYST.username())))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		// when
		List<String> me = ReviewPages.rows(page("/staff/queue?assignee=me", DemoLogin.ANALYST));
		List<String> unassigned = ReviewPages.rows(page("/staff/queue?assignee=unassigned", DemoLogin.ANALYST));
		List<String> anyone = ReviewPages.rows(page("/staff/queue?assignee=anyone", DemoLogin.ANALYST));
		// then
		assertThat(me).contains(mine).doesNotContain(nobodys);
		assertThat(unassigned).contains(nobodys).doesNotContain(mine);
		assertThat(anyone).contains(mine, nobodys);
	}

	@Test
	void the_state_filter_shows_only_cases_in_that_state() throws Exception {
		// given
		String received = aSubpoena();
		// when
		List<String> inReceived = ReviewPages.rows(page("/staff/queue?state=RECEIVED", DemoLogin.ANALYST));
		List<String> inTriage = ReviewPages.rows(page("/staff/queue?state=TRIAGE", DemoLogin.ANALYST));
		// then
		assertThat(inReceived).contains(received);
		assertThat(inTriage).doesNotContain(received);
	}

	@Test
	void a_case_past_its_statutory_due_time_is_marked_overdue_in_words_and_the_filter_shows_only_those()
			throws Exception {
		// given
		String subpoena = aSubpoena();
		CaseView due = this.review.queue(QueueFilter.all())
			.stream()
			.filter(c -> c.due() != null)
			.findFirst()
			.orElseThrow();
		String before = page("/staff/queue?overdue=true", DemoLogin.ANALYST);
		// when
		this.clock.shiftBy(Duration.between(this.clock.instant(), due.due()).plusHours(1));
		String after = page("/staff/queue?overdue=true", DemoLogin.ANALYST);
		// then
		assertThat(ReviewPages.rows(before)).doesNotContain(due.reference());
		assertThat(ReviewPages.rows(after)).contains(due.reference()).doesNotContain(subpoena);
		assertThat(after).contains("OVERDUE");
	}

	private String page(String path, DemoLogin who) throws Exception {
		return this.mvc.perform(get(path).with(user(this.accounts.loadUserByUsername(who.username()))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String aSubpoena() {
		UserView officer = this.users.byUsername(DemoLogin.FBI_OFFICER.username()).orElseThrow();
		return this.intake.receive(DemandFixtures.aSubpoena(officer)).reference();
	}

}
