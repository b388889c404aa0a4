package dev.writ.documents.internal;

import java.nio.file.Path;

import dev.writ.documents.DocumentStore;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Reads the document settings and refuses to start without usable ones: a missing or
 * malformed key stops start-up with one line saying what to set. There is no built-in
 * key. The one exception is a command-line run ({@code java -jar writ.jar audit verify}):
 * it may start without a key, and its store then refuses any use, so verifying the audit
 * trail does not require holding the document key.
 */
@Configuration(proxyBeanMethods = false)
class DocumentStoreConfiguration {

	/**
	 * The largest upload the in-memory format can take: the plaintext, its ciphertext and
	 * the PDF parse are held in memory at once.
	 */
	static final DataSize CEILING = DataSize.ofMegabytes(256);

	@Bean
	DocumentKey documentKey(@Value("${writ.documents.key:}") String key,
			@Value("${writ.command-line:false}") boolean commandLine) {
		return (commandLine && key.isBlank()) ? DocumentKey.absent() : DocumentKey.parse(key);
	}

	@Bean
	DocumentStore documentStore(DocumentKey key, @Value("${writ.documents.path:./data/documents}") Path path,
			@Value("${writ.documents.max-size:20MB}") DataSize maxSize,
			@Value("${writ.command-line:false}") boolean commandLine, ApplicationEventPublisher events,
			PlatformTransactionManager transactions) {
		DocumentFiles files = new DocumentFiles(path);
		if (!commandLine) {
			files.createRoot();
		}
		return new EncryptedDocumentStore(files, new DocumentCipher(key), checked(maxSize), events,
				new TransactionTemplate(transactions));
	}

	static DataSize checked(DataSize maxSize) {
		if (maxSize.toBytes() < 1 || maxSize.compareTo(CEILING) > 0) {
			throw new DocumentStoreMisconfigured("writ.documents.max-size (WRIT_DOCUMENT_MAX_SIZE) must be between 1B "
					+ "and " + CEILING.toMegabytes() + "MB, got " + maxSize.toBytes() + " bytes");
		}
		return maxSize;
	}

}
