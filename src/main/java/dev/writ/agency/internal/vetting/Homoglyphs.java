package dev.writ.agency.internal.vetting;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds a name to the skeleton a reader sees, so that names which look the same fold to
 * the same text. What folds:
 * <ul>
 * <li>compatibility forms (full-width letters, ligatures) and accents: {@code ｆｂｉ → fbi},
 * {@code fbí → fbi};</li>
 * <li>digits that pass for letters: {@code 0 → o}, {@code 1 → l}, {@code 5 → s};</li>
 * <li>letter pairs that pass for one letter: {@code rn → m}, {@code vv → w};</li>
 * <li>Cyrillic, Greek, Armenian and IPA letters drawn like Latin ones: Cyrillic
 * {@code а е о р с у х ѕ і ј һ ԁ ԛ ԝ ӏ ь п г ѵ}, Greek {@code α γ ε η ι κ μ ν ο ρ υ χ ω},
 * {@code ı ɩ ȷ ɑ ɡ} and Armenian {@code օ ս ո հ} (the table below, after Unicode's
 * confusables list).</li>
 * </ul>
 * A Latin {@code i} and {@code l} stay apart: {@code fbl.gov} is one edit from
 * {@code fbi.gov}, which the edit-distance check catches.
 */
public final class Homoglyphs {

	/** Pairs: a character, then the Latin letter it is drawn like. */
	private static final String LOOK_ALIKES = "аaеeоoрpсcуyхxѕsіiјjһhԁdԛqԝwӏlьbпnгrѵv" // Cyrillic
			+ "αaγyεeηnιiκkμuνvοoρpυuχxωw" // Greek
			+ "ıiɩiȷjɑaɡg" // Latin and IPA letters
			+ "օoսuոnհh" // Armenian
			+ "0o1l5s";

	private static final char[] FOLDED = table();

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private Homoglyphs() {
	}

	/** The skeleton of a (Unicode) domain name. */
	public static String fold(String name) {
		String plain = MARKS
			.matcher(Normalizer.normalize(Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT),
					Normalizer.Form.NFD))
			.replaceAll("");
		StringBuilder folded = new StringBuilder(plain.length());
		for (int i = 0; i < plain.length(); i++) {
			char c = plain.charAt(i);
			folded.append((c < FOLDED.length) ? FOLDED[c] : c);
		}
		return folded.toString().replace("rn", "m").replace("vv", "w");
	}

	private static char[] table() {
		char[] table = new char[0x0590];
		for (char c = 0; c < table.length; c++) {
			table[c] = c;
		}
		for (int i = 0; i < LOOK_ALIKES.length(); i += 2) {
			table[LOOK_ALIKES.charAt(i)] = LOOK_ALIKES.charAt(i + 1);
		}
		return table;
	}

}
