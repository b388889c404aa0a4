package dev.writ.directory.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import dev.writ.directory.AccountFacts;
import dev.writ.shared.legal.AccountType;
import dev.writ.shared.legal.Coded;
import dev.writ.shared.legal.IdentifierType;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo directory agrees with every scenario: each target that names one account
 * exists in it exactly when the scenario says so, with the facts the scenario states. So
 * a demand typed in from any scenario gets the same facts from the directory.
 */
class DemoDirectoryScenarioTests {

	static final Path PROJECT_SUITE = Path.of("src", "test", "resources", "scenarios");

	static final Path SPECIFICATION_EXAMPLES = Path.of("..", "shared", "spec", "scenarios");

	static final JsonMapper JSON = JsonMapper.builder().build();

	final DemoDirectoryConnector directory = DemoDirectoryConnector.fromClasspath();

	@TestFactory
	Stream<DynamicTest> every_target_of_the_project_suite_has_its_facts_in_the_demo_directory() throws IOException {
		return targetTests(PROJECT_SUITE);
	}

	@TestFactory
	Stream<DynamicTest> every_target_of_the_specification_examples_has_its_facts_in_the_demo_directory()
			throws IOException {
		Assumptions.assumeTrue(Files.isDirectory(SPECIFICATION_EXAMPLES),
				"specification examples skipped: " + SPECIFICATION_EXAMPLES.toAbsolutePath() + " is absent");
		return targetTests(SPECIFICATION_EXAMPLES);
	}

	private Stream<DynamicTest> targetTests(Path directory) throws IOException {
		List<Path> files;
		try (Stream<Path> listing = Files.list(directory)) {
			files = listing.filter(file -> file.toString().endsWith(".json")).sorted().toList();
		}
		assertThat(files).isNotEmpty();
		return files.stream()
			.map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> checkTargets(file)));
	}

	private void checkTargets(Path file) throws IOException {
		for (JsonNode target : JSON.readTree(Files.readString(file)).path("targets")) {
			IdentifierType type = Coded.parse(IdentifierType.class, target.path("identifier_type").stringValue());
			if (IdentifierKey.namesOneAccount(type)) {
				String identifier = target.path("identifier").stringValue();
				assertThat(this.directory.lookup(identifier, type)).as(file + ": " + identifier)
					.isEqualTo(statedFacts(target));
			}
		}
	}

	/**
	 * The facts a scenario states; when it says the account does not exist, nothing else.
	 */
	private static AccountFacts statedFacts(JsonNode target) {
		if (!target.path("exists").booleanValue()) {
			return AccountFacts.notFound();
		}
		AccountType type = AccountType.valueOf(target.path("account_type").stringValue().toUpperCase(Locale.ROOT));
		JsonNode seats = target.path("enterprise_seats");
		return new AccountFacts(true, type, seats.isNumber() ? seats.intValue() : null,
				target.path("customer_name").isString() ? target.path("customer_name").stringValue() : null,
				target.path("data_location").stringValue(), target.path("owner_residence_country").stringValue(),
				target.path("is_us_person").booleanValue());
	}

}
