package dev.writ.intake.web.api;

import java.util.Map;
import java.util.Set;

import dev.writ.intake.LegalProcess;
import dev.writ.intake.LegalProcess.CrossBorder;
import dev.writ.intake.LegalProcess.DateRange;
import dev.writ.intake.LegalProcess.Delivery;
import dev.writ.intake.LegalProcess.EmergencyDetails;
import dev.writ.intake.LegalProcess.Issuance;
import dev.writ.intake.LegalProcess.NondisclosureOrder;
import dev.writ.intake.LegalProcess.Offence;
import dev.writ.intake.LegalProcess.PriorPreservation;
import dev.writ.shared.legal.ProcessType;
import dev.writ.shared.legal.ServiceChannel;
import tools.jackson.databind.JsonNode;

/**
 * Reads the {@code process} object of an API demand: the field names of the scenario
 * format, without the facts the channel supplies ({@code service_channel},
 * {@code sender_email}).
 */
final class ProcessJsonReader {

	static final Set<String> FIELDS = Set.of("type", "issued_by", "issuing_jurisdiction", "issuer_role", "validated_by",
			"signed", "on_letterhead", "issue_date", "case_number", "local_instrument", "addressed_to", "date_range",
			"nondisclosure_order", "emergency_summary", "emergency_how_data_helps", "account_owner_consent",
			"domesticated", "offence", "eu_instrument", "emergency", "agreement", "enforcing_state_notified",
			"enforcing_state_response", "prior_preservation");

	static final Map<String, String> REFUSED = Map.of("service_channel",
			"not accepted: a demand sent through the API is served through the portal", "sender_email",
			"not accepted: the sender is the officer the API token belongs to");

	private ProcessJsonReader() {
	}

	static LegalProcess process(JsonNode node, String path) {
		var p = new JsonObjectReader(node, path, FIELDS, REFUSED);
		var issuance = new Issuance(p.requiredString("issued_by"), p.requiredString("issuing_jurisdiction"),
				p.optionalString("issuer_role"), p.optionalString("validated_by"), p.requiredBoolean("signed"),
				p.optionalBoolean("on_letterhead", false), p.requiredDate("issue_date"),
				p.optionalString("case_number"), p.optionalString("local_instrument"));
		var delivery = new Delivery(p.requiredString("addressed_to"), ServiceChannel.LAW_ENFORCEMENT_PORTAL, null,
				p.optionalBoolean("domesticated"));
		var emergency = new EmergencyDetails(p.optionalString("emergency_summary"),
				p.optionalString("emergency_how_data_helps"));
		return new LegalProcess(p.requiredEnum("type", ProcessType.class), issuance, delivery, dateRange(p),
				nondisclosure(p), emergency, p.optionalBoolean("account_owner_consent", false), offence(p),
				crossBorder(p), prior(p));
	}

	private static DateRange dateRange(JsonObjectReader p) {
		JsonNode node = p.optionalNode("date_range");
		if (node == null) {
			return null;
		}
		var range = new JsonObjectReader(node, p.child("date_range"), Set.of("from", "to"), Map.of());
		var dates = new DateRange(range.requiredDate("from"), range.requiredDate("to"));
		if (dates.to().isBefore(dates.from())) {
			throw range.error("to", "the period ends before it begins (" + dates.from() + ")");
		}
		return dates;
	}

	private static NondisclosureOrder nondisclosure(JsonObjectReader p) {
		JsonNode node = p.optionalNode("nondisclosure_order");
		if (node == null) {
			return NondisclosureOrder.none();
		}
		var order = new JsonObjectReader(node, p.child("nondisclosure_order"), Set.of("present", "expires", "statute"),
				Map.of());
		return new NondisclosureOrder(order.requiredBoolean("present"), order.optionalDate("expires"),
				order.optionalString("statute"));
	}

	private static Offence offence(JsonObjectReader p) {
		JsonNode node = p.optionalNode("offence");
		if (node == null) {
			return null;
		}
		var offence = new JsonObjectReader(node, p.child("offence"),
				Set.of("description", "max_sentence_years", "listed"), Map.of());
		return new Offence(offence.optionalString("description"), offence.optionalInt("max_sentence_years", 0, 99),
				offence.optionalBoolean("listed"));
	}

	private static CrossBorder crossBorder(JsonObjectReader p) {
		return new CrossBorder(p.optionalString("eu_instrument"), p.optionalBoolean("emergency"),
				p.optionalString("agreement"), p.optionalBoolean("enforcing_state_notified"),
				p.optionalString("enforcing_state_response"));
	}

	private static PriorPreservation prior(JsonObjectReader p) {
		JsonNode node = p.optionalNode("prior_preservation");
		if (node == null) {
			return null;
		}
		var prior = new JsonObjectReader(node, p.child("prior_preservation"), Set.of("received_date", "reference"),
				Map.of("extended", "not accepted: whether it was extended is recorded by the provider"));
		return new PriorPreservation(prior.optionalString("reference"), prior.requiredDate("received_date"));
	}

}
