package dev.writ.identity.web;

import java.util.UUID;

import dev.writ.identity.Role;
import dev.writ.identity.SignedInUser;
import org.junit.jupiter.api.Test;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.webauthn.api.AuthenticatorAssertionResponse;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredential;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationRequestToken;
import org.springframework.security.web.webauthn.management.MapPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.MapUserCredentialRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialCreationOptionsRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialRequestOptionsRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyRegistrationRequest;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A verified passkey signs in only an account that may sign in now: a locked or disabled
 * account is refused with the reason, as a password would be.
 */
class PasskeyAccountStatusTests {

	static final String USERNAME = "k.lee@contoso-cloud.example";

	@Test
	void an_active_account_signs_in_with_its_own_principal_and_role() {
		// given
		var provider = providerFor(user(true, true));
		// when
		Authentication result = provider.authenticate(assertion());
		// then
		assertThat(result.getPrincipal()).isInstanceOf(SignedInUser.class);
		assertThat(((SignedInUser) result.getPrincipal()).getPassword()).isNull();
		assertThat(result.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_ANALYST");
		assertThat(SecondFactorStep.isPending(result)).isFalse();
	}

	@Test
	void a_locked_account_is_refused_even_with_a_valid_passkey() {
		var provider = providerFor(user(true, false));
		assertThatExceptionOfType(PasskeyRefused.class).isThrownBy(() -> provider.authenticate(assertion()))
			.satisfies(refused -> {
				assertThat(refused.reason()).isEqualTo("locked");
				assertThat(refused.username()).isEqualTo(USERNAME);
			});
	}

	@Test
	void a_disabled_account_is_refused_even_with_a_valid_passkey() {
		var provider = providerFor(user(false, true));
		assertThatExceptionOfType(PasskeyRefused.class).isThrownBy(() -> provider.authenticate(assertion()))
			.satisfies(refused -> assertThat(refused.reason()).isEqualTo("disabled"));
	}

	private static SignedInUser user(boolean enabled, boolean unlocked) {
		return new SignedInUser(UUID.randomUUID(), USERNAME, "K. Lee", Role.ANALYST, null,
				new SignedInUser.Access("{noop}secret", enabled, unlocked));
	}

	private static PasskeyAuthenticationProvider providerFor(SignedInUser user) {
		return new PasskeyAuthenticationProvider(new VerifiesEverything(), username -> user,
				new MapUserCredentialRepository(), new MapPublicKeyCredentialUserEntityRepository());
	}

	private static WebAuthnAuthenticationRequestToken assertion() {
		var options = PublicKeyCredentialRequestOptions.builder().challenge(Bytes.random()).rpId("localhost").build();
		var response = AuthenticatorAssertionResponse.builder()
			.authenticatorData(Bytes.random())
			.clientDataJSON(Bytes.random())
			.signature(Bytes.random())
			.build();
		Bytes id = Bytes.random();
		var credential = PublicKeyCredential.<AuthenticatorAssertionResponse>builder()
			.id(id.toBase64UrlString())
			.rawId(id)
			.type(PublicKeyCredentialType.PUBLIC_KEY)
			.response(response)
			.build();
		return new WebAuthnAuthenticationRequestToken(new RelyingPartyAuthenticationRequest(options, credential));
	}

	/** A relying party that accepts every assertion as the test user's. */
	private static final class VerifiesEverything implements WebAuthnRelyingPartyOperations {

		@Override
		public PublicKeyCredentialUserEntity authenticate(RelyingPartyAuthenticationRequest request) {
			return ImmutablePublicKeyCredentialUserEntity.builder()
				.id(Bytes.random())
				.name(USERNAME)
				.displayName(USERNAME)
				.build();
		}

		@Override
		public PublicKeyCredentialCreationOptions createPublicKeyCredentialCreationOptions(
				PublicKeyCredentialCreationOptionsRequest request) {
			throw new UnsupportedOperationException();
		}

		@Override
		public CredentialRecord registerCredential(RelyingPartyRegistrationRequest request) {
			throw new UnsupportedOperationException();
		}

		@Override
		public PublicKeyCredentialRequestOptions createCredentialRequestOptions(
				PublicKeyCredentialRequestOptionsRequest request) {
			throw new UnsupportedOperationException();
		}

	}

}
