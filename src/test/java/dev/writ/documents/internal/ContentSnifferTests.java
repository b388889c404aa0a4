package dev.writ.documents.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import dev.writ.testing.TestPdfs;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContentSnifferTests {

	@Test
	void a_pdf_is_known_by_its_magic() {
		// when / then
		assertThat(ContentSniffer.isPdf(TestPdfs.onePage("x"))).isTrue();
		assertThat(ContentSniffer.isPdf(" %PDF-1.7".getBytes(StandardCharsets.US_ASCII))).isFalse();
	}

	@Test
	void a_png_looks_like_an_image() {
		// when / then
		assertThat(ContentSniffer.describe(Samples.png())).contains("an image (PNG)");
	}

	@Test
	void a_jpeg_looks_like_an_image() {
		// when / then
		assertThat(ContentSniffer.describe(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16 }))
			.contains("an image (JPEG)");
	}

	@Test
	void a_docx_looks_like_a_word_document() {
		// when / then
		assertThat(ContentSniffer.describe(Samples.docx())).contains("a Word document (DOCX)");
	}

	@Test
	void an_xlsx_looks_like_a_spreadsheet_and_another_zip_like_an_archive() throws IOException {
		// when / then
		assertThat(ContentSniffer.describe(Samples.zip("xl/workbook.xml"))).contains("an Excel spreadsheet (XLSX)");
		assertThat(ContentSniffer.describe(Samples.zip("notes.txt"))).contains("a ZIP archive");
	}

	@Test
	void an_old_doc_looks_like_an_office_file() {
		// given
		byte[] ole = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0 };
		// when / then
		assertThat(ContentSniffer.describe(ole)).hasValueSatisfying(text -> assertThat(text).contains("Word"));
	}

	@Test
	void html_looks_like_a_web_page_even_after_a_byte_order_mark_and_blank_lines() {
		// when / then
		assertThat(ContentSniffer.describe(Samples.html())).contains("a web page (HTML)");
		assertThat(ContentSniffer.describe("\uFEFF\n\n  <HTML><body>x</body></HTML>".getBytes(StandardCharsets.UTF_8)))
			.contains("a web page (HTML)");
	}

	@Test
	void a_windows_program_and_a_linux_program_look_like_executables() {
		// when / then
		assertThat(ContentSniffer.describe(new byte[] { 'M', 'Z', (byte) 0x90, 0, 3 }))
			.contains("an executable program (Windows)");
		assertThat(ContentSniffer.describe(new byte[] { 0x7F, 'E', 'L', 'F', 2, 1, 1 }))
			.contains("an executable program (ELF)");
	}

	@Test
	void plain_text_looks_like_text() {
		// when / then
		assertThat(ContentSniffer.describe("Subpoena\r\nTo: Contoso Cloud\tInc.".getBytes(StandardCharsets.UTF_8)))
			.contains("a text file");
	}

	@Test
	void random_bytes_cannot_be_told() {
		// given
		byte[] noise = new byte[512];
		new Random(7).nextBytes(noise);
		noise[0] = 0x01;
		// when / then
		assertThat(ContentSniffer.describe(noise)).isEmpty();
	}

	/** Tiny files of other types, made on the fly. */
	static final class Samples {

		private Samples() {
		}

		static byte[] png() {
			var image = new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB);
			var out = new ByteArrayOutputStream();
			try {
				javax.imageio.ImageIO.write(image, "png", out);
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
			return out.toByteArray();
		}

		static byte[] docx() {
			try {
				return zip("[Content_Types].xml", "word/document.xml");
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		}

		static byte[] zip(String... entries) throws IOException {
			var out = new ByteArrayOutputStream();
			try (var zip = new ZipOutputStream(out)) {
				for (String entry : entries) {
					zip.putNextEntry(new ZipEntry(entry));
					zip.write("<?xml version=\"1.0\"?><x/>".getBytes(StandardCharsets.UTF_8));
					zip.closeEntry();
				}
			}
			return out.toByteArray();
		}

		static byte[] html() {
			return "<!DOCTYPE html>\n<html><head><title>Subpoena</title></head><body>GJ-2026-0419</body></html>"
				.getBytes(StandardCharsets.UTF_8);
		}

	}

}
