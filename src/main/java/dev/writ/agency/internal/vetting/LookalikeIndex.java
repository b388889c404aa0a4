package dev.writ.agency.internal.vetting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the official domain a name imitates, among some 16,500. Three indexes, built
 * once: skeletons (for look-alike characters), first words (for embedded names) and
 * pieces of skeletons (for edit distance, {@link SegmentIndex}: only the few names that
 * share an intact piece with the skeleton are compared). A check is a few dozen hash
 * look-ups and a handful of bounded comparisons. Immutable once built; each check uses
 * its own scratch rows, so checks may run in parallel.
 */
public final class LookalikeIndex {

	private final Map<String, List<OfficialName>> bySkeleton = new HashMap<>();

	private final Map<String, List<OfficialName>> byFirstWord = new HashMap<>();

	private final SegmentIndex nearby;

	private final Map<String, OfficialName> byDomain;

	/**
	 * @param verified domains of registered agencies
	 * @param candidates official domains no agency has registered yet
	 */
	public LookalikeIndex(Collection<String> verified, Collection<String> candidates) {
		Map<String, Boolean> isVerified = new LinkedHashMap<>();
		candidates.forEach(domain -> isVerified.put(domain, false));
		verified.forEach(domain -> isVerified.put(domain, true));
		Map<String, OfficialName> names = new LinkedHashMap<>();
		isVerified.forEach((domain, known) -> names.put(domain, OfficialName.of(names.size(), domain, known)));
		this.byDomain = Map.copyOf(names);
		names.values().forEach(this::add);
		this.nearby = new SegmentIndex(names.values());
	}

	/**
	 * The official domain {@code name} imitates, if any. A name that is an official
	 * domain, or sits under one, imitates nothing: the official owner controls it.
	 */
	public Optional<Resemblance> resemblance(DomainName name) {
		if (officialAtOrAbove(name)) {
			return Optional.empty();
		}
		String folded = Homoglyphs.fold(name.unicode());
		List<String> skeletons = withParents(folded);
		return lookAlikeCharacters(name, skeletons).or(() -> embedded(folded)).or(() -> withinEdits(skeletons));
	}

	private boolean officialAtOrAbove(DomainName name) {
		return this.byDomain.containsKey(name.ascii()) || name.parents().stream().anyMatch(this.byDomain::containsKey);
	}

	private Optional<Resemblance> lookAlikeCharacters(DomainName name, List<String> skeletons) {
		return skeletons.stream()
			.flatMap(skeleton -> this.bySkeleton.getOrDefault(skeleton, List.of()).stream())
			.filter(official -> !name.isAtOrUnder(official.domain()))
			.min(OfficialName.MOST_TELLING)
			.map(official -> new Resemblance(official.domain(), Resemblance.Kind.LOOK_ALIKE_CHARACTERS, 0));
	}

	private Optional<Resemblance> embedded(String folded) {
		String[] words = OfficialName.words(folded);
		OfficialName best = null;
		for (int at = 0; at < words.length; at++) {
			for (OfficialName official : this.byFirstWord.getOrDefault(words[at], List.of())) {
				if (embeds(folded, words, at, official)
						&& (best == null || OfficialName.MOST_TELLING.compare(official, best) < 0)) {
					best = official;
				}
			}
		}
		return Optional.ofNullable(best)
			.map(official -> new Resemblance(official.domain(), Resemblance.Kind.EMBEDDED, 0));
	}

	/**
	 * Whether the official name's words appear at {@code at}, other than as the name's
	 * own ending (a subdomain, or a look-alike-character match) or followed only by a
	 * country code (the country's government namespace, such as {@code nca.gov.uk}).
	 */
	private static boolean embeds(String folded, String[] words, int at, OfficialName official) {
		int end = at + official.words().length;
		if (end > words.length || !Arrays.equals(words, at, end, official.words(), 0, official.words().length)) {
			return false;
		}
		boolean ending = folded.equals(official.folded()) || folded.endsWith("." + official.folded());
		boolean countryNamespace = end == words.length - 1 && words[end].length() == 2
				&& folded.endsWith(official.folded() + "." + words[end]);
		return !ending && !countryNamespace;
	}

	private Optional<Resemblance> withinEdits(List<String> skeletons) {
		EditDistanceSearch search = new EditDistanceSearch();
		for (String skeleton : skeletons) {
			search.scan(skeleton, this.nearby.candidates(skeleton));
		}
		return search.nearest();
	}

	private static List<String> withParents(String folded) {
		List<String> skeletons = new ArrayList<>(List.of(folded));
		String rest = folded;
		for (int dot = rest.indexOf('.'); dot >= 0 && rest.indexOf('.', dot + 1) >= 0; dot = rest.indexOf('.')) {
			rest = rest.substring(dot + 1);
			skeletons.add(rest);
		}
		return skeletons;
	}

	private void add(OfficialName official) {
		this.bySkeleton.computeIfAbsent(official.folded(), key -> new ArrayList<>()).add(official);
		this.byFirstWord.computeIfAbsent(official.words()[0], key -> new ArrayList<>()).add(official);
	}

}
