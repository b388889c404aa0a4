package dev.writ.intake;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.writ.shared.legal.DataCategory;
import dev.writ.shared.legal.ProcessType;

import org.jspecify.annotations.Nullable;

/**
 * One line of a demand list.
 *
 * @param dueAt when its statutory deadline falls, if it has one
 * @param trustSignals how many trust signals it raised (staff lists only)
 */
public record DemandSummary(UUID id, String reference, UUID agencyId, String agencyName, ProcessType processType,
		DemandStatus status, Instant receivedAt, List<String> targets, List<DataCategory> dataRequested,
		@Nullable Instant dueAt, int trustSignals) {

}
