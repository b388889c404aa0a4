package dev.writ.rules.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.writ.rules.Outcome;
import dev.writ.rules.ReasonCode;
import dev.writ.rules.UserNotice;
import dev.writ.shared.legal.Coded;
import dev.writ.shared.legal.ProcessType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The project's scenario suite covers the whole vocabulary: every reason code, process
 * type, outcome and user notice appears in some expected answer.
 */
class ScenarioSuiteCoverageTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final Set<String> reasons = new HashSet<>();

	static final Set<String> processTypes = new HashSet<>();

	static final Set<String> outcomes = new HashSet<>();

	static final Set<String> notices = new HashSet<>();

	@BeforeAll
	static void readSuite() throws IOException {
		for (Path file : ScenarioSuiteTests.files(ScenarioSuiteTests.PROJECT_SUITE)) {
			JsonNode scenario = JSON.readTree(Files.readString(file));
			JsonNode expected = scenario.get("expected");
			expected.get("reasons").forEach(code -> reasons.add(code.asString()));
			processTypes.add(scenario.get("process").get("type").asString());
			outcomes.add(expected.get("outcome").asString());
			expected.get("per_target").forEach(target -> outcomes.add(target.get("outcome").asString()));
			notices.add(expected.get("user_notice").asString());
		}
	}

	@Test
	void every_reason_code_is_expected_somewhere() {
		assertThat(reasons).containsAll(Arrays.stream(ReasonCode.values()).map(Enum::name).toList());
	}

	@Test
	void every_process_type_is_assessed_somewhere() {
		assertThat(processTypes).containsAll(codes(ProcessType.values()));
	}

	@Test
	void every_outcome_is_expected_somewhere() {
		assertThat(outcomes).containsAll(codes(Outcome.values()));
	}

	@Test
	void every_user_notice_is_expected_somewhere() {
		assertThat(notices).containsAll(codes(UserNotice.values()));
	}

	private static List<String> codes(Coded[] values) {
		return Arrays.stream(values).map(Coded::code).toList();
	}

}
