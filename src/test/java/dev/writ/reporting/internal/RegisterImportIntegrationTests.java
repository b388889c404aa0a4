package dev.writ.reporting.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import dev.writ.audit.AuditTrail;
import dev.writ.reporting.HistoricalRegisters;
import dev.writ.reporting.HistoricalRegisters.RegisterRefused;
import dev.writ.reporting.ReportPeriod;
import dev.writ.reporting.TransparencyReports;
import dev.writ.shared.audit.AuditAction;
import dev.writ.shared.validation.InvalidInput;
import dev.writ.testing.AuditAssertions;
import dev.writ.testing.WritIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Historical registers are imported whole or not at all, idempotently, and feed the
 * report; the command line reports bad rows by line.
 */
@WritIntegrationTest
class RegisterImportIntegrationTests {

	static final String HEADER = "reference,received_date,country,section,process_type,issuer_level,"
			+ "accounts_specified,outcome,enterprise,secrecy_order,data_location\n";

	@Autowired
	HistoricalRegisters registers;

	@Autowired
	TransparencyReports reports;

	@Autowired
	RegisterImportCommand importCommand;

	@Autowired
	ReportCommand reportCommand;

	@Autowired
	@org.springframework.beans.factory.annotation.Qualifier("reportCommitment")
	dev.writ.shared.cli.CliCommand commitment;

	@Autowired
	@org.springframework.beans.factory.annotation.Qualifier("reportProve")
	dev.writ.shared.cli.CliCommand prove;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditTrail trail;

	@Test
	void a_register_is_imported_once_however_often_it_comes_and_the_report_counts_it() {
		// given
		String prefix = prefix();
		String csv = HEADER + prefix + "1,2019-08-02,United States of America,criminal,search_warrant,federal,3,"
				+ "content,false,true,IE\n" + prefix + "2,2019-09-30,de,criminal,european_production_order,foreign,1,"
				+ "rejected,false,false,\n" + prefix + "3,2019-10-01,Germany,emergency,emergency_request,foreign,1,"
				+ "pending,false,false,\n";
		var audit = AuditAssertions.mark(this.trail);
		// when
		long first = this.registers.importCsv(stream(csv), "h2-2019.csv", "system");
		long again = this.registers.importCsv(stream(csv), "h2-2019.csv", "system");
		// then
		assertThat(first).isEqualTo(3);
		assertThat(again).isEqualTo(3);
		assertThat(stored(prefix)).isEqualTo(3);
		var report = this.reports.draft(ReportPeriod.parse("2019-H2"));
		assertThat(report.sections().get(dev.writ.reporting.RegisterEntry.Section.CRIMINAL))
			.extracting(row -> row.country() + ":" + row.requests())
			.contains("DE:1", "US:1");
		assertThat(report.pending()).isGreaterThanOrEqualTo(1);
		assertThat(report.contentStoredAbroad().usWarrantsConsumerContentOutsideUs()).isGreaterThanOrEqualTo(1);
		audit.expect(AuditAction.REGISTER_IMPORTED).subject("register:h2-2019.csv").assertRecorded();
	}

	@Test
	void one_bad_row_after_thousands_of_good_ones_imports_nothing_and_every_bad_row_is_named_by_line() {
		// given
		String prefix = prefix();
		StringBuilder csv = new StringBuilder(HEADER);
		for (int i = 0; i < RegisterImporter.BATCH + 10; i++) {
			csv.append(prefix)
				.append(i)
				.append(",2020-02-03,US,criminal,subpoena,state,1,non_content_only,false,false,\n");
		}
		csv.append(prefix).append("x,2020-02-30,US,criminal,subpoena,state,1,content,false,false,\n");
		csv.append(prefix).append("y,2020-02-03,Atlantis,criminal,subpoena,state,1,content,false,false,\n");
		csv.append(prefix).append("z,2020-02-03,US,criminal,subpoena,state,1,maybe,false,false,\n");
		// when / then
		assertThatThrownBy(() -> this.registers.importCsv(stream(csv.toString()), "bad.csv", "system"))
			.isInstanceOfSatisfying(RegisterRefused.class, refused -> {
				assertThat(refused.badCount()).isEqualTo(3);
				int first = RegisterImporter.BATCH + 12;
				assertThat(refused.badRows()).containsExactly(
						"line " + first + ": received_date: '2020-02-30' is not a date (YYYY-MM-DD)",
						"line " + (first + 1)
								+ ": country: 'Atlantis' is not an ISO 3166 country code or English short name",
						"line " + (first + 2) + ": outcome: 'maybe' is not one of content, non_content_only, "
								+ "no_data_found, rejected, withdrawn, redirected_to_customer, challenged, "
								+ "routed_to_mlat, pending");
			});
		assertThat(stored(prefix)).isZero();
	}

	@Test
	void the_last_row_of_a_reference_wins_and_counting_in_groups_equals_counting_one_by_one() {
		// given
		String prefix = prefix();
		String csv = mixed(prefix);
		// when
		this.registers.importCsv(stream(csv), "2016.csv", "system");
		ReportPeriod period = ReportPeriod.parse("2016-H1");
		ReportCalculator oneByOne = new ReportCalculator(period);
		this.reports.entries(period, oneByOne::count);
		// then
		assertThat(stored(prefix)).isEqualTo(50);
		assertThat(this.jdbc.sql("select outcome from register_entry where reference = ?")
			.param(prefix + "0")
			.query(String.class)
			.single()).as("row 50 replaced row 0").isEqualTo("NO_DATA_FOUND");
		assertThat(this.reports.draft(period)).isEqualTo(oneByOne.report());
	}

	@Test
	void a_file_without_the_register_columns_is_refused_naming_what_is_missing() {
		// when / then
		assertThatThrownBy(() -> this.registers.importCsv(stream("reference,country\nA,US\n"), "x.csv", "system"))
			.isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.field()).isEqualTo("file"))
			.hasMessageContaining("received_date");
	}

	@Test
	void the_commands_import_a_file_and_write_the_period_report_as_csv_and_json(@TempDir Path dir) throws Exception {
		// given
		String prefix = prefix();
		Path register = dir.resolve("register.csv");
		Files.writeString(register,
				HEADER + prefix + "1,2018-02-01,CA,civil,civil_subpoena,foreign,4," + "no_data_found,false,false,\n");
		Path csv = dir.resolve("2018-H1.csv");
		Path json = dir.resolve("2018-H1.json");
		// when
		int imported = this.importCommand.run(List.of(register.toString()), quiet(), quiet());
		int csvExit = this.reportCommand.run(List.of("2018-H1", "--format", "csv", "--out", csv.toString()), quiet(),
				quiet());
		int jsonExit = this.reportCommand.run(List.of("2018-H1", "--format", "json", "--out", json.toString()), quiet(),
				quiet());
		// then
		assertThat(List.of(imported, csvExit, jsonExit)).containsOnly(0);
		assertThat(Files.readAllLines(csv)).first().isEqualTo(String.join(",", ReportFormats.CSV_COLUMNS));
		assertThat(Files.readAllLines(csv)).contains("civil,CA,Canada,1,4,0,0.00,0,0.00,1,100.00,0,0.00");
		assertThat(Files.readString(json)).contains("\"period\" : \"2018-H1\"", "\"country_name\" : \"Canada\"");
	}

	@Test
	void a_demand_s_proof_from_the_command_line_verifies_against_the_period_s_commitment(@TempDir Path dir)
			throws Exception {
		// given
		String prefix = prefix();
		this.registers.importCsv(
				stream(HEADER + prefix + "1,2014-02-01,DE,criminal,subpoena,foreign,1,content," + "false,false,\n"
						+ prefix + "2,2014-03-01,FR,civil,civil_subpoena,foreign,1,rejected,false,false,\n"),
				"2014.csv", "system");
		ByteArrayOutputStream rootOut = new ByteArrayOutputStream();
		Path proof = dir.resolve("proof.json");
		// when
		int committed = this.commitment.run(List.of("2014-H1"), new PrintStream(rootOut, true, StandardCharsets.UTF_8),
				quiet());
		int proved = this.prove.run(List.of("2014-H1", prefix + "2", "--out", proof.toString()), quiet(), quiet());
		int elsewhere = this.prove.run(List.of("2014-H2", prefix + "2"), quiet(), quiet());
		String root = rootOut.toString(StandardCharsets.UTF_8).trim();
		// then
		assertThat(List.of(committed, proved)).containsOnly(0);
		assertThat(elsewhere).as("not counted in another period").isEqualTo(1);
		assertThat(dev.writ.reporting.ProofFiles.verify(List.of(proof.toString(), root), quiet(), quiet())).isZero();
		Files.writeString(proof, Files.readString(proof).replace("|rejected", "|content"));
		assertThat(dev.writ.reporting.ProofFiles.verify(List.of(proof.toString(), root), quiet(), quiet()))
			.as("a tampered proof")
			.isEqualTo(1);
	}

	@Test
	void a_bad_period_or_format_exits_2_with_the_usage() {
		// given
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		// when
		int exit = this.reportCommand.run(List.of("2022-H3", "--format", "csv"), quiet(),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		// then
		assertThat(exit).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("2022-H3", "usage: report PERIOD");
	}

	/** 60 rows of 50 references in the first half of 2016, varied in every column. */
	private static String mixed(String prefix) {
		StringBuilder csv = new StringBuilder(HEADER);
		String[] outcomes = { "content", "non_content_only", "no_data_found", "rejected", "pending", "challenged" };
		for (int i = 0; i < 60; i++) {
			csv.append(prefix)
				.append(i % 50)
				.append(",2016-0")
				.append(1 + i % 6)
				.append("-1")
				.append(i % 9)
				.append(',')
				.append((i % 3 == 0) ? "US" : "FR")
				.append(',')
				.append((i % 7 == 0) ? "emergency" : "criminal")
				.append(",search_warrant,")
				.append((i % 2 == 0) ? "federal" : "state")
				.append(',')
				.append(1 + i % 4)
				.append(',')
				.append(outcomes[i % outcomes.length])
				.append(',')
				.append(i % 5 == 0)
				.append(',')
				.append(i % 4 == 0)
				.append(',')
				.append((i % 6 == 0) ? "IE" : "US")
				.append('\n');
		}
		return csv.toString();
	}

	private long stored(String prefix) {
		return this.jdbc.sql("select count(*) from register_entry where reference like ?")
			.param(prefix + "%")
			.query(Long.class)
			.single();
	}

	private static String prefix() {
		return "T" + UUID.randomUUID().toString().substring(0, 8) + "-";
	}

	private static ByteArrayInputStream stream(String csv) {
		return new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
	}

	private static PrintStream quiet() {
		return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
	}

}
