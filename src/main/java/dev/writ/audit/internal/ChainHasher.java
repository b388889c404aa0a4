package dev.writ.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

import dev.writ.audit.AuditEntry;

/**
 * Computes the hash that links an entry to its predecessor. Every field is
 * length-prefixed, so no two different entries share an input ("ab"+"c" never collides
 * with "a"+"bc").
 */
final class ChainHasher {

	static final String GENESIS = "0".repeat(64);

	private static final String VERSION = "writ-audit-v1";

	private ChainHasher() {
	}

	/**
	 * The hash of an entry's fields and its link; the entry's own {@code hash} is not an
	 * input.
	 */
	static String hash(AuditEntry entry) {
		MessageDigest digest = sha256();
		for (String field : new String[] { VERSION, Long.toString(entry.seq()),
				DateTimeFormatter.ISO_INSTANT.format(entry.occurredAt()), entry.actor(), entry.action(),
				entry.subject(), entry.details(), entry.previousHash() }) {
			byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
			digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
			digest.update(bytes);
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required by every Java platform", ex);
		}
	}

}
