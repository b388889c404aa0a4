package dev.writ.intake.web;

import dev.writ.audit.AuditTrail;
import dev.writ.identity.SignedInUser;
import dev.writ.intake.DemandDetail;
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
 * A demand as the provider's compliance staff see it: everything the requester sent, the
 * engine's findings, the trust signals, every version, and the message thread.
 */
@Controller
@PreAuthorize("hasAnyRole('ANALYST','COUNSEL')")
@RequestMapping("/staff/demands/{reference}")
class StaffDemandController {

	private final DemandQueries queries;

	private final DemandMessages messages;

	private final DemandPageModel pages;

	private final AuditTrail trail;

	StaffDemandController(DemandQueries queries, DemandMessages messages, DemandPageModel pages, AuditTrail trail) {
		this.queries = queries;
		this.messages = messages;
		this.pages = pages;
		this.trail = trail;
	}

	@GetMapping
	String demand(@PathVariable String reference, Model model) {
		DemandDetail demand = this.queries.detail(reference).orElseThrow(() -> new UnknownPage(reference));
		this.pages.fill(model, demand, true);
		model.addAttribute("revisions", this.queries.revisions(reference));
		model.addAttribute("related", this.queries.related(reference));
		model.addAttribute("trail", this.trail.forSubject("demand:" + reference));
		return "intake/staff-demand";
	}

	@PostMapping("/messages")
	String reply(@PathVariable String reference, @RequestParam(defaultValue = "") String body,
			@AuthenticationPrincipal SignedInUser staff, RedirectAttributes redirect) {
		this.queries.detail(reference).orElseThrow(() -> new UnknownPage(reference));
		try {
			this.messages.post(reference, staff.id(), true, body, staff.getUsername());
			redirect.addFlashAttribute("notice", "Your message was sent; the requester is told by e-mail.");
		}
		catch (InvalidInput ex) {
			redirect.addFlashAttribute("messageProblem", ex.problem());
			redirect.addFlashAttribute("messageDraft", body);
		}
		return "redirect:/staff/demands/" + reference + "#messages";
	}

	@GetMapping("/documents/{key}")
	ResponseEntity<InputStreamResource> document(@PathVariable String reference, @PathVariable String key,
			@AuthenticationPrincipal SignedInUser staff) {
		return this.pages.download(reference, key, staff.getUsername());
	}

}
