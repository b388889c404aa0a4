package dev.writ.identity.web;

import dev.writ.identity.internal.PasskeySignIns;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;

/**
 * Passkeys (WebAuthn) as an alternative to the TOTP second factor: Spring Security's
 * relying party, its JDBC repositories on Writ's database (tables of migration V2_7), and
 * the sign-in that turns a verified passkey into a full Writ session. Spring Security
 * picks these beans up when the web chain enables {@code webAuthn}; there is exactly one
 * bean of each repository type, or it would silently fall back to in-memory ones. (Not
 * conditional on a web application: the passkeys page's controller needs the repositories
 * wherever controllers are scanned.)
 */
@Configuration(proxyBeanMethods = false)
class PasskeyConfiguration {

	@Bean
	PublicKeyCredentialUserEntityRepository passkeyUserEntities(JdbcOperations jdbc) {
		return new JdbcPublicKeyCredentialUserEntityRepository(jdbc);
	}

	@Bean
	UserCredentialRepository passkeyCredentials(JdbcOperations jdbc,
			PublicKeyCredentialUserEntityRepository userEntities, ApplicationEventPublisher events) {
		return new AuditedUserCredentials(new JdbcUserCredentialRepository(jdbc), userEntities, events);
	}

	@Bean
	WebAuthnRelyingPartyOperations passkeyRelyingParty(PublicKeyCredentialUserEntityRepository userEntities,
			UserCredentialRepository credentials, Environment environment) {
		return new RelyingParty(userEntities, credentials, environment);
	}

	@Bean
	PasskeyLogin passkeyLogin(WebAuthnRelyingPartyOperations relyingParty, UserDetailsService users,
			UserCredentialRepository credentials, PublicKeyCredentialUserEntityRepository userEntities,
			PasskeySignIns signIns) {
		return new PasskeyLogin(new PasskeyAuthenticationProvider(relyingParty, users, credentials, userEntities),
				new PasskeySignInOutcome(signIns));
	}

}
