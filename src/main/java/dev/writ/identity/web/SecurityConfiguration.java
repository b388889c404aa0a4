package dev.writ.identity.web;

import dev.writ.identity.internal.ApiTokens;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The web security chain. Every page needs a signed-in user unless listed here as public;
 * each controller then states the roles it serves with {@code @PreAuthorize}, so the rule
 * sits beside the code it guards (and an architecture test makes sure none is forgotten).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableMethodSecurity
class SecurityConfiguration {

	static final String[] PUBLIC_PATHS = { "/", "/sign-in", "/css/**", "/js/**", "/img/**", "/webjars/**",
			"/favicon.ico", "/error", "/actuator/health", "/actuator/info", "/register", "/register/**" };

	private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; "
			+ "base-uri 'self'; object-src 'none'";

	/**
	 * The API: stateless, no session cookie and therefore no CSRF token; clients
	 * authenticate on every request with a personal API token
	 * ({@code Authorization: Bearer}), which only a user signed in with both factors can
	 * create. Refusals answer 401/403 with problem JSON and are audited like any other.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, AuditedAccessDenial denial, ApiTokens tokens,
			ApplicationEventPublisher events) {
		http.securityMatcher("/api/**");
		http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated());
		http.addFilterBefore(new BearerTokenFilter(tokens, events), AnonymousAuthenticationFilter.class);
		http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		http.csrf(csrf -> csrf.disable());
		http.exceptionHandling(exceptions -> exceptions.accessDeniedHandler(denial).authenticationEntryPoint(denial));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain webChain(HttpSecurity http, AuditedAccessDenial denial, PasswordAccepted passwordAccepted,
			PasskeyLogin passkeys) {
		http.authorizeHttpRequests(
				requests -> requests.requestMatchers(PUBLIC_PATHS).permitAll().anyRequest().authenticated());
		http.formLogin(form -> form.loginPage("/sign-in")
			.loginProcessingUrl("/sign-in")
			.successHandler(passwordAccepted)
			.failureHandler(new SignInFailureRedirect()));
		http.webAuthn(passkeys::configure);
		http.addFilterAfter(new SecondFactorGate(), AnonymousAuthenticationFilter.class);
		http.logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signed-out"));
		http.exceptionHandling(exceptions -> exceptions.accessDeniedHandler(denial).authenticationEntryPoint(denial));
		http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")));
		return http.build();
	}

}
