package dev.writ.identity.web;

import java.io.IOException;

import dev.writ.identity.AccessDenied;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.stereotype.Component;

/**
 * Every refused request lands in the audit trail: a signed-in user without the role gets
 * a 403 page, an anonymous visitor is sent to sign in (API clients get a 401).
 */
@Component
class AuditedAccessDenial implements AccessDeniedHandler, AuthenticationEntryPoint {

	private final ApplicationEventPublisher events;

	private final AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();

	private final AuthenticationEntryPoint signIn = new LoginUrlAuthenticationEntryPoint("/sign-in");

	AuditedAccessDenial(ApplicationEventPublisher events) {
		this.events = events;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException, ServletException {
		String actor = (request.getUserPrincipal() != null) ? request.getUserPrincipal().getName() : "anonymous";
		publish(actor, request);
		if (ApiProblems.isApi(request)) {
			ApiProblems.write(request, response, HttpServletResponse.SC_FORBIDDEN, "Forbidden",
					"your role may not do this");
			return;
		}
		this.forbidden.handle(request, response, denied);
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException, ServletException {
		publish("anonymous", request);
		if (ApiProblems.isApi(request)) {
			ApiProblems.unauthorized(request, response,
					"send 'Authorization: Bearer <token>' with a personal API token (created under API tokens)");
			return;
		}
		this.signIn.commence(request, response, authException);
	}

	private void publish(String actor, HttpServletRequest request) {
		this.events.publishEvent(
				new AccessDenied(actor, request.getMethod() + " " + request.getRequestURI(), request.getRemoteAddr()));
	}

}
