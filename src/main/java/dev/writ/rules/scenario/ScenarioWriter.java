package dev.writ.rules.scenario;

import java.util.Set;

import dev.writ.rules.DemandFacts;
import dev.writ.rules.DemandFacts.Process;
import dev.writ.rules.DemandFacts.Requester;
import dev.writ.rules.DemandFacts.Target;
import dev.writ.shared.legal.Coded;
import dev.writ.shared.legal.DataCategory;
import dev.writ.shared.legal.ProcessType;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes demand facts in the scenario format, so that any demand Writ received can be
 * replayed through {@code writ assess} and kept as a regression scenario.
 * {@link ScenarioReader} reads it back to equal facts.
 */
public final class ScenarioWriter {

	public ObjectNode write(DemandFacts facts) {
		ObjectNode json = ScenarioReader.JSON.createObjectNode();
		json.put("id", facts.id());
		json.put("received_date", facts.receivedDate().toString());
		json.put("evaluated_on", facts.evaluatedOn().toString());
		requester(facts.requester(), json.putObject("requester"));
		ProcessWriter.process(facts.process(), json.putObject("process"));
		ArrayNode targets = json.putArray("targets");
		facts.targets().forEach(target -> target(target, targets.addObject()));
		ArrayNode data = json.putArray("data_requested");
		facts.dataRequested().stream().map(DataCategory::code).forEach(data::add);
		ObjectNode context = json.putObject("context");
		context.put("child_exploitation", facts.context().childExploitation());
		context.put("hacked_account_suspected", facts.context().hackedAccountSuspected());
		context.put("danger_to_life", facts.context().dangerToLife());
		if (facts.context().conflictLaw() != null) {
			context.putObject("conflict_law")
				.put("country", facts.context().conflictLaw().country())
				.put("law", facts.context().conflictLaw().law())
				.put("material_risk", facts.context().conflictLaw().materialRisk());
		}
		return json;
	}

	private static void requester(Requester requester, ObjectNode json) {
		json.put("kind", requester.kind().code());
		json.put("agency", requester.agency());
		json.put("country", requester.country());
		json.put("state_or_region", requester.stateOrRegion());
		json.put("level", (requester.level() != null) ? requester.level().code() : null);
		json.put("verified_agency", requester.verifiedAgency());
		json.put("official_email_domain", requester.officialEmailDomain());
		Set<ProcessType> powers = requester.instrumentPowers();
		if (powers != null) {
			ArrayNode array = json.putArray("instrument_powers");
			powers.stream().sorted().map(Coded::code).forEach(array::add);
		}
	}

	private static void target(Target target, ObjectNode json) {
		json.put("identifier", target.identifier());
		json.put("identifier_type", target.identifierType().code());
		json.put("account_type", target.accountType().code());
		json.put("enterprise_seats", target.enterpriseSeats());
		json.put("data_location", target.dataLocation());
		json.put("owner_residence_country", target.ownerResidenceCountry());
		json.put("exists", target.exists());
		json.put("is_us_person", target.usPerson());
	}

	/** Process is the biggest part; it has a writer of its own. */
	static final class ProcessWriter {

		private ProcessWriter() {
		}

		static void process(Process p, ObjectNode json) {
			json.put("type", p.type().code());
			json.put("issued_by", p.issuedBy());
			json.put("issuing_jurisdiction", p.issuingJurisdiction());
			json.put("issuer_role", p.issuerRole());
			json.put("validated_by", p.validatedBy());
			json.put("signed", p.signed());
			json.put("on_letterhead", p.onLetterhead());
			json.put("issue_date", p.issueDate().toString());
			json.put("addressed_to", p.addressedTo());
			if (p.dateRange() != null) {
				json.putObject("date_range")
					.put("from", p.dateRange().from().toString())
					.put("to", p.dateRange().to().toString());
			}
			json.putObject("nondisclosure_order")
				.put("present", p.nondisclosureOrder().present())
				.put("expires",
						(p.nondisclosureOrder().expires() != null) ? p.nondisclosureOrder().expires().toString() : null)
				.put("statute", p.nondisclosureOrder().statute());
			json.put("emergency_summary", p.emergencySummary());
			json.put("emergency_how_data_helps", p.emergencyHowDataHelps());
			json.put("account_owner_consent", p.accountOwnerConsent());
			json.put("service_channel", p.serviceChannel());
			optional(p, json);
		}

		private static void optional(Process p, ObjectNode json) {
			if (p.offence() != null) {
				json.putObject("offence")
					.put("description", p.offence().description())
					.put("max_sentence_years", p.offence().maxSentenceYears())
					.put("listed", p.offence().listed());
			}
			json.put("eu_instrument", p.crossBorder().euInstrument());
			json.put("emergency", p.crossBorder().euEmergency());
			json.put("agreement", p.crossBorder().agreement());
			json.put("enforcing_state_notified", p.crossBorder().enforcingStateNotified());
			json.put("enforcing_state_response", p.crossBorder().enforcingStateResponse());
			if (p.priorPreservation() != null) {
				json.putObject("prior_preservation")
					.put("received_date", p.priorPreservation().receivedDate().toString())
					.put("extended", p.priorPreservation().extended())
					.put("reference", p.priorPreservation().reference());
			}
			json.put("domesticated", p.domesticated());
			json.put("case_number", p.caseNumber());
			json.put("sender_email", p.senderEmail());
			json.put("local_instrument", p.localInstrument());
		}

	}

}
