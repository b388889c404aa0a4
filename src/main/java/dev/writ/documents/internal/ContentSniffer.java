package dev.writ.documents.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Tells what a file is from its first bytes, never from its name: whether it is a PDF,
 * and if not, what it looks like, so a refusal can say "this is a photo" rather than just
 * "wrong type".
 */
final class ContentSniffer {

	private static final byte[] PDF = ascii("%PDF-");

	private static final int TEXT_WINDOW = 4096;

	private static final List<Signature> SIGNATURES = List.of(
			new Signature(0, bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A), "an image (PNG)"),
			new Signature(0, bytes(0xFF, 0xD8, 0xFF), "an image (JPEG)"),
			new Signature(0, ascii("GIF8"), "an image (GIF)"), new Signature(0, ascii("II*\0"), "an image (TIFF)"),
			new Signature(0, ascii("MM\0*"), "an image (TIFF)"), new Signature(8, ascii("WEBP"), "an image (WebP)"),
			new Signature(4, ascii("ftypheic"), "an image (HEIC)"),
			new Signature(4, ascii("ftypmif1"), "an image (HEIC)"),
			new Signature(0, bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1),
					"a Word document or another older Microsoft Office file (DOC, XLS, PPT)"),
			new Signature(0, ascii("{\\rtf"), "a Rich Text document (RTF)"),
			new Signature(0, ascii("MZ"), "an executable program (Windows)"),
			new Signature(0, bytes(0x7F, 'E', 'L', 'F'), "an executable program (ELF)"),
			new Signature(0, bytes(0xCF, 0xFA, 0xED, 0xFE), "an executable program (macOS)"),
			new Signature(0, bytes(0xCA, 0xFE, 0xBA, 0xBE), "an executable program (macOS or Java)"),
			new Signature(0, ascii("#!"), "a script"));

	private static final List<Signature> OFFICE_PARTS = List.of(
			new Signature(-1, ascii("word/"), "a Word document (DOCX)"),
			new Signature(-1, ascii("xl/"), "an Excel spreadsheet (XLSX)"),
			new Signature(-1, ascii("ppt/"), "a PowerPoint presentation (PPTX)"),
			new Signature(-1, ascii("content.xml"), "an OpenDocument file (ODT, ODS)"));

	private ContentSniffer() {
	}

	static boolean isPdf(byte[] content) {
		return startsWith(content, 0, PDF);
	}

	/**
	 * What a file that is not a PDF looks like, e.g. "an image (PNG)"; empty if unknown.
	 */
	static Optional<String> describe(byte[] content) {
		Optional<String> signed = SIGNATURES.stream()
			.filter(signature -> startsWith(content, signature.offset(), signature.bytes()))
			.map(Signature::description)
			.findFirst();
		if (signed.isPresent()) {
			return signed;
		}
		if (startsWith(content, 0, bytes('P', 'K', 3, 4))) {
			return Optional.of(zipKind(content));
		}
		return textKind(content);
	}

	/**
	 * Office files are ZIP archives; the names of their parts are stored uncompressed, so
	 * the raw bytes tell a Word file from a spreadsheet without unpacking anything (which
	 * would let a ZIP bomb cost time).
	 */
	private static String zipKind(byte[] content) {
		return OFFICE_PARTS.stream()
			.filter(part -> indexOf(content, part.bytes()) >= 0)
			.map(Signature::description)
			.findFirst()
			.orElse("a ZIP archive");
	}

	private static Optional<String> textKind(byte[] content) {
		int length = Math.min(content.length, TEXT_WINDOW);
		for (int i = 0; i < length; i++) {
			if (isBinary(content[i])) {
				return Optional.empty();
			}
		}
		String start = new String(content, 0, length, StandardCharsets.UTF_8).strip().toLowerCase(Locale.ROOT);
		if (start.startsWith("\uFEFF")) {
			start = start.substring(1).strip();
		}
		boolean html = start.startsWith("<!doctype html") || start.startsWith("<html") || start.contains("<html")
				|| start.contains("<body");
		return Optional.of(html ? "a web page (HTML)" : "a text file");
	}

	private static boolean isBinary(byte b) {
		return (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F;
	}

	private static boolean startsWith(byte[] content, int offset, byte[] prefix) {
		return content.length >= offset + prefix.length
				&& Arrays.equals(content, offset, offset + prefix.length, prefix, 0, prefix.length);
	}

	private static int indexOf(byte[] content, byte[] part) {
		for (int i = 0; i + part.length <= content.length; i++) {
			if (content[i] == part[0] && startsWith(content, i, part)) {
				return i;
			}
		}
		return -1;
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.ISO_8859_1);
	}

	private static byte[] bytes(int... values) {
		byte[] bytes = new byte[values.length];
		for (int i = 0; i < values.length; i++) {
			bytes[i] = (byte) values[i];
		}
		return bytes;
	}

	private record Signature(int offset, byte[] bytes, String description) {

	}

}
