package dev.writ.intake;

import java.time.Instant;
import java.util.UUID;

/**
 * A message between the requester and the provider about a demand.
 */
public record DemandMessage(UUID id, UUID authorId, boolean fromStaff, String body, Instant postedAt) {

}
