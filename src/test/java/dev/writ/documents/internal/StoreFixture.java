package dev.writ.documents.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.transaction.support.TransactionOperations;
import org.springframework.util.unit.DataSize;

/**
 * A document store on a temporary directory, without Spring: events are collected, no
 * transaction is involved.
 */
final class StoreFixture {

	final Path root;

	final List<Object> events = new ArrayList<>();

	final EncryptedDocumentStore store;

	StoreFixture(Path root) {
		this.root = root;
		this.store = new EncryptedDocumentStore(new DocumentFiles(root), new DocumentCipher(DocumentCipherTests.KEY),
				DataSize.ofMegabytes(20), this.events::add, TransactionOperations.withoutTransaction());
	}

	/** Every file under the root, temporary ones included. */
	List<Path> files() {
		try (Stream<Path> walk = Files.walk(this.root)) {
			return walk.filter(Files::isRegularFile).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The one file holding a storage key. */
	Path fileOf(String storageKey) {
		return files().stream()
			.filter(file -> file.getFileName().toString().equals(storageKey))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no file for " + storageKey + " in " + files()));
	}

}
