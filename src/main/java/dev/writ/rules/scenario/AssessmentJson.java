package dev.writ.rules.scenario;

import dev.writ.rules.Assessment;
import dev.writ.rules.Assessment.TargetOutcome;
import dev.writ.rules.DemandFacts;
import dev.writ.rules.Finding;
import dev.writ.rules.ReasonCode;
import dev.writ.shared.legal.DataCategory;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes an assessment in the output format of scenario-format.md: one object, fields in
 * a fixed order.
 */
public final class AssessmentJson {

	/** The assessment as a JSON object; findings about a target name its identifier. */
	public ObjectNode write(Assessment assessment, DemandFacts facts) {
		ObjectNode json = ScenarioReader.JSON.createObjectNode();
		json.put("id", assessment.id());
		json.put("outcome", assessment.outcome().code());
		ArrayNode reasons = json.putArray("reasons");
		assessment.reasons().stream().map(ReasonCode::name).forEach(reasons::add);
		ArrayNode data = json.putArray("data_to_release");
		assessment.dataToRelease().stream().map(DataCategory::code).forEach(data::add);
		if (assessment.releasePeriod() != null) {
			json.putObject("release_period")
				.put("from", assessment.releasePeriod().from().toString())
				.put("to", assessment.releasePeriod().to().toString());
		}
		json.put("user_notice", assessment.userNotice().code());
		json.put("reimbursement_allowed", assessment.reimbursementAllowed());
		json.put("deadline", assessment.deadline());
		if (assessment.preserveUntil() != null) {
			json.put("preserve_until", assessment.preserveUntil().toString());
		}
		ArrayNode perTarget = json.putArray("per_target");
		for (TargetOutcome target : assessment.perTarget()) {
			perTarget.addObject().put("identifier", target.identifier()).put("outcome", target.outcome().code());
		}
		ArrayNode findings = json.putArray("findings");
		assessment.findings().forEach(finding -> write(finding, facts, findings.addObject()));
		return json;
	}

	private static void write(Finding finding, DemandFacts facts, ObjectNode json) {
		json.put("code", finding.code().name());
		json.put("rule", finding.rule());
		json.put("severity", finding.severity().code());
		json.put("citation", finding.citation());
		json.put("message", finding.message());
		if (finding.target() != null) {
			json.put("target", facts.targets().get(finding.target()).identifier());
		}
	}

}
