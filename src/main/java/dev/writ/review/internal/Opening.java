package dev.writ.review.internal;

import java.time.Instant;
import java.util.UUID;

import dev.writ.review.CaseAction.Track;
import dev.writ.review.CaseState;

import org.jspecify.annotations.Nullable;

/**
 * What a case is opened from: the demand as intake received it.
 */
record Opening(UUID demandId, String reference, String processType, String jurisdiction, Track track, boolean emergency,
		boolean fourEyes, Instant receivedAt, @Nullable String deadline, CaseState state, String actor) {

}
