package dev.writ;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import dev.writ.agency.Agencies;
import dev.writ.agency.NewAgency;
import dev.writ.shared.legal.GovernmentLevel;
import dev.writ.shared.legal.RequesterKind;
import dev.writ.testing.TestDatabase;
import dev.writ.testing.TestDocumentStore;
import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar writ.jar audit verify} against a database of its own: migrations
 * applied first, an intact chain reported with its length, a row edited by hand in SQL
 * reported by position with exit code 1.
 */
class AuditVerifyCommandIntegrationTests {

	final String url = TestDatabase.get().createDatabase("audit_verify");

	@Test
	void on_a_new_database_it_applies_the_migrations_and_reports_an_empty_intact_chain() {
		// when
		Run run = verify();
		// then
		assertThat(run.exit()).isZero();
		assertThat(run.out()).isEqualTo("audit chain intact: 0 entries\n");
	}

	@Test
	void after_real_activity_it_reports_the_chain_intact_with_its_length() {
		// given
		registerAgencies(3);
		// when
		Run run = verify();
		// then
		assertThat(run.exit()).isZero();
		assertThat(run.out()).isEqualTo("audit chain intact: 3 entries\n");
	}

	@Test
	void a_row_edited_by_hand_in_sql_is_named_and_the_exit_code_is_1() {
		// given
		registerAgencies(4);
		tamper("update audit_entry set details = '{\"name\":\"Someone Else\"}' where seq = 2");
		// when
		Run run = verify();
		// then
		assertThat(run.exit()).isEqualTo(1);
		assertThat(run.err()).startsWith("audit chain broken at entry #2: content does not match its hash");
	}

	@Test
	void a_row_deleted_by_hand_is_found_by_the_gap_it_leaves() {
		// given
		registerAgencies(3);
		tamper("delete from audit_entry where seq = 2");
		// when
		Run run = verify();
		// then
		assertThat(run.exit()).isEqualTo(1);
		assertThat(run.err()).startsWith("audit chain broken at entry #3: entry #2 is missing");
	}

	@Test
	void a_rewritten_chain_is_caught_where_the_links_no_longer_meet() {
		// given
		registerAgencies(3);
		tamper("update audit_entry set previous_hash = repeat('a', 64) where seq = 3");
		// when
		Run run = verify();
		// then
		assertThat(run.exit()).isEqualTo(1);
		assertThat(run.err()).startsWith("audit chain broken at entry #3: does not link to the entry before it");
	}

	@Test
	void unexpected_arguments_are_refused_with_exit_code_2() {
		// when
		Run run = run("audit", "verify", "--everything");
		// then
		assertThat(run.exit()).isEqualTo(2);
		assertThat(run.err()).contains("takes no arguments");
	}

	@Test
	void an_unknown_command_lists_the_commands_there_are() {
		// when
		Run run = run("audit", "rewrite");
		// then
		assertThat(run.exit()).isEqualTo(2);
		assertThat(run.err()).contains("unknown command 'audit rewrite'", "audit verify");
	}

	private Run verify() {
		return run("audit", "verify");
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

	private void registerAgencies(int count) {
		try (ConfigurableApplicationContext app = application()) {
			Agencies agencies = app.getBean(Agencies.class);
			for (int i = 0; i < count; i++) {
				agencies.register(new NewAgency("Agency " + i, RequesterKind.LAW_ENFORCEMENT, "US", "WA",
						GovernmentLevel.LOCAL, java.util.List.of("agency" + i + ".example.gov"), null, null,
						java.time.ZoneId.of("UTC"), java.util.List.of()), "test");
			}
		}
	}

	private void tamper(String sql) {
		try (ConfigurableApplicationContext app = application()) {
			JdbcClient jdbc = app.getBean(JdbcClient.class);
			jdbc.sql("alter table audit_entry disable trigger user").update();
			jdbc.sql(sql).update();
			jdbc.sql("alter table audit_entry enable trigger user").update();
		}
	}

	private ConfigurableApplicationContext application() {
		return new SpringApplicationBuilder(WritApplication.class).web(WebApplicationType.NONE)
			.initializers(new DatabaseSettings(this.url, TestDatabase.get().user(), TestDatabase.get().password())
				.initializer())
			.run(TestDocumentStore.ARGUMENTS);
	}

	record Run(int exit, String out, String err) {

	}

}
