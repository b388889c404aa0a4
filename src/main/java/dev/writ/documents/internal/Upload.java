package dev.writ.documents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import dev.writ.documents.DocumentRejected;

import org.springframework.util.unit.DataSize;

/**
 * The bytes of an upload, read with the size limit enforced while reading: at most one
 * byte more than the limit is ever taken from the stream, however long it is.
 *
 * @param sha256 SHA-256 of the bytes, lower-case hex
 */
record Upload(byte[] bytes, String sha256) {

	/**
	 * @throws DocumentRejected when the stream is empty or longer than the limit
	 */
	static Upload read(InputStream content, DataSize limit) {
		byte[] bytes;
		try {
			bytes = content.readNBytes(Math.toIntExact(limit.toBytes() + 1));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not read the upload", ex);
		}
		if (bytes.length == 0) {
			throw DocumentRejected.empty();
		}
		if (bytes.length > limit.toBytes()) {
			throw DocumentRejected.tooLarge(limit);
		}
		return new Upload(bytes, sha256(bytes));
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available in this JVM", ex);
		}
	}

}
