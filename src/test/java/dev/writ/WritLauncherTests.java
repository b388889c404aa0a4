package dev.writ;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WritLauncherTests {

	final ByteArrayOutputStream out = new ByteArrayOutputStream();

	final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void without_a_database_url_it_refuses_to_start_with_one_line_saying_what_to_set() {
		// given
		WritLauncher launcher = launcher(Map.of());
		// when
		int exit = launcher.launch(new String[0]);
		// then
		assertThat(exit).isEqualTo(1);
		assertThat(text(this.err).lines()).singleElement()
			.asString()
			.contains("WRIT_DB_URL", "WRIT_DB_USER", "WRIT_DB_PASSWORD");
	}

	@Test
	void a_command_without_a_database_url_is_refused_the_same_way() {
		// when
		int exit = launcher(Map.of()).launch(new String[] { "audit", "verify" });
		// then
		assertThat(exit).isEqualTo(1);
		assertThat(text(this.err)).startsWith("Writ needs a PostgreSQL database");
	}

	@Test
	void a_database_url_that_is_not_postgresql_is_refused() {
		// when
		int exit = launcher(Map.of("WRIT_DB_URL", "jdbc:h2:mem:writ")).launch(new String[0]);
		// then
		assertThat(exit).isEqualTo(1);
		assertThat(text(this.err)).contains("must be a PostgreSQL JDBC URL", "jdbc:h2:mem:writ");
	}

	@Test
	void with_a_database_but_without_the_portal_settings_it_names_each_missing_one_in_one_line() {
		// when
		int exit = launcher(Map.of("WRIT_DB_URL", "jdbc:postgresql://localhost:1/writ")).launch(new String[0]);
		// then
		assertThat(exit).isEqualTo(1);
		assertThat(text(this.err).lines()).singleElement()
			.asString()
			.contains("WRIT_DOCUMENT_KEY", "WRIT_PROVIDER_PROFILE", "WRIT_DIRECTORY_CONNECTOR");
	}

	@Test
	void help_prints_the_usage_without_needing_a_database() {
		// when
		int exit = launcher(Map.of()).launch(new String[] { "help" });
		// then
		assertThat(exit).isZero();
		assertThat(text(this.out)).contains("audit verify", "WRIT_DB_URL");
	}

	private WritLauncher launcher(Map<String, String> environment) {
		return new WritLauncher(environment, new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	private static String text(ByteArrayOutputStream stream) {
		return stream.toString(StandardCharsets.UTF_8);
	}

}
