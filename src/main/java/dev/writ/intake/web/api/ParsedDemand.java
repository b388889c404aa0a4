package dev.writ.intake.web.api;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.writ.intake.CaseContext;
import dev.writ.intake.Channel;
import dev.writ.intake.LegalProcess;
import dev.writ.intake.NamedTarget;
import dev.writ.intake.SubmitDemand;
import dev.writ.intake.Upload;
import dev.writ.shared.legal.DataCategory;

/**
 * What a requester may state about a demand, read from the API's JSON; the attestation
 * was given (the parser refuses anything else).
 */
record ParsedDemand(LegalProcess process, List<NamedTarget> targets, Set<DataCategory> dataRequested,
		CaseContext context) {

	/**
	 * The command for intake: requester facts from the token's officer, never the body.
	 */
	SubmitDemand command(UUID agencyId, UUID officerId, String actor, List<Upload> documents) {
		return new SubmitDemand(agencyId, officerId, actor, Channel.API, this.process, this.targets, this.dataRequested,
				this.context, documents, true);
	}

}
