package dev.writ.rules.scenario;

import dev.writ.rules.DemandFacts.CrossBorder;
import dev.writ.rules.DemandFacts.DateRange;
import dev.writ.rules.DemandFacts.Nondisclosure;
import dev.writ.rules.DemandFacts.Offence;
import dev.writ.rules.DemandFacts.PriorPreservation;
import dev.writ.rules.DemandFacts.Process;
import dev.writ.shared.legal.ProcessType;

/**
 * Reads the {@code process} object of a scenario.
 */
final class ProcessReader {

	private ProcessReader() {
	}

	static Process process(JsonFields p) {
		return new Process(p.requiredEnum("type", ProcessType.class), p.optionalString("issued_by"),
				p.optionalString("issuing_jurisdiction"), p.optionalString("issuer_role"),
				p.optionalString("validated_by"), p.requiredBoolean("signed"),
				p.optionalBoolean("on_letterhead", false), p.requiredDate("issue_date"),
				p.optionalString("addressed_to"), dateRange(p.optionalObject("date_range")),
				nondisclosure(p.optionalObject("nondisclosure_order")), p.optionalString("emergency_summary"),
				p.optionalString("emergency_how_data_helps"), p.optionalBoolean("account_owner_consent", false),
				p.optionalString("service_channel"), offence(p.optionalObject("offence")), crossBorder(p),
				priorPreservation(p.optionalObject("prior_preservation")), p.optionalBoolean("domesticated"),
				p.optionalString("case_number"), p.optionalString("sender_email"),
				p.optionalString("local_instrument"));
	}

	private static DateRange dateRange(JsonFields range) {
		return (range == null) ? null : new DateRange(range.requiredDate("from"), range.requiredDate("to"));
	}

	private static Nondisclosure nondisclosure(JsonFields order) {
		if (order == null) {
			return Nondisclosure.none();
		}
		return new Nondisclosure(order.requiredBoolean("present"), order.optionalDate("expires"),
				order.optionalString("statute"));
	}

	private static Offence offence(JsonFields offence) {
		if (offence == null) {
			return null;
		}
		return new Offence(offence.optionalString("description"), offence.optionalCount("max_sentence_years"),
				offence.optionalBoolean("listed", false));
	}

	private static CrossBorder crossBorder(JsonFields p) {
		return new CrossBorder(p.optionalString("eu_instrument"), p.optionalBoolean("emergency", false),
				p.optionalString("agreement"), p.optionalBoolean("enforcing_state_notified"),
				p.optionalString("enforcing_state_response"));
	}

	private static PriorPreservation priorPreservation(JsonFields prior) {
		if (prior == null) {
			return null;
		}
		return new PriorPreservation(prior.requiredDate("received_date"), prior.optionalBoolean("extended", false),
				prior.optionalString("reference"));
	}

}
