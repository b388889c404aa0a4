package dev.writ.intake.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.writ.identity.SignedInUser;
import dev.writ.intake.DemandDetail;
import dev.writ.intake.DemandReceipt;
import dev.writ.rules.ProviderProfile;
import dev.writ.shared.legal.Coded;
import dev.writ.shared.legal.DataCategory;
import dev.writ.shared.legal.ProcessType;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Submitting a demand: choose the kind of process, fill in the form for it, attach the
 * document, attest, submit; and correcting a demand that came back.
 */
@Controller
@PreAuthorize("hasRole('OFFICER')")
@RequestMapping("/officer/demands")
class OfficerSubmissionController {

	private final DemandSubmitter submitter;

	private final OfficerDemands demands;

	private final ProviderProfile provider;

	OfficerSubmissionController(DemandSubmitter submitter, OfficerDemands demands, ProviderProfile provider) {
		this.submitter = submitter;
		this.demands = demands;
		this.provider = provider;
	}

	@GetMapping("/new")
	String chooseProcess(Model model) {
		Map<String, List<ProcessGuide>> groups = new LinkedHashMap<>();
		ProcessGuide.groups().forEach(group -> groups.put(group, ProcessGuide.in(group)));
		model.addAttribute("groups", groups);
		return "intake/choose-process";
	}

	@GetMapping("/new/{type}")
	String newDemand(@PathVariable String type, Model model) {
		return form(model, guide(type), DemandForm.blank(), new FormProblems(), null);
	}

	@PostMapping("/new/{type}")
	String submit(@PathVariable String type, @ModelAttribute DemandForm form, DemandSubmitter.Attachments attachments,
			@AuthenticationPrincipal SignedInUser officer, Model model, RedirectAttributes redirect) {
		ProcessGuide guide = guide(type);
		DemandSubmitter.Result result = this.submitter.submit(null, guide.type(), form, attachments, officer);
		return answer(result, model, guide, form, null, redirect);
	}

	@GetMapping("/{reference}/correct")
	String correction(@PathVariable String reference, @AuthenticationPrincipal SignedInUser officer, Model model) {
		DemandDetail demand = this.demands.correctable(reference, officer);
		return form(model, ProcessGuide.of(demand.process().type()), DemandForm.of(demand), new FormProblems(), demand);
	}

	@PostMapping("/{reference}/correct")
	String resubmit(@PathVariable String reference, @ModelAttribute DemandForm form,
			DemandSubmitter.Attachments attachments, @AuthenticationPrincipal SignedInUser officer, Model model,
			RedirectAttributes redirect) {
		DemandDetail demand = this.demands.correctable(reference, officer);
		ProcessGuide guide = ProcessGuide.of(demand.process().type());
		DemandSubmitter.Result result = this.submitter.submit(reference, guide.type(), form, attachments, officer);
		return answer(result, model, guide, form, demand, redirect);
	}

	private String answer(DemandSubmitter.Result result, Model model, ProcessGuide guide, DemandForm form,
			DemandDetail correcting, RedirectAttributes redirect) {
		DemandReceipt receipt = result.receipt();
		if (receipt == null) {
			return form(model, guide, form, result.problems(), correcting);
		}
		redirect.addFlashAttribute("receipt", receipt);
		return "redirect:/officer/demands/" + receipt.reference();
	}

	private String form(Model model, ProcessGuide guide, DemandForm form, FormProblems problems,
			DemandDetail correcting) {
		model.addAttribute("guide", guide);
		model.addAttribute("form", form);
		model.addAttribute("problems", problems.ordered());
		model.addAttribute("categories", DataCategory.values());
		model.addAttribute("provider", this.provider);
		model.addAttribute("correcting", correcting);
		return "intake/demand-form";
	}

	private static ProcessGuide guide(String code) {
		return ProcessGuide.of(Coded.find(ProcessType.class, code).orElseThrow(() -> new UnknownPage(code)));
	}

}
