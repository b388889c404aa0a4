package dev.writ.identity.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

import dev.writ.identity.ApiTokenRefused;
import dev.writ.identity.SignedInUser;
import dev.writ.identity.internal.ApiTokens;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API requests by {@code Authorization: Bearer <personal API token>}. The
 * principal is the same {@link SignedInUser} the web pages see, so roles work alike. A
 * token that is malformed, unknown, revoked, expired, or whose owner is disabled or
 * locked is answered 401 with problem JSON and audited; so is any other scheme (HTTP
 * Basic would bypass the second factor). Without the header the request goes on anonymous
 * and the chain refuses it. Not a bean: only the API chain adds it.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private static final String BEARER = "bearer ";

	private final ApiTokens tokens;

	private final ApplicationEventPublisher events;

	BearerTokenFilter(ApiTokens tokens, ApplicationEventPublisher events) {
		this.tokens = tokens;
		this.events = events;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null) {
			chain.doFilter(request, response);
			return;
		}
		String target = request.getMethod() + " " + request.getRequestURI();
		if (!header.toLowerCase(Locale.ROOT).startsWith(BEARER)) {
			this.events
				.publishEvent(new ApiTokenRefused("anonymous", target, "unsupported_scheme", request.getRemoteAddr()));
			ApiProblems.unauthorized(request, response,
					"the API accepts only 'Authorization: Bearer <token>' with a personal API token");
			return;
		}
		String secret = header.substring(BEARER.length()).strip();
		Optional<SignedInUser> user = this.tokens.authenticate(secret, target, request.getRemoteAddr());
		if (user.isEmpty()) {
			ApiProblems.unauthorized(request, response,
					"the API token is not valid (unknown, revoked or expired, or its account cannot sign in)");
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(user.get(), null, user.get().getAuthorities()));
		SecurityContextHolder.setContext(context);
		chain.doFilter(request, response);
	}

}
