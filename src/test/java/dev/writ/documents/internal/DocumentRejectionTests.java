package dev.writ.documents.internal;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import dev.writ.documents.DocumentRejected;
import dev.writ.documents.DocumentRejected.Reason;
import dev.writ.documents.StoredDocument;
import dev.writ.documents.internal.ContentSnifferTests.Samples;
import dev.writ.documents.internal.UploadTests.EndlessStream;
import dev.writ.shared.validation.InvalidInput;
import dev.writ.testing.TestPdfs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Every refusal names the field {@code document}, gives a reason the uploader can act on,
 * and leaves nothing behind: no file, no event.
 */
class DocumentRejectionTests {

	@TempDir
	Path root;

	StoreFixture fixture;

	@BeforeEach
	void store() {
		this.fixture = new StoreFixture(this.root);
	}

	@Test
	void a_png_named_pdf_is_refused_as_an_image() {
		// when
		DocumentRejected refused = refused(Samples.png(), "warrant.pdf");
		// then
		assertThat(refused.reason()).isEqualTo(Reason.NOT_PDF);
		assertThat(refused.problem())
			.isEqualTo("the file is not a PDF (it looks like an image (PNG)); upload the legal document as a PDF");
	}

	@Test
	void a_word_document_named_pdf_is_refused_as_a_word_document() {
		// when
		DocumentRejected refused = refused(Samples.docx(), "warrant.pdf");
		// then
		assertThat(refused.reason()).isEqualTo(Reason.NOT_PDF);
		assertThat(refused.problem()).contains("it looks like a Word document (DOCX)");
	}

	@Test
	void a_web_page_named_pdf_is_refused_as_html() {
		// when
		DocumentRejected refused = refused(Samples.html(), "warrant.pdf");
		// then
		assertThat(refused.reason()).isEqualTo(Reason.NOT_PDF);
		assertThat(refused.problem()).contains("it looks like a web page (HTML)");
	}

	@Test
	void a_program_named_pdf_is_refused_as_an_executable() {
		// when
		DocumentRejected refused = refused(new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0 }, "warrant.pdf");
		// then
		assertThat(refused.problem()).contains("it looks like an executable program (Windows)");
	}

	@Test
	void bytes_of_no_known_type_are_refused_saying_so() {
		// given
		byte[] noise = new byte[256];
		new Random(3).nextBytes(noise);
		noise[0] = 0x02;
		// when
		DocumentRejected refused = refused(noise, "warrant.pdf");
		// then
		assertThat(refused.problem()).contains("its type could not be recognised");
	}

	@Test
	void an_empty_file_is_refused_as_empty() {
		// when
		DocumentRejected refused = refused(new byte[0], "warrant.pdf");
		// then
		assertThat(refused.reason()).isEqualTo(Reason.EMPTY);
		assertThat(refused.getMessage()).startsWith("document: the file is empty");
	}

	@Test
	void a_file_over_the_limit_is_refused_naming_the_limit_without_reading_it_all() {
		// given
		EndlessStream endless = new EndlessStream();
		// when
		DocumentRejected refused = refused(endless, "warrant.pdf");
		// then
		assertThat(refused.reason()).isEqualTo(Reason.TOO_LARGE);
		assertThat(refused.problem()).contains("larger than the limit of 20 MB");
		assertThat(endless.read).isEqualTo(20L * 1024 * 1024 + 1);
	}

	@Test
	void a_damaged_pdf_is_refused_as_damaged() {
		// given
		byte[] pdf = TestPdfs.onePage("Warrant 26-1-04417-2 SEA");
		byte[] damaged = Arrays.copyOf(pdf, pdf.length);
		Arrays.fill(damaged, 9, damaged.length, (byte) 'x');
		// when
		DocumentRejected refused = refused(damaged, "warrant.pdf");
		// then
		assertThat(refused.reason()).isEqualTo(Reason.DAMAGED);
		assertThat(refused.problem()).startsWith("the PDF cannot be read, it seems damaged");
	}

	@Test
	void a_pdf_header_with_nothing_after_it_is_refused_as_damaged() {
		// when / then
		assertThat(refused("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), "x.pdf").reason())
			.isEqualTo(Reason.DAMAGED);
	}

	@Test
	void a_password_protected_pdf_is_refused_as_encrypted() {
		// when
		DocumentRejected refused = refused(TestPdfs.passwordProtected("sealed warrant"), "warrant.pdf");
		// then
		assertThat(refused.reason()).isEqualTo(Reason.ENCRYPTED);
		assertThat(refused.problem()).contains("password-protected");
	}

	@Test
	void a_pdf_encrypted_only_to_restrict_printing_is_refused_as_encrypted_too() {
		// when
		DocumentRejected refused = refused(TestPdfs.restricted("sealed warrant"), "warrant.pdf");
		// then
		assertThat(refused.reason()).isEqualTo(Reason.ENCRYPTED);
		assertThat(refused.problem()).contains("upload a copy without encryption");
	}

	@Test
	void a_pdf_named_txt_is_accepted_as_a_pdf() {
		// when
		StoredDocument stored = this.fixture.store.store(new ByteArrayInputStream(TestPdfs.onePage("order")),
				"order.txt", "k.wagner@polizei.berlin.de");
		// then
		assertThat(stored.contentType()).isEqualTo("application/pdf");
		assertThat(stored.fileName()).isEqualTo("order.txt");
		assertThat(this.fixture.files()).hasSize(1);
	}

	private DocumentRejected refused(byte[] content, String name) {
		return refused(new ByteArrayInputStream(content), name);
	}

	private DocumentRejected refused(InputStream content, String name) {
		DocumentRejected refused = catchThrowableOfType(DocumentRejected.class,
				() -> this.fixture.store.store(content, name, "a.rivera@fbi.gov"));
		assertThat(refused).as("refused").isNotNull().isInstanceOf(InvalidInput.class);
		assertThat(refused.field()).isEqualTo("document");
		assertThat(this.fixture.files()).as("files left behind").isEmpty();
		assertThat(this.fixture.events).as("events published").isEmpty();
		return refused;
	}

}
