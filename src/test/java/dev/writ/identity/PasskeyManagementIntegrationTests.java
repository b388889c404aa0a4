package dev.writ.identity;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import dev.writ.audit.AuditTrail;
import dev.writ.demo.DemoSecrets;
import dev.writ.shared.audit.AuditAction;
import dev.writ.testing.AuditAssertions;
import dev.writ.testing.MutableClock;
import dev.writ.testing.WritIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Passkeys are managed on /account/passkeys, by users who have passed both factors only;
 * adding and removing one is audited.
 */
@WritIntegrationTest
class PasskeyManagementIntegrationTests {

	static final String PASSWORD = "correct horse battery";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts users;

	@Autowired
	AuditTrail trail;

	@Autowired
	MutableClock clock;

	@Autowired
	PublicKeyCredentialUserEntityRepository userEntities;

	@Autowired
	UserCredentialRepository credentials;

	@AfterEach
	void realTime() {
		this.clock.reset();
	}

	@Test
	void an_anonymous_visitor_is_sent_to_sign_in() throws Exception {
		this.mvc.perform(get("/account/passkeys")).andExpect(redirectedUrl("/sign-in"));
	}

	@Test
	void a_user_who_has_passed_only_the_password_can_neither_see_nor_add_passkeys() throws Exception {
		// given
		String username = newUser();
		MockHttpSession session = password(username);
		// when / then
		this.mvc.perform(get("/account/passkeys").session(session)).andExpect(redirectedUrl("/second-factor"));
		this.mvc.perform(post("/webauthn/register/options").session(session).with(csrf()))
			.andExpect(redirectedUrl("/second-factor"));
		this.mvc.perform(post("/webauthn/register").session(session).with(csrf()).content("{}"))
			.andExpect(redirectedUrl("/second-factor"));
	}

	@Test
	void a_fully_signed_in_user_gets_registration_options_that_require_user_verification() throws Exception {
		// given
		String username = newUser();
		MockHttpSession session = signedIn(username);
		// when / then
		this.mvc.perform(get("/account/passkeys").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You have no passkeys yet")));
		this.mvc.perform(post("/webauthn/register/options").session(session).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rp.id").value("localhost"))
			.andExpect(jsonPath("$.user.name").value(username))
			.andExpect(jsonPath("$.user.displayName").value("Passkey Test"))
			.andExpect(jsonPath("$.authenticatorSelection.userVerification").value("required"))
			.andExpect(jsonPath("$.authenticatorSelection.residentKey").value("required"));
	}

	@Test
	void a_user_sees_their_passkeys_and_removing_one_is_audited() throws Exception {
		// given: a passkey stored for the user (as the registration endpoint stores it)
		String username = newUser();
		var audit = AuditAssertions.mark(this.trail);
		Bytes credentialId = storePasskey(username, "Work laptop");
		audit.expect(AuditAction.PASSKEY_REGISTERED).actor(username).detail("label", "Work laptop").assertRecorded();
		MockHttpSession session = signedIn(username);
		this.mvc.perform(get("/account/passkeys").session(session))
			.andExpect(content().string(containsString("Work laptop")))
			.andExpect(content().string(containsString("Not used yet")));
		// when
		this.mvc
			.perform(post("/account/passkeys/{id}/delete", credentialId.toBase64UrlString()).session(session)
				.with(csrf()))
			.andExpect(redirectedUrl("/account/passkeys"))
			.andExpect(flash().attribute("removed", "Work laptop"));
		// then
		assertThat(this.credentials.findByCredentialId(credentialId)).isNull();
		audit.expect(AuditAction.PASSKEY_REMOVED)
			.actor(username)
			.subject("user:" + username)
			.detail("label", "Work laptop")
			.assertRecorded();
	}

	@Test
	void a_user_cannot_remove_someone_elses_passkey() throws Exception {
		// given
		String owner = newUser();
		Bytes credentialId = storePasskey(owner, "Security key");
		String intruder = newUser();
		var audit = AuditAssertions.mark(this.trail);
		// when
		this.mvc
			.perform(post("/account/passkeys/{id}/delete", credentialId.toBase64UrlString()).session(signedIn(intruder))
				.with(csrf()))
			.andExpect(status().isForbidden());
		// then
		assertThat(this.credentials.findByCredentialId(credentialId)).isNotNull();
		audit.expect(AuditAction.ACCESS_DENIED).actor(intruder).assertRecorded();
		assertThat(audit.actions()).doesNotContain(AuditAction.PASSKEY_REMOVED.name());
	}

	private Bytes storePasskey(String username, String label) {
		PublicKeyCredentialUserEntity entity = ImmutablePublicKeyCredentialUserEntity.builder()
			.id(Bytes.random())
			.name(username)
			.displayName(username)
			.build();
		this.userEntities.save(entity);
		Bytes credentialId = Bytes.random();
		Instant now = this.clock.instant();
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
			.label(label)
			.created(now)
			.lastUsed(now)
			.build());
		return credentialId;
	}

	private String newUser() {
		String username = "passkey-" + UUID.randomUUID() + "@contoso-cloud.example";
		this.users.create(
				new NewUser(username, "Passkey Test", PASSWORD, Role.ANALYST, null, DemoSecrets.secretFor(username)),
				"test");
		return username;
	}

	private MockHttpSession password(String username) throws Exception {
		return (MockHttpSession) this.mvc.perform(formLogin("/sign-in").user(username).password(PASSWORD))
			.andReturn()
			.getRequest()
			.getSession();
	}

	private MockHttpSession signedIn(String username) throws Exception {
		MockHttpSession session = password(username);
		this.mvc
			.perform(post("/second-factor").session(session)
				.with(csrf())
				.param("code", DemoSecrets.currentCode(username, this.clock)))
			.andExpect(redirectedUrl("/home"));
		return session;
	}

}
