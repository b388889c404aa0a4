package dev.writ.identity.web;

import java.util.List;

import dev.writ.identity.SignedInUser;
import dev.writ.identity.internal.SecondFactors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The second step of signing in: a code from the authenticator app (or a recovery code),
 * and, the first time, enrolling the app.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class SecondFactorController {

	private final SecondFactors secondFactors;

	SecondFactorController(SecondFactors secondFactors) {
		this.secondFactors = secondFactors;
	}

	@GetMapping("/second-factor")
	String codeForm(Authentication authentication) {
		if (!SecondFactorStep.isPending(authentication)) {
			return "redirect:/home";
		}
		return SecondFactorStep.needsEnrolment(authentication) ? "redirect:/second-factor/enrol"
				: "identity/second-factor";
	}

	@PostMapping("/second-factor")
	String checkCode(@RequestParam String code, Authentication authentication, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		if (!SecondFactorStep.isPending(authentication) || SecondFactorStep.needsEnrolment(authentication)) {
			return "redirect:/second-factor";
		}
		SignedInUser user = (SignedInUser) authentication.getPrincipal();
		if (!this.secondFactors.verify(user.id(), code, request.getRemoteAddr())) {
			model.addAttribute("failed", true);
			return "identity/second-factor";
		}
		SecondFactorStep.complete(user, request, response);
		return "redirect:/home";
	}

	@GetMapping("/second-factor/enrol")
	String enrolForm(Authentication authentication, Model model) {
		if (!SecondFactorStep.isPending(authentication) || !SecondFactorStep.needsEnrolment(authentication)) {
			return "redirect:/second-factor";
		}
		SignedInUser user = (SignedInUser) authentication.getPrincipal();
		model.addAttribute("enrolment", this.secondFactors.startEnrolment(user.id()));
		return "identity/second-factor-enrol";
	}

	@PostMapping("/second-factor/enrol")
	String confirmEnrolment(@RequestParam String code, Authentication authentication, HttpServletRequest request,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		if (!SecondFactorStep.isPending(authentication) || !SecondFactorStep.needsEnrolment(authentication)) {
			return "redirect:/second-factor";
		}
		SignedInUser user = (SignedInUser) authentication.getPrincipal();
		List<String> recoveryCodes = this.secondFactors.confirmEnrolment(user.id(), code, request.getRemoteAddr());
		if (recoveryCodes.isEmpty()) {
			model.addAttribute("failed", true);
			model.addAttribute("enrolment", this.secondFactors.startEnrolment(user.id()));
			return "identity/second-factor-enrol";
		}
		SecondFactorStep.complete(user, request, response);
		redirect.addFlashAttribute("recoveryCodes", recoveryCodes);
		return "redirect:/second-factor/recovery-codes";
	}

	@GetMapping("/second-factor/recovery-codes")
	String recoveryCodes(Model model) {
		return model.containsAttribute("recoveryCodes") ? "identity/recovery-codes" : "redirect:/home";
	}

}
