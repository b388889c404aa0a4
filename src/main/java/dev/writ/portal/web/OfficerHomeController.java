package dev.writ.portal.web;

import dev.writ.agency.Agencies;
import dev.writ.identity.SignedInUser;
import dev.writ.intake.DemandQueries;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "My demands": an officer sees the demands of their own agency, never another's.
 */
@Controller
@PreAuthorize("hasRole('OFFICER')")
class OfficerHomeController {

	private final DemandQueries demands;

	private final Agencies agencies;

	OfficerHomeController(DemandQueries demands, Agencies agencies) {
		this.demands = demands;
		this.agencies = agencies;
	}

	@GetMapping("/officer/demands")
	String myDemands(@AuthenticationPrincipal SignedInUser officer, Model model) {
		model.addAttribute("agency", this.agencies.find(officer.agencyId()).orElseThrow());
		model.addAttribute("demands", this.demands.forAgency(officer.agencyId()));
		return "portal/officer-demands";
	}

}
