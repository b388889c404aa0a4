package dev.writ.review;

import java.util.ArrayList;
import java.util.List;

import dev.writ.identity.Role;
import dev.writ.shared.legal.DataCategory;
import dev.writ.shared.validation.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * An approval's scope is never wider than the demand asked, and never wider than the
 * engine allows unless counsel overrides with a recorded justification. Narrower is
 * always allowed: that is narrowing.
 */
public final class ScopeRule {

	private ScopeRule() {
	}

	/**
	 * Checks an approval's scope.
	 * @return whether it is narrower than the demand asked
	 * @throws InvalidInput naming the part of the scope that is wrong
	 * @throws DecisionRefused when it goes beyond the engine without counsel's
	 * justification
	 */
	public static boolean check(ApprovalScope wanted, Bounds bounds, Reviewer actor, @Nullable String justification) {
		InvalidInput.require(!wanted.accounts().isEmpty(), "accounts", "choose at least one account to disclose");
		InvalidInput.require(!wanted.categories().isEmpty(), "categories",
				"choose at least one data category to disclose");
		InvalidInput.require((wanted.from() == null) == (wanted.to() == null), "period",
				"give both the first and the last day of the period, or neither");
		InvalidInput.require(!wanted.hasPeriod() || !wanted.from().isAfter(wanted.to()), "period",
				"the period starts after it ends");
		checkWithinDemand(wanted, bounds.asked());
		List<String> beyond = beyondEngine(wanted, bounds.engine());
		if (!beyond.isEmpty()) {
			String what = String.join("; ", beyond);
			if (actor.role() != Role.COUNSEL) {
				throw new DecisionRefused("scope",
						"the scope goes beyond what the engine allows (" + what + "): only counsel may approve it");
			}
			if (justification == null || justification.isBlank()) {
				throw new DecisionRefused("justification",
						"the scope goes beyond what the engine allows (" + what + "): give counsel's justification");
			}
		}
		return narrower(wanted, bounds.asked());
	}

	private static void checkWithinDemand(ApprovalScope wanted, ApprovalScope asked) {
		for (String account : wanted.accounts()) {
			InvalidInput.require(asked.accounts().contains(account), "accounts",
					account + " is not named in the demand: an approval never reaches beyond what was asked");
		}
		for (DataCategory category : wanted.categories()) {
			InvalidInput.require(asked.categories().contains(category), "categories", category.code()
					+ " was not asked for in the demand: an approval never reaches beyond what was asked");
		}
		InvalidInput.require(wanted.hasPeriod() || !asked.hasPeriod(), "period",
				"give the period to disclose: the demand asks for " + asked.from() + " to " + asked.to());
		InvalidInput.require(wanted.periodWithin(asked), "period", "the period must lie within the demand's, "
				+ asked.from() + " to " + asked.to() + ": an approval never reaches beyond what was asked");
	}

	private static List<String> beyondEngine(ApprovalScope wanted, ApprovalScope engine) {
		List<String> beyond = new ArrayList<>();
		wanted.accounts()
			.stream()
			.filter(account -> !engine.accounts().contains(account))
			.forEach(account -> beyond.add("account " + account));
		wanted.categories()
			.stream()
			.filter(category -> !engine.categories().contains(category))
			.forEach(category -> beyond.add(category.code()));
		if (!wanted.periodWithin(engine)) {
			beyond.add("period past " + engine.from() + " to " + engine.to());
		}
		return beyond;
	}

	private static boolean narrower(ApprovalScope wanted, ApprovalScope asked) {
		return wanted.accounts().size() < asked.accounts().size() || wanted.categories().size() < asked.categories()
			.size() || (wanted.hasPeriod()
					&& (!asked.hasPeriod() || !wanted.from().equals(asked.from()) || !wanted.to().equals(asked.to())));
	}

	/**
	 * What bounds an approval.
	 *
	 * @param asked everything the demand asked for
	 * @param engine what the engine would release; {@link ApprovalScope#nothing()} when
	 * it releases nothing
	 */
	public record Bounds(ApprovalScope asked, ApprovalScope engine) {

	}

}
