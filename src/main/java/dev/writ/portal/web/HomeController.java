package dev.writ.portal.web;

import dev.writ.identity.SignedInUser;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public landing page, and the switch that sends each signed-in user to their role's
 * home.
 */
@Controller
class HomeController {

	@GetMapping("/")
	@PreAuthorize("permitAll()")
	String landing(@AuthenticationPrincipal SignedInUser user) {
		return (user != null) ? "redirect:/home" : "portal/landing";
	}

	@GetMapping("/home")
	@PreAuthorize("isAuthenticated()")
	String home(@AuthenticationPrincipal SignedInUser user) {
		return "redirect:" + RoleHome.of(user.role());
	}

}
