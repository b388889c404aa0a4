package dev.writ.documents.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

import dev.writ.documents.DocumentCorrupted;

/**
 * Format 1 of a stored document: AES-256-GCM under the document key, a fresh random
 * 96-bit nonce per document, the header and the storage key bound as associated data.
 *
 * <pre>
 * offset  size  content
 *      0     4  magic "WDOC"
 *      4     1  format version, 1
 *      5    12  nonce
 *     17     n  ciphertext (n = plaintext size)
 *   17+n    16  GCM tag
 * </pre>
 *
 * Binding the storage key means a file copied or moved under another key fails to open;
 * binding the header means the version byte cannot be changed unnoticed. Decryption
 * checks the tag over everything before it returns a single byte.
 */
final class DocumentCipher {

	static final byte[] MAGIC = "WDOC".getBytes(StandardCharsets.US_ASCII);

	static final byte VERSION = 1;

	static final int NONCE_BYTES = 12;

	static final int TAG_BITS = 128;

	static final int HEADER_BYTES = MAGIC.length + 1 + NONCE_BYTES;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final DocumentKey key;

	DocumentCipher(DocumentKey key) {
		this.key = key;
	}

	byte[] seal(String storageKey, byte[] plaintext) {
		byte[] nonce = new byte[NONCE_BYTES];
		RANDOM.nextBytes(nonce);
		ByteBuffer sealed = ByteBuffer.allocate(HEADER_BYTES + plaintext.length + TAG_BITS / 8);
		sealed.put(MAGIC).put(VERSION).put(nonce);
		try {
			Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, storageKey);
			cipher.doFinal(ByteBuffer.wrap(plaintext), sealed);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-256-GCM is not available in this JVM", ex);
		}
		return sealed.array();
	}

	/**
	 * @throws DocumentCorrupted unless the whole file is exactly what was sealed under
	 * this storage key
	 */
	byte[] open(String storageKey, byte[] sealed) {
		if (sealed.length < HEADER_BYTES + TAG_BITS / 8
				|| !Arrays.equals(sealed, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
			throw new DocumentCorrupted(storageKey, "it is not a Writ document file");
		}
		if (sealed[MAGIC.length] != VERSION) {
			throw new DocumentCorrupted(storageKey, "unknown format version " + sealed[MAGIC.length]);
		}
		byte[] nonce = Arrays.copyOfRange(sealed, MAGIC.length + 1, HEADER_BYTES);
		try {
			return cipher(Cipher.DECRYPT_MODE, nonce, storageKey).doFinal(sealed, HEADER_BYTES,
					sealed.length - HEADER_BYTES);
		}
		catch (AEADBadTagException ex) {
			throw new DocumentCorrupted(storageKey,
					"its content does not match its authentication tag (altered, damaged, moved from another key, "
							+ "or sealed under another document key)");
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-256-GCM is not available in this JVM", ex);
		}
	}

	private Cipher cipher(int mode, byte[] nonce, String storageKey) throws GeneralSecurityException {
		Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
		cipher.init(mode, this.key.secretKey(), new GCMParameterSpec(TAG_BITS, nonce));
		cipher.updateAAD(MAGIC);
		cipher.updateAAD(new byte[] { VERSION });
		cipher.updateAAD(storageKey.getBytes(StandardCharsets.US_ASCII));
		return cipher;
	}

}
