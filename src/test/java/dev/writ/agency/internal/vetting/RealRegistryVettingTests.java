package dev.writ.agency.internal.vetting;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import dev.writ.agency.DomainImportReport.BadRow;
import dev.writ.agency.DomainVerdict;
import dev.writ.agency.OfficialDomainView;
import dev.writ.agency.internal.domains.DotgovCsv;
import dev.writ.agency.internal.domains.DotgovRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Vetting against the whole .gov registry (16,539 domains), when
 * {@code ../shared/data/dotgov-domains.csv} is present: the look-alikes are still found
 * among thousands of neighbours, and ordinary domains are not mistaken for look-alikes.
 */
class RealRegistryVettingTests {

	static final Path REGISTRY = Path.of("../shared/data/dotgov-domains.csv");

	static List<OfficialDomainView> candidates;

	static DomainVetter vetting;

	@BeforeAll
	static void readTheRegistry() throws IOException {
		assumeTrue(Files.isReadable(REGISTRY), "skipped: the .gov registry " + REGISTRY.toAbsolutePath()
				+ " is absent (see ../shared/data/README.md)");
		candidates = read(REGISTRY);
		vetting = new DomainVetter(List.of(VettingFixture.FBI, VettingFixture.STATE_PATROL, VettingFixture.LKA_BERLIN),
				candidates, FreeMailProviders.standard());
	}

	@Test
	void every_domain_of_the_registry_is_a_candidate_or_known() {
		// when / then
		assertThat(candidates).hasSize(16_539);
		assertThat(candidates).allSatisfy(
				candidate -> assertThat(vetting.vet(candidate.domain()).isOfficial()).as(candidate.domain()).isTrue());
	}

	@ParameterizedTest(name = "{0} imitates {1}")
	@CsvSource({ "fbl.gov, fbi.gov", "fbi-gov.com, fbi.gov", "fbi.gov.evil.example, fbi.gov", "xn--fb-ioc.gov, fbi.gov",
			"wsp-wa.gov, wsp.wa.gov", "irs-gov.net, irs.gov", "seattle.com, seattle.gov",
			"chattanoga.gov, chattanooga.gov" })
	void look_alikes_are_found_among_all_the_neighbours(String domain, String official) {
		// when / then
		assertThat(vetting.vet(domain)).satisfies(vetted -> {
			assertThat(vetted.verdict()).isEqualTo(DomainVerdict.LOOKALIKE);
			assertThat(vetted.officialDomain()).isEqualTo(official);
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "google.com", "microsoft.com", "amazon.com", "apple.com", "github.com", "wikipedia.org",
			"bbc.co.uk", "harvard.edu", "washington.edu", "comcast.net", "verizon.net", "nypd.org", "lapdonline.org",
			"met.police.uk", "police.nsw.gov.au", "rcmp-grc.gc.ca", "bka.de", "europol.europa.eu", "interpol.int",
			"contoso-cloud.example", "ca.com", "in.com" })
	void ordinary_and_foreign_domains_are_not_taken_for_look_alikes(String domain) {
		// when / then
		assertThat(vetting.vet(domain).verdict()).isEqualTo(DomainVerdict.UNKNOWN);
	}

	@Test
	void the_index_finds_every_registry_name_within_reach_of_a_typo_as_comparing_all_would() {
		// given one- and two-letter typos of registry names, in letters that fold to
		// themselves, of names without hyphens (so no typo embeds a name: x-nj.gov)
		List<String> domains = candidates.stream().map(OfficialDomainView::domain).toList();
		List<String> plain = domains.stream().filter(domain -> !domain.contains("-")).toList();
		LookalikeIndex index = new LookalikeIndex(List.of(), domains);
		BoundedLevenshtein levenshtein = new BoundedLevenshtein();
		Random random = new Random(16539);
		Set<String> official = new HashSet<>(domains);
		List<String[]> skeletons = domains.stream()
			.map(domain -> new String[] { domain, Homoglyphs.fold(domain) })
			.toList();
		for (int i = 0; i < 500; i++) {
			String typo = typo(random, plain.get(random.nextInt(plain.size())));
			String folded = Homoglyphs.fold(typo);
			// when
			boolean found = index.resemblance(DomainName.of(typo)).isPresent();
			// then: some skeleton within reach, comparing all of them
			boolean expected = !official.contains(typo) && skeletons.stream()
				.anyMatch(pair -> levenshtein.distance(folded, pair[1], maxEdits(pair[0])) <= maxEdits(pair[0]));
			assertThat(found).as(typo).isEqualTo(expected);
		}
	}

	private static int maxEdits(String domain) {
		return (domain.length() < OfficialName.LENGTH_FOR_TWO_EDITS) ? 1 : 2;
	}

	private static String typo(Random random, String domain) {
		StringBuilder name = new StringBuilder(domain.substring(0, domain.length() - ".gov".length()));
		for (int edit = 0; edit <= random.nextInt(2); edit++) {
			char letter = "abcdefghijklopqstuxyz".charAt(random.nextInt(21));
			int at = random.nextInt(name.length());
			if (random.nextBoolean()) {
				name.setCharAt(at, letter);
			}
			else {
				name.insert(at, letter);
			}
		}
		return name + ".gov";
	}

	static List<OfficialDomainView> read(Path registry) throws IOException {
		List<OfficialDomainView> views = new ArrayList<>();
		try (InputStream csv = Files.newInputStream(registry)) {
			DotgovCsv.read(csv, new DotgovCsv.Rows() {
				@Override
				public void row(long line, DotgovRow row) {
					views.add(new OfficialDomainView(row.domain(), row.organisation(), row.suborganisation(),
							row.domainType(), row.city(), row.state(), "dotgov", Instant.EPOCH, Instant.EPOCH));
				}

				@Override
				public void bad(BadRow bad) {
					throw new AssertionError("the registry has a bad row: " + bad);
				}
			});
		}
		return views;
	}

}
