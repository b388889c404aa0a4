package dev.writ.identity.web;

import java.io.IOException;

import dev.writ.identity.SignedInUser;
import dev.writ.identity.internal.SecondFactors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * A correct password is only the first step: the user goes on to the code from their
 * authenticator, or enrols one if they have none yet.
 */
@Component
class PasswordAccepted implements AuthenticationSuccessHandler {

	private final SecondFactors secondFactors;

	PasswordAccepted(SecondFactors secondFactors) {
		this.secondFactors = secondFactors;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException {
		SignedInUser user = (SignedInUser) authentication.getPrincipal();
		boolean enrolled = this.secondFactors.isEnrolled(user.id());
		SecondFactorStep.pending(user, enrolled, authentication.getDetails(), request, response);
		response.sendRedirect(request.getContextPath() + (enrolled ? "/second-factor" : "/second-factor/enrol"));
	}

}
