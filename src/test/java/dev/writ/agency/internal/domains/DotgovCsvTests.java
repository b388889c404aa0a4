package dev.writ.agency.internal.domains;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import dev.writ.agency.DomainImportReport.BadRow;
import dev.writ.shared.validation.InvalidInput;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DotgovCsvTests {

	static final String HEADER = "Domain name,Domain type,Organization name,Suborganization name,City,State\n";

	final List<String> rows = new ArrayList<>();

	final List<BadRow> bad = new ArrayList<>();

	@Test
	void good_rows_are_read_with_quoted_fields_and_blank_fields_as_null() {
		// when
		read(HEADER + """
				29palms.gov,City,City of Twentynine Palms,,Twentynine Palms,CA
				FBI.GOV,Federal - Executive,"Department of Justice","Federal Bureau of Investigation, IT",Washington,DC
				""");
		// then
		assertThat(this.rows).containsExactly(
				"2 " + new DotgovRow("29palms.gov", "City", "City of Twentynine Palms", null, "Twentynine Palms", "CA"),
				"3 " + new DotgovRow("fbi.gov", "Federal - Executive", "Department of Justice",
						"Federal Bureau of Investigation, IT", "Washington", "DC"));
		assertThat(this.bad).isEmpty();
	}

	@Test
	void each_kind_of_bad_row_is_reported_with_its_line_and_the_good_rows_still_come_through() {
		// when
		read(HEADER + """
				good.gov,City,Good City,,Goodtown,WA
				,City,No Domain,,Nowhere,WA
				example.com,City,Not Dot Gov,,Elsewhere,WA
				space.gov,Federal - Space,Space Force Annex,,Orbit,FL
				GOOD.gov,County,Good County,,Goodtown,WA
				noorg.gov,City,,,Nowhere,WA
				short.gov,City,Short Row
				"multi
				line.gov",City,Broken Name,,Here,WA
				notype.gov,,No Type,,Nowhere,WA
				fine.gov,"City - Election","Fine City
				Election Office",,Finetown,OR
				last.gov,Tribal,Last Tribe,,Lastville,OK
				""");
		// then
		assertThat(this.bad).containsExactly(new BadRow(3, "missing domain name"),
				new BadRow(4, "'example.com' is not a .gov domain name (expected a name such as example.gov)"),
				new BadRow(5, "unknown domain type 'Federal - Space'"), new BadRow(6, "duplicate of line 2 (good.gov)"),
				new BadRow(7, "missing organization name"), new BadRow(8, "has 3 fields where the header has 6"),
				new BadRow(9, "'multi\nline.gov' is not a .gov domain name (expected a name such as example.gov)"),
				new BadRow(11, "missing domain type"));
		assertThat(this.rows).extracting(row -> row.substring(0, row.indexOf(' '))).containsExactly("2", "12", "14");
	}

	@Test
	void the_type_is_matched_without_regard_to_case_and_kept_in_the_registry_spelling() {
		// when
		read(HEADER + "vote.gov,county  -  ELECTION,Vote County,,Voteville,WA\n");
		// then
		assertThat(this.rows).singleElement().asString().contains("domainType=County - Election");
	}

	@Test
	void a_byte_order_mark_other_columns_and_another_column_order_are_accepted() {
		// when
		read("\uFEFFState,Organization name,Domain type,Domain name,Security contact email\n"
				+ "WA,City of Seattle,City,seattle.gov,(blank)\n");
		// then
		assertThat(this.rows)
			.containsExactly("2 " + new DotgovRow("seattle.gov", "City", "City of Seattle", null, null, "WA"));
	}

	@Test
	void a_file_without_the_registry_header_is_refused() {
		// when / then
		assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> read("29palms.gov,City,City of Palms\n"))
			.satisfies(ex -> assertThat(ex.field()).isEqualTo("file"))
			.satisfies(ex -> assertThat(ex.problem()).isEqualTo("has no header row naming the columns Domain name, "
					+ "Domain type and Organization name (the first line reads: 29palms.gov,City,City of Palms)"));
	}

	@Test
	void an_empty_file_is_refused() {
		// when / then
		assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> read(""))
			.satisfies(ex -> assertThat(ex.problem()).startsWith("has no header row"));
	}

	@Test
	void a_quote_that_is_never_closed_is_refused_whole() {
		// when / then
		assertThatExceptionOfType(InvalidInput.class)
			.isThrownBy(() -> read(HEADER + "good.gov,City,Good City,,Goodtown,WA\nbad.gov,City,\"Unclosed,,X,WA\n"))
			.satisfies(ex -> assertThat(ex.problem()).startsWith("is not well-formed CSV:")
				.endsWith("; nothing was imported"));
	}

	private void read(String csv) {
		DotgovCsv.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), new DotgovCsv.Rows() {
			@Override
			public void row(long line, DotgovRow row) {
				DotgovCsvTests.this.rows.add(line + " " + row);
			}

			@Override
			public void bad(BadRow bad) {
				DotgovCsvTests.this.bad.add(bad);
			}
		});
	}

}
