package dev.writ.intake;

import java.time.Instant;
import java.util.UUID;

/**
 * What the requester gets back at once: the reference to quote from now on.
 */
public record DemandReceipt(UUID demandId, String reference, Instant receivedAt) {

}
