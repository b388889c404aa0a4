package dev.writ.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicReference;

import dev.writ.audit.AuditTrail;
import dev.writ.shared.audit.AuditAction;
import dev.writ.testing.AuditAssertions;
import dev.writ.testing.TestPdfs;
import dev.writ.testing.WritIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The store inside the application: the test key and directory from
 * {@code @WritIntegrationTest}, the audit trail listening, transactions from PostgreSQL.
 */
@WritIntegrationTest
class DocumentStoreIntegrationTests {

	@Autowired
	DocumentStore documents;

	@Autowired
	AuditTrail trail;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void a_stored_document_is_audited_with_its_name_size_and_digest_and_opens_to_the_same_bytes() throws IOException {
		// given
		byte[] pdf = TestPdfs.onePage("Grand jury subpoena GJ-2026-0419");
		var audit = AuditAssertions.mark(this.trail);
		// when
		StoredDocument stored = store(pdf, "GJ-2026-0419.pdf");
		// then
		audit.expect(AuditAction.DOCUMENT_STORED)
			.actor("a.rivera@fbi.gov")
			.subject("document:" + stored.storageKey())
			.detail("name", "GJ-2026-0419.pdf")
			.detail("size", Integer.toString(pdf.length))
			.detail("sha256", stored.sha256())
			.assertRecorded();
		try (InputStream opened = this.documents.open(stored.storageKey())) {
			assertThat(opened.readAllBytes()).isEqualTo(pdf);
		}
	}

	@Test
	void when_the_callers_transaction_rolls_back_the_document_is_removed_and_nothing_is_audited() {
		// given
		var audit = AuditAssertions.mark(this.trail);
		AtomicReference<StoredDocument> stored = new AtomicReference<>();
		// when
		new TransactionTemplate(this.transactions).executeWithoutResult(status -> {
			stored.set(store(TestPdfs.onePage("a demand that will not be saved"), "warrant.pdf"));
			status.setRollbackOnly();
		});
		// then
		assertThatThrownBy(() -> this.documents.open(stored.get().storageKey())).isInstanceOf(DocumentNotFound.class);
		audit.expect(AuditAction.DOCUMENT_STORED).assertNotRecorded();
	}

	@Test
	void a_refused_upload_is_neither_stored_nor_audited() {
		// given
		var audit = AuditAssertions.mark(this.trail);
		// when / then
		assertThatThrownBy(() -> store("<html><body>not a warrant</body></html>".getBytes(), "warrant.pdf"))
			.isInstanceOf(DocumentRejected.class)
			.hasMessageContaining("a web page (HTML)");
		assertThat(audit.recorded()).isEmpty();
	}

	private StoredDocument store(byte[] content, String name) {
		return this.documents.store(new ByteArrayInputStream(content), name, "a.rivera@fbi.gov");
	}

}
