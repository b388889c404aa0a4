package dev.writ.portal.web;

import dev.writ.audit.AuditChainVerified;
import dev.writ.audit.AuditTrail;
import dev.writ.audit.ChainVerification;
import dev.writ.identity.SignedInUser;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The auditor's view of the trail, with a button that checks every link of the chain.
 */
@Controller
@PreAuthorize("hasRole('AUDITOR')")
class AuditorHomeController {

	static final int PAGE = 100;

	private final AuditTrail trail;

	private final ApplicationEventPublisher events;

	AuditorHomeController(AuditTrail trail, ApplicationEventPublisher events) {
		this.trail = trail;
		this.events = events;
	}

	@GetMapping("/auditor")
	String trail(Model model) {
		model.addAttribute("entries", this.trail.latest(PAGE));
		return "portal/auditor";
	}

	@PostMapping("/auditor/verify")
	String verify(@AuthenticationPrincipal SignedInUser auditor, Model model) {
		ChainVerification verification = this.trail.verify();
		this.events.publishEvent(new AuditChainVerified(auditor.getUsername(), verification));
		model.addAttribute("verification", verification);
		return trail(model);
	}

}
