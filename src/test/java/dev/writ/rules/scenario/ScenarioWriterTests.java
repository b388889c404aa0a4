package dev.writ.rules.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import dev.writ.rules.DemandFacts;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every demand Writ records can be written as a scenario and read back to the same facts.
 */
class ScenarioWriterTests {

	@TestFactory
	Stream<DynamicTest> every_scenario_of_the_suite_survives_a_write_and_a_read() throws IOException {
		return ScenarioSuiteTests.files(ScenarioSuiteTests.PROJECT_SUITE)
			.stream()
			.map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> assertRoundTrip(file)));
	}

	private static void assertRoundTrip(Path file) throws IOException {
		ScenarioReader reader = new ScenarioReader();
		DemandFacts original = reader.read(Files.readString(file)).facts();
		DemandFacts again = reader.read(new ScenarioWriter().write(original).toString()).facts();
		assertThat(again).isEqualTo(original);
	}

}
