package dev.writ.identity.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in form. Spring Security processes the POST; this renders the page and the
 * outcome of the last attempt.
 */
@Controller
@PreAuthorize("permitAll()")
class SignInController {

	@GetMapping("/sign-in")
	String signIn(Authentication authentication, @RequestParam(required = false) String error,
			@RequestParam(required = false) String locked, @RequestParam(required = false) String disabled,
			@RequestParam(name = "signed-out", required = false) String signedOut, Model model) {
		if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)) {
			return "redirect:/home";
		}
		model.addAttribute("failed", error != null);
		model.addAttribute("locked", locked != null);
		model.addAttribute("disabled", disabled != null);
		model.addAttribute("signedOut", signedOut != null);
		return "identity/sign-in";
	}

}
