package dev.writ.agency.internal.vetting;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Finds the few official names that can be within two edits of a skeleton, without
 * comparing it to all of them. Three disjoint pieces are cut from each name; two edits
 * can touch at most two pieces, so a name within two edits has one piece intact in the
 * skeleton, at most two characters from where it sits in the name (the pigeonhole filter
 * of approximate string search). The index maps (name length, piece number, piece) to the
 * names; a look-up tries the 5 lengths × 3 pieces × 5 offsets that could match. The
 * filter never loses a name within two edits; the bounded comparison then drops the rest.
 * <p>
 * The pieces need not cover the whole name, and should not always: thousands of names end
 * in {@code .gov}, so a piece inside that ending matches them all. For each name length
 * the index leaves out the ending (0 to 4 characters) that spreads the names of that
 * length best over the pieces.
 */
final class SegmentIndex {

	static final int EDITS = 2;

	private static final int PIECES = EDITS + 1;

	private static final int OFFSETS = 2 * EDITS + 1;

	private static final int LONGEST_ENDING_LEFT_OUT = 4;

	private final Map<String, List<OfficialName>> byPiece = new HashMap<>();

	/** By name length: how many final characters the pieces leave out. */
	private final int[] endingLeftOut;

	SegmentIndex(Collection<OfficialName> names) {
		Map<Integer, List<OfficialName>> byLength = names.stream()
			.collect(Collectors.groupingBy(name -> name.folded().length()));
		this.endingLeftOut = new int[byLength.keySet().stream().mapToInt(Integer::intValue).max().orElse(0) + 1];
		byLength.forEach((length, sameLength) -> {
			this.endingLeftOut[length] = bestEndingLeftOut(length, sameLength);
			sameLength.forEach(this::add);
		});
	}

	/**
	 * Every official name that may be within two edits of {@code skeleton}, and some
	 * more.
	 */
	List<OfficialName> candidates(String skeleton) {
		List<OfficialName> candidates = new ArrayList<>();
		BitSet seen = new BitSet();
		int length = skeleton.length();
		for (int probe = 0; probe < OFFSETS * PIECES * OFFSETS; probe++) {
			int otherLength = length - EDITS + probe / (PIECES * OFFSETS);
			int piece = (probe / OFFSETS) % PIECES;
			if (otherLength <= 0 || otherLength >= this.endingLeftOut.length) {
				continue;
			}
			int from = start(otherLength, piece) + probe % OFFSETS - EDITS;
			int to = from + start(otherLength, piece + 1) - start(otherLength, piece);
			if (from >= 0 && to <= length) {
				addNew(this.byPiece.get(key(otherLength, piece, skeleton.substring(from, to))), seen, candidates);
			}
		}
		return candidates;
	}

	private void add(OfficialName official) {
		String folded = official.folded();
		for (int piece = 0; piece < PIECES; piece++) {
			this.byPiece.computeIfAbsent(key(folded.length(), piece, piece(folded, piece)), key -> new ArrayList<>())
				.add(official);
		}
	}

	/**
	 * The ending whose pieces collide least: the sum of the squared sizes of their
	 * groups.
	 */
	private int bestEndingLeftOut(int length, List<OfficialName> names) {
		int best = 0;
		long bestCollisions = Long.MAX_VALUE;
		for (int ending = 0; ending <= LONGEST_ENDING_LEFT_OUT && length - ending >= PIECES; ending++) {
			this.endingLeftOut[length] = ending;
			long collisions = collisions(names);
			if (collisions < bestCollisions) {
				best = ending;
				bestCollisions = collisions;
			}
		}
		return best;
	}

	private long collisions(List<OfficialName> names) {
		Map<String, Long> groups = new HashMap<>();
		for (OfficialName name : names) {
			for (int piece = 0; piece < PIECES; piece++) {
				groups.merge(piece + ":" + piece(name.folded(), piece), 1L, Long::sum);
			}
		}
		return groups.values().stream().mapToLong(size -> size * size).sum();
	}

	private String piece(String folded, int piece) {
		return folded.substring(start(folded.length(), piece), start(folded.length(), piece + 1));
	}

	/**
	 * Where a piece of a name of this length starts; piece 3 is where the last one ends.
	 */
	private int start(int length, int piece) {
		return (length - this.endingLeftOut[length]) * piece / PIECES;
	}

	private static void addNew(@Nullable List<OfficialName> names, BitSet seen, List<OfficialName> candidates) {
		if (names == null) {
			return;
		}
		for (OfficialName name : names) {
			if (!seen.get(name.id())) {
				seen.set(name.id());
				candidates.add(name);
			}
		}
	}

	private static String key(int length, int piece, String text) {
		return length + ":" + piece + ":" + text;
	}

}
