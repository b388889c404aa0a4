package dev.writ.registration.web;

import java.time.Clock;

import dev.writ.identity.SignedInUser;
import dev.writ.registration.ColleagueInvitations;
import dev.writ.shared.validation.InvalidInput;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An officer invites colleagues of the same agency; the provider still vets each one.
 */
@Controller
@PreAuthorize("hasRole('OFFICER')")
class ColleaguesController {

	private final ColleagueInvitations invitations;

	private final Clock clock;

	ColleaguesController(ColleagueInvitations invitations, Clock clock) {
		this.invitations = invitations;
		this.clock = clock;
	}

	@GetMapping("/officer/colleagues")
	String colleagues(@AuthenticationPrincipal SignedInUser officer, Model model) {
		model.addAttribute("invitations", this.invitations.sentBy(officer.id()));
		model.addAttribute("now", this.clock.instant());
		return "registration/colleagues";
	}

	@PostMapping("/officer/colleagues")
	String invite(@AuthenticationPrincipal SignedInUser officer,
			@RequestParam(name = "email", defaultValue = "") String email, RedirectAttributes redirect, Model model,
			HttpServletResponse response) {
		try {
			this.invitations.invite(officer.id(), email);
			redirect.addFlashAttribute("invited", email.trim());
			return "redirect:/officer/colleagues";
		}
		catch (InvalidInput refused) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("error", FormError.of(refused));
			model.addAttribute("email", email);
			return colleagues(officer, model);
		}
	}

}
