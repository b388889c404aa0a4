package dev.writ.documents.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

import dev.writ.documents.DocumentNotFound;
import org.jspecify.annotations.Nullable;

/**
 * The files of the store: {@code <root>/<first two digits of the key>/<key>}. A file is
 * written to a temporary name in the same directory, forced to disk, then moved into
 * place atomically, so a crash never leaves a half-written file under a key (at worst an
 * orphaned {@code .incoming-*} temporary file). Only well-formed storage keys are turned
 * into paths.
 */
final class DocumentFiles {

	private final Path root;

	DocumentFiles(Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	/** Creates the root directory, so an unusable path stops start-up, not an upload. */
	void createRoot() {
		try {
			Files.createDirectories(this.root);
		}
		catch (IOException ex) {
			throw new DocumentStoreMisconfigured("writ.documents.path (WRIT_DOCUMENT_PATH) names " + this.root
					+ ", which cannot be created: " + ex.getMessage());
		}
	}

	void write(String storageKey, byte[] sealed) {
		Path target = locate(storageKey);
		Path temporary = null;
		try {
			Files.createDirectories(target.getParent());
			// createTempFile makes the file readable by its owner only (POSIX).
			temporary = Files.createTempFile(target.getParent(), ".incoming-", ".tmp");
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
				ByteBuffer buffer = ByteBuffer.wrap(sealed);
				while (buffer.hasRemaining()) {
					channel.write(buffer);
				}
				channel.force(true);
			}
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			deleteQuietly(temporary);
			throw new UncheckedIOException("could not write document file " + target, ex);
		}
	}

	byte[] read(String storageKey) {
		if (!StorageKeys.isWellFormed(storageKey)) {
			throw new DocumentNotFound(storageKey);
		}
		try {
			return Files.readAllBytes(locate(storageKey));
		}
		catch (NoSuchFileException ex) {
			throw new DocumentNotFound(storageKey);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not read document file " + locate(storageKey), ex);
		}
	}

	void delete(String storageKey) {
		if (!StorageKeys.isWellFormed(storageKey)) {
			return;
		}
		try {
			Files.deleteIfExists(locate(storageKey));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not delete document file " + locate(storageKey), ex);
		}
	}

	private Path locate(String storageKey) {
		if (!StorageKeys.isWellFormed(storageKey)) {
			throw new IllegalArgumentException("not a storage key: '" + storageKey + "'");
		}
		return this.root.resolve(storageKey.substring(0, 2)).resolve(storageKey);
	}

	private static void deleteQuietly(@Nullable Path file) {
		if (file != null) {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ignored) {
				// The write already failed; that failure is the one to report.
			}
		}
	}

}
