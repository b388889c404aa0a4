package dev.writ.intake.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.writ.intake.DemandIntake;
import dev.writ.intake.DemandQueries;
import dev.writ.intake.DemandReceipt;
import dev.writ.intake.DemandReceived;
import dev.writ.intake.DemandSummary;
import dev.writ.intake.SubmitDemand;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class IntakeService implements DemandIntake, DemandQueries {

	private final DemandRepository demands;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ZoneId legalZone;

	IntakeService(DemandRepository demands, ApplicationEventPublisher events, Clock clock,
			@Value("${writ.provider.legal-time-zone:America/Los_Angeles}") ZoneId legalZone) {
		this.demands = demands;
		this.events = events;
		this.clock = clock;
		this.legalZone = legalZone;
	}

	@Override
	@Transactional
	public DemandReceipt receive(SubmitDemand command) {
		SubmitDemandValidation.check(command);
		Instant now = this.clock.instant();
		LocalDate receivedOn = LocalDate.ofInstant(now, this.legalZone);
		String reference = DemandReference.format(receivedOn.getYear(), this.demands.nextReferenceNumber());
		Demand demand = this.demands.save(Demand.receive(command, reference, now, receivedOn));
		this.events.publishEvent(new DemandReceived(demand.id(), reference, command.agencyId(),
				command.process().type(), command.process().nondisclosureOrder(), command.actor()));
		return new DemandReceipt(demand.id(), reference, now);
	}

	@Override
	@Transactional(readOnly = true)
	public List<DemandSummary> forAgency(UUID agencyId) {
		return this.demands.findByAgency(agencyId).stream().map(Demand::summary).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<DemandSummary> open() {
		return this.demands.findOpen().stream().map(Demand::summary).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<DemandSummary> byReference(String reference) {
		return this.demands.findByReference(reference).map(Demand::summary);
	}

}
