package dev.writ.registration.web;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import dev.writ.registration.CallBack;
import dev.writ.registration.CallBackOutcome;
import dev.writ.registration.RegistrationVetting;
import dev.writ.shared.validation.InvalidInput;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' vetting page: registrations with a confirmed address, the facts to
 * weigh, and the call-back to record before approving.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class RegistrationVettingController {

	private final RegistrationVetting vetting;

	private final Clock clock;

	private final ZoneId zone;

	RegistrationVettingController(RegistrationVetting vetting, Clock clock,
			@Value("${writ.provider.legal-time-zone:America/Los_Angeles}") String zone) {
		this.vetting = vetting;
		this.clock = clock;
		this.zone = ZoneId.of(zone);
	}

	@GetMapping("/admin/registrations")
	String pending(Model model) {
		model.addAttribute("registrations", this.vetting.pending());
		model.addAttribute("zone", this.zone.getId());
		model.addAttribute("now",
				LocalDateTime.ofInstant(this.clock.instant(), this.zone).truncatedTo(ChronoUnit.MINUTES));
		return "registration/admin-registrations";
	}

	@PostMapping("/admin/registrations/{id}/approve")
	String approve(@PathVariable UUID id, @ModelAttribute("callBack") CallBackForm form, Principal admin,
			RedirectAttributes redirect, Model model, HttpServletResponse response) {
		try {
			this.vetting.approve(id, form.callBack(this.zone), admin.getName());
			redirect.addFlashAttribute("decided", "Approved: the officer's account is created and they were told "
					+ "by mail. They set up their second factor at first sign-in.");
			return "redirect:/admin/registrations";
		}
		catch (InvalidInput refused) {
			return refused(id, refused, model, response);
		}
	}

	@PostMapping("/admin/registrations/{id}/reject")
	String reject(@PathVariable UUID id, @RequestParam(name = "reason", defaultValue = "") String reason,
			Principal admin, RedirectAttributes redirect, Model model, HttpServletResponse response) {
		try {
			this.vetting.reject(id, reason, admin.getName());
			redirect.addFlashAttribute("decided", "Rejected: the registrant was told by mail.");
			return "redirect:/admin/registrations";
		}
		catch (InvalidInput refused) {
			model.addAttribute("reason", reason);
			return refused(id, refused, model, response);
		}
	}

	private String refused(UUID id, InvalidInput refused, Model model, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("error", FormError.of(refused));
		model.addAttribute("errorFor", id);
		return pending(model);
	}

	/**
	 * The call-back as the form posts it; the time is entered in the provider's time
	 * zone.
	 */
	public static class CallBackForm {

		private String callBackNumber = "";

		private String callBackConfirmedBy = "";

		private String callBackAt = "";

		private @Nullable String callBackOutcome;

		private String callBackNote = "";

		CallBack callBack(ZoneId zone) {
			return new CallBack(this.callBackNumber.trim(), this.callBackConfirmedBy.trim(), calledAt(zone), outcome(),
					this.callBackNote.trim());
		}

		private java.time.@Nullable Instant calledAt(ZoneId zone) {
			try {
				return LocalDateTime.parse(this.callBackAt).atZone(zone).toInstant();
			}
			catch (DateTimeParseException ex) {
				return null;
			}
		}

		private @Nullable CallBackOutcome outcome() {
			for (CallBackOutcome outcome : CallBackOutcome.values()) {
				if (outcome.name().equals(this.callBackOutcome)) {
					return outcome;
				}
			}
			return null;
		}

		public String getCallBackNumber() {
			return this.callBackNumber;
		}

		public void setCallBackNumber(@Nullable String value) {
			this.callBackNumber = (value != null) ? value : "";
		}

		public String getCallBackConfirmedBy() {
			return this.callBackConfirmedBy;
		}

		public void setCallBackConfirmedBy(@Nullable String value) {
			this.callBackConfirmedBy = (value != null) ? value : "";
		}

		public String getCallBackAt() {
			return this.callBackAt;
		}

		public void setCallBackAt(@Nullable String value) {
			this.callBackAt = (value != null) ? value : "";
		}

		public @Nullable String getCallBackOutcome() {
			return this.callBackOutcome;
		}

		public void setCallBackOutcome(@Nullable String value) {
			this.callBackOutcome = value;
		}

		public String getCallBackNote() {
			return this.callBackNote;
		}

		public void setCallBackNote(@Nullable String value) {
			this.callBackNote = (value != null) ? value : "";
		}

	}

}
