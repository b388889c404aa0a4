package dev.writ.rules.scenario;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class AssessCommandTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	Path dir;

	final ByteArrayOutputStream out = new ByteArrayOutputStream();

	final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeEach
	void twoScenarios() throws IOException {
		Files.createDirectories(this.dir.resolve("nested"));
		write("a-subpoena.json", ScenarioSamples.subpoena("first"));
		write("nested/b-subpoena.json", ScenarioSamples.subpoena("second"));
	}

	@Test
	void it_prints_one_json_line_per_scenario_found_recursively_and_exits_0() {
		// when
		int exit = run(this.dir.toString());
		// then
		assertThat(exit).isZero();
		List<String> lines = text(this.out).lines().toList();
		assertThat(lines).hasSize(2);
		JsonNode first = JSON.readTree(lines.get(0));
		assertThat(first.get("id").asString()).isEqualTo("first");
		assertThat(first.get("outcome").asString()).isEqualTo("disclose_noncontent_only");
		assertThat(first.get("findings").get(0).has("citation")).isTrue();
	}

	@Test
	void check_mode_counts_passes_and_names_each_mismatch_with_both_values() throws IOException {
		// given
		ObjectNode wrong = ScenarioSamples.subpoena("third");
		((ObjectNode) wrong.get("expected")).put("outcome", "reject");
		write("c-wrong.json", wrong);
		// when
		int exit = run("--check", this.dir.toString());
		// then
		assertThat(exit).isEqualTo(1);
		assertThat(text(this.out))
			.contains("FAIL", "c-wrong.json (third)", "outcome: expected reject, got disclose_noncontent_only")
			.endsWith("2 passed, 1 failed\n");
	}

	@Test
	void check_mode_passes_all_with_exit_0() {
		assertThat(run("--check", this.dir.toString())).isZero();
		assertThat(text(this.out)).isEqualTo("2 passed, 0 failed\n");
	}

	@Test
	void invalid_files_are_reported_with_the_field_and_the_others_still_assessed_with_exit_2() throws IOException {
		// given
		ObjectNode bad = ScenarioSamples.subpoena("bad");
		((ObjectNode) bad.get("targets").get(0)).put("identifier_type", "fax");
		write("d-bad.json", bad);
		Files.writeString(this.dir.resolve("e-broken.json"), "{\"id\": ");
		// when
		int exit = run(this.dir.toString());
		// then
		assertThat(exit).isEqualTo(2);
		assertThat(text(this.out).lines()).hasSize(2);
		assertThat(text(this.err)).contains("d-bad.json: targets[0].identifier_type: unknown value 'fax'")
			.contains("e-broken.json: invalid JSON");
	}

	@Test
	void a_path_that_does_not_exist_is_an_input_error() {
		assertThat(run(this.dir.resolve("nowhere").toString())).isEqualTo(2);
		assertThat(text(this.err)).contains("nowhere: no such file or directory");
	}

	@Test
	void without_paths_it_prints_the_usage_and_exits_2() {
		assertThat(run("--check")).isEqualTo(2);
		assertThat(text(this.err)).contains("usage: writ assess");
	}

	@Test
	void a_profile_file_replaces_the_demo_profile() throws IOException {
		// given: a provider whose legal name is not Contoso
		String profile = Files.readString(Path.of("src/main/resources/dev/writ/rules/contoso-cloud.profile.json"))
			.replace("\"legal_names\": [\"Contoso Cloud, Inc.\"]", "\"legal_names\": [\"Northwind Mail LLC\"]")
			.replace("\"aliases\": [\"Contoso Cloud\", \"Contoso Cloud Inc.\"]", "\"aliases\": []");
		Path file = this.dir.getParent().resolve("northwind-profile.json");
		Files.writeString(file, profile);
		// when
		run("--profile", file.toString(), this.dir.resolve("a-subpoena.json").toString());
		// then: the subpoena addressed to Contoso is now addressed to another company
		assertThat(JSON.readTree(text(this.out)).get("reasons").toString()).contains("WRONG_COMPANY");
	}

	private int run(String... args) {
		return new AssessCommand(new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8))
			.run(List.of(args));
	}

	private void write(String name, JsonNode scenario) throws IOException {
		Files.writeString(this.dir.resolve(name), scenario.toString());
	}

	private static String text(ByteArrayOutputStream stream) {
		return stream.toString(StandardCharsets.UTF_8);
	}

}
