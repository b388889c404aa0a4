package dev.writ.agency;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import dev.writ.shared.legal.GovernmentLevel;
import dev.writ.shared.legal.RequesterKind;
import dev.writ.testing.WritIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Domain vetting inside the application: it reads the registry from the database and sees
 * a new agency or a new import as soon as it is committed.
 */
@WritIntegrationTest
class DomainVettingIntegrationTests {

	@Autowired
	DomainVetting vetting;

	@Autowired
	Agencies agencies;

	@Autowired
	OfficialDomains officialDomains;

	final String tag = "v" + UUID.randomUUID().toString().substring(0, 8);

	@Test
	void the_demo_fbi_domain_is_known_and_a_look_alike_of_it_is_caught() {
		// when
		VettedDomain known = this.vetting.vet("a.rivera@fbi.gov");
		VettedDomain lookalike = this.vetting.vet("a.rivera@fbl.gov");
		// then
		assertThat(known.verdict()).isEqualTo(DomainVerdict.KNOWN_AGENCY);
		assertThat(known.agency().name()).isEqualTo("FBI Seattle Field Office");
		assertThat(lookalike.verdict()).isEqualTo(DomainVerdict.LOOKALIKE);
		assertThat(lookalike.agency()).isEqualTo(known.agency());
	}

	@Test
	void an_imported_domain_is_a_candidate_as_soon_as_the_import_is_done() {
		// given
		String domain = this.tag + "-police.gov";
		assertThat(this.vetting.vet(domain).verdict()).isEqualTo(DomainVerdict.UNKNOWN);
		// when
		this.officialDomains.importDotgov(new ByteArrayInputStream(
				("Domain name,Domain type,Organization name\n" + domain + ",City,Town of " + this.tag + "\n")
					.getBytes(StandardCharsets.UTF_8)),
				"registry.csv", "test");
		// then
		VettedDomain vetted = this.vetting.vet("chief@" + domain);
		assertThat(vetted.verdict()).isEqualTo(DomainVerdict.CANDIDATE_OFFICIAL);
		assertThat(vetted.organisation()).isEqualTo("Town of " + this.tag);
	}

	@Test
	void a_newly_registered_agency_domain_is_known_as_soon_as_the_agency_is_registered() {
		// given
		String domain = this.tag + "-sheriff.example.org";
		assertThat(this.vetting.vet(domain).verdict()).isEqualTo(DomainVerdict.UNKNOWN);
		// when
		AgencyView agency = this.agencies.register(
				new NewAgency("Sheriff " + this.tag, RequesterKind.LAW_ENFORCEMENT, "US", "OR", GovernmentLevel.LOCAL,
						List.of(domain), null, null, ZoneId.of("America/Los_Angeles"), List.of()),
				"test");
		// then
		VettedDomain vetted = this.vetting.vet("deputy@" + domain);
		assertThat(vetted.verdict()).isEqualTo(DomainVerdict.KNOWN_AGENCY);
		assertThat(vetted.agency()).isEqualTo(agency);
	}

}
