package dev.writ.documents.internal;

import java.util.Base64;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

/**
 * The master key documents are encrypted under: AES-256, from {@code WRIT_DOCUMENT_KEY}
 * (property {@code writ.documents.key}), the base64 of 32 random bytes. There is no
 * built-in fallback: without a usable key the application does not start. Its text form
 * never shows the key.
 */
final class DocumentKey {

	static final int BYTES = 32;

	static final String HOW_TO_MAKE_ONE = "the base64 of 32 random bytes (e.g. openssl rand -base64 32)";

	static final String MISSING = "Writ needs a document encryption key: set WRIT_DOCUMENT_KEY (property "
			+ "writ.documents.key) to " + HOW_TO_MAKE_ONE + ", and keep it safe: documents cannot be read without it";

	private final @Nullable SecretKey key;

	private DocumentKey(@Nullable SecretKey key) {
		this.key = key;
	}

	/**
	 * Reads the configured key.
	 * @throws DocumentStoreMisconfigured with one line saying what to set
	 */
	static DocumentKey parse(String base64) {
		if (base64.isBlank()) {
			throw new DocumentStoreMisconfigured(MISSING);
		}
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(base64.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new DocumentStoreMisconfigured("WRIT_DOCUMENT_KEY is not valid base64: set it to " + HOW_TO_MAKE_ONE);
		}
		if (bytes.length != BYTES) {
			throw new DocumentStoreMisconfigured("WRIT_DOCUMENT_KEY must decode to 32 bytes for AES-256, it decodes to "
					+ bytes.length + ": set it to " + HOW_TO_MAKE_ONE);
		}
		return new DocumentKey(new SecretKeySpec(bytes, "AES"));
	}

	/**
	 * No key: for command-line runs that never touch documents (an auditor verifying the
	 * audit chain need not hold the document key). Any use fails with {@link #MISSING}.
	 */
	static DocumentKey absent() {
		return new DocumentKey(null);
	}

	SecretKey secretKey() {
		if (this.key == null) {
			throw new DocumentStoreMisconfigured(MISSING);
		}
		return this.key;
	}

	@Override
	public String toString() {
		return (this.key != null) ? "DocumentKey[AES-256, value hidden]" : "DocumentKey[absent]";
	}

}
