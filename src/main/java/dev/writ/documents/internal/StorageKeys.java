package dev.writ.documents.internal;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Storage keys: 128 random bits as 32 lower-case hex digits. Nothing the user sent goes
 * into a key, and only well-formed keys ever reach the file system, so a key cannot name
 * a path outside the store. Hex, not base64: keys differ in more than letter case on
 * case-insensitive file systems too.
 */
final class StorageKeys {

	private static final int BYTES = 16;

	private static final Pattern WELL_FORMED = Pattern.compile("[0-9a-f]{" + (2 * BYTES) + "}");

	private static final SecureRandom RANDOM = new SecureRandom();

	private StorageKeys() {
	}

	static String next() {
		byte[] bytes = new byte[BYTES];
		RANDOM.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	static boolean isWellFormed(String key) {
		return WELL_FORMED.matcher(key).matches();
	}

}
