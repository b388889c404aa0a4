package dev.writ.review;

import java.time.LocalDate;
import java.util.List;

import dev.writ.identity.Role;
import dev.writ.review.ScopeRule.Bounds;
import dev.writ.shared.legal.DataCategory;
import dev.writ.shared.validation.InvalidInput;
import org.junit.jupiter.api.Test;

import static dev.writ.shared.legal.DataCategory.BASIC_SUBSCRIBER_INFO;
import static dev.writ.shared.legal.DataCategory.EMAIL_CONTENT;
import static dev.writ.shared.legal.DataCategory.IP_CONNECTION_HISTORY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An approval never reaches beyond what the demand asked, and beyond what the engine
 * allows only by counsel with a justification; narrower is always allowed.
 */
class ScopeRuleTests {

	static final Reviewer ANALYST = new Reviewer("dana.analyst@contoso-cloud.example", Role.ANALYST);

	static final Reviewer COUNSEL = new Reviewer("casey.counsel@contoso-cloud.example", Role.COUNSEL);

	static final String MORROW = "k.morrow@contosomail.example";

	static final String FREIGHT = "gulf.freight.ops@contosomail.example";

	static final LocalDate JUNE = LocalDate.of(2025, 6, 1);

	static final LocalDate DECEMBER = LocalDate.of(2025, 12, 31);

	/**
	 * Two accounts, subscriber records, connection history and content for June to
	 * December.
	 */
	static final ApprovalScope ASKED = scope(List.of(MORROW, FREIGHT),
			List.of(BASIC_SUBSCRIBER_INFO, IP_CONNECTION_HISTORY, EMAIL_CONTENT), JUNE, DECEMBER);

	/**
	 * The engine withholds content (a subpoena) and cuts the period at the end of
	 * October.
	 */
	static final ApprovalScope ENGINE = scope(List.of(MORROW, FREIGHT),
			List.of(BASIC_SUBSCRIBER_INFO, IP_CONNECTION_HISTORY), JUNE, LocalDate.of(2025, 10, 31));

	static final Bounds BOUNDS = new Bounds(ASKED, ENGINE);

	@Test
	void an_analyst_approves_exactly_what_the_engine_allows_and_that_is_narrower_than_asked() {
		// when
		boolean narrowed = ScopeRule.check(ENGINE, BOUNDS, ANALYST, null);
		// then
		assertThat(narrowed).isTrue();
	}

	@Test
	void approving_everything_the_demand_asked_the_engine_allowing_it_all_is_not_narrowing() {
		// given
		Bounds all = new Bounds(ASKED, ASKED);
		// when / then
		assertThat(ScopeRule.check(ASKED, all, ANALYST, null)).isFalse();
	}

	@Test
	void dropping_an_account_a_category_or_part_of_the_period_is_narrowing() {
		// given
		ApprovalScope oneAccount = scope(List.of(MORROW), ENGINE.categories(), JUNE, ENGINE.to());
		ApprovalScope oneCategory = scope(ENGINE.accounts(), List.of(BASIC_SUBSCRIBER_INFO), JUNE, ENGINE.to());
		ApprovalScope shorter = scope(ENGINE.accounts(), ENGINE.categories(), LocalDate.of(2025, 9, 1), ENGINE.to());
		Bounds all = new Bounds(ASKED, ASKED);
		// when / then
		assertThat(ScopeRule.check(oneAccount, BOUNDS, ANALYST, null)).isTrue();
		assertThat(ScopeRule.check(oneCategory, BOUNDS, ANALYST, null)).isTrue();
		assertThat(ScopeRule.check(shorter, BOUNDS, ANALYST, null)).isTrue();
		assertThat(ScopeRule.check(scope(ASKED.accounts(), ASKED.categories(), JUNE, LocalDate.of(2025, 11, 30)), all,
				ANALYST, null))
			.isTrue();
	}

	@Test
	void an_account_the_demand_does_not_name_is_refused_even_for_counsel() {
		// given
		ApprovalScope stranger = scope(List.of(MORROW, "someone.else@contosomail.example"), ENGINE.categories(), JUNE,
				ENGINE.to());
		// when / then
		assertThatThrownBy(() -> ScopeRule.check(stranger, BOUNDS, COUNSEL, "the court would agree"))
			.isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.field()).isEqualTo("accounts"))
			.hasMessageContaining("someone.else@contosomail.example is not named in the demand");
	}

	@Test
	void a_category_the_demand_does_not_ask_for_is_refused_even_for_counsel() {
		// given
		ApprovalScope billing = scope(ENGINE.accounts(), List.of(BASIC_SUBSCRIBER_INFO, DataCategory.BILLING_INFO),
				JUNE, ENGINE.to());
		// when / then
		assertThatThrownBy(() -> ScopeRule.check(billing, BOUNDS, COUNSEL, "needed"))
			.isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.field()).isEqualTo("categories"))
			.hasMessageContaining("billing_info was not asked for");
	}

	@Test
	void a_period_outside_the_demand_or_missing_when_the_demand_names_one_is_refused() {
		// given
		ApprovalScope earlier = scope(ENGINE.accounts(), ENGINE.categories(), LocalDate.of(2025, 1, 1), ENGINE.to());
		ApprovalScope later = scope(ENGINE.accounts(), ENGINE.categories(), JUNE, LocalDate.of(2026, 1, 31));
		ApprovalScope open = scope(ENGINE.accounts(), ENGINE.categories(), null, null);
		// when / then
		assertThatThrownBy(() -> ScopeRule.check(earlier, BOUNDS, COUNSEL, "needed"))
			.isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.field()).isEqualTo("period"))
			.isNotInstanceOf(DecisionRefused.class)
			.hasMessageContaining("within the demand's, 2025-06-01 to 2025-12-31");
		assertThatThrownBy(() -> ScopeRule.check(later, BOUNDS, COUNSEL, "needed"))
			.isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.field()).isEqualTo("period"))
			.hasMessageContaining("never reaches beyond what was asked");
		assertThatThrownBy(() -> ScopeRule.check(open, BOUNDS, ANALYST, null))
			.isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.field()).isEqualTo("period"))
			.hasMessageContaining("give the period to disclose: the demand asks for 2025-06-01 to 2025-12-31");
	}

	@Test
	void a_period_that_ends_before_it_starts_or_has_one_end_only_is_refused() {
		// given
		ApprovalScope reversed = scope(ENGINE.accounts(), ENGINE.categories(), ENGINE.to(), JUNE);
		ApprovalScope firstDayOnly = scope(ENGINE.accounts(), ENGINE.categories(), JUNE, null);
		ApprovalScope lastDayOnly = scope(ENGINE.accounts(), ENGINE.categories(), null, ENGINE.to());
		// when / then
		assertThatThrownBy(() -> ScopeRule.check(reversed, BOUNDS, COUNSEL, "needed"))
			.isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.field()).isEqualTo("period"))
			.hasMessageContaining("starts after it ends");
		assertThatThrownBy(() -> ScopeRule.check(firstDayOnly, BOUNDS, ANALYST, null))
			.isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.field()).isEqualTo("period"))
			.hasMessageContaining("both the first and the last day");
		assertThatThrownBy(() -> ScopeRule.check(lastDayOnly, BOUNDS, ANALYST, null))
			.isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.field()).isEqualTo("period"))
			.hasMessageContaining("both the first and the last day");
	}

	@Test
	void an_approval_without_accounts_or_without_data_is_refused() {
		// when / then
		assertThatThrownBy(
				() -> ScopeRule.check(scope(List.of(), ENGINE.categories(), JUNE, ENGINE.to()), BOUNDS, ANALYST, null))
			.isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.field()).isEqualTo("accounts"))
			.hasMessageContaining("at least one account");
		assertThatThrownBy(() -> ScopeRule.check(scope(List.of(" "), ENGINE.categories(), JUNE, ENGINE.to()), BOUNDS,
				COUNSEL, "needed"))
			.isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.field()).isEqualTo("accounts"));
		assertThatThrownBy(
				() -> ScopeRule.check(scope(ENGINE.accounts(), List.of(), JUNE, ENGINE.to()), BOUNDS, ANALYST, null))
			.isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.field()).isEqualTo("categories"))
			.hasMessageContaining("at least one data category");
	}

	@Test
	void content_the_engine_withholds_is_refused_to_an_analyst_naming_what_goes_beyond() {
		// given
		ApprovalScope withContent = scope(ENGINE.accounts(),
				List.of(BASIC_SUBSCRIBER_INFO, IP_CONNECTION_HISTORY, EMAIL_CONTENT), JUNE, ENGINE.to());
		// when / then
		assertThatThrownBy(() -> ScopeRule.check(withContent, BOUNDS, ANALYST, null))
			.isInstanceOf(DecisionRefused.class)
			.hasMessageContaining("email_content")
			.hasMessageContaining("only counsel");
	}

	@Test
	void a_period_past_the_engine_cut_needs_counsel_and_a_justification() {
		// given
		ApprovalScope longer = scope(ENGINE.accounts(), ENGINE.categories(), JUNE, DECEMBER);
		// when / then
		assertThatThrownBy(() -> ScopeRule.check(longer, BOUNDS, ANALYST, null)).isInstanceOf(DecisionRefused.class)
			.hasMessageContaining("period past 2025-06-01 to 2025-10-31");
		assertThatThrownBy(() -> ScopeRule.check(longer, BOUNDS, COUNSEL, " ")).isInstanceOf(DecisionRefused.class)
			.hasMessageContaining("give counsel's justification");
		// still narrower than asked: no content
		assertThat(ScopeRule.check(longer, BOUNDS, COUNSEL, "the order was amended on the record")).isTrue();
	}

	@Test
	void when_the_engine_releases_nothing_every_approval_is_counsel_s_alone() {
		// given
		Bounds nothing = new Bounds(ASKED, ApprovalScope.nothing());
		ApprovalScope subscriber = scope(List.of(MORROW), List.of(BASIC_SUBSCRIBER_INFO), JUNE, DECEMBER);
		// when / then
		assertThatThrownBy(() -> ScopeRule.check(subscriber, nothing, ANALYST, null))
			.isInstanceOf(DecisionRefused.class)
			.hasMessageContaining("account " + MORROW)
			.hasMessageContaining("basic_subscriber_info");
		assertThatThrownBy(() -> ScopeRule.check(subscriber, nothing, COUNSEL, null)).isInstanceOfSatisfying(
				DecisionRefused.class, refused -> assertThat(refused.field()).isEqualTo("justification"));
		assertThat(ScopeRule.check(subscriber, nothing, COUNSEL, "signature confirmed with the clerk")).isTrue();
	}

	@Test
	void an_account_the_engine_does_not_release_is_refused_to_an_analyst_and_counsel_must_justify_it() {
		// given
		Bounds morrowOnly = new Bounds(ASKED, scope(List.of(MORROW), ENGINE.categories(), JUNE, ENGINE.to()));
		ApprovalScope both = scope(List.of(MORROW, FREIGHT), ENGINE.categories(), JUNE, ENGINE.to());
		// when / then
		assertThatThrownBy(() -> ScopeRule.check(both, morrowOnly, ANALYST, null))
			.isInstanceOfSatisfying(DecisionRefused.class, refused -> assertThat(refused.field()).isEqualTo("scope"))
			.hasMessageContaining("account " + FREIGHT)
			.hasMessageNotContaining("account " + MORROW)
			.hasMessageContaining("only counsel");
		assertThatThrownBy(() -> ScopeRule.check(both, morrowOnly, COUNSEL, null))
			.isInstanceOfSatisfying(DecisionRefused.class,
					refused -> assertThat(refused.field()).isEqualTo("justification"))
			.hasMessageContaining("account " + FREIGHT);
		assertThat(ScopeRule.check(both, morrowOnly, COUNSEL, "the account holder consented in writing")).isTrue();
	}

	@Test
	void an_analyst_s_refusal_names_everything_that_goes_beyond_the_engine() {
		// when / then
		assertThatThrownBy(
				() -> ScopeRule.check(ASKED, BOUNDS, ANALYST, "an analyst's justification counts for nothing"))
			.isInstanceOfSatisfying(DecisionRefused.class, refused -> assertThat(refused.field()).isEqualTo("scope"))
			.hasMessageContaining("email_content; period past 2025-06-01 to 2025-10-31")
			.hasMessageNotContaining("basic_subscriber_info");
	}

	@Test
	void counsel_approves_content_the_engine_withholds_only_with_a_justification() {
		// given
		ApprovalScope withContent = scope(ENGINE.accounts(), ASKED.categories(), JUNE, ENGINE.to());
		// when / then
		assertThatThrownBy(() -> ScopeRule.check(withContent, BOUNDS, COUNSEL, null))
			.isInstanceOfSatisfying(DecisionRefused.class,
					refused -> assertThat(refused.field()).isEqualTo("justification"))
			.hasMessageContaining("email_content");
		assertThat(ScopeRule.check(withContent, BOUNDS, COUNSEL, "the warrant was served separately")).isTrue();
	}

	@Test
	void counsel_approving_everything_the_demand_asked_beyond_the_engine_is_not_narrowing() {
		// when
		boolean narrowed = ScopeRule.check(ASKED, BOUNDS, COUNSEL, "the court ordered full production");
		// then
		assertThat(narrowed).isFalse();
	}

	@Test
	void when_the_demand_names_no_period_an_approval_that_names_one_is_narrowing() {
		// given
		ApprovalScope open = scope(ENGINE.accounts(), ENGINE.categories(), null, null);
		Bounds noPeriod = new Bounds(open, open);
		// when / then
		assertThat(ScopeRule.check(open, noPeriod, ANALYST, null)).isFalse();
		assertThat(
				ScopeRule.check(scope(ENGINE.accounts(), ENGINE.categories(), JUNE, DECEMBER), noPeriod, ANALYST, null))
			.isTrue();
	}

	@Test
	void an_account_given_twice_or_with_spaces_counts_once() {
		// given
		ApprovalScope repeated = scope(List.of(" " + MORROW, MORROW, FREIGHT + " ", ""), ENGINE.categories(), JUNE,
				ENGINE.to());
		Bounds engineAllowsAsked = new Bounds(ENGINE, ENGINE);
		// when / then
		assertThat(repeated.accounts()).containsExactly(MORROW, FREIGHT);
		assertThat(ScopeRule.check(repeated, engineAllowsAsked, ANALYST, null)).isFalse();
	}

	static ApprovalScope scope(List<String> accounts, List<DataCategory> categories, LocalDate from, LocalDate to) {
		return new ApprovalScope(accounts, categories, from, to);
	}

}
