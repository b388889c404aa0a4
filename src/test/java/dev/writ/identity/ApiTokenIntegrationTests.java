package dev.writ.identity;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.writ.audit.AuditTrail;
import dev.writ.demo.DemoSecrets;
import dev.writ.identity.internal.ApiTokenView;
import dev.writ.identity.internal.ApiTokens;
import dev.writ.shared.audit.AuditAction;
import dev.writ.testing.AuditAssertions;
import dev.writ.testing.MutableClock;
import dev.writ.testing.WritIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static dev.writ.testing.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Personal API tokens: created on the token page after full sign-in, shown once, stored
 * as a digest, and refused once revoked, expired or when their owner cannot sign in.
 */
@WritIntegrationTest
class ApiTokenIntegrationTests {

	static final String PASSWORD = "correct horse battery";

	static final Pattern SECRET = Pattern.compile("value=\"(writ_[A-Za-z0-9_-]{43})\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts users;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	ApiTokens tokens;

	@Autowired
	AuditTrail trail;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void realTime() {
		this.clock.reset();
	}

	@Test
	void a_token_created_on_the_page_is_shown_once_and_only_its_digest_is_stored() throws Exception {
		// given
		String username = newUser();
		var audit = AuditAssertions.mark(this.trail);
		// when
		String secret = createOnPage(username, "Case system", "30");
		// then
		ApiTokenView token = this.tokens.of(id(username)).get(0);
		assertThat(token.prefix()).isEqualTo(secret.substring(0, 11));
		assertThat(Duration.between(token.createdAt(), token.expiresAt())).isEqualTo(Duration.ofDays(30));
		assertThat(storedHash(token.id())).isEqualTo(sha256(secret));
		assertThat(this.jdbc.sql("select count(*) from api_token where token_hash = ? or prefix = ? or name = ?")
			.params(secret, secret, secret)
			.query(Long.class)
			.single()).isZero();
		this.mvc.perform(get("/account/api-tokens").with(signedIn(username)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(token.prefix())))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(secret))));
		audit.expect(AuditAction.API_TOKEN_CREATED)
			.actor(username)
			.subject("api_token:" + token.id())
			.detail("name", "Case system")
			.assertRecorded();
		assertThat(audit.recorded()).noneMatch(entry -> entry.details().contains(secret));
	}

	@Test
	void a_user_who_has_passed_only_the_password_cannot_reach_the_token_page() throws Exception {
		// given
		String username = newUser();
		MockHttpSession session = (MockHttpSession) this.mvc
			.perform(formLogin("/sign-in").user(username).password(PASSWORD))
			.andReturn()
			.getRequest()
			.getSession();
		// when / then
		this.mvc.perform(get("/account/api-tokens").session(session)).andExpect(redirectedUrl("/second-factor"));
		this.mvc.perform(post("/account/api-tokens").session(session).with(csrf()).param("name", "x"))
			.andExpect(redirectedUrl("/second-factor"));
		assertThat(this.tokens.of(id(username))).isEmpty();
	}

	@Test
	void a_bearer_token_acts_as_its_owner_and_its_last_use_is_recorded() throws Exception {
		// given
		String username = newUser();
		String secret = this.tokens.create(id(username), "CI", 90).secret();
		// when / then
		assess(secret).andExpect(status().isOk()).andExpect(jsonPath("$.outcome").exists());
		assertThat(this.tokens.of(id(username)).get(0).lastUsedAt()).isNotNull();
	}

	@Test
	void a_revoked_token_is_refused_with_problem_json_and_the_refusal_is_audited() throws Exception {
		// given
		String username = newUser();
		var issued = this.tokens.create(id(username), "Old laptop", 90);
		var audit = AuditAssertions.mark(this.trail);
		// when
		this.mvc
			.perform(post("/account/api-tokens/{id}/revoke", issued.token().id()).with(signedIn(username)).with(csrf()))
			.andExpect(redirectedUrl("/account/api-tokens"));
		// then
		assess(issued.secret()).andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", containsString("Bearer")))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(401));
		audit.expect(AuditAction.API_TOKEN_REVOKED)
			.actor(username)
			.subject("api_token:" + issued.token().id())
			.assertRecorded();
		audit.expect(AuditAction.ACCESS_DENIED)
			.actor(username)
			.subject("request:POST /api/v1/assessments")
			.detail("reason", "revoked")
			.assertRecorded();
		assertThat(this.tokens.of(id(username)).get(0).revokedAt()).isNotNull();
	}

	@Test
	void another_user_cannot_revoke_a_token_that_is_not_theirs() throws Exception {
		// given
		String owner = newUser();
		String other = newUser();
		var issued = this.tokens.create(id(owner), "Shared drive", 90);
		// when
		this.mvc
			.perform(post("/account/api-tokens/{id}/revoke", issued.token().id()).with(signedIn(other)).with(csrf()))
			.andExpect(status().isNotFound());
		// then
		assertThat(this.tokens.of(id(owner)).get(0).revokedAt()).isNull();
		assess(issued.secret()).andExpect(status().isOk());
	}

	@Test
	void an_expired_token_is_refused() throws Exception {
		// given
		String username = newUser();
		String secret = this.tokens.create(id(username), "Short-lived", 30).secret();
		this.clock.shiftBy(Duration.ofDays(30).plusMinutes(1));
		var audit = AuditAssertions.mark(this.trail);
		// when / then
		assess(secret).andExpect(status().isUnauthorized());
		audit.expect(AuditAction.ACCESS_DENIED).actor(username).detail("reason", "expired").assertRecorded();
	}

	@Test
	void the_token_of_a_locked_account_is_refused() throws Exception {
		// given
		String username = newUser();
		String secret = this.tokens.create(id(username), "Before the lock", 90).secret();
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(formLogin("/sign-in").user(username).password("wrong password " + i));
		}
		var audit = AuditAssertions.mark(this.trail);
		// when / then
		assess(secret).andExpect(status().isUnauthorized());
		audit.expect(AuditAction.ACCESS_DENIED).actor(username).detail("reason", "user_locked").assertRecorded();
	}

	@Test
	void a_token_without_a_name_or_with_an_unoffered_lifetime_is_not_created() throws Exception {
		// given
		String username = newUser();
		// when / then
		this.mvc
			.perform(post("/account/api-tokens").with(signedIn(username))
				.with(csrf())
				.param("name", "CI")
				.param("lifetime", "3650"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("token-error")));
		this.mvc
			.perform(post("/account/api-tokens").with(signedIn(username))
				.with(csrf())
				.param("name", " ")
				.param("lifetime", "90"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("give the token a name")));
		assertThat(this.tokens.of(id(username))).isEmpty();
	}

	/** Creates a token on the page; returns the secret the answer shows. */
	private String createOnPage(String username, String name, String lifetime) throws Exception {
		String answer = this.mvc
			.perform(post("/account/api-tokens").with(signedIn(username))
				.with(csrf())
				.param("name", name)
				.param("lifetime", lifetime))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", containsString("no-store")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher shown = SECRET.matcher(answer);
		assertThat(shown.find()).as("the answer shows the secret").isTrue();
		return shown.group(1);
	}

	private ResultActions assess(String secret) throws Exception {
		try (var files = Files.list(Path.of("src/test/resources/scenarios"))) {
			Path scenario = files.filter(f -> f.getFileName().toString().startsWith("writ-001"))
				.findFirst()
				.orElseThrow();
			return this.mvc.perform(post("/api/v1/assessments").with(bearer(secret))
				.contentType(MediaType.APPLICATION_JSON)
				.content(Files.readString(scenario)));
		}
	}

	private String newUser() {
		String username = "token-" + UUID.randomUUID() + "@contoso-cloud.example";
		this.users.create(
				new NewUser(username, "Token Test", PASSWORD, Role.ANALYST, null, DemoSecrets.secretFor(username)),
				"test");
		return username;
	}

	private UUID id(String username) {
		return this.users.byUsername(username).orElseThrow().id();
	}

	/** Signed in with both factors: the user's own role. */
	private RequestPostProcessor signedIn(String username) {
		UserDetails user = this.userDetails.loadUserByUsername(username);
		return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	private String storedHash(UUID tokenId) {
		return this.jdbc.sql("select token_hash from api_token where id = ?")
			.param(tokenId)
			.query(String.class)
			.single();
	}

	private static String sha256(String text) throws Exception {
		return HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
	}

}
