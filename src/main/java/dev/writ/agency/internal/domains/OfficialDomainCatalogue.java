package dev.writ.agency.internal.domains;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import dev.writ.agency.DomainImportReport;
import dev.writ.agency.DomainsImported;
import dev.writ.agency.OfficialDomainPage;
import dev.writ.agency.OfficialDomainView;
import dev.writ.agency.OfficialDomains;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class OfficialDomainCatalogue implements OfficialDomains {

	static final int MAX_PAGE_SIZE = 200;

	private final OfficialDomainStore store;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	OfficialDomainCatalogue(OfficialDomainStore store, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional
	public DomainImportReport importDotgov(InputStream csv, String fileName, String actor) {
		// Microseconds: what PostgreSQL keeps, so a stored time compares equal to this
		// one.
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		ImportTally tally = new ImportTally(this.store.contents(), this.store, now);
		DotgovCsv.read(csv, tally);
		DomainImportReport report = tally.finish(fileName);
		this.events.publishEvent(new DomainsImported(OfficialDomainStore.SOURCE, report, actor));
		return report;
	}

	@Override
	@Transactional(readOnly = true)
	public OfficialDomainPage search(String query, int page, int pageSize) {
		int size = Math.clamp(pageSize, 1, MAX_PAGE_SIZE);
		return this.store.search(query, Math.max(1, page), size);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<OfficialDomainView> find(String domain) {
		return this.store.find(domain);
	}

}
