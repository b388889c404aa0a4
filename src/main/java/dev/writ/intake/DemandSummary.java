package dev.writ.intake;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.writ.shared.legal.DataCategory;
import dev.writ.shared.legal.ProcessType;

/**
 * One line of a demand list.
 */
public record DemandSummary(UUID id, String reference, UUID agencyId, String agencyName, ProcessType processType,
		DemandStatus status, Instant receivedAt, List<String> targets, List<DataCategory> dataRequested) {

}
