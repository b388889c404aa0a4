package dev.writ.intake;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.writ.shared.legal.DataCategory;

/**
 * A command to receive a demand, as the requester submits it. Who the requester is and
 * what the accounts are is not taken from here: intake asks the agency registry and the
 * account directory.
 *
 * @param officerId the officer who submits it
 * @param actor who is recording it, for the audit trail
 * @param attested whether the officer attested that the submission is true and that they
 * are authorised
 */
public record SubmitDemand(UUID agencyId, UUID officerId, String actor, Channel channel, LegalProcess process,
		List<NamedTarget> targets, Set<DataCategory> dataRequested, CaseContext context, List<Upload> documents,
		boolean attested) {

	public SubmitDemand {
		targets = List.copyOf(targets);
		dataRequested = Set.copyOf(dataRequested);
		documents = List.copyOf(documents);
	}

}
