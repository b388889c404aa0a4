package dev.writ.agency;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import dev.writ.agency.DomainImportReport.BadRow;
import dev.writ.audit.AuditTrail;
import dev.writ.shared.audit.AuditAction;
import dev.writ.shared.validation.InvalidInput;
import dev.writ.testing.AuditAssertions;
import dev.writ.testing.MutableClock;
import dev.writ.testing.WritIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The import of the .gov registry on small hand-made files. Each test invents domains of
 * its own, since the shared database keeps what other tests imported.
 */
@WritIntegrationTest
class OfficialDomainImportIntegrationTests {

	static final String HEADER = "Domain name,Domain type,Organization name,Suborganization name,City,State\n";

	@Autowired
	OfficialDomains domains;

	@Autowired
	AuditTrail trail;

	@Autowired
	MutableClock clock;

	final String tag = "t" + UUID.randomUUID().toString().substring(0, 8);

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void good_rows_are_inserted_with_every_field_and_the_time_of_the_import() {
		// given
		Instant now = fixClock();
		// when
		DomainImportReport report = importFile(HEADER + """
				%1$s-city.gov,City,"City of %1$s, Township",,Springfield,IL
				%1$s-dept.gov,Federal - Executive,Department of Tests,Office of Fixtures,Washington,DC
				""".formatted(this.tag));
		// then
		assertThat(report).isEqualTo(new DomainImportReport("registry.csv", 2, 2, 0, 0, java.util.List.of()));
		assertThat(this.domains.find(this.tag + "-city.gov")).contains(new OfficialDomainView(this.tag + "-city.gov",
				"City of " + this.tag + ", Township", null, "City", "Springfield", "IL", "dotgov", now, now));
		assertThat(this.domains.find(this.tag.toUpperCase(java.util.Locale.ROOT) + "-DEPT.gov").orElseThrow().owner())
			.isEqualTo("Department of Tests, Office of Fixtures");
	}

	@Test
	void bad_rows_are_reported_with_their_lines_and_the_good_rows_imported() {
		// when
		DomainImportReport report = importFile(HEADER + """
				%1$s-good.gov,City,Good City,,Goodtown,WA
				,City,No Domain,,Nowhere,WA
				%1$s.example.com,City,Not Dot Gov,,Elsewhere,WA
				%1$s-space.gov,Federal - Space,Space Annex,,Orbit,FL
				%1$s-good.gov,County,Good County,,Goodtown,WA
				""".formatted(this.tag));
		// then
		assertThat(report.read()).isEqualTo(5);
		assertThat(report.inserted()).isEqualTo(1);
		assertThat(report.badRows()).extracting(BadRow::line).containsExactly(3L, 4L, 5L, 6L);
		assertThat(report.badRows()).extracting(BadRow::reason)
			.containsExactly("missing domain name",
					"'" + this.tag + ".example.com' is not a .gov domain name (expected a name such as example.gov)",
					"unknown domain type 'Federal - Space'", "duplicate of line 2 (" + this.tag + "-good.gov)");
		assertThat(this.domains.find(this.tag + "-good.gov").orElseThrow().domainType()).isEqualTo("City");
	}

	@Test
	void importing_the_same_file_again_changes_no_domain() {
		// given
		String file = HEADER + "%1$s-a.gov,City,A City,,A,WA\n%1$s-b.gov,County,B County,,B,WA\n".formatted(this.tag);
		Instant first = fixClock();
		importFile(file);
		OfficialDomainView before = this.domains.find(this.tag + "-a.gov").orElseThrow();
		this.clock.shiftBy(Duration.ofDays(1));
		// when
		DomainImportReport again = importFile(file);
		// then
		assertThat(again.inserted() + again.updated()).isZero();
		assertThat(again.unchanged()).isEqualTo(2);
		OfficialDomainView after = this.domains.find(this.tag + "-a.gov").orElseThrow();
		assertThat(after).usingRecursiveComparison().ignoringFields("lastImported").isEqualTo(before);
		assertThat(after.firstImported()).isEqualTo(first);
		assertThat(after.lastImported()).isEqualTo(first.plus(Duration.ofDays(1)));
	}

	@Test
	void a_changed_row_is_updated_and_keeps_the_time_it_was_first_imported() {
		// given
		Instant first = fixClock();
		importFile(HEADER + "%1$s-a.gov,City,A City,,A,WA\n%1$s-b.gov,County,B County,,B,WA\n".formatted(this.tag));
		this.clock.shiftBy(Duration.ofDays(30));
		// when
		DomainImportReport report = importFile(HEADER
				+ "%1$s-a.gov,City,A City,,A,WA\n%1$s-b.gov,County,B County,Sheriff,Bville,WA\n".formatted(this.tag));
		// then
		assertThat(report.updated()).isEqualTo(1);
		assertThat(report.unchanged()).isEqualTo(1);
		OfficialDomainView updated = this.domains.find(this.tag + "-b.gov").orElseThrow();
		assertThat(updated.suborganisation()).isEqualTo("Sheriff");
		assertThat(updated.city()).isEqualTo("Bville");
		assertThat(updated.firstImported()).isEqualTo(first);
		assertThat(updated.lastImported()).isEqualTo(first.plus(Duration.ofDays(30)));
	}

	@Test
	void an_import_is_audited_with_its_counts() {
		// given
		var audit = AuditAssertions.mark(this.trail);
		// when
		importFile(HEADER + "%1$s-a.gov,City,A City,,A,WA\n%1$s-b.gov,Galaxy,B,,B,WA\n".formatted(this.tag));
		// then
		audit.expect(AuditAction.OFFICIAL_DOMAINS_IMPORTED)
			.actor("alex.admin@contoso-cloud.example")
			.subject("official-domains:dotgov")
			.detail("file", "registry.csv")
			.detail("read", "2")
			.detail("inserted", "1")
			.detail("updated", "0")
			.detail("unchanged", "0")
			.detail("bad", "1")
			.assertRecorded();
	}

	@Test
	void a_file_that_breaks_off_in_an_open_quote_imports_nothing_not_even_its_first_rows() {
		// given
		var audit = AuditAssertions.mark(this.trail);
		String file = HEADER + "%1$s-a.gov,City,A City,,A,WA\n%1$s-b.gov,City,\"B City,,B,WA\n".formatted(this.tag);
		// when / then
		assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> importFile(file))
			.satisfies(ex -> assertThat(ex.field()).isEqualTo("file"));
		assertThat(this.domains.find(this.tag + "-a.gov")).isEmpty();
		audit.expect(AuditAction.OFFICIAL_DOMAINS_IMPORTED).assertNotRecorded();
	}

	@Test
	void the_search_finds_domains_by_any_part_of_their_name_or_owner_one_page_at_a_time() {
		// given
		StringBuilder file = new StringBuilder(HEADER);
		for (int i = 0; i < 7; i++) {
			file.append("%s-%d.gov,City,City %d of %s,,Pagetown,WA\n".formatted(this.tag, i, i, this.tag));
		}
		importFile(file.toString());
		// when
		OfficialDomainPage second = this.domains.search(this.tag.toUpperCase(java.util.Locale.ROOT), 2, 3);
		// then
		assertThat(second.total()).isEqualTo(7);
		assertThat(second.pages()).isEqualTo(3);
		assertThat(second.domains()).extracting(OfficialDomainView::domain)
			.containsExactly(this.tag + "-3.gov", this.tag + "-4.gov", this.tag + "-5.gov");
		assertThat(second.firstShown()).isEqualTo(4);
		assertThat(this.domains.search("100%_" + this.tag, 1, 10).total()).isZero();
	}

	private Instant fixClock() {
		Instant now = Instant.parse("2026-09-01T10:15:30.123456789Z");
		this.clock.fixAt(now);
		return now.truncatedTo(ChronoUnit.MICROS);
	}

	private DomainImportReport importFile(String csv) {
		InputStream in = new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
		return this.domains.importDotgov(in, "registry.csv", "alex.admin@contoso-cloud.example");
	}

}
