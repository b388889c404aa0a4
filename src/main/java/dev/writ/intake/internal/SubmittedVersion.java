package dev.writ.intake.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.writ.intake.CaseContext;
import dev.writ.intake.Channel;
import dev.writ.intake.DemandStatus;
import dev.writ.intake.LegalProcess;
import dev.writ.intake.Requester;
import dev.writ.intake.Target;
import dev.writ.shared.legal.DataCategory;

/**
 * One submitted version of a demand, ready to be recorded: the facts as assembled, the
 * documents as stored, and what the assessment made of it.
 *
 * @param outcome the engine's outcome code
 * @param deadline the statutory deadline as an ISO 8601 duration, or null
 * @param dueAt when that deadline falls, or null
 */
record SubmittedVersion(UUID agencyId, UUID submittedBy, Channel channel, Requester requester, LegalProcess process,
		List<Target> targets, List<DataCategory> dataRequested, CaseContext context, List<DemandDocument> documents,
		DemandStatus status, String outcome, String deadline, Instant dueAt, Instant attestedAt) {

}
