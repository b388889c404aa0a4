package dev.writ.intake.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.writ.agency.Agencies;
import dev.writ.agency.AgencyView;
import dev.writ.identity.UserAccounts;
import dev.writ.identity.UserView;
import dev.writ.intake.DeficiencyNoticeSent;
import dev.writ.intake.DemandHeldForVerification;
import dev.writ.intake.DemandIntake;
import dev.writ.intake.DemandReceipt;
import dev.writ.intake.DemandReceived;
import dev.writ.intake.DemandResubmitted;
import dev.writ.intake.DemandStatus;
import dev.writ.intake.DemandWithdrawn;
import dev.writ.intake.SubmitDemand;
import dev.writ.intake.internal.DemandRecorder.Recorded;
import dev.writ.shared.validation.InvalidInput;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receiving, correcting and withdrawing demands. Each step is one transaction: a demand
 * is recorded with its documents, its assessment and its audit entries together, or not
 * at all.
 */
@Service
class IntakeService implements DemandIntake {

	private final DemandRepository demands;

	private final RevisionStore revisions;

	private final DemandRecorder recorder;

	private final Agencies agencies;

	private final UserAccounts users;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ZoneId legalZone;

	@SuppressWarnings("checkstyle:ParameterNumber")
	IntakeService(DemandRepository demands, RevisionStore revisions, DemandRecorder recorder, Agencies agencies,
			UserAccounts users, ApplicationEventPublisher events, Clock clock,
			@Value("${writ.provider.legal-time-zone:America/Los_Angeles}") ZoneId legalZone) {
		this.demands = demands;
		this.revisions = revisions;
		this.recorder = recorder;
		this.agencies = agencies;
		this.users = users;
		this.events = events;
		this.clock = clock;
		this.legalZone = legalZone;
	}

	@Override
	@Transactional
	public DemandReceipt receive(SubmitDemand command) {
		Submission submission = submission(command);
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, this.legalZone);
		String reference = DemandReference.format(today.getYear(), this.demands.nextReferenceNumber());
		Recorded recorded = this.recorder.record(submission, reference, now, today);
		Demand demand = this.demands.save(Demand.receive(recorded.version(), reference, now, today));
		keep(demand, recorded, now);
		this.events.publishEvent(new DemandReceived(demand.id(), reference, demand.agencyId(), command.process().type(),
				command.process().nondisclosureOrder(), demand.status(), command.actor()));
		announce(demand, recorded, command.actor());
		return receipt(demand, recorded);
	}

	@Override
	@Transactional
	public DemandReceipt resubmit(String reference, SubmitDemand corrected) {
		Demand demand = ofAgency(reference, corrected.agencyId());
		Submission submission = submission(corrected);
		Instant now = this.clock.instant();
		Recorded recorded = this.recorder.record(submission, reference, now, LocalDate.ofInstant(now, this.legalZone));
		demand.resubmit(recorded.version());
		demand = this.demands.save(demand);
		keep(demand, recorded, now);
		this.events.publishEvent(
				new DemandResubmitted(demand.id(), reference, demand.agencyId(), demand.revision(), corrected.actor()));
		announce(demand, recorded, corrected.actor());
		return receipt(demand, recorded);
	}

	@Override
	@Transactional
	public void withdraw(String reference, UUID agencyId, String actor) {
		Demand demand = ofAgency(reference, agencyId);
		demand.withdraw();
		this.demands.save(demand);
		this.events.publishEvent(new DemandWithdrawn(demand.id(), reference, agencyId, actor));
	}

	private void keep(Demand demand, Recorded recorded, Instant now) {
		this.revisions.add(demand.id(), demand.revision(), now, demand.submittedBy(),
				AssessmentRecords.facts(recorded.facts(), demand.reference()),
				AssessmentRecords.assessment(recorded.assessment(), recorded.facts(), demand.reference()));
		this.revisions.addSignals(demand.id(), demand.revision(), recorded.signals());
	}

	private void announce(Demand demand, Recorded recorded, String actor) {
		if (demand.status() == DemandStatus.DEFICIENT) {
			String codes = Deficiencies.of(recorded.assessment())
				.stream()
				.map(d -> d.code())
				.distinct()
				.collect(Collectors.joining(","));
			this.events.publishEvent(new DeficiencyNoticeSent(demand.id(), demand.reference(), demand.agencyId(),
					demand.revision(), codes, actor));
		}
		if (demand.status() == DemandStatus.HELD_FOR_VERIFICATION) {
			this.events.publishEvent(new DemandHeldForVerification(demand.id(), demand.reference(), demand.agencyId(),
					"emergency request from a sender not yet verified", actor));
		}
	}

	/** A held demand's findings are for staff: the receipt lists none. */
	private static DemandReceipt receipt(Demand demand, Recorded recorded) {
		return new DemandReceipt(demand.id(), demand.reference(), demand.receivedAt(), demand.status(),
				demand.revision(), (demand.status() == DemandStatus.DEFICIENT) ? Deficiencies.of(recorded.assessment())
						: java.util.List.of());
	}

	/**
	 * The command's agency and officer must exist and belong together; an officer acts
	 * only for their own.
	 */
	private Submission submission(SubmitDemand command) {
		SubmitDemandValidation.check(command);
		AgencyView agency = this.agencies.find(command.agencyId())
			.orElseThrow(() -> new InvalidInput("agency", "no such agency"));
		UserView officer = this.users.find(command.officerId())
			.orElseThrow(() -> new InvalidInput("officer", "no such user"));
		if (!command.agencyId().equals(officer.agencyId())) {
			throw new InvalidInput("agency", "the officer does not act for this agency");
		}
		return new Submission(command, agency, officer);
	}

	private Demand ofAgency(String reference, UUID agencyId) {
		return this.demands.findByReference(reference)
			.filter(demand -> demand.agencyId().equals(agencyId))
			.orElseThrow(() -> new InvalidInput("reference", "no demand " + reference + " of your agency"));
	}

}
