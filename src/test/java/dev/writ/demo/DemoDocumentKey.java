package dev.writ.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The demo's document key: made on the first start into {@code ./data/document.key}
 * (readable by its owner only) and reused after, so documents uploaded to the demo stay
 * readable across restarts. Deleting {@code ./data/} starts over with a new key and no
 * documents. Production has no such file: there {@code WRIT_DOCUMENT_KEY} is required.
 */
final class DemoDocumentKey {

	private DemoDocumentKey() {
	}

	/** The key in the file, made first if there is none, as base64. */
	static String loadOrCreate(Path file) {
		try {
			if (!Files.exists(file)) {
				create(file);
			}
			return Files.readString(file, StandardCharsets.US_ASCII).strip();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not read or create the demo document key " + file, ex);
		}
	}

	private static void create(Path file) throws IOException {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		Files.createDirectories(file.toAbsolutePath().getParent());
		// A temporary file is readable by its owner only (POSIX); it is complete before
		// it
		// takes the key's name, so a crash never leaves an empty key file.
		Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), ".document-key-", ".tmp");
		Files.writeString(temporary, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
		try {
			// Never replaces: a second demo starting at the same moment keeps the first
			// key.
			Files.move(temporary, file);
		}
		catch (FileAlreadyExistsException ex) {
			Files.delete(temporary);
		}
	}

}
