package dev.writ;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import dev.writ.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code java -jar writ.jar agencies import-dotgov FILE} against a database of its own,
 * so the counts are exact: on hand-made files, and on the real .gov registry when
 * {@code ../shared/data/dotgov-domains.csv} is present.
 */
class ImportDotgovCommandIntegrationTests {

	static final Path REAL_REGISTRY = Path.of("../shared/data/dotgov-domains.csv");

	static final String HEADER = "Domain name,Domain type,Organization name,Suborganization name,City,State\n";

	final String url = TestDatabase.get().createDatabase("import_dotgov");

	@TempDir
	Path folder;

	@Test
	void it_prints_the_counts_and_each_bad_row_and_exits_0() throws IOException {
		// given
		Path file = write("registry.csv", HEADER + """
				alpha.gov,City,Alpha City,,Alpha,WA
				beta.com,City,Beta City,,Beta,WA
				gamma.gov,Moon base,Gamma,,Gamma,WA
				""");
		// when
		Run run = run("agencies", "import-dotgov", file.toString());
		// then
		assertThat(run.exit()).isZero();
		assertThat(run.out()).isEqualTo("""
				registry.csv: 3 rows read: 1 inserted, 0 updated, 0 unchanged, 2 bad
				  line 3: 'beta.com' is not a .gov domain name (expected a name such as example.gov)
				  line 4: unknown domain type 'Moon base'
				""");
		assertThat(run.err()).isEmpty();
	}

	@Test
	void a_missing_file_is_refused_with_exit_code_2() {
		// when
		Run run = run("agencies", "import-dotgov", this.folder.resolve("nowhere.csv").toString());
		// then
		assertThat(run.exit()).isEqualTo(2);
		assertThat(run.err()).startsWith("cannot read ").contains("nowhere.csv: no such readable file");
	}

	@Test
	void a_file_without_the_registry_header_is_refused_with_exit_code_2() throws IOException {
		// given
		Path file = write("plain.csv", "alpha.gov,City,Alpha City\n");
		// when
		Run run = run("agencies", "import-dotgov", file.toString());
		// then
		assertThat(run.exit()).isEqualTo(2);
		assertThat(run.err()).contains(
				"plain.csv has no header row naming the columns Domain name, Domain type " + "and Organization name");
		assertThat(run.out()).isEmpty();
	}

	@Test
	void anything_but_one_file_is_refused_with_the_usage_and_exit_code_2() {
		// when
		Run none = run("agencies", "import-dotgov");
		Run two = run("agencies", "import-dotgov", "a.csv", "b.csv");
		// then
		assertThat(none.exit()).isEqualTo(2);
		assertThat(two.exit()).isEqualTo(2);
		assertThat(none.err()).startsWith("usage: agencies import-dotgov FILE");
	}

	@Test
	void the_real_registry_imports_every_row_and_a_second_run_changes_nothing() {
		assumeTrue(Files.isReadable(REAL_REGISTRY), "skipped: the .gov registry " + REAL_REGISTRY.toAbsolutePath()
				+ " is absent (see ../shared/data/README.md)");
		// when
		Run first = run("agencies", "import-dotgov", REAL_REGISTRY.toString());
		Run second = run("agencies", "import-dotgov", REAL_REGISTRY.toString());
		// then
		assertThat(first.exit()).isZero();
		assertThat(first.out())
			.isEqualTo("dotgov-domains.csv: 16539 rows read: 16539 inserted, 0 updated, 0 unchanged, 0 bad\n");
		assertThat(second.exit()).isZero();
		assertThat(second.out())
			.isEqualTo("dotgov-domains.csv: 16539 rows read: 0 inserted, 0 updated, 16539 unchanged, 0 bad\n");
	}

	private Path write(String name, String content) throws IOException {
		return Files.writeString(this.folder.resolve(name), content);
	}

	private Run run(String... args) {
		var out = new ByteArrayOutputStream();
		var err = new ByteArrayOutputStream();
		int exit = new WritLauncher(
				Map.of("WRIT_DB_URL", this.url, "WRIT_DB_USER", TestDatabase.get().user(), "WRIT_DB_PASSWORD",
						TestDatabase.get().password()),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
			.launch(args);
		return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	record Run(int exit, String out, String err) {

	}

}
