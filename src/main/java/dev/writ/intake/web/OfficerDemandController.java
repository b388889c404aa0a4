package dev.writ.intake.web;

import java.util.List;

import dev.writ.identity.SignedInUser;
import dev.writ.intake.DemandDetail;
import dev.writ.intake.DemandIntake;
import dev.writ.intake.DemandOutcomes;
import dev.writ.intake.DemandMessage;
import dev.writ.intake.DemandMessages;
import dev.writ.intake.DemandQueries;
import dev.writ.shared.validation.InvalidInput;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One demand as its agency sees it: where it stands, what to fix when it came back, what
 * was sent, the timeline and the messages with the provider.
 */
@Controller
@PreAuthorize("hasRole('OFFICER')")
@RequestMapping("/officer/demands/{reference}")
class OfficerDemandController {

	private final OfficerDemands demands;

	private final DemandQueries queries;

	private final DemandMessages messages;

	private final DemandIntake intake;

	private final DemandPageModel pages;

	private final DemandOutcomes outcomes;

	OfficerDemandController(OfficerDemands demands, DemandQueries queries, DemandMessages messages, DemandIntake intake,
			DemandPageModel pages, DemandOutcomes outcomes) {
		this.outcomes = outcomes;
		this.demands = demands;
		this.queries = queries;
		this.messages = messages;
		this.intake = intake;
		this.pages = pages;
	}

	@GetMapping
	String demand(@PathVariable String reference, @AuthenticationPrincipal SignedInUser officer, Model model) {
		DemandDetail demand = this.demands.ofOwnAgency(reference, officer);
		List<DemandMessage> thread = this.pages.fill(model, demand, false);
		model.addAttribute("timeline",
				DemandTimeline.of(demand, this.queries.revisions(reference), thread, this.outcomes.notices(reference)));
		return "intake/officer-demand";
	}

	@PostMapping("/messages")
	String post(@PathVariable String reference, @RequestParam(defaultValue = "") String body,
			@AuthenticationPrincipal SignedInUser officer, RedirectAttributes redirect) {
		this.demands.ofOwnAgency(reference, officer);
		try {
			this.messages.post(reference, officer.id(), false, body, officer.getUsername());
			redirect.addFlashAttribute("notice", "Your message was sent.");
		}
		catch (InvalidInput ex) {
			redirect.addFlashAttribute("messageProblem", ex.problem());
			redirect.addFlashAttribute("messageDraft", body);
		}
		return "redirect:/officer/demands/" + reference + "#messages";
	}

	@PostMapping("/withdraw")
	String withdraw(@PathVariable String reference, @AuthenticationPrincipal SignedInUser officer,
			RedirectAttributes redirect) {
		this.demands.ofOwnAgency(reference, officer);
		try {
			this.intake.withdraw(reference, officer.agencyId(), officer.getUsername());
			redirect.addFlashAttribute("notice", "The demand was withdrawn.");
		}
		catch (InvalidInput ex) {
			redirect.addFlashAttribute("notice", ex.problem());
		}
		return "redirect:/officer/demands/" + reference;
	}

	@GetMapping("/documents/{key}")
	ResponseEntity<InputStreamResource> document(@PathVariable String reference, @PathVariable String key,
			@AuthenticationPrincipal SignedInUser officer) {
		this.demands.ofOwnAgency(reference, officer);
		return this.pages.download(reference, key, officer.getUsername());
	}

}
