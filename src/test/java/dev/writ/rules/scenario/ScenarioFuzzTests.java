package dev.writ.rules.scenario;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.writ.rules.Assessment;
import dev.writ.rules.AssessmentEngine;
import dev.writ.rules.DemandFactsFixture;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever arrives, the parser and the engine either assess it or answer with the
 * documented input error ({@link ScenarioInputException}); no other exception escapes.
 * Under {@code ./mvnw test} the seeds in
 * {@code src/test/resources/.../ScenarioFuzzTestsInputs} are replayed;
 * {@code JAZZER_FUZZ=1} fuzzes for real.
 */
class ScenarioFuzzTests {

	static final AssessmentEngine ENGINE = new AssessmentEngine(DemandFactsFixture.CONTOSO);

	static final List<String> FIELDS = List.of("received_date", "evaluated_on", "requester.kind", "requester.country",
			"requester.level", "requester.instrument_powers", "process.type", "process.signed", "process.issue_date",
			"process.addressed_to", "process.date_range", "process.date_range.from", "process.nondisclosure_order",
			"process.nondisclosure_order.expires", "process.service_channel", "process.offence",
			"process.offence.max_sentence_years", "process.prior_preservation", "process.eu_instrument", "targets",
			"targets.0", "targets.0.identifier", "targets.0.identifier_type", "targets.0.enterprise_seats",
			"targets.0.exists", "data_requested", "data_requested.0", "context", "context.conflict_law");

	@FuzzTest(maxDuration = "2m")
	void any_bytes_are_assessed_or_refused_as_input_errors(byte[] input) {
		assessOrRefuse(new String(input, StandardCharsets.UTF_8));
	}

	@FuzzTest(maxDuration = "2m")
	void any_change_to_a_valid_scenario_is_assessed_or_refused_as_an_input_error(FuzzedDataProvider data) {
		ObjectNode scenario = ScenarioSamples.subpoena("fuzz");
		String path = data.pickValue(FIELDS);
		replace(scenario, path.split("\\."), value(data));
		assessOrRefuse(scenario.toString());
	}

	private static void assessOrRefuse(String text) {
		try {
			Scenario scenario = new ScenarioReader().read(text);
			Assessment assessment = ENGINE.assess(scenario.facts());
			assertThat(new AssessmentJson().write(assessment, scenario.facts()).get("outcome")).isNotNull();
			assertThat(assessment.perTarget()).hasSameSizeAs(scenario.facts().targets());
		}
		catch (ScenarioInputException expected) {
			assertThat(expected.getMessage()).isNotBlank();
		}
	}

	private static JsonNode value(FuzzedDataProvider data) {
		ObjectNode holder = ScenarioReader.JSON.createObjectNode();
		switch (data.consumeInt(0, 6)) {
			case 0 -> holder.put("v", data.consumeString(40));
			case 1 -> holder.put("v", data.consumeInt());
			case 2 -> holder.put("v", data.consumeBoolean());
			case 3 -> holder.putNull("v");
			case 4 -> holder.putArray("v").add(data.consumeString(20)).add(data.consumeInt());
			case 5 -> holder.putObject("v").put(data.consumeString(10), data.consumeString(10));
			default -> holder.put("v",
					"20" + data.consumeInt(0, 99) + "-" + data.consumeInt(0, 13) + "-" + data.consumeInt(0, 32));
		}
		return holder.get("v");
	}

	private static void replace(JsonNode node, String[] path, JsonNode value) {
		JsonNode parent = node;
		for (int i = 0; i < path.length - 1 && parent != null; i++) {
			parent = parent.isArray() ? parent.get(Integer.parseInt(path[i])) : parent.get(path[i]);
		}
		String last = path[path.length - 1];
		if (parent instanceof ObjectNode object) {
			object.set(last, value);
		}
		else if (parent instanceof ArrayNode array && array.size() > Integer.parseInt(last)) {
			array.set(Integer.parseInt(last), value);
		}
	}

}
