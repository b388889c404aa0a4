package dev.writ.review.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import dev.writ.intake.DemandDetail;
import dev.writ.intake.Target;
import dev.writ.review.ApprovalScope;
import dev.writ.review.CaseAction;
import dev.writ.review.Decision.ChallengeKind;
import dev.writ.review.RejectionReasons;
import dev.writ.review.ScopeRule.Bounds;
import dev.writ.shared.legal.DataCategory;
import org.jspecify.annotations.Nullable;

/**
 * What each action's form starts with: what the reviewer typed when the page comes back
 * after a refusal, otherwise the engine's recommendation (its scope, its reasons, the
 * customer the directory names, the filing its findings call for).
 */
final class ActionDefaults {

	private ActionDefaults() {
	}

	static Prefill of(CaseAction action, @Nullable ActForm typed, Bounds bounds, @Nullable DemandDetail demand,
			LocalDate today, LocalDate receivedOn) {
		if (typed != null && action.name().equals(typed.action())) {
			return Prefill.typed(typed);
		}
		ApprovalScope engine = bounds.engine();
		List<String> engineReasons = (demand != null) ? demand.assessment().reasons() : List.of();
		Set<String> reasons = engineReasons.stream()
			.filter(code -> RejectionReasons.find(code).isPresent())
			.collect(Collectors.toSet());
		ChallengeKind kind = challengeKind(engineReasons);
		LocalDate due = (kind == ChallengeKind.COMITY_MOTION) ? receivedOn.plusDays(14) : today.plusDays(14);
		String customer = (demand != null) ? customer(demand) : "";
		return new Prefill("", "", Set.copyOf(engine.accounts()),
				engine.categories().stream().map(DataCategory::code).collect(Collectors.toSet()), text(engine.from()),
				text(engine.to()), reasons, customer, "", "", redirectMessage(customer), kind.name(), due.toString(),
				"");
	}

	private static ChallengeKind challengeKind(List<String> reasons) {
		if (reasons.contains("CONFLICT_OF_LAWS_COMITY")) {
			return ChallengeKind.COMITY_MOTION;
		}
		if (reasons.contains("EPO_THIRD_COUNTRY_CONFLICT")) {
			return ChallengeKind.REASONED_OBJECTION;
		}
		return ChallengeKind.MOTION_TO_QUASH;
	}

	private static String customer(DemandDetail demand) {
		return demand.targets()
			.stream()
			.map(Target::account)
			.filter(Objects::nonNull)
			.filter(account -> account.customerName() != null && account.enterpriseSeats() != null)
			.map(Target.AccountFacts::customerName)
			.findFirst()
			.orElse("");
	}

	private static String redirectMessage(String customer) {
		String who = customer.isBlank() ? "an enterprise customer" : "our enterprise customer " + customer;
		return "The data you asked for belong to " + who + ", which controls them. Please direct your demand to "
				+ "the customer's contact below.";
	}

	private static String text(@Nullable LocalDate date) {
		return (date != null) ? date.toString() : "";
	}

	/** The starting values of one action's form. */
	@SuppressWarnings("checkstyle:ParameterNumber")
	record Prefill(String reason, String justification, Set<String> accounts, Set<String> categories, String from,
			String to, Set<String> reasons, String customer, String contactName, String contactEmail, String message,
			String challengeKind, String dueOn, String outcome) {

		static Prefill typed(ActForm form) {
			return new Prefill(orEmpty(form.reason()), orEmpty(form.justification()), set(form.accounts()),
					set(form.categories()), orEmpty(form.from()), orEmpty(form.to()), set(form.reasons()),
					orEmpty(form.customer()), orEmpty(form.contactName()), orEmpty(form.contactEmail()),
					orEmpty(form.message()), orEmpty(form.challengeKind()), orEmpty(form.dueOn()),
					orEmpty(form.outcome()));
		}

		private static String orEmpty(@Nullable String value) {
			return (value != null) ? value : "";
		}

		private static Set<String> set(@Nullable List<String> values) {
			return (values != null) ? Set.copyOf(values) : Set.of();
		}

	}

}
