package dev.writ.demo;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.writ.agency.Agencies;
import dev.writ.agency.AgencyView;
import dev.writ.agency.NewAgency;
import dev.writ.directory.AccountDirectory;
import dev.writ.directory.AccountFacts;
import dev.writ.identity.UserAccounts;
import dev.writ.intake.NamedTarget;
import dev.writ.testing.WritIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's demands name accounts the demo directory knows: the account directory and
 * the demo data tell one story.
 */
@WritIntegrationTest
class DemoDemandsDirectoryIntegrationTests {

	@Autowired
	AccountDirectory directory;

	@Autowired
	Agencies agencies;

	@Autowired
	UserAccounts users;

	@Test
	void every_target_of_the_demo_demands_is_an_account_the_demo_directory_knows() {
		// given
		List<NamedTarget> targets = DemoDemands
			.all(registeredAgencies(), this.users, java.time.LocalDate.of(2026, 11, 22))
			.stream()
			.flatMap(demand -> demand.targets().stream())
			.toList();
		// when / then
		assertThat(targets).isNotEmpty();
		assertThat(targets).allSatisfy(
				target -> assertThat(this.directory.lookup(target.identifier(), target.type())).as(target.identifier())
					.extracting(AccountFacts::exists)
					.isEqualTo(true));
	}

	private Map<NewAgency, AgencyView> registeredAgencies() {
		return DemoAgencies.ALL.stream()
			.collect(java.util.stream.Collectors.toMap(Function.identity(),
					agency -> this.agencies.byDomain(agency.domains().get(0)).orElseThrow()));
	}

}
