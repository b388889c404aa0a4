package dev.writ.identity.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a user who has passed only the password on the second-factor pages: anything else
 * sends them back there. Not a bean of its own: the security chain adds it, so it runs
 * once, inside the chain.
 */
class SecondFactorGate extends OncePerRequestFilter {

	private static final List<String> OPEN = List.of("/second-factor", "/sign-out", "/css/", "/js/", "/webjars/",
			"/error", "/favicon.ico");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (SecondFactorStep.isPending(authentication) && OPEN.stream().noneMatch(path::startsWith)) {
			String target = SecondFactorStep.needsEnrolment(authentication) ? "/second-factor/enrol" : "/second-factor";
			response.sendRedirect(request.getContextPath() + target);
			return;
		}
		chain.doFilter(request, response);
	}

}
