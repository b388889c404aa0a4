package dev.writ.agency.internal.vetting;

import java.util.Collection;
import java.util.Optional;

/**
 * The nearest official name one or two edits from a skeleton, across the scans of one
 * check. Once a match is found, later comparisons are bounded by its distance, so they
 * give up sooner.
 */
final class EditDistanceSearch {

	private final BoundedLevenshtein levenshtein = new BoundedLevenshtein();

	private OfficialName nearest;

	private int distance = Integer.MAX_VALUE;

	void scan(String skeleton, Collection<OfficialName> officials) {
		for (OfficialName official : officials) {
			int max = Math.min(official.maxDistance(), this.distance);
			int found = this.levenshtein.distance(skeleton, official.folded(), max);
			if (found > 0 && found <= max && isBetter(official, found)) {
				this.nearest = official;
				this.distance = found;
			}
		}
	}

	private boolean isBetter(OfficialName official, int found) {
		return this.nearest == null || found < this.distance
				|| OfficialName.MOST_TELLING.compare(official, this.nearest) < 0;
	}

	Optional<Resemblance> nearest() {
		return Optional.ofNullable(this.nearest)
			.map(official -> new Resemblance(official.domain(), Resemblance.Kind.EDIT_DISTANCE, this.distance));
	}

}
