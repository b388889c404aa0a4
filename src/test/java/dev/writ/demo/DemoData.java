package dev.writ.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import dev.writ.agency.Agencies;
import dev.writ.agency.AgencyView;
import dev.writ.agency.NewAgency;
import dev.writ.identity.NewUser;
import dev.writ.identity.UserAccounts;
import dev.writ.identity.UserView;
import dev.writ.intake.DemandIntake;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo once (agencies, users, a few demands) and prints the demo logins at
 * every start.
 */
@Component
@Profile("demo")
@ConditionalOnBooleanProperty(name = "writ.command-line", havingValue = false, matchIfMissing = true)
class DemoData {

	static final String SEEDER = "system:demo-seed";

	private final Agencies agencies;

	private final UserAccounts users;

	private final DemandIntake intake;

	private final Clock clock;

	DemoData(Agencies agencies, UserAccounts users, DemandIntake intake, Clock clock) {
		this.agencies = agencies;
		this.users = users;
		this.intake = intake;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(0)
	void seed() {
		if (this.users.byUsername(DemoLogin.ADMIN.username()).isEmpty()) {
			Map<NewAgency, AgencyView> registered = new HashMap<>();
			DemoAgencies.ALL.forEach(agency -> registered.put(agency, this.agencies.register(agency, SEEDER)));
			DemoLogin.ALL.forEach(login -> createUser(login, registered));
			DemoDemands.all(registered, this.users, LocalDate.now(this.clock)).forEach(this.intake::receive);
		}
	}

	private UserView createUser(DemoLogin login, Map<NewAgency, AgencyView> agencies) {
		UUID agencyId = (login.agency() != null) ? agencies.get(login.agency()).id() : null;
		return this.users.create(new NewUser(login.username(), login.displayName(), DemoLogin.PASSWORD, login.role(),
				agencyId, DemoSecrets.secretFor(login.username())), SEEDER);
	}

}
