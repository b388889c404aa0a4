package dev.writ.intake.internal;

import static dev.writ.shared.validation.InvalidInput.require;

import java.util.regex.Pattern;

import dev.writ.intake.LegalProcess.NondisclosureOrder;
import dev.writ.intake.SubmitDemand;
import dev.writ.intake.Target;

/**
 * Checks that a demand is complete enough to be recorded, naming the field that is wrong.
 * Whether it is lawful is the assessment engine's question, not this one's: a defective
 * demand is still received.
 */
final class SubmitDemandValidation {

	private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

	private SubmitDemandValidation() {
	}

	static void check(SubmitDemand demand) {
		require(!demand.targets().isEmpty(), "targets", "at least one target is required");
		for (int i = 0; i < demand.targets().size(); i++) {
			checkTarget(demand.targets().get(i), "targets[" + i + "]");
		}
		require(!demand.dataRequested().isEmpty(), "data_requested", "at least one data category is required");
		require(COUNTRY.matcher(demand.requester().country()).matches(), "requester.country",
				"must be an ISO 3166-1 alpha-2 code, got '" + demand.requester().country() + "'");
		require(!demand.process().delivery().addressedTo().isBlank(), "process.addressed_to", "must not be blank");
		require(!demand.process().issuance().issuedBy().isBlank(), "process.issued_by", "must not be blank");
		checkSecrecyOrder(demand.process().nondisclosureOrder());
	}

	private static void checkTarget(Target target, String path) {
		require(!target.identifier().isBlank(), path + ".identifier", "must not be blank");
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
