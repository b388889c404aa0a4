package dev.writ.registration.web;

import dev.writ.registration.ColleagueInvitations;
import dev.writ.registration.OfficerRegistrations;
import dev.writ.registration.Verification;
import dev.writ.shared.validation.InvalidInput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public registration pages: the form, "check your e-mail", and the verification
 * link. The link's page asks for a click before it uses the link, so a mail scanner that
 * fetches links cannot spend it.
 */
@Controller
@PreAuthorize("permitAll()")
class RegistrationController {

	private final OfficerRegistrations registrations;

	private final ColleagueInvitations invitations;

	RegistrationController(OfficerRegistrations registrations, ColleagueInvitations invitations) {
		this.registrations = registrations;
		this.invitations = invitations;
	}

	@GetMapping("/register")
	String form(@RequestParam(name = "invitation", required = false) @Nullable String invitation, Model model) {
		RegisterForm form = new RegisterForm();
		if (invitation != null) {
			this.invitations.open(invitation).ifPresentOrElse(open -> {
				form.setEmail(open.email());
				form.setInvitation(invitation);
				model.addAttribute("invitation", open);
			}, () -> model.addAttribute("invitationInvalid", true));
		}
		model.addAttribute("form", form);
		return "registration/register";
	}

	@PostMapping("/register")
	String register(@ModelAttribute("form") RegisterForm form, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		try {
			this.registrations.register(form.registration(), request.getRemoteAddr());
			return "redirect:/register/check-email";
		}
		catch (InvalidInput refused) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("error", FormError.of(refused));
			if (form.getInvitation() != null) {
				this.invitations.open(form.getInvitation()).ifPresent(open -> model.addAttribute("invitation", open));
			}
			return "registration/register";
		}
	}

	@GetMapping("/register/check-email")
	String checkEmail() {
		return "registration/check-email";
	}

	@GetMapping("/register/verify")
	String verifyLink(@RequestParam(name = "token", defaultValue = "") String token, Model model) {
		model.addAttribute("verification", this.registrations.check(token));
		model.addAttribute("token", token);
		return "registration/verify";
	}

	@PostMapping("/register/verify")
	String verify(@RequestParam(name = "token", defaultValue = "") String token, HttpServletRequest request,
			Model model) {
		Verification verification = this.registrations.verify(token, request.getRemoteAddr());
		model.addAttribute("verification", verification);
		return "registration/verify";
	}

}
