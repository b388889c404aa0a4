package dev.writ.review.web;

import java.util.Comparator;
import java.util.List;

import dev.writ.identity.Role;
import dev.writ.identity.SignedInUser;
import dev.writ.identity.UserAccounts;
import dev.writ.identity.UserView;
import dev.writ.intake.DemandQueries;
import dev.writ.review.CaseAction;
import dev.writ.review.CaseReview;
import dev.writ.review.CaseView;

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

	CasePageModel(CaseReview review, DemandQueries demands, UserAccounts users) {
		this.review = review;
		this.demands = demands;
		this.users = users;
	}

	/** The case of a demand, or a plain 404. */
	CaseView known(String reference) {
		return this.review.find(reference).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	void fill(Model model, String reference, SignedInUser staff) {
		CaseView view = known(reference);
		model.addAttribute("c", view);
		model.addAttribute("demand", this.demands.byReference(reference).orElse(null));
		model.addAttribute("me", staff.getUsername());
		model.addAttribute("counsel", staff.role() == Role.COUNSEL);
		model.addAttribute("reviewers", reviewers());
		model.addAttribute("actions", forms(view));
		model.addAttribute("history", view.history().reversed());
	}

	private List<ActionForm> forms(CaseView view) {
		return view.allowedActions()
			.stream()
			.sorted()
			.map(action -> new ActionForm(action.name(), CaseActions.label(action), CaseActions.decidesScope(action)))
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
	public record ActionForm(String action, String label, boolean decidesScope) {

		public boolean is(CaseAction other) {
			return other.name().equals(this.action);
		}

	}

}
