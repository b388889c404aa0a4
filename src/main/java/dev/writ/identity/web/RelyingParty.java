package dev.writ.identity.web;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Supplier;

import dev.writ.identity.SignedInUser;

import org.springframework.core.env.Environment;
import org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.ResidentKeyRequirement;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialCreationOptionsRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialRequestOptionsRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyRegistrationRequest;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;
import org.springframework.util.function.SingletonSupplier;

/**
 * Writ as a WebAuthn relying party: Spring Security's webauthn4j implementation, with
 * user verification <em>required</em> (a PIN or biometric on the authenticator), because
 * a passkey stands for both factors. Passkeys are discoverable (resident), so sign-in
 * needs no user name.
 * <p>
 * The relying party id ({@code writ.webauthn.rp-id}) and the origins the browser may
 * speak from ({@code writ.webauthn.allowed-origins}, comma-separated) are read at the
 * first ceremony rather than at start-up, so an origin may name the port the server got
 * ({@code http://localhost:${local.server.port}}), as the tests do.
 */
class RelyingParty implements WebAuthnRelyingPartyOperations {

	static final String RP_ID = "writ.webauthn.rp-id";

	static final String ALLOWED_ORIGINS = "writ.webauthn.allowed-origins";

	private final Supplier<WebAuthnRelyingPartyOperations> operations;

	private final PublicKeyCredentialUserEntityRepository userEntities;

	RelyingParty(PublicKeyCredentialUserEntityRepository userEntities, UserCredentialRepository credentials,
			Environment environment) {
		this.userEntities = userEntities;
		this.operations = SingletonSupplier.of(() -> create(userEntities, credentials, environment));
	}

	private static WebAuthnRelyingPartyOperations create(PublicKeyCredentialUserEntityRepository userEntities,
			UserCredentialRepository credentials, Environment environment) {
		String rpId = environment.getProperty(RP_ID, "localhost");
		Set<String> origins = new LinkedHashSet<>();
		Arrays.stream(environment.getProperty(ALLOWED_ORIGINS, "").split(","))
			.map(String::strip)
			.filter(origin -> !origin.isEmpty())
			.forEach(origins::add);
		var operations = new Webauthn4JRelyingPartyOperations(userEntities, credentials,
				PublicKeyCredentialRpEntity.builder().id(rpId).name("Writ").build(), origins);
		operations.setCustomizeCreationOptions(
				options -> options.authenticatorSelection(AuthenticatorSelectionCriteria.builder()
					.userVerification(UserVerificationRequirement.REQUIRED)
					.residentKey(ResidentKeyRequirement.REQUIRED)
					.build()));
		operations
			.setCustomizeRequestOptions(options -> options.userVerification(UserVerificationRequirement.REQUIRED));
		return operations;
	}

	@Override
	public PublicKeyCredentialCreationOptions createPublicKeyCredentialCreationOptions(
			PublicKeyCredentialCreationOptionsRequest request) {
		if (request.getAuthentication().getPrincipal() instanceof SignedInUser user
				&& this.userEntities.findByUsername(user.getUsername()) == null) {
			// The first passkey: the authenticator shows the user's name, not only the
			// e-mail.
			this.userEntities.save(ImmutablePublicKeyCredentialUserEntity.builder()
				.id(Bytes.random())
				.name(user.getUsername())
				.displayName(user.displayName())
				.build());
		}
		return this.operations.get().createPublicKeyCredentialCreationOptions(request);
	}

	@Override
	public CredentialRecord registerCredential(RelyingPartyRegistrationRequest request) {
		return this.operations.get().registerCredential(request);
	}

	@Override
	public PublicKeyCredentialRequestOptions createCredentialRequestOptions(
			PublicKeyCredentialRequestOptionsRequest request) {
		return this.operations.get().createCredentialRequestOptions(request);
	}

	@Override
	public PublicKeyCredentialUserEntity authenticate(RelyingPartyAuthenticationRequest request) {
		return this.operations.get().authenticate(request);
	}

}
