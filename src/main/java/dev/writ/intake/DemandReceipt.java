package dev.writ.intake;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What the requester gets back at once: the reference to quote from now on, where the
 * demand stands, and, when it must be corrected, what to fix.
 */
public record DemandReceipt(UUID demandId, String reference, Instant receivedAt, DemandStatus status, int revision,
		List<Deficiency> deficiencies) {

	public DemandReceipt {
		deficiencies = List.copyOf(deficiencies);
	}

}
