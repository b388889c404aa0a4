package dev.writ.agency.internal.vetting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import dev.writ.agency.Agencies;
import dev.writ.agency.AgencyRegistered;
import dev.writ.agency.DomainVetting;
import dev.writ.agency.DomainsImported;
import dev.writ.agency.VettedDomain;
import dev.writ.agency.internal.domains.OfficialDomainStore;

import org.jspecify.annotations.Nullable;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Domain vetting against the registry as the database holds it. The agencies' verified
 * domains and the candidate official domains are read into a {@link DomainVetter} on
 * first use and read again after an agency registers or an import commits, and at the
 * latest every {@link #MAX_AGE} (for changes made by another instance or by hand).
 */
@Service
class DomainVettingService implements DomainVetting {

	static final Duration MAX_AGE = Duration.ofMinutes(5);

	private final Agencies agencies;

	private final OfficialDomainStore officialDomains;

	private final Clock clock;

	private final FreeMailProviders freeMail = FreeMailProviders.standard();

	private final AtomicLong changes = new AtomicLong();

	private volatile @Nullable Snapshot snapshot;

	DomainVettingService(Agencies agencies, OfficialDomainStore officialDomains, Clock clock) {
		this.agencies = agencies;
		this.officialDomains = officialDomains;
		this.clock = clock;
	}

	@Override
	public VettedDomain vet(String addressOrDomain) {
		return current().vetter().vet(addressOrDomain);
	}

	@EventListener
	void on(AgencyRegistered registered) {
		afterCommit();
	}

	@EventListener
	void on(DomainsImported imported) {
		afterCommit();
	}

	private Snapshot current() {
		Snapshot known = this.snapshot;
		if (isFresh(known)) {
			return known;
		}
		synchronized (this) {
			known = this.snapshot;
			if (!isFresh(known)) {
				// Count first: a change committed while reading makes the next call read
				// again.
				long changesSoFar = this.changes.get();
				known = new Snapshot(new DomainVetter(this.agencies.all(), this.officialDomains.all(), this.freeMail),
						changesSoFar, this.clock.instant());
				this.snapshot = known;
			}
			return known;
		}
	}

	private boolean isFresh(@Nullable Snapshot known) {
		return known != null && known.changes() == this.changes.get()
				&& !known.takenAt().plus(MAX_AGE).isBefore(this.clock.instant());
	}

	/** The change is visible to a new read only once its transaction has committed. */
	private void afterCommit() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			this.changes.incrementAndGet();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				DomainVettingService.this.changes.incrementAndGet();
			}
		});
	}

	private record Snapshot(DomainVetter vetter, long changes, Instant takenAt) {

	}

}
