package dev.writ.testing;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.writ.identity.UserAccounts;
import dev.writ.identity.internal.ApiTokens;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Personal API tokens for API tests, created through the identity module as the token
 * page creates them.
 *
 * <pre>
 * String token = TestTokens.issue(tokens, users, DemoLogin.ANALYST.username());
 * mvc.perform(post("/api/v1/assessments").with(TestTokens.bearer(token))...);
 * </pre>
 */
public final class TestTokens {

	private TestTokens() {
	}

	/**
	 * Tokens already issued, per application context and user: a user may hold only a few
	 * active tokens, and the suite shares one context.
	 */
	private static final Map<String, String> ISSUED = new ConcurrentHashMap<>();

	/**
	 * A 30-day token of the user (one per user and context, reused); returns its secret.
	 * Tests that revoke or expire tokens make their own.
	 */
	public static String issue(ApiTokens tokens, UserAccounts users, String username) {
		return ISSUED.computeIfAbsent(System.identityHashCode(tokens) + "/" + username,
				key -> tokens.create(users.byUsername(username).orElseThrow().id(), "test", 30).secret());
	}

	/** Sends the token as {@code Authorization: Bearer}. */
	public static RequestPostProcessor bearer(String secret) {
		return request -> {
			request.addHeader("Authorization", "Bearer " + secret);
			return request;
		};
	}

}
