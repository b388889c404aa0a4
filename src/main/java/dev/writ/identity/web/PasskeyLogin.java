package dev.writ.identity.web;

import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.WebAuthnConfigurer;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;

/**
 * How the web chain's {@code webAuthn} is set up: Writ's own pages (no default
 * registration page), and the passkey sign-in ({@code POST /login/webauthn}) checked by
 * {@link PasskeyAuthenticationProvider} and answered by {@link PasskeySignInOutcome}
 * instead of Spring Security's defaults, which neither check the account's status nor
 * produce Writ's principal.
 * <p>
 * The endpoints the browser calls: {@code POST /webauthn/authenticate/options} and
 * {@code POST /login/webauthn} to sign in; {@code POST /webauthn/register/options} and
 * {@code POST /webauthn/register} to add a passkey (signed-in users only, after both
 * factors: {@link SecondFactorGate} keeps anyone else away from them).
 */
class PasskeyLogin {

	private final PasskeyAuthenticationProvider provider;

	private final PasskeySignInOutcome outcome;

	PasskeyLogin(PasskeyAuthenticationProvider provider, PasskeySignInOutcome outcome) {
		this.provider = provider;
		this.outcome = outcome;
	}

	void configure(WebAuthnConfigurer<HttpSecurity> webAuthn) {
		webAuthn.disableDefaultRegistrationPage(true);
		webAuthn.withObjectPostProcessor(new ObjectPostProcessor<WebAuthnAuthenticationFilter>() {
			@Override
			public <O extends WebAuthnAuthenticationFilter> O postProcess(O filter) {
				filter.setAuthenticationManager(new ProviderManager(PasskeyLogin.this.provider));
				filter.setAuthenticationSuccessHandler(PasskeyLogin.this.outcome);
				filter.setAuthenticationFailureHandler(PasskeyLogin.this.outcome);
				return filter;
			}
		});
	}

}
