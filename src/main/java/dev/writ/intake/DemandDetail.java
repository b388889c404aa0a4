package dev.writ.intake;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.writ.shared.legal.DataCategory;

import org.jspecify.annotations.Nullable;

/**
 * Everything about one demand that a page shows. Trust signals are for staff only: pages
 * for requesters must not render them.
 *
 * @param dueAt when the statutory deadline (if any) falls
 */
public record DemandDetail(UUID id, String reference, UUID agencyId, @Nullable UUID submittedBy, DemandStatus status,
		int revision, Channel channel, Instant receivedAt, @Nullable String deadline, @Nullable Instant dueAt,
		Requester requester, LegalProcess process, List<Target> targets, List<DataCategory> dataRequested,
		CaseContext context, List<DocumentInfo> documents, AssessmentSummary assessment, List<Deficiency> deficiencies,
		List<TrustSignal> trustSignals) {

}
