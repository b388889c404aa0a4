package dev.writ.identity.web;

import java.util.List;

import dev.writ.identity.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * The state between the password and the second factor. A user in it holds only a
 * "pending" role, which no page accepts; {@link SecondFactorGate} sends them to the
 * second-factor page until they pass it.
 */
final class SecondFactorStep {

	static final String PENDING_CODE = "ROLE_PENDING_SECOND_FACTOR";

	static final String PENDING_ENROLMENT = "ROLE_PENDING_ENROLMENT";

	static final SecurityContextRepository SESSIONS = new HttpSessionSecurityContextRepository();

	private SecondFactorStep() {
	}

	static boolean isPending(Authentication authentication) {
		return authentication != null && authentication.getAuthorities()
			.stream()
			.anyMatch(a -> PENDING_CODE.equals(a.getAuthority()) || PENDING_ENROLMENT.equals(a.getAuthority()));
	}

	static boolean needsEnrolment(Authentication authentication) {
		return authentication.getAuthorities().stream().anyMatch(a -> PENDING_ENROLMENT.equals(a.getAuthority()));
	}

	/** After the password: the user is known, but holds only the pending role. */
	static void pending(SignedInUser user, boolean enrolled, Object details, HttpServletRequest request,
			HttpServletResponse response) {
		var pending = UsernamePasswordAuthenticationToken.authenticated(user, null,
				List.of(new SimpleGrantedAuthority(enrolled ? PENDING_CODE : PENDING_ENROLMENT)));
		pending.setDetails(details);
		store(pending, request, response);
	}

	/** After the second factor: the user's own role, in a new session id. */
	static void complete(SignedInUser user, HttpServletRequest request, HttpServletResponse response) {
		request.changeSessionId();
		store(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()), request, response);
	}

	private static void store(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		SESSIONS.saveContext(context, request, response);
	}

}
