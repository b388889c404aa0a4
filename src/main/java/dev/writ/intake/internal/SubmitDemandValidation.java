package dev.writ.intake.internal;

import static dev.writ.shared.validation.InvalidInput.require;

import dev.writ.intake.Channel;
import dev.writ.intake.LegalProcess.NondisclosureOrder;
import dev.writ.intake.NamedTarget;
import dev.writ.intake.SubmitDemand;
import dev.writ.intake.Upload.DocumentKind;
import dev.writ.shared.legal.IdentifierSyntax;
import dev.writ.shared.validation.InvalidInput;

/**
 * Checks that a submission is complete enough to be recorded, naming the field that is
 * wrong. Whether it is lawful is the assessment engine's question, not this one's: a
 * defective demand is still received, and its defects come back as a deficiency notice.
 */
final class SubmitDemandValidation {

	static final int MAX_TARGETS = 50;

	private SubmitDemandValidation() {
	}

	static void check(SubmitDemand demand) {
		checkTargets(demand);
		require(!demand.dataRequested().isEmpty(), "data_requested", "choose at least one kind of data");
		require(!demand.process().delivery().addressedTo().isBlank(), "process.addressed_to", "must not be blank");
		require(!demand.process().issuance().issuedBy().isBlank(), "process.issued_by", "must not be blank");
		checkSecrecyOrder(demand.process().nondisclosureOrder());
		if (demand.channel() != Channel.SEEDED) {
			require(demand.attested(), "attestation",
					"confirm that the submission is true and that you are authorised");
			require(demand.documents().stream().anyMatch(d -> d.kind() == DocumentKind.LEGAL_PROCESS), "document",
					"attach the legal document (PDF)");
		}
	}

	private static void checkTargets(SubmitDemand demand) {
		require(!demand.targets().isEmpty(), "targets", "name at least one account");
		require(demand.targets().size() <= MAX_TARGETS, "targets",
				"at most " + MAX_TARGETS + " accounts per demand; split larger requests");
		for (int i = 0; i < demand.targets().size(); i++) {
			NamedTarget target = demand.targets().get(i);
			require(target.identifier() != null && !target.identifier().isBlank(), "targets[" + i + "].identifier",
					"must not be blank");
			require(target.type() != null, "targets[" + i + "].identifier_type", "must be given");
			String field = "targets[" + i + "].identifier";
			IdentifierSyntax.problem(target.type(), target.identifier().strip()).ifPresent(problem -> {
				throw new InvalidInput(field, problem);
			});
		}
	}

	private static void checkSecrecyOrder(NondisclosureOrder order) {
		if (order.present()) {
			require(order.statute() != null && !order.statute().isBlank(), "process.nondisclosure_order.statute",
					"a secrecy order must name its legal basis");
		}
		else {
			require(order.expires() == null, "process.nondisclosure_order.expires",
					"given without a secrecy order being present");
		}
	}

}
