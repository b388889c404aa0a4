package dev.writ.rules.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import dev.writ.rules.Assessment;
import dev.writ.rules.AssessmentEngine;
import dev.writ.rules.DemandFactsFixture;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every scenario of the project's suite ({@code src/test/resources/scenarios}) and the
 * worked examples of the specification ({@code ../shared/spec/scenarios}) assessed and
 * checked against its expected answer, one test per file, with the same comparison as
 * {@code writ assess --check}.
 */
class ScenarioSuiteTests {

	static final Path PROJECT_SUITE = Path.of("src", "test", "resources", "scenarios");

	static final Path SPECIFICATION_EXAMPLES = Path.of("..", "shared", "spec", "scenarios");

	final AssessmentEngine engine = new AssessmentEngine(DemandFactsFixture.CONTOSO);

	@TestFactory
	Stream<DynamicTest> every_scenario_of_the_project_suite_gets_its_expected_answer() throws IOException {
		return scenarioTests(PROJECT_SUITE);
	}

	@TestFactory
	Stream<DynamicTest> every_worked_example_of_the_specification_gets_its_expected_answer() throws IOException {
		Assumptions.assumeTrue(Files.isDirectory(SPECIFICATION_EXAMPLES),
				"specification examples skipped: " + SPECIFICATION_EXAMPLES.toAbsolutePath() + " is absent");
		return scenarioTests(SPECIFICATION_EXAMPLES);
	}

	@Test
	void the_project_suite_has_at_least_80_scenarios() throws IOException {
		assertThat(files(PROJECT_SUITE)).hasSizeGreaterThanOrEqualTo(80);
	}

	private Stream<DynamicTest> scenarioTests(Path directory) throws IOException {
		return files(directory).stream()
			.map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(file)));
	}

	private void check(Path file) throws IOException {
		Scenario scenario = new ScenarioReader().read(Files.readString(file, StandardCharsets.UTF_8));
		Assessment assessment = this.engine.assess(scenario.facts());
		assertThat(new ExpectationCheck().compare(assessment, scenario.expected())).as(file.toString()).isEmpty();
	}

	static List<Path> files(Path directory) throws IOException {
		try (Stream<Path> walk = Files.walk(directory)) {
			return walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
		}
	}

}
