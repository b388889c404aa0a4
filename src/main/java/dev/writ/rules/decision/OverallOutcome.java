package dev.writ.rules.decision;

import java.util.List;
import java.util.Set;

import dev.writ.rules.Outcome;

/**
 * One outcome for a demand with several targets (legal-rules.md section 9, step 11): the
 * common outcome when all agree; a partial release is a narrowing when some targets were
 * redirected, challenged, routed or refused, otherwise the release itself; with nothing
 * released, the strongest of the rest.
 */
final class OverallOutcome {

	/** Strongest first, for demands that release nothing. */
	private static final List<Outcome> WITHOUT_RELEASE = List.of(Outcome.CHALLENGE_CONFLICT_OF_LAW,
			Outcome.REDIRECT_TO_CUSTOMER, Outcome.ROUTE_TO_MLAT, Outcome.PRESERVE_ONLY, Outcome.NO_DATA_FOUND,
			Outcome.REJECT);

	private OverallOutcome() {
	}

	static Outcome of(List<Outcome> perTarget) {
		Set<Outcome> distinct = Set.copyOf(perTarget);
		if (distinct.size() == 1) {
			return perTarget.get(0);
		}
		List<Outcome> released = perTarget.stream().filter(Outcome::releasesData).toList();
		if (released.isEmpty()) {
			return WITHOUT_RELEASE.stream().filter(distinct::contains).findFirst().orElseThrow();
		}
		boolean othersHeldBack = perTarget.stream().anyMatch(o -> !o.releasesData() && o != Outcome.NO_DATA_FOUND);
		if (othersHeldBack || released.contains(Outcome.NARROW_THEN_DISCLOSE)) {
			return Outcome.NARROW_THEN_DISCLOSE;
		}
		return released.contains(Outcome.DISCLOSE_CONTENT) ? Outcome.DISCLOSE_CONTENT
				: Outcome.DISCLOSE_NONCONTENT_ONLY;
	}

}
