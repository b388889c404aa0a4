package dev.writ.identity.web;

import java.time.Clock;
import java.util.UUID;

import dev.writ.identity.AccessDenied;
import dev.writ.identity.SignedInUser;
import dev.writ.identity.internal.ApiTokens;
import dev.writ.identity.internal.IssuedApiToken;
import dev.writ.shared.validation.InvalidInput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A user's personal API tokens: create one (its secret is shown on the answer page only,
 * never kept), list them, revoke one. Only a user signed in with both factors reaches
 * this page: the pending roles of a half-finished sign-in are not among those allowed.
 */
@Controller
@PreAuthorize("hasAnyRole('OFFICER', 'ANALYST', 'COUNSEL', 'ADMIN', 'AUDITOR')")
class ApiTokenController {

	static final String PAGE = "identity/api-tokens";

	private final ApiTokens tokens;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ApiTokenController(ApiTokens tokens, Clock clock, ApplicationEventPublisher events) {
		this.tokens = tokens;
		this.clock = clock;
		this.events = events;
	}

	@GetMapping("/account/api-tokens")
	String list(@AuthenticationPrincipal SignedInUser user, Model model) {
		return page(user, model, "", ApiTokens.DEFAULT_LIFETIME);
	}

	@PostMapping("/account/api-tokens")
	String create(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "0") int lifetime, Model model, HttpServletResponse response) {
		try {
			IssuedApiToken issued = this.tokens.create(user.id(), name, lifetime);
			// The secret is on this answer only: never cached, never kept in the session.
			response.setHeader("Cache-Control", "no-store");
			model.addAttribute("issued", issued);
			return page(user, model, "", ApiTokens.DEFAULT_LIFETIME);
		}
		catch (InvalidInput ex) {
			model.addAttribute("error", ex);
			return page(user, model, name, lifetime);
		}
	}

	@PostMapping("/account/api-tokens/{id}/revoke")
	String revoke(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, RedirectAttributes redirect,
			HttpServletRequest request) {
		try {
			this.tokens.revoke(user.id(), id);
		}
		catch (InvalidInput ex) {
			// Someone else's token, or none: answered as missing, recorded as a denied
			// attempt.
			this.events.publishEvent(
					new AccessDenied(user.getUsername(), "POST " + request.getRequestURI(), request.getRemoteAddr()));
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, ex.problem());
		}
		redirect.addFlashAttribute("revoked", true);
		return "redirect:/account/api-tokens";
	}

	private String page(SignedInUser user, Model model, String name, int lifetime) {
		model.addAttribute("tokens", this.tokens.of(user.id()));
		model.addAttribute("lifetimes", ApiTokens.LIFETIMES);
		model.addAttribute("name", name);
		model.addAttribute("lifetime", lifetime);
		model.addAttribute("now", this.clock.instant());
		return PAGE;
	}

}
