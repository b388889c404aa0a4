package dev.writ.intake;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.writ.shared.legal.DataCategory;

import org.jspecify.annotations.Nullable;

/**
 * A command to receive a demand.
 *
 * @param submittedBy the officer who submitted it; null when it arrived by another
 * channel
 * @param actor who is recording it, for the audit trail
 */
public record SubmitDemand(UUID agencyId, @Nullable UUID submittedBy, String actor, Requester requester,
		LegalProcess process, List<Target> targets, Set<DataCategory> dataRequested, CaseContext context) {

}
