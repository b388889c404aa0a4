package dev.writ.agency.internal;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import dev.writ.agency.Agencies;
import dev.writ.agency.AgencyRegistered;
import dev.writ.agency.AgencyView;
import dev.writ.agency.NewAgency;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AgencyRegistry implements Agencies {

	private final AgencyRepository agencies;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AgencyRegistry(AgencyRepository agencies, ApplicationEventPublisher events, Clock clock) {
		this.agencies = agencies;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional
	public AgencyView register(NewAgency agency, String actor) {
		NewAgencyValidation.check(agency);
		Agency saved = this.agencies.save(Agency.register(normalised(agency), this.clock.instant()));
		this.events.publishEvent(new AgencyRegistered(saved.id(), agency.name(), agency.country(), actor));
		return saved.view();
	}

	private static NewAgency normalised(NewAgency agency) {
		List<String> domains = agency.domains()
			.stream()
			.map(d -> d.trim().toLowerCase(Locale.ROOT))
			.distinct()
			.toList();
		return new NewAgency(agency.name(), agency.kind(), agency.country().toUpperCase(Locale.ROOT), agency.region(),
				agency.level(), domains, agency.switchboardPhone(), agency.switchboardSource(), agency.timeZone(),
				agency.instrumentPowers());
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<AgencyView> find(UUID id) {
		return this.agencies.findById(id).map(Agency::view);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<AgencyView> byDomain(String domain) {
		return this.agencies.findByDomain(domain.toLowerCase(Locale.ROOT)).map(Agency::view);
	}

	@Override
	@Transactional(readOnly = true)
	public List<AgencyView> all() {
		return this.agencies.findAllOrdered().stream().map(Agency::view).toList();
	}

}
