package dev.writ;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dev.writ.reporting.ProofFiles;
import dev.writ.reporting.RegisterEntry;
import dev.writ.reporting.ReportCommitment;
import dev.writ.shared.legal.ProcessType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

	@Test
	void a_report_proof_is_verified_without_a_database(@TempDir Path dir) throws Exception {
		// given
		List<RegisterEntry> counted = List.of(entry("WR-2022-000001"), entry("WR-2022-000002"),
				entry("WR-2022-000003"));
		ReportCommitment tree = ReportCommitment.of(counted);
		Path proof = dir.resolve("proof.json");
		Files.writeString(proof, ProofFiles.json(tree.prove("2022-H2", "WR-2022-000002").orElseThrow()));
		// when
		int valid = launcher(Map.of()).launch(new String[] { "report", "verify-proof", proof.toString(), tree.root() });
		int invalid = launcher(Map.of())
			.launch(new String[] { "report", "verify-proof", proof.toString(), "00" + tree.root().substring(2) });
		// then
		assertThat(valid).isZero();
		assertThat(invalid).isEqualTo(1);
		assertThat(text(this.out)).contains("proof valid: WR-2022-000002 is counted in 2022-H2", "proof INVALID");
	}

	private static RegisterEntry entry(String reference) {
		return new RegisterEntry(reference, LocalDate.of(2022, 8, 1), "US", RegisterEntry.Section.CRIMINAL,
				ProcessType.SUBPOENA, RegisterEntry.IssuerLevel.FEDERAL, 1, RegisterEntry.Outcome.CONTENT, false, false,
				null);
	}

	private WritLauncher launcher(Map<String, String> environment) {
		return new WritLauncher(environment, new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	private static String text(ByteArrayOutputStream stream) {
		return stream.toString(StandardCharsets.UTF_8);
	}

}
