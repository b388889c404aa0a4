package dev.writ.intake.web.api;

import java.util.List;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.writ.shared.validation.InvalidInput;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever an API client sends as the {@code demand} part, the parser either reads a
 * demand or refuses it with {@link InvalidInput} naming a field; no other exception
 * escapes. Under {@code ./mvnw test} the seeds in
 * {@code src/test/resources/.../DemandJsonFuzzTestsInputs} are replayed;
 * {@code JAZZER_FUZZ=1} fuzzes for real.
 */
class DemandJsonFuzzTests {

	static final List<String> FIELDS = List.of("process", "process.type", "process.issued_by", "process.signed",
			"process.issue_date", "process.addressed_to", "process.date_range", "process.date_range.from",
			"process.date_range.to", "process.nondisclosure_order", "process.nondisclosure_order.expires",
			"process.offence", "process.prior_preservation", "process.emergency", "targets", "targets.0",
			"targets.0.identifier", "targets.0.identifier_type", "data_requested", "data_requested.0", "context",
			"context.conflict_law", "attested", "unexpected");

	static final List<String> IDENTIFIER_TYPES = List.of("email", "phone", "ip", "gamertag", "username", "query",
			"criteria");

	@FuzzTest(maxDuration = "2m")
	void any_bytes_are_read_or_refused_as_invalid_input(byte[] input) {
		readOrRefuse(input);
	}

	@FuzzTest(maxDuration = "2m")
	void any_change_to_the_example_is_read_or_refused_as_invalid_input(FuzzedDataProvider data) {
		ObjectNode demand = DemandJsonSamples.exampleTree();
		String path = data.pickValue(FIELDS);
		replace(demand, path.split("\\."), value(data));
		readOrRefuse(demand.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	@FuzzTest(maxDuration = "2m")
	void any_identifier_is_read_or_refused_as_invalid_input(FuzzedDataProvider data) {
		ObjectNode demand = DemandJsonSamples.exampleTree();
		ObjectNode target = (ObjectNode) demand.get("targets").get(0);
		target.put("identifier_type", data.pickValue(IDENTIFIER_TYPES));
		target.put("identifier", data.consumeRemainingAsString());
		readOrRefuse(demand.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	private static void readOrRefuse(byte[] input) {
		try {
			ParsedDemand demand = new DemandJsonParser().parse(input);
			assertThat(demand.targets()).isNotEmpty();
			assertThat(demand.dataRequested()).isNotEmpty();
			assertThat(demand.process().issuance().issuedBy()).isNotBlank();
		}
		catch (InvalidInput expected) {
			assertThat(expected.field()).isNotBlank();
			assertThat(expected.problem()).isNotBlank();
		}
	}

	private static JsonNode value(FuzzedDataProvider data) {
		ObjectNode holder = DemandJsonSamples.JSON.createObjectNode();
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
