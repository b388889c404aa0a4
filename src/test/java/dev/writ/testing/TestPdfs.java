package dev.writ.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Small, valid PDFs made on the fly, so no test needs a binary fixture. The text is
 * written uncompressed: it can be found in the PDF's bytes, which lets a test prove that
 * an encrypted copy does not contain it.
 *
 * <pre>
 * byte[] pdf = TestPdfs.onePage("Grand jury subpoena GJ-2026-0419");
 * </pre>
 */
public final class TestPdfs {

	private TestPdfs() {
	}

	/** A one-page PDF showing the text (Latin-1 characters only: a standard font). */
	public static byte[] onePage(String text) {
		return pages(1, text);
	}

	/** A PDF of {@code count} pages, each showing the text and its page number. */
	public static byte[] pages(int count, String text) {
		try (PDDocument pdf = document(count, text)) {
			return saved(pdf);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A PDF that opens only with the password {@code user-secret}. */
	public static byte[] passwordProtected(String text) {
		return encrypted(text, "user-secret");
	}

	/**
	 * A PDF that opens without a password but is encrypted with an owner password that
	 * forbids printing and copying, as some e-filing systems produce.
	 */
	public static byte[] restricted(String text) {
		return encrypted(text, "");
	}

	private static byte[] encrypted(String text, String userPassword) {
		try (PDDocument pdf = document(1, text)) {
			AccessPermission permissions = new AccessPermission();
			permissions.setCanPrint(false);
			permissions.setCanExtractContent(false);
			StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword, permissions);
			policy.setEncryptionKeyLength(256);
			pdf.protect(policy);
			return saved(pdf);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static PDDocument document(int count, String text) throws IOException {
		PDDocument pdf = new PDDocument();
		for (int number = 1; number <= count; number++) {
			PDPage page = new PDPage();
			pdf.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(pdf, page, AppendMode.OVERWRITE, false)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				content.newLineAtOffset(72, 720);
				content.showText((count == 1) ? text : text + " (page " + number + ")");
				content.endText();
			}
		}
		return pdf;
	}

	private static byte[] saved(PDDocument pdf) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		pdf.save(out, CompressParameters.NO_COMPRESSION);
		return out.toByteArray();
	}

}
