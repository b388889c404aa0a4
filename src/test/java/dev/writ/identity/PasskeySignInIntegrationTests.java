package dev.writ.identity;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import dev.writ.audit.AuditTrail;
import dev.writ.demo.DemoSecrets;
import dev.writ.shared.audit.AuditAction;
import dev.writ.testing.AuditAssertions;
import dev.writ.testing.WritIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.web.webauthn.api.AuthenticatorTransport;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Signing in with a passkey: anyone may ask for a challenge, which demands user
 * verification on the authenticator; an answer that does not verify signs nobody in and
 * is audited like a wrong password. (A real ceremony, with a virtual authenticator, is in
 * {@code PasskeyBrowserIntegrationTests}.)
 */
@WritIntegrationTest
class PasskeySignInIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts users;

	@Autowired
	AuditTrail trail;

	@Autowired
	PublicKeyCredentialUserEntityRepository userEntities;

	@Autowired
	UserCredentialRepository credentials;

	@Test
	void a_visitor_gets_a_challenge_that_requires_user_verification() throws Exception {
		this.mvc.perform(post("/webauthn/authenticate/options").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rpId").value("localhost"))
			.andExpect(jsonPath("$.userVerification").value("required"))
			.andExpect(jsonPath("$.challenge").isNotEmpty());
	}

	@Test
	void a_signature_that_does_not_verify_is_refused_and_audited_as_a_failed_sign_in() throws Exception {
		// given: a stored passkey, and a challenge
		String username = "passkey-" + UUID.randomUUID() + "@contoso-cloud.example";
		this.users.create(new NewUser(username, "Passkey Test", "correct horse battery", Role.ANALYST, null,
				DemoSecrets.secretFor(username)), "test");
		Bytes credentialId = storePasskey(username);
		MockHttpSession session = new MockHttpSession();
		this.mvc.perform(post("/webauthn/authenticate/options").session(session).with(csrf()))
			.andExpect(status().isOk());
		var audit = AuditAssertions.mark(this.trail);
		// when: an answer naming that passkey, with a forged signature
		String id = credentialId.toBase64UrlString();
		String forged = """
				{"id": "%s", "rawId": "%s", "type": "public-key",
				 "response": {"authenticatorData": "AAAA", "clientDataJSON": "e30", "signature": "AAAA"},
				 "clientExtensionResults": {}}""".formatted(id, id);
		this.mvc
			.perform(post("/login/webauthn").session(session)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(forged))
			// then
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.authenticated").value(false))
			.andExpect(jsonPath("$.reason").value("bad_credentials"))
			.andExpect(unauthenticated());
		audit.expect(AuditAction.SIGN_IN_FAILED)
			.actor(username)
			.detail("method", "passkey")
			.detail("reason", "bad_credentials")
			.assertRecorded();
	}

	@Test
	void an_answer_without_a_challenge_is_refused() throws Exception {
		var audit = AuditAssertions.mark(this.trail);
		this.mvc.perform(post("/login/webauthn").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnauthorized())
			.andExpect(unauthenticated());
		audit.expect(AuditAction.SIGN_IN_FAILED).actor("anonymous").detail("method", "passkey").assertRecorded();
	}

	private Bytes storePasskey(String username) {
		PublicKeyCredentialUserEntity entity = ImmutablePublicKeyCredentialUserEntity.builder()
			.id(Bytes.random())
			.name(username)
			.displayName(username)
			.build();
		this.userEntities.save(entity);
		Bytes credentialId = Bytes.random();
		this.credentials.save(ImmutableCredentialRecord.builder()
			.credentialId(credentialId)
			.userEntityUserId(entity.getId())
			.publicKey(new ImmutablePublicKeyCose(new byte[] { 1, 2, 3 }))
			.signatureCount(0)
			.uvInitialized(true)
			.backupEligible(false)
			.backupState(false)
			.credentialType(PublicKeyCredentialType.PUBLIC_KEY)
			.transports(Set.of(AuthenticatorTransport.INTERNAL))
			.label("Forged")
			.created(Instant.parse("2026-01-01T00:00:00Z"))
			.lastUsed(Instant.parse("2026-01-01T00:00:00Z"))
			.build());
		return credentialId;
	}

}
