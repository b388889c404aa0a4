package dev.writ.review.web;

import java.time.LocalDate;
import java.util.List;

import dev.writ.review.CaseAction;
import dev.writ.review.Decision;
import dev.writ.shared.legal.DataCategory;
import dev.writ.shared.validation.InvalidInput;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case page's form becomes a decision, or a refusal that names the field to fix.
 */
class ActFormTests {

	@Test
	void an_approval_form_becomes_its_scope() {
		// given
		ActForm form = form(List.of("k.morrow@contosomail.example"),
				List.of("ip_connection_history", "basic_subscriber_info"), "2025-06-01", "2025-10-31", null, null);
		// when
		Decision decision = form.decision(CaseAction.APPROVE);
		// then
		assertThat(decision).isInstanceOfSatisfying(Decision.Approval.class, approval -> {
			assertThat(approval.scope().accounts()).containsExactly("k.morrow@contosomail.example");
			assertThat(approval.scope().categories()).containsExactly(DataCategory.BASIC_SUBSCRIBER_INFO,
					DataCategory.IP_CONNECTION_HISTORY);
			assertThat(approval.scope().from()).isEqualTo(LocalDate.of(2025, 6, 1));
		});
	}

	@Test
	void an_unknown_category_or_a_bad_date_is_refused_naming_the_field() {
		// when / then
		assertThat(field(() -> form(List.of("a@b.example"), List.of("mind_reading"), null, null, null, null)
			.decision(CaseAction.APPROVE))).isEqualTo("categories");
		assertThat(
				field(() -> form(List.of("a@b.example"), List.of("basic_subscriber_info"), "1 June", null, null, null)
					.decision(CaseAction.APPROVE)))
			.isEqualTo("from");
	}

	@Test
	void a_challenge_needs_a_known_filing_and_its_due_date() {
		// when / then
		assertThat(field(() -> form(null, null, null, null, "COMITY_MOTION", null).decision(CaseAction.CHALLENGE)))
			.isEqualTo("dueOn");
		assertThat(field(() -> form(null, null, null, null, "PRAYER", "2026-12-01").decision(CaseAction.CHALLENGE)))
			.isEqualTo("challengeKind");
		assertThat(form(null, null, null, null, "COMITY_MOTION", "2026-12-01").decision(CaseAction.CHALLENGE))
			.isEqualTo(new Decision.Challenge(Decision.ChallengeKind.COMITY_MOTION, LocalDate.of(2026, 12, 1)));
	}

	@Test
	void a_step_that_decides_nothing_has_no_decision() {
		// when / then
		assertThat(form(null, null, null, null, null, null).decision(CaseAction.START_TRIAGE)).isNull();
	}

	static ActForm form(List<String> accounts, List<String> categories, String from, String to, String kind,
			String dueOn) {
		return new ActForm(0, null, "because", null, accounts, categories, from, to, null, null, null, null, null, kind,
				dueOn, null);
	}

	static String field(Runnable parse) {
		try {
			parse.run();
		}
		catch (InvalidInput refused) {
			return refused.field();
		}
		throw new AssertionError("not refused");
	}

}
