package dev.writ.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.writ.identity.ApiTokenCreated;
import dev.writ.identity.ApiTokenRefused;
import dev.writ.identity.ApiTokenRevoked;
import dev.writ.identity.SignedInUser;
import dev.writ.shared.validation.InvalidInput;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: created by a fully signed-in user, shown once, kept only as a
 * SHA-256 digest, expiring, revocable. A bearer token stands for its owner as they are
 * now: a disabled or locked account's tokens are refused.
 */
@Service
public class ApiTokens {

	/** The lifetimes a user may choose, in days. */
	public static final List<Integer> LIFETIMES = List.of(30, 90, 365);

	public static final int DEFAULT_LIFETIME = 90;

	/** Tokens a user may hold that are neither revoked nor expired. */
	static final int MAX_ACTIVE = 10;

	static final int MAX_NAME = 100;

	private static final String COLUMNS = "id, name, prefix, created_at, expires_at, last_used_at, revoked_at";

	private final JdbcClient jdbc;

	private final UserAccountRepository accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ApiTokens(JdbcClient jdbc, UserAccountRepository accounts, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Creates a token.
	 * @throws InvalidInput naming {@code name} or {@code lifetime} when they are wrong,
	 * or when the user already holds the most active tokens allowed
	 */
	@Transactional
	public IssuedApiToken create(UUID userId, String name, int lifetimeDays) {
		UserAccount account = account(userId);
		String trimmed = (name == null) ? "" : name.strip();
		InvalidInput.require(!trimmed.isEmpty(), "name", "give the token a name, e.g. the system that will use it");
		InvalidInput.require(trimmed.length() <= MAX_NAME, "name", "at most " + MAX_NAME + " characters");
		InvalidInput.require(LIFETIMES.contains(lifetimeDays), "lifetime", "choose one of " + LIFETIMES + " days");
		Instant now = this.clock.instant();
		InvalidInput.require(of(userId).stream().filter(t -> t.activeAt(now)).count() < MAX_ACTIVE, "name",
				"you already hold " + MAX_ACTIVE + " active tokens; revoke one first");
		String secret = ApiTokenSecrets.newSecret();
		var token = new ApiTokenView(UUID.randomUUID(), trimmed, ApiTokenSecrets.visiblePrefix(secret), now,
				now.plus(Duration.ofDays(lifetimeDays)), null, null);
		this.jdbc
			.sql("insert into api_token (id, user_id, name, token_hash, prefix, created_at, expires_at) "
					+ "values (?, ?, ?, ?, ?, ?, ?)")
			.params(token.id(), userId, token.name(), ApiTokenSecrets.digest(secret), token.prefix(),
					Timestamp.from(now), Timestamp.from(token.expiresAt()))
			.update();
		this.events.publishEvent(
				new ApiTokenCreated(token.id(), account.username(), token.name(), token.prefix(), token.expiresAt()));
		return new IssuedApiToken(secret, token);
	}

	/** The user's tokens, newest first, revoked and expired ones included. */
	@Transactional(readOnly = true)
	public List<ApiTokenView> of(UUID userId) {
		return this.jdbc.sql("select " + COLUMNS + " from api_token where user_id = ? order by created_at desc, name")
			.param(userId)
			.query(ApiTokens::view)
			.list();
	}

	/**
	 * Revokes one of the user's own tokens; revoking it again changes nothing.
	 * @throws InvalidInput when the user holds no such token
	 */
	@Transactional
	public void revoke(UUID userId, UUID tokenId) {
		ApiTokenView token = this.jdbc
			.sql("select " + COLUMNS + " from api_token where id = ? and user_id = ? for update")
			.params(tokenId, userId)
			.query(ApiTokens::view)
			.optional()
			.orElseThrow(() -> new InvalidInput("token", "you hold no such token"));
		if (token.revokedAt() != null) {
			return;
		}
		this.jdbc.sql("update api_token set revoked_at = ? where id = ?")
			.params(Timestamp.from(this.clock.instant()), tokenId)
			.update();
		this.events
			.publishEvent(new ApiTokenRevoked(tokenId, account(userId).username(), token.name(), token.prefix()));
	}

	/**
	 * The user a bearer token stands for, with their role, or empty when it is refused
	 * (the refusal is audited). Records when the token was last used.
	 * @param target what is asked for, e.g. {@code POST /api/v1/demands}, for the audit
	 */
	@Transactional
	public Optional<SignedInUser> authenticate(String secret, String target, String remoteAddress) {
		if (!ApiTokenSecrets.wellFormed(secret)) {
			return refuse("anonymous", target, "malformed", remoteAddress);
		}
		Optional<Stored> stored = this.jdbc
			.sql("select user_id, revoked_at, expires_at, id from api_token where token_hash = ?")
			.param(ApiTokenSecrets.digest(secret))
			.query((row, i) -> new Stored(row.getObject(1, UUID.class), row.getTimestamp(2) != null,
					row.getTimestamp(3).toInstant(), row.getObject(4, UUID.class)))
			.optional();
		if (stored.isEmpty()) {
			return refuse("anonymous", target, "unknown", remoteAddress);
		}
		Instant now = this.clock.instant();
		UserAccount account = account(stored.get().userId());
		SignedInUser user = account.principal(now);
		user.eraseCredentials();
		String refusal = refusal(stored.get(), user, now);
		if (refusal != null) {
			return refuse(account.username(), target, refusal, remoteAddress);
		}
		this.jdbc.sql("update api_token set last_used_at = ? where id = ?")
			.params(Timestamp.from(now), stored.get().id())
			.update();
		return Optional.of(user);
	}

	private static String refusal(Stored token, SignedInUser user, Instant now) {
		if (token.revoked()) {
			return "revoked";
		}
		if (!now.isBefore(token.expiresAt())) {
			return "expired";
		}
		if (!user.isEnabled()) {
			return "user_disabled";
		}
		return user.isAccountNonLocked() ? null : "user_locked";
	}

	private Optional<SignedInUser> refuse(String actor, String target, String reason, String remoteAddress) {
		this.events.publishEvent(new ApiTokenRefused(actor, target, reason, remoteAddress));
		return Optional.empty();
	}

	private UserAccount account(UUID userId) {
		return this.accounts.findById(userId).orElseThrow(() -> new IllegalStateException("no user " + userId));
	}

	private static ApiTokenView view(java.sql.ResultSet row, int i) throws java.sql.SQLException {
		return new ApiTokenView(row.getObject("id", UUID.class), row.getString("name"), row.getString("prefix"),
				row.getTimestamp("created_at").toInstant(), row.getTimestamp("expires_at").toInstant(),
				instant(row.getTimestamp("last_used_at")), instant(row.getTimestamp("revoked_at")));
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp == null) ? null : timestamp.toInstant();
	}

	private record Stored(UUID userId, boolean revoked, Instant expiresAt, UUID id) {

	}

}
