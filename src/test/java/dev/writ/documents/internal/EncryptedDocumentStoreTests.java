package dev.writ.documents.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import dev.writ.documents.DocumentCorrupted;
import dev.writ.documents.DocumentNotFound;
import dev.writ.documents.DocumentStored;
import dev.writ.documents.StoredDocument;
import dev.writ.shared.audit.AuditAction;
import dev.writ.testing.TestPdfs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EncryptedDocumentStoreTests {

	static final String MARKER = "Grand jury subpoena GJ-2026-0419";

	@TempDir
	Path root;

	StoreFixture fixture;

	@BeforeEach
	void store() {
		this.fixture = new StoreFixture(this.root);
	}

	@Test
	void a_stored_document_opens_to_the_same_bytes() throws IOException {
		// given
		byte[] pdf = TestPdfs.onePage(MARKER);
		// when
		StoredDocument stored = store(pdf, "subpoena.pdf");
		// then
		assertThat(read(this.fixture.store.open(stored.storageKey()))).isEqualTo(pdf);
		assertThat(stored.sizeBytes()).isEqualTo(pdf.length);
		assertThat(stored.contentType()).isEqualTo("application/pdf");
		assertThat(stored.pageCount()).isEqualTo(1);
		assertThat(stored.fileName()).isEqualTo("subpoena.pdf");
	}

	@Test
	void the_digest_of_a_stored_document_is_what_sha256sum_computes() throws IOException {
		// given
		byte[] pdf = TestPdfs.pages(2, MARKER);
		// when
		StoredDocument stored = store(pdf, "subpoena.pdf");
		// then
		assertThat(stored.sha256()).isEqualTo(Sha256sum.of(pdf));
	}

	@Test
	void the_file_on_disk_holds_none_of_the_plaintext() throws IOException {
		// given
		byte[] pdf = TestPdfs.onePage(MARKER);
		assertThat(contains(pdf, MARKER.getBytes(StandardCharsets.US_ASCII))).as("the marker is in the PDF").isTrue();
		// when
		byte[] onDisk = Files.readAllBytes(this.fixture.fileOf(store(pdf, "subpoena.pdf").storageKey()));
		// then
		assertThat(contains(onDisk, MARKER.getBytes(StandardCharsets.US_ASCII))).isFalse();
		assertThat(contains(onDisk, "%PDF-".getBytes(StandardCharsets.US_ASCII))).isFalse();
		for (int start = 0; start + 16 <= pdf.length; start += 16) {
			assertThat(contains(onDisk, Arrays.copyOfRange(pdf, start, start + 16))).as("plaintext at %d", start)
				.isFalse();
		}
	}

	@Test
	void a_flipped_byte_on_disk_makes_opening_fail_and_returns_nothing() throws IOException {
		// given
		StoredDocument stored = store(TestPdfs.onePage(MARKER), "subpoena.pdf");
		Path file = this.fixture.fileOf(stored.storageKey());
		byte[] bytes = Files.readAllBytes(file);
		bytes[bytes.length / 2] ^= 0x20;
		Files.write(file, bytes);
		// when / then
		assertThatThrownBy(() -> this.fixture.store.open(stored.storageKey())).isInstanceOf(DocumentCorrupted.class)
			.hasMessage("document '" + stored.storageKey() + "' failed its integrity check and was not opened: its "
					+ "content does not match its authentication tag (altered, damaged, moved from another key, or "
					+ "sealed under another document key)");
	}

	@Test
	void a_file_copied_over_another_document_does_not_open_in_its_place() throws IOException {
		// given
		StoredDocument first = store(TestPdfs.onePage("first"), "first.pdf");
		StoredDocument second = store(TestPdfs.onePage("second"), "second.pdf");
		Files.copy(this.fixture.fileOf(first.storageKey()), this.fixture.fileOf(second.storageKey()),
				java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		// when / then
		assertThatThrownBy(() -> this.fixture.store.open(second.storageKey())).isInstanceOf(DocumentCorrupted.class);
	}

	@Test
	void storage_keys_are_random_and_hold_nothing_the_uploader_sent() {
		// given
		Set<String> keys = new HashSet<>();
		// when
		for (int i = 0; i < 5; i++) {
			keys.add(store(TestPdfs.onePage(MARKER), "../../" + i + "/etc/passwd.pdf").storageKey());
		}
		// then
		assertThat(keys).hasSize(5).allSatisfy(key -> assertThat(key).matches("[0-9a-f]{32}"));
		assertThat(this.fixture.files()).allSatisfy(file -> assertThat(file).startsWith(this.root));
	}

	@Test
	void the_declared_name_is_kept_for_display_only_and_sanitised() {
		// when
		StoredDocument stored = store(TestPdfs.onePage(MARKER), "C:\\scans\\warrant\u202Etxt.exe");
		// then
		assertThat(stored.fileName()).isEqualTo("warranttxt.exe");
	}

	@Test
	void pages_are_counted() {
		// when / then
		assertThat(store(TestPdfs.pages(3, MARKER), "warrant.pdf").pageCount()).isEqualTo(3);
	}

	@Test
	void a_deleted_document_is_gone_and_deleting_it_again_does_nothing() {
		// given
		StoredDocument stored = store(TestPdfs.onePage(MARKER), "subpoena.pdf");
		// when
		this.fixture.store.delete(stored.storageKey());
		this.fixture.store.delete(stored.storageKey());
		// then
		assertThat(this.fixture.files()).isEmpty();
		assertThatThrownBy(() -> this.fixture.store.open(stored.storageKey())).isInstanceOf(DocumentNotFound.class);
	}

	@Test
	void a_key_that_is_not_a_storage_key_never_reaches_the_file_system() throws IOException {
		// given
		Files.writeString(this.root.resolve("secret"), "not yours");
		// when / then
		assertThatThrownBy(() -> this.fixture.store.open("../secret")).isInstanceOf(DocumentNotFound.class);
		assertThatThrownBy(() -> this.fixture.store.open("")).isInstanceOf(DocumentNotFound.class);
		this.fixture.store.delete("../secret");
		assertThat(this.root.resolve("secret")).exists();
	}

	@Test
	void storing_publishes_an_auditable_event_with_name_size_and_digest() {
		// when
		StoredDocument stored = store(TestPdfs.onePage(MARKER), "subpoena.pdf");
		// then
		assertThat(this.fixture.events).singleElement().isInstanceOfSatisfying(DocumentStored.class, event -> {
			assertThat(event.action()).isEqualTo(AuditAction.DOCUMENT_STORED);
			assertThat(event.actor()).isEqualTo("a.rivera@fbi.gov");
			assertThat(event.subject()).isEqualTo("document:" + stored.storageKey());
			assertThat(event.details()).containsOnly(java.util.Map.entry("name", "subpoena.pdf"),
					java.util.Map.entry("size", Long.toString(stored.sizeBytes())),
					java.util.Map.entry("sha256", stored.sha256()));
		});
	}

	@Test
	void no_temporary_file_is_left_behind() {
		// when
		StoredDocument stored = store(TestPdfs.onePage(MARKER), "subpoena.pdf");
		// then
		assertThat(this.fixture.files()).singleElement()
			.satisfies(file -> assertThat(file.getFileName()).hasToString(stored.storageKey()));
	}

	private StoredDocument store(byte[] content, String name) {
		return this.fixture.store.store(new ByteArrayInputStream(content), name, "a.rivera@fbi.gov");
	}

	private static byte[] read(InputStream in) throws IOException {
		try (in) {
			return in.readAllBytes();
		}
	}

	static boolean contains(byte[] haystack, byte[] needle) {
		for (int i = 0; i + needle.length <= haystack.length; i++) {
			if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
				return true;
			}
		}
		return false;
	}

}
