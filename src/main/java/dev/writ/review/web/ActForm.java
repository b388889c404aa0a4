package dev.writ.review.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import dev.writ.review.ApprovalScope;
import dev.writ.review.CaseAction;
import dev.writ.review.Decision;
import dev.writ.review.Decision.ChallengeKind;
import dev.writ.review.Decision.ChallengeOutcome;
import dev.writ.shared.legal.Coded;
import dev.writ.shared.legal.DataCategory;
import dev.writ.shared.validation.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * A step as the case page posts it: the reviewer's reason, counsel's justification, and
 * the particulars of a decision (the scope of an approval, the reasons of a rejection,
 * the customer of a redirect, the challenge and its outcome).
 */
@SuppressWarnings("checkstyle:ParameterNumber")
record ActForm(@Nullable Integer version, @Nullable String action, @Nullable String reason,
		@Nullable String justification, @Nullable List<String> accounts, @Nullable List<String> categories,
		@Nullable String from, @Nullable String to, @Nullable List<String> reasons, @Nullable String customer,
		@Nullable String contactName, @Nullable String contactEmail, @Nullable String message,
		@Nullable String challengeKind, @Nullable String dueOn, @Nullable String outcome) {

	/**
	 * The decision the form carries for an action; null for steps that decide nothing.
	 */
	@Nullable Decision decision(CaseAction step) {
		return switch (step) {
			case APPROVE -> new Decision.Approval(new ApprovalScope(list(this.accounts), chosenCategories(),
					date("from", this.from), date("to", this.to)));
			case REJECT -> new Decision.Rejection(list(this.reasons));
			case REDIRECT_TO_CUSTOMER -> new Decision.Redirect(text(this.customer), text(this.contactName),
					text(this.contactEmail).trim(), text(this.message));
			case CHALLENGE -> new Decision.Challenge(choice(ChallengeKind.class, "challengeKind", this.challengeKind),
					required("dueOn", date("dueOn", this.dueOn)));
			case RESOLVE_CHALLENGE ->
				new Decision.ChallengeResolved(choice(ChallengeOutcome.class, "outcome", this.outcome));
			default -> null;
		};
	}

	private List<DataCategory> chosenCategories() {
		return list(this.categories).stream()
			.map(code -> Coded.find(DataCategory.class, code)
				.orElseThrow(() -> new InvalidInput("categories", "no such data category: " + code)))
			.toList();
	}

	private static List<String> list(@Nullable List<String> values) {
		return (values != null) ? values : List.of();
	}

	private static String text(@Nullable String value) {
		return (value != null) ? value : "";
	}

	private static @Nullable LocalDate date(String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.trim());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInput(field, "not a date (YYYY-MM-DD): " + value);
		}
	}

	private static LocalDate required(String field, @Nullable LocalDate value) {
		if (value == null) {
			throw new InvalidInput(field, "give the date");
		}
		return value;
	}

	private static <E extends Enum<E>> E choice(Class<E> type, String field, @Nullable String value) {
		try {
			return Enum.valueOf(type, text(value));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInput(field, "choose one of the options");
		}
	}

}
