package dev.writ.review.internal;

import java.util.Optional;

import dev.writ.identity.Role;
import dev.writ.intake.DeficiencyNoticeSent;
import dev.writ.intake.DemandDetail;
import dev.writ.intake.DemandHeldForVerification;
import dev.writ.intake.DemandQueries;
import dev.writ.intake.DemandReceived;
import dev.writ.intake.DemandResubmitted;
import dev.writ.intake.DemandWithdrawn;
import dev.writ.review.CaseAction;
import dev.writ.review.CaseAction.Track;
import dev.writ.review.CaseActionRefused;
import dev.writ.review.CaseCommand;
import dev.writ.review.CaseState;
import dev.writ.review.FourEyesRule;
import dev.writ.review.Reviewer;
import dev.writ.review.StatutoryClock;
import dev.writ.shared.legal.ProcessType;
import dev.writ.shared.validation.InvalidInput;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Follows intake: opens a case for each demand received and moves it when the requester
 * corrects or withdraws the demand, or intake sends a notice or holds it. It listens in
 * intake's own transaction, in the order intake publishes, so a demand never exists
 * without its case; a step the lifecycle refuses (withdrawing a demand in production)
 * refuses intake's change too.
 */
@Component
class IntakeFollower {

	private final ReviewCaseRepository cases;

	private final DemandQueries demands;

	private final ApplicationEventPublisher events;

	private final StatutoryClock clock;

	IntakeFollower(ReviewCaseRepository cases, DemandQueries demands, ApplicationEventPublisher events,
			StatutoryClock clock) {
		this.cases = cases;
		this.demands = demands;
		this.events = events;
		this.clock = clock;
	}

	@EventListener
	void on(DemandReceived received) {
		if (this.cases.existsByDemandId(received.demandId())) {
			return;
		}
		DemandDetail detail = this.demands.detail(received.reference())
			.orElseThrow(() -> new IllegalStateException("demand " + received.reference() + " is not readable"));
		boolean emergency = FourEyesRule.emergency(received.processType(),
				detail.process().crossBorder().euEmergency());
		Track track = (received.processType() == ProcessType.PRESERVATION_REQUEST) ? Track.PRESERVATION
				: Track.DISCLOSURE;
		CaseState state = switch (received.status()) {
			case DEFICIENT -> CaseState.DEFICIENCY_SENT;
			case HELD_FOR_VERIFICATION -> CaseState.HELD_FOR_VERIFICATION;
			default -> CaseState.RECEIVED;
		};
		this.cases.save(ReviewCase.open(new Opening(received.demandId(), received.reference(),
				received.processType().code(), detail.process().issuance().issuingJurisdiction(), track, emergency,
				FourEyesRule.applies(emergency, detail.dataRequested()), detail.receivedAt(), detail.deadline(), state,
				received.actor()), this.clock.now()));
	}

	@EventListener
	void on(DemandResubmitted resubmitted) {
		follow(resubmitted.reference(), CaseAction.RESUBMIT, resubmitted.actor(),
				"revision " + resubmitted.revision() + " submitted");
	}

	@EventListener
	void on(DeficiencyNoticeSent notice) {
		follow(notice.reference(), CaseAction.SEND_DEFICIENCY_NOTICE, notice.actor(),
				"deficiency notice: " + notice.codes());
	}

	@EventListener
	void on(DemandHeldForVerification held) {
		follow(held.reference(), CaseAction.HOLD_FOR_VERIFICATION, held.actor(), held.reason());
	}

	@EventListener
	void on(DemandWithdrawn withdrawn) {
		follow(withdrawn.reference(), CaseAction.WITHDRAW, withdrawn.actor(), "withdrawn by the requester");
	}

	/**
	 * A notice or hold announced with the demand itself is where the case opened: only
	 * later ones move it.
	 */
	private void follow(String reference, CaseAction action, String actor, String reason) {
		Optional<ReviewCase> found = this.cases.findByDemandReference(reference);
		if (found.isEmpty() || alreadyThere(found.get().state(), action)) {
			return;
		}
		ReviewCase reviewCase = found.get();
		CaseCommand command = new CaseCommand(reference, reviewCase.version(), action,
				new Reviewer(actor, Role.OFFICER), reason, null, null);
		try {
			reviewCase.apply(command, DecisionContext.none(this.clock.today()), this.clock.now());
		}
		catch (InvalidInput refused) {
			this.events.publishEvent(new CaseActionRefused(reference, action.name(), reviewCase.state().name(), actor,
					refused.problem()));
			throw new InvalidInput("reference", "demand " + reference + " is "
					+ reviewCase.state().name().toLowerCase().replace('_', ' ') + " in review: " + refused.problem());
		}
		this.cases.save(reviewCase);
	}

	private static boolean alreadyThere(CaseState state, CaseAction action) {
		return (action == CaseAction.SEND_DEFICIENCY_NOTICE && state == CaseState.DEFICIENCY_SENT)
				|| (action == CaseAction.HOLD_FOR_VERIFICATION && state == CaseState.HELD_FOR_VERIFICATION);
	}

}
