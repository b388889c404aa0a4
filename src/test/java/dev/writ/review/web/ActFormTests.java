package dev.writ.review.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import dev.writ.review.CaseAction;
import dev.writ.review.Decision;
import dev.writ.review.Decision.ChallengeKind;
import dev.writ.review.Decision.ChallengeOutcome;
import dev.writ.shared.legal.DataCategory;
import dev.writ.shared.validation.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The case page's form becomes a decision, or a refusal that names the field to fix.
 */
class ActFormTests {

	static final Set<CaseAction> DECISIVE = Set.of(CaseAction.APPROVE, CaseAction.REJECT,
			CaseAction.REDIRECT_TO_CUSTOMER, CaseAction.CHALLENGE, CaseAction.RESOLVE_CHALLENGE);

	@Test
	void an_approval_form_becomes_its_scope() {
		// given
		ActForm form = approval(List.of("k.morrow@contosomail.example"),
				List.of("ip_connection_history", "basic_subscriber_info"), "2025-06-01", "2025-10-31");
		// when
		Decision decision = form.decision(CaseAction.APPROVE);
		// then
		assertThat(decision).isInstanceOfSatisfying(Decision.Approval.class, approval -> {
			assertThat(approval.scope().accounts()).containsExactly("k.morrow@contosomail.example");
			assertThat(approval.scope().categories()).containsExactly(DataCategory.BASIC_SUBSCRIBER_INFO,
					DataCategory.IP_CONNECTION_HISTORY);
			assertThat(approval.scope().from()).isEqualTo(LocalDate.of(2025, 6, 1));
			assertThat(approval.scope().to()).isEqualTo(LocalDate.of(2025, 10, 31));
		});
	}

	@Test
	void every_data_category_code_is_understood() {
		// given
		List<String> codes = Arrays.stream(DataCategory.values()).map(DataCategory::code).toList();
		// when
		Decision decision = approval(List.of("k.morrow@contosomail.example"), codes, null, null)
			.decision(CaseAction.APPROVE);
		// then
		assertThat(decision).isInstanceOfSatisfying(Decision.Approval.class,
				approval -> assertThat(approval.scope().categories()).containsExactly(DataCategory.values()));
	}

	@Test
	void blank_accounts_and_dates_are_left_out_and_dates_are_trimmed() {
		// given
		ActForm form = approval(List.of("", " k.morrow@contosomail.example "), List.of("basic_subscriber_info"),
				" 2025-06-01 ", " ");
		// when
		Decision decision = form.decision(CaseAction.APPROVE);
		// then
		assertThat(decision).isInstanceOfSatisfying(Decision.Approval.class, approval -> {
			assertThat(approval.scope().accounts()).containsExactly("k.morrow@contosomail.example");
			assertThat(approval.scope().from()).isEqualTo(LocalDate.of(2025, 6, 1));
			assertThat(approval.scope().to()).isNull();
		});
	}

	@Test
	void an_approval_form_without_choices_is_an_empty_scope_for_the_scope_rule_to_refuse() {
		// when
		Decision decision = approval(null, null, null, null).decision(CaseAction.APPROVE);
		// then
		assertThat(decision).isInstanceOfSatisfying(Decision.Approval.class, approval -> {
			assertThat(approval.scope().accounts()).isEmpty();
			assertThat(approval.scope().categories()).isEmpty();
			assertThat(approval.scope().hasPeriod()).isFalse();
		});
	}

	@Test
	void an_unknown_category_is_refused_naming_the_field_and_the_code() {
		// when / then
		for (String code : List.of("mind_reading", "BASIC_SUBSCRIBER_INFO", "")) {
			assertThatThrownBy(
					() -> approval(List.of("a@b.example"), List.of("basic_subscriber_info", code), null, null)
						.decision(CaseAction.APPROVE))
				.as(code)
				.isInstanceOfSatisfying(InvalidInput.class,
						refused -> assertThat(refused.field()).isEqualTo("categories"))
				.hasMessageContaining("no such data category: " + code);
		}
	}

	@Test
	void a_bad_date_is_refused_naming_its_field() {
		// given
		List<String> accounts = List.of("a@b.example");
		List<String> data = List.of("basic_subscriber_info");
		// when / then
		assertThat(field(() -> approval(accounts, data, "1 June", "2025-10-31").decision(CaseAction.APPROVE)))
			.isEqualTo("from");
		assertThat(field(() -> approval(accounts, data, "2025-06-01", "2025-13-01").decision(CaseAction.APPROVE)))
			.isEqualTo("to");
		assertThat(field(() -> challenge("MOTION_TO_QUASH", "01/12/2026").decision(CaseAction.CHALLENGE)))
			.isEqualTo("dueOn");
	}

	@Test
	void a_challenge_needs_a_known_filing_and_its_due_date() {
		// when / then
		assertThat(field(() -> challenge("COMITY_MOTION", null).decision(CaseAction.CHALLENGE))).isEqualTo("dueOn");
		assertThat(field(() -> challenge("COMITY_MOTION", " ").decision(CaseAction.CHALLENGE))).isEqualTo("dueOn");
		assertThat(field(() -> challenge("PRAYER", "2026-12-01").decision(CaseAction.CHALLENGE)))
			.isEqualTo("challengeKind");
		assertThat(field(() -> challenge(null, "2026-12-01").decision(CaseAction.CHALLENGE)))
			.isEqualTo("challengeKind");
		assertThat(field(() -> challenge("comity_motion", "2026-12-01").decision(CaseAction.CHALLENGE)))
			.isEqualTo("challengeKind");
		assertThat(challenge("COMITY_MOTION", "2026-12-01").decision(CaseAction.CHALLENGE))
			.isEqualTo(new Decision.Challenge(ChallengeKind.COMITY_MOTION, LocalDate.of(2026, 12, 1)));
	}

	@Test
	void a_resolution_needs_a_known_outcome() {
		// when / then
		assertThat(resolution("GRANTED_IN_PART").decision(CaseAction.RESOLVE_CHALLENGE))
			.isEqualTo(new Decision.ChallengeResolved(ChallengeOutcome.GRANTED_IN_PART));
		assertThat(field(() -> resolution("WON").decision(CaseAction.RESOLVE_CHALLENGE))).isEqualTo("outcome");
		assertThat(field(() -> resolution(null).decision(CaseAction.RESOLVE_CHALLENGE))).isEqualTo("outcome");
	}

	@Test
	void a_rejection_form_carries_its_reasons_or_none() {
		// when / then
		assertThat(rejection(List.of("OVERLY_BROAD", "MATERIAL_MISTAKE")).decision(CaseAction.REJECT))
			.isEqualTo(new Decision.Rejection(List.of("OVERLY_BROAD", "MATERIAL_MISTAKE")));
		assertThat(rejection(null).decision(CaseAction.REJECT)).isEqualTo(new Decision.Rejection(List.of()));
	}

	@Test
	void a_redirect_form_carries_the_customer_with_a_trimmed_address() {
		// given
		ActForm form = new ActForm(0, "REDIRECT_TO_CUSTOMER", "because", null, null, null, null, null, null,
				"Fabrikam Manufacturing", "Legal department", " legal@fabrikam-mfg.example ", "Go to Fabrikam.", null,
				null, null);
		// when / then
		assertThat(form.decision(CaseAction.REDIRECT_TO_CUSTOMER)).isEqualTo(new Decision.Redirect(
				"Fabrikam Manufacturing", "Legal department", "legal@fabrikam-mfg.example", "Go to Fabrikam."));
		assertThat(blank().decision(CaseAction.REDIRECT_TO_CUSTOMER)).isEqualTo(new Decision.Redirect("", "", "", ""));
	}

	@Test
	void a_step_that_decides_nothing_has_no_decision() {
		// given: a form that carries particulars anyway
		ActForm filled = new ActForm(0, null, "because", null, List.of("a@b.example"), List.of("basic_subscriber_info"),
				"2025-06-01", "2025-10-31", List.of("OVERLY_BROAD"), "Fabrikam", "Legal", "legal@fabrikam.example",
				"Go", "COMITY_MOTION", "2026-12-01", "DENIED");
		for (CaseAction action : CaseAction.values()) {
			if (!DECISIVE.contains(action)) {
				// when / then
				assertThat(filled.decision(action)).as(action.name()).isNull();
			}
		}
	}

	static ActForm approval(@Nullable List<String> accounts, @Nullable List<String> categories, @Nullable String from,
			@Nullable String to) {
		return new ActForm(0, "APPROVE", "because", null, accounts, categories, from, to, null, null, null, null, null,
				null, null, null);
	}

	static ActForm challenge(@Nullable String kind, @Nullable String dueOn) {
		return new ActForm(0, "CHALLENGE", "because", null, null, null, null, null, null, null, null, null, null, kind,
				dueOn, null);
	}

	static ActForm resolution(@Nullable String outcome) {
		return new ActForm(0, "RESOLVE_CHALLENGE", "because", null, null, null, null, null, null, null, null, null,
				null, null, null, outcome);
	}

	static ActForm rejection(@Nullable List<String> reasons) {
		return new ActForm(0, "REJECT", "because", null, null, null, null, null, reasons, null, null, null, null, null,
				null, null);
	}

	static ActForm blank() {
		return new ActForm(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null);
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
