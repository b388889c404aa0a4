package dev.writ.portal.web;

import dev.writ.agency.Agencies;
import dev.writ.identity.UserAccounts;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The administrator's overview: vetted agencies and user accounts.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AdminHomeController {

	private final Agencies agencies;

	private final UserAccounts users;

	AdminHomeController(Agencies agencies, UserAccounts users) {
		this.agencies = agencies;
		this.users = users;
	}

	@GetMapping("/admin")
	String overview(Model model) {
		model.addAttribute("agencies", this.agencies.all());
		model.addAttribute("users", this.users.all());
		return "portal/admin";
	}

}
