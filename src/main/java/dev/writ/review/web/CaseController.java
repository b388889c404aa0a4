package dev.writ.review.web;

import dev.writ.identity.SignedInUser;
import dev.writ.review.CaseAction;
import dev.writ.review.CaseChangedElsewhere;
import dev.writ.review.CaseCommand;
import dev.writ.review.CaseReview;
import dev.writ.review.CaseState;
import dev.writ.review.CaseView;
import dev.writ.review.Reviewer;
import dev.writ.shared.validation.InvalidInput;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * A case as compliance staff work it: where it stands, who holds it, when it is due, its
 * history, and only the actions its lifecycle allows now. Every form carries the version
 * the reviewer saw; a case changed since is shown again as it is now, with the reviewer's
 * words kept.
 */
@Controller
@PreAuthorize("hasAnyRole('ANALYST', 'COUNSEL')")
@RequestMapping("/staff/cases/{reference}")
class CaseController {

	static final String CHANGED = "This case was changed by someone else; here is what it is now.";

	private final CaseReview review;

	private final CasePageModel pages;

	CaseController(CaseReview review, CasePageModel pages) {
		this.review = review;
		this.pages = pages;
	}

	@GetMapping
	String show(@PathVariable String reference, @AuthenticationPrincipal SignedInUser staff, Model model) {
		this.pages.fill(model, reference, staff);
		return CasePageModel.VIEW;
	}

	@PostMapping("/assign")
	String assign(@PathVariable String reference, AssignForm form, @AuthenticationPrincipal SignedInUser staff,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		this.pages.known(reference);
		Page page = new Page(reference, staff, model, response);
		String reason = (form.reason() != null) ? form.reason() : "";
		String who = (form.assignee() == null || form.assignee().isBlank()) ? staff.getUsername() : form.assignee();
		String why = reason.isBlank() ? "assigned from the case page" : reason;
		try {
			CaseView view = this.review.assign(reference, version(form.version()), who, reviewer(staff), why);
			redirect.addFlashAttribute("notice", "The case is now assigned to " + view.assignee() + ".");
			return "redirect:/staff/cases/" + reference;
		}
		catch (CaseChangedElsewhere ex) {
			return page.again(HttpStatus.CONFLICT, CHANGED, Draft.assignment(reason));
		}
		catch (InvalidInput ex) {
			return page.again(HttpStatus.UNPROCESSABLE_CONTENT, "Not assigned: " + ex.problem() + ".",
					Draft.assignment(reason));
		}
	}

	@PostMapping("/act")
	String act(@PathVariable String reference, ActForm form, @AuthenticationPrincipal SignedInUser staff, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		this.pages.known(reference);
		Page page = new Page(reference, staff, model, response);
		String reason = (form.reason() != null) ? form.reason() : "";
		Draft draft = new Draft((form.action() != null) ? form.action() : "", reason, form.justification(), form);
		try {
			CaseAction step = CaseActions.parse(draft.action());
			InvalidInput.require(!reason.isBlank(), "reason", "give a reason for " + CaseActions.label(step));
			CaseView view = this.review.act(new CaseCommand(reference, version(form.version()), step, reviewer(staff),
					reason, blankToNull(form.justification()), form.decision(step)));
			redirect.addFlashAttribute("notice", done(step, view));
			return "redirect:/staff/cases/" + reference;
		}
		catch (CaseChangedElsewhere ex) {
			return page.again(HttpStatus.CONFLICT, CHANGED, draft);
		}
		catch (InvalidInput ex) {
			return page.again(HttpStatus.UNPROCESSABLE_CONTENT, CaseActions.refusal(ex), draft);
		}
	}

	private static int version(@Nullable Integer version) {
		return (version != null) ? version : -1;
	}

	private static String done(CaseAction step, CaseView view) {
		if (view.state() == CaseState.AWAITING_SECOND_APPROVAL) {
			return "Approved once. This case needs a second reviewer: a different analyst or counsel must confirm "
					+ "the approval before it leaves review.";
		}
		return CaseActions.label(step) + " done: the case is now "
				+ view.state().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ".";
	}

	private static Reviewer reviewer(SignedInUser staff) {
		return new Reviewer(staff.getUsername(), staff.role());
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text;
	}

	/** An assignment as the form posts it. */
	record AssignForm(@Nullable Integer version, @Nullable String assignee, @Nullable String reason) {

	}

	/** The request being answered, to show the page again. */
	private final class Page {

		private final String reference;

		private final SignedInUser staff;

		private final Model model;

		private final HttpServletResponse response;

		Page(String reference, SignedInUser staff, Model model, HttpServletResponse response) {
			this.reference = reference;
			this.staff = staff;
			this.model = model;
			this.response = response;
		}

		String again(HttpStatus status, String problem, Draft draft) {
			this.response.setStatus(status.value());
			this.model.addAttribute("problem", problem);
			this.model.addAttribute("draft", draft);
			CaseController.this.pages.fill(this.model, this.reference, this.staff, draft.form());
			return CasePageModel.VIEW;
		}

	}

	/** What the reviewer typed, kept when the case changed under them. */
	public record Draft(String action, String reason, @Nullable String justification, @Nullable ActForm form) {

		static Draft assignment(String reason) {
			return new Draft("ASSIGN", reason, null, null);
		}

	}

}
