package dev.writ.intake.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.writ.intake.AssessmentSummary;
import dev.writ.intake.AssessmentSummary.FindingLine;
import dev.writ.intake.AssessmentSummary.Period;
import dev.writ.intake.AssessmentSummary.TargetLine;
import dev.writ.rules.Assessment;
import dev.writ.rules.DemandFacts;
import dev.writ.rules.scenario.AssessmentJson;
import dev.writ.rules.scenario.ScenarioWriter;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Assessments and facts as they are kept: the scenario format's JSON, so a stored version
 * can be replayed through {@code writ assess} and read back for the pages.
 */
final class AssessmentRecords {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private AssessmentRecords() {
	}

	static String facts(DemandFacts facts, String reference) {
		return new ScenarioWriter().write(facts).put("id", reference).toString();
	}

	static String assessment(Assessment assessment, DemandFacts facts, String reference) {
		return new AssessmentJson().write(assessment, facts).put("id", reference).toString();
	}

	static AssessmentSummary summary(String json) {
		JsonNode node = JSON.readTree(json);
		List<FindingLine> findings = new ArrayList<>();
		node.path("findings")
			.forEach(f -> findings.add(new FindingLine(f.path("code").asString(), f.path("rule").asString(),
					f.path("severity").asString(), f.path("citation").asString(), f.path("message").asString(),
					f.hasNonNull("target") ? f.get("target").asString() : null)));
		List<TargetLine> perTarget = new ArrayList<>();
		node.path("per_target")
			.forEach(t -> perTarget.add(new TargetLine(t.path("identifier").asString(), t.path("outcome").asString())));
		return new AssessmentSummary(node.path("outcome").asString(), strings(node.path("reasons")),
				strings(node.path("data_to_release")), period(node.path("release_period")),
				node.path("user_notice").asString(), node.path("reimbursement_allowed").asBoolean(),
				node.hasNonNull("deadline") ? node.get("deadline").asString() : null, perTarget, findings);
	}

	private static @Nullable Period period(JsonNode period) {
		if (!period.hasNonNull("from") || !period.hasNonNull("to")) {
			return null;
		}
		return new Period(LocalDate.parse(period.get("from").asString()), LocalDate.parse(period.get("to").asString()));
	}

	private static List<String> strings(JsonNode array) {
		List<String> strings = new ArrayList<>();
		array.forEach(item -> strings.add(item.asString()));
		return strings;
	}

}
