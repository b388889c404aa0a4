package dev.writ.portal.web;

import dev.writ.intake.DemandQueries;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The compliance team's queue of open demands.
 */
@Controller
@PreAuthorize("hasAnyRole('ANALYST', 'COUNSEL')")
class StaffQueueController {

	private final DemandQueries demands;

	StaffQueueController(DemandQueries demands) {
		this.demands = demands;
	}

	@GetMapping("/staff/queue")
	String queue(Model model) {
		model.addAttribute("demands", this.demands.open());
		return "portal/staff-queue";
	}

}
