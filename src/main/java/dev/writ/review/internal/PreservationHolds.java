package dev.writ.review.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import dev.writ.directory.AccountDirectory;
import dev.writ.directory.LegalHold;
import dev.writ.directory.NewHold;
import dev.writ.intake.DemandDetail;
import dev.writ.intake.DemandQueries;
import dev.writ.intake.Target;
import dev.writ.review.CaseState;
import dev.writ.review.CaseTransitioned;
import dev.writ.review.StatutoryClock;
import dev.writ.shared.legal.IdentifierType;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the account directory's legal holds in step with a preservation case: placing the
 * hold preserves every account the request names (for 90 days, 18 U.S.C. 2703(f)(2)),
 * extending it adds another 90 days from placement, releasing it ends them. It runs in
 * the transaction of the transition, so a case never says "held" while the accounts are
 * not. A converted hold stays in force: the follow-up process needs the data preserved.
 */
@Component
class PreservationHolds {

	private final AccountDirectory directory;

	private final DemandQueries demands;

	private final Clock clock;

	private final ZoneId legalZone;

	PreservationHolds(AccountDirectory directory, DemandQueries demands, Clock clock,
			@Value("${writ.provider.legal-time-zone:America/Los_Angeles}") ZoneId legalZone) {
		this.directory = directory;
		this.demands = demands;
		this.clock = clock;
		this.legalZone = legalZone;
	}

	@EventListener
	void on(CaseTransitioned transition) {
		if (transition.to() == CaseState.HOLD_PLACED) {
			place(transition);
		}
		else if (transition.to() == CaseState.HOLD_EXTENDED) {
			holdsOf(transition.reference()).forEach(hold -> this.directory.extendHold(hold.id(),
					hold.placedOn().plus(StatutoryClock.PRESERVATION_PERIOD).plus(StatutoryClock.PRESERVATION_PERIOD),
					transition.actor()));
		}
		else if (transition.to() == CaseState.HOLD_RELEASED) {
			holdsOf(transition.reference())
				.forEach(hold -> this.directory.releaseHold(hold.id(), transition.reason(), transition.actor()));
		}
	}

	private void place(CaseTransitioned transition) {
		DemandDetail demand = this.demands.detail(transition.reference()).orElseThrow();
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), this.legalZone);
		for (Target target : demand.targets()) {
			if (namesAnAccount(target)) {
				this.directory.placeHold(new NewHold(target.identifier(), target.identifierType(), demand.reference(),
						today.plus(StatutoryClock.PRESERVATION_PERIOD), transition.actor()));
			}
		}
	}

	private List<LegalHold> holdsOf(String reference) {
		DemandDetail demand = this.demands.detail(reference).orElseThrow();
		return demand.targets()
			.stream()
			.flatMap(target -> this.directory.holdsOn(target.identifier()).stream())
			.filter(hold -> hold.demandReference().equals(reference) && hold.status().inForce())
			.toList();
	}

	/**
	 * Queries and criteria name no account; an account the directory does not know has
	 * nothing to hold.
	 */
	private static boolean namesAnAccount(Target target) {
		boolean selector = target.identifierType() == IdentifierType.QUERY
				|| target.identifierType() == IdentifierType.CRITERIA;
		return !selector && target.account() != null && target.account().exists();
	}

}
