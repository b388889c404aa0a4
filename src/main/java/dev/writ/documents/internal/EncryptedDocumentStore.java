package dev.writ.documents.internal;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

import dev.writ.documents.DocumentStore;
import dev.writ.documents.DocumentStored;
import dev.writ.documents.StoredDocument;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.unit.DataSize;

/**
 * Checks, encrypts and files uploads; decrypts and verifies them on the way out.
 * <p>
 * Reading, parsing and encrypting happen outside any database transaction; only the audit
 * event is published in one (the caller's, if it has one). If that transaction rolls
 * back, the file just written is removed again, so a refused demand leaves no document
 * behind. A crash between writing the file and committing leaves an orphaned, encrypted
 * file that no record points to.
 */
final class EncryptedDocumentStore implements DocumentStore {

	private final DocumentFiles files;

	private final DocumentCipher cipher;

	private final DataSize maxSize;

	private final ApplicationEventPublisher events;

	private final TransactionOperations transactions;

	EncryptedDocumentStore(DocumentFiles files, DocumentCipher cipher, DataSize maxSize,
			ApplicationEventPublisher events, TransactionOperations transactions) {
		this.files = files;
		this.cipher = cipher;
		this.maxSize = maxSize;
		this.events = events;
		this.transactions = transactions;
	}

	@Override
	public StoredDocument store(InputStream content, String declaredName, String actor) {
		Upload upload = Upload.read(content, this.maxSize);
		int pages = PdfInspector.pages(upload.bytes());
		String storageKey = StorageKeys.next();
		this.files.write(storageKey, this.cipher.seal(storageKey, upload.bytes()));
		StoredDocument stored = new StoredDocument(storageKey, FileNames.forDisplay(declaredName),
				PdfInspector.CONTENT_TYPE, upload.bytes().length, upload.sha256(), pages);
		this.transactions.executeWithoutResult(status -> {
			removeOnRollback(storageKey);
			this.events.publishEvent(new DocumentStored(stored, actor));
		});
		return stored;
	}

	@Override
	public InputStream open(String storageKey) {
		return new ByteArrayInputStream(this.cipher.open(storageKey, this.files.read(storageKey)));
	}

	@Override
	public void delete(String storageKey) {
		this.files.delete(storageKey);
	}

	private void removeOnRollback(String storageKey) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					// Not on STATUS_UNKNOWN: an orphaned file is harmless, a missing one
					// is not.
					if (status == STATUS_ROLLED_BACK) {
						EncryptedDocumentStore.this.files.delete(storageKey);
					}
				}
			});
		}
	}

}
