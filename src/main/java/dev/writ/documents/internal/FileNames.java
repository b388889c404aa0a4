package dev.writ.documents.internal;

import java.text.Normalizer;

/**
 * Makes a declared file name safe to show: no directories, no control or invisible
 * formatting characters (a right-to-left override can make {@code exe.pdf} read as
 * {@code fdp.exe}), whitespace collapsed, at most {@value #MAX_LENGTH} characters. The
 * result is for display only; it never becomes a path.
 */
final class FileNames {

	static final int MAX_LENGTH = 200;

	static final String FALLBACK = "document.pdf";

	private FileNames() {
	}

	static String forDisplay(String declared) {
		String name = Normalizer.normalize(declared, Normalizer.Form.NFC);
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		StringBuilder visible = new StringBuilder();
		name.codePoints()
			.map(c -> Character.isWhitespace(c) || Character.isSpaceChar(c) ? ' ' : c)
			.filter(FileNames::isVisible)
			.forEach(visible::appendCodePoint);
		String cleaned = visible.toString().replaceAll(" {2,}", " ").strip();
		return cleaned.isEmpty() ? FALLBACK : shortened(cleaned);
	}

	private static boolean isVisible(int codePoint) {
		return switch (Character.getType(codePoint)) {
			case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
					Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR ->
				false;
			default -> true;
		};
	}

	/** Cuts a long name in the middle, keeping its extension. */
	private static String shortened(String name) {
		if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
			return name;
		}
		int dot = name.lastIndexOf('.');
		String extension = (dot > 0 && name.length() - dot <= 10) ? name.substring(dot) : "";
		int keep = MAX_LENGTH - extension.length() - 1;
		return name.substring(0, name.offsetByCodePoints(0, keep)) + "…" + extension;
	}

}
