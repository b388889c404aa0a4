package dev.writ.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The shape of a token's secret: {@code writ_} and 32 random bytes in base64url (43
 * characters), stored only as the SHA-256 digest of the whole string.
 */
final class ApiTokenSecrets {

	static final String PREFIX = "writ_";

	/** How many characters of the secret the token list shows. */
	static final int VISIBLE = PREFIX.length() + 6;

	private static final int RANDOM_BYTES = 32;

	private static final Pattern SHAPE = Pattern.compile("writ_[A-Za-z0-9_-]{43}");

	private static final SecureRandom RANDOM = new SecureRandom();

	private ApiTokenSecrets() {
	}

	static String newSecret() {
		byte[] bytes = new byte[RANDOM_BYTES];
		RANDOM.nextBytes(bytes);
		return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static boolean wellFormed(String secret) {
		return SHAPE.matcher(secret).matches();
	}

	static String visiblePrefix(String secret) {
		return secret.substring(0, VISIBLE);
	}

	static String digest(String secret) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
