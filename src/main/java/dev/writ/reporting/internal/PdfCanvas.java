package dev.writ.reporting.internal;

import java.io.IOException;
import java.text.Normalizer;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;
import org.jspecify.annotations.Nullable;

/**
 * Writes lines of text top to bottom on landscape A4 pages, starting a new page when a
 * line would run into the footer. Standard 14 fonts (Helvetica); characters they cannot
 * encode lose their accents or become '?'.
 */
final class PdfCanvas {

	static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());

	static final float MARGIN = 40;

	static final float FOOTER = 24;

	final PDFont regular = new PDType1Font(FontName.HELVETICA);

	final PDFont bold = new PDType1Font(FontName.HELVETICA_BOLD);

	private final PDDocument document;

	private @Nullable PDPageContentStream stream;

	private float y;

	PdfCanvas(PDDocument document) {
		this.document = document;
	}

	/** Starts a new page with the cursor at its top margin. */
	void newPage() throws IOException {
		finish();
		PDPage page = new PDPage(PAGE);
		this.document.addPage(page);
		this.stream = new PDPageContentStream(this.document, page);
		this.y = PAGE.getHeight() - MARGIN;
	}

	/** Whether a block this high fits above the footer of the current page. */
	boolean fits(float height) {
		return this.stream != null && this.y - height >= MARGIN + FOOTER;
	}

	/** Moves the cursor down; the next text's baseline is there. */
	void down(float height) {
		this.y -= height;
	}

	/** Text starting at x on the cursor's baseline. */
	void text(PDFont font, float size, float x, String text) throws IOException {
		PDPageContentStream out = current();
		out.beginText();
		out.setFont(font, size);
		out.newLineAtOffset(x, this.y);
		out.showText(encodable(font, text));
		out.endText();
	}

	/** Text ending at x on the cursor's baseline. */
	void textRight(PDFont font, float size, float x, String text) throws IOException {
		text(font, size, x - width(font, size, text), text);
	}

	/** A thin horizontal line just below the cursor's baseline. */
	void rule(float from, float to) throws IOException {
		PDPageContentStream out = current();
		out.setLineWidth(0.5f);
		out.moveTo(from, this.y - 3);
		out.lineTo(to, this.y - 3);
		out.stroke();
	}

	/** The text cut to fit a width, with an ellipsis when cut. */
	String fit(PDFont font, float size, float width, String text) throws IOException {
		if (width(font, size, text) <= width) {
			return text;
		}
		String cut = text;
		while (!cut.isEmpty() && width(font, size, cut + "...") > width) {
			cut = cut.substring(0, cut.length() - 1);
		}
		return cut + "...";
	}

	float width(PDFont font, float size, String text) throws IOException {
		return font.getStringWidth(encodable(font, text)) / 1000 * size;
	}

	/** Closes the current page's content; call before footers and saving. */
	void finish() throws IOException {
		if (this.stream != null) {
			this.stream.close();
			this.stream = null;
		}
	}

	/** "LABEL, page N of M" at the foot of every page. */
	void footers(String label) throws IOException {
		int pages = this.document.getNumberOfPages();
		for (int i = 0; i < pages; i++) {
			try (PDPageContentStream out = new PDPageContentStream(this.document, this.document.getPage(i),
					AppendMode.APPEND, true, true)) {
				out.beginText();
				out.setFont(this.regular, 8);
				out.newLineAtOffset(MARGIN, MARGIN);
				out.showText(encodable(this.regular, label + ", page " + (i + 1) + " of " + pages));
				out.endText();
			}
		}
	}

	private PDPageContentStream current() {
		if (this.stream == null) {
			throw new IllegalStateException("no page started");
		}
		return this.stream;
	}

	/** The text with every character the font cannot encode unaccented, or '?'. */
	static String encodable(PDFont font, String text) {
		if (canEncode(font, text)) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().forEach(point -> {
			String character = Character.toString(point);
			String plain = Normalizer.normalize(character, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
			if (canEncode(font, character)) {
				out.append(character);
			}
			else {
				out.append((!plain.isEmpty() && canEncode(font, plain)) ? plain : "?");
			}
		});
		return out.toString();
	}

	private static boolean canEncode(PDFont font, String text) {
		try {
			font.encode(text);
			return true;
		}
		catch (IllegalArgumentException | IOException ex) {
			return false;
		}
	}

}
