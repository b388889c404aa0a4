package dev.writ.review.internal;

import java.time.Instant;

import dev.writ.review.CaseAction;
import dev.writ.review.CaseCommand;
import dev.writ.review.CaseState;
import dev.writ.review.Reviewer;
import dev.writ.review.StatutoryClock;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ends preservation cases whose hold has run its 90 (or, extended, 180) days: the case
 * moves to "hold expired" as the system, in the audit trail like any other step. It runs
 * at start-up and every hour; the account directory's own holds end on their date.
 */
@Component
class HoldExpiry {

	private final ReviewCaseRepository cases;

	private final StatutoryClock clock;

	HoldExpiry(ReviewCaseRepository cases, StatutoryClock clock) {
		this.cases = cases;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Scheduled(cron = "${writ.review.hold-expiry-cron:0 5 * * * *}")
	@Transactional
	public int expireDueHolds() {
		Instant now = this.clock.now();
		int expired = 0;
		for (ReviewCase reviewCase : this.cases.findOpen()) {
			boolean held = reviewCase.state() == CaseState.HOLD_PLACED || reviewCase.state() == CaseState.HOLD_EXTENDED;
			Instant due = reviewCase.due(this.clock);
			if (held && due != null && !now.isBefore(due)) {
				reviewCase.apply(
						new CaseCommand(reviewCase.reference(), reviewCase.version(), CaseAction.EXPIRE_HOLD,
								Reviewer.SYSTEM, "the preservation period ended on " + due, null, null),
						DecisionContext.none(this.clock.today()), now);
				this.cases.save(reviewCase);
				expired++;
			}
		}
		return expired;
	}

}
