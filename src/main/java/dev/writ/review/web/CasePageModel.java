package dev.writ.review.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import dev.writ.identity.Role;
import dev.writ.identity.SignedInUser;
import dev.writ.identity.UserAccounts;
import dev.writ.identity.UserView;
import dev.writ.intake.DemandDetail;
import dev.writ.intake.DemandQueries;
import dev.writ.review.ApprovalScope;
import dev.writ.review.CaseAction;
import dev.writ.review.CaseReview;
import dev.writ.review.CaseView;
import dev.writ.review.Decision;
import dev.writ.review.RejectionReasons;
import dev.writ.review.ScopeRule.Bounds;
import dev.writ.review.StatutoryClock;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/**
 * Fills the case page: the case, its demand's headline, the reviewers it can go to, and
 * one form per action its lifecycle allows now.
 */
@Component
class CasePageModel {

	static final String VIEW = "review/case";

	private final CaseReview review;

	private final DemandQueries demands;

	private final UserAccounts users;

	private final StatutoryClock clock;

	CasePageModel(CaseReview review, DemandQueries demands, UserAccounts users, StatutoryClock clock) {
		this.review = review;
		this.demands = demands;
		this.users = users;
		this.clock = clock;
	}

	/** The case of a demand, or a plain 404. */
	CaseView known(String reference) {
		return this.review.find(reference).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	void fill(Model model, String reference, SignedInUser staff) {
		fill(model, reference, staff, null);
	}

	/** As {@link #fill(Model, String, SignedInUser)}, keeping what the reviewer typed. */
	void fill(Model model, String reference, SignedInUser staff, @Nullable ActForm typed) {
		CaseView view = known(reference);
		DemandDetail detail = this.demands.detail(reference).orElse(null);
		Bounds bounds = this.review.bounds(reference)
			.orElse(new Bounds(ApprovalScope.nothing(), ApprovalScope.nothing()));
		model.addAttribute("c", view);
		model.addAttribute("demand", this.demands.byReference(reference).orElse(null));
		model.addAttribute("me", staff.getUsername());
		model.addAttribute("counsel", staff.role() == Role.COUNSEL);
		model.addAttribute("reviewers", reviewers());
		model.addAttribute("bounds", bounds);
		model.addAttribute("vocabulary", RejectionReasons.VOCABULARY);
		model.addAttribute("challengeKinds", Decision.ChallengeKind.values());
		model.addAttribute("challengeOutcomes", Decision.ChallengeOutcome.values());
		model.addAttribute("actions", forms(view, typed, bounds, detail));
		model.addAttribute("history", view.history().reversed());
	}

	private List<ActionForm> forms(CaseView view, @Nullable ActForm typed, Bounds bounds,
			@Nullable DemandDetail detail) {
		LocalDate today = this.clock.today();
		LocalDate receivedOn = this.clock.dayOf(view.receivedAt());
		return view.allowedActions()
			.stream()
			.sorted()
			.map(action -> new ActionForm(action.name(), CaseActions.label(action), CaseActions.reasonLabel(action),
					ActionDefaults.of(action, typed, bounds, detail, today, receivedOn)))
			.toList();
	}

	private List<UserView> reviewers() {
		return this.users.all()
			.stream()
			.filter(user -> user.role() == Role.ANALYST || user.role() == Role.COUNSEL)
			.sorted(Comparator.comparing(UserView::username))
			.toList();
	}

	/** One action the case page offers. */
	public record ActionForm(String action, String label, String reasonLabel, ActionDefaults.Prefill values) {

		public boolean is(CaseAction other) {
			return other.name().equals(this.action);
		}

	}

}
