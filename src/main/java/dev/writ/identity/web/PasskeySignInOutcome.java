package dev.writ.identity.web;

import java.io.IOException;

import dev.writ.identity.SignedInUser;
import dev.writ.identity.internal.PasskeySignIns;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

/**
 * Answers the browser's passkey sign-in (a JSON call from {@code js/passkeys.js}). A
 * verified passkey completes sign-in at once: it is both factors, so there is no code to
 * enter; the session gets a new id, as after the second factor. A refusal is audited like
 * a refused password and answered 401 with a reason the page can show.
 */
class PasskeySignInOutcome implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

	private final PasskeySignIns signIns;

	PasskeySignInOutcome(PasskeySignIns signIns) {
		this.signIns = signIns;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException {
		SignedInUser user = (SignedInUser) authentication.getPrincipal();
		this.signIns.succeeded(user.id(), request.getRemoteAddr());
		SecondFactorStep.complete(user, request, response);
		write(response, HttpServletResponse.SC_OK,
				"{\"authenticated\":true,\"redirectUrl\":\"" + request.getContextPath() + "/home\"}");
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String username = "anonymous";
		String reason = PasskeyRefused.BAD_CREDENTIALS;
		if (exception instanceof PasskeyRefused refused) {
			username = refused.username();
			reason = refused.reason();
		}
		this.signIns.failed(username, reason, request.getRemoteAddr());
		// The reason is one of three fixed codes, never the user name.
		write(response, HttpServletResponse.SC_UNAUTHORIZED, "{\"authenticated\":false,\"reason\":\"" + reason + "\"}");
	}

	private static void write(HttpServletResponse response, int status, String json) throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.getWriter().write(json);
	}

}
