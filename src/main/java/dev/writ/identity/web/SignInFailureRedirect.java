package dev.writ.identity.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * Sends a failed sign-in back to the form with a reason the user can act on. Wrong user
 * name and wrong password get the same answer, so the form does not tell which accounts
 * exist.
 */
class SignInFailureRedirect extends SimpleUrlAuthenticationFailureHandler {

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String reason = switch (exception) {
			case LockedException ignored -> "locked";
			case DisabledException ignored -> "disabled";
			default -> "error";
		};
		getRedirectStrategy().sendRedirect(request, response, "/sign-in?" + reason);
	}

}
