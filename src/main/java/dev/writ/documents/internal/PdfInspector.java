package dev.writ.documents.internal;

import java.io.IOException;

import dev.writ.documents.DocumentRejected;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Decides whether an upload is a PDF Writ can keep: the {@code %PDF-} magic first, then a
 * real parse with PDFBox that walks the page tree. Encrypted PDFs are refused whether or
 * not they need a password to open: analysts must be able to read, search and later
 * verify them.
 */
final class PdfInspector {

	static final String CONTENT_TYPE = "application/pdf";

	private PdfInspector() {
	}

	/**
	 * @return the number of pages
	 * @throws DocumentRejected when the content is not a readable, unencrypted PDF with
	 * at least one page
	 */
	static int pages(byte[] content) {
		if (!ContentSniffer.isPdf(content)) {
			throw DocumentRejected.notPdf(ContentSniffer.describe(content).orElse(null));
		}
		try (PDDocument pdf = Loader.loadPDF(content)) {
			if (pdf.isEncrypted()) {
				throw DocumentRejected.encrypted();
			}
			return countPages(pdf);
		}
		catch (InvalidPasswordException ex) {
			throw DocumentRejected.passwordProtected();
		}
		catch (IOException | RuntimeException ex) {
			// PDFBox reports some malformed structures as runtime exceptions.
			throw (ex instanceof DocumentRejected rejected) ? rejected : DocumentRejected.damaged();
		}
	}

	/**
	 * Counts the pages by walking the page tree rather than trusting its declared count.
	 */
	private static int countPages(PDDocument pdf) {
		int pages = 0;
		for (PDPage ignored : pdf.getPages()) {
			pages++;
		}
		if (pages == 0) {
			throw DocumentRejected.damaged();
		}
		return pages;
	}

}
