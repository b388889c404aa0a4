package dev.writ.review.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dev.writ.identity.Role;
import dev.writ.identity.UserAccounts;
import dev.writ.intake.DemandDetail;
import dev.writ.intake.DemandOutcomes;
import dev.writ.intake.DemandQueries;
import dev.writ.review.CaseActionRefused;
import dev.writ.review.CaseChangedElsewhere;
import dev.writ.review.CaseCommand;
import dev.writ.review.CaseReview;
import dev.writ.review.CaseState;
import dev.writ.review.CaseView;
import dev.writ.review.DecisionRefused;
import dev.writ.review.QueueFilter;
import dev.writ.review.Reviewer;
import dev.writ.review.ScopeRule;
import dev.writ.review.StatutoryClock;
import dev.writ.secrecy.NoticeEmbargo;
import dev.writ.secrecy.SecrecyOrders;
import dev.writ.shared.validation.InvalidInput;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class CaseReviewService implements CaseReview {

	private final ReviewCaseRepository cases;

	private final DemandQueries demands;

	private final UserAccounts users;

	private final ApplicationEventPublisher events;

	private final StatutoryClock clock;

	private final DemandOutcomes outcomes;

	private final SecrecyOrders secrecy;

	@SuppressWarnings("checkstyle:ParameterNumber")
	CaseReviewService(ReviewCaseRepository cases, DemandQueries demands, UserAccounts users,
			ApplicationEventPublisher events, StatutoryClock clock, DemandOutcomes outcomes, SecrecyOrders secrecy) {
		this.cases = cases;
		this.demands = demands;
		this.users = users;
		this.events = events;
		this.clock = clock;
		this.outcomes = outcomes;
		this.secrecy = secrecy;
	}

	@Override
	@Transactional(readOnly = true)
	public List<CaseView> queue(QueueFilter filter) {
		return this.cases.findOpen()
			.stream()
			.map(c -> c.view(this.clock))
			.filter(filter::test)
			.sorted((a, b) -> StatutoryClock.queueOrder().compare(a.queueKey(), b.queueKey()))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<CaseView> find(String reference) {
		return this.cases.findByDemandReference(reference).map(c -> c.view(this.clock));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ScopeRule.Bounds> bounds(String reference) {
		return this.demands.detail(reference).map(DecisionContext::bounds);
	}

	@Override
	@Transactional
	public CaseView assign(String reference, int expectedVersion, String assignee, Reviewer actor, String reason) {
		ReviewCase reviewCase = current(reference, expectedVersion, "ASSIGN", actor);
		try {
			if (!actor.reviews()) {
				throw new DecisionRefused("actor", "only an analyst or counsel may assign cases");
			}
			Role role = this.users.byUsername(assignee)
				.map(user -> user.role())
				.orElseThrow(() -> new InvalidInput("assignee", "no such user: " + assignee));
			InvalidInput.require(role == Role.ANALYST || role == Role.COUNSEL, "assignee",
					assignee + " is not an analyst or counsel");
			reviewCase.assign(assignee, actor, reason, this.clock.now());
		}
		catch (InvalidInput refused) {
			throw refuse(reviewCase, "ASSIGN", actor, refused);
		}
		return save(reviewCase, "ASSIGN", actor);
	}

	@Override
	@Transactional
	public CaseView act(CaseCommand command) {
		ReviewCase reviewCase = current(command.reference(), command.expectedVersion(), command.action().name(),
				command.actor());
		DemandDetail demand = this.demands.detail(command.reference())
			.orElseThrow(() -> new IllegalStateException("demand " + command.reference() + " is not readable"));
		CaseState from = reviewCase.state();
		try {
			if (command.action().origin() != dev.writ.review.CaseAction.Origin.STAFF) {
				throw new DecisionRefused("action", command.action() + " comes from "
						+ command.action().origin().name().toLowerCase() + ", not from a reviewer");
			}
			reviewCase.apply(command, context(demand), this.clock.now());
		}
		catch (InvalidInput refused) {
			throw refuse(reviewCase, command.action().name(), command.actor(), refused);
		}
		CaseView saved = save(reviewCase, command.action().name(), command.actor());
		// after the case is saved, so intake's own events find it where review put it
		RequesterNotices.after(command, from, saved, demand).ifPresent(this.outcomes::record);
		return saved;
	}

	private DecisionContext context(DemandDetail demand) {
		LocalDate today = this.clock.today();
		return DecisionContext.of(demand, embargo(demand, today), this.clock.dayOf(demand.receivedAt()), today);
	}

	/**
	 * The secrecy register's answer once it holds the demand's order (it may have been
	 * lifted since); until then, the order that came with the demand. The register
	 * records orders after intake's transaction commits, and a decision taken in between
	 * must not miss one.
	 */
	private NoticeEmbargo embargo(DemandDetail demand, LocalDate today) {
		if (this.secrecy.forDemand(demand.id()).isPresent()) {
			return this.secrecy.embargoFor(demand.id(), today);
		}
		var order = demand.process().nondisclosureOrder();
		return order.present() ? NoticeEmbargo.ofOrder(order.expires(), today) : new NoticeEmbargo.None();
	}

	private ReviewCase current(String reference, int expectedVersion, String action, Reviewer actor) {
		ReviewCase reviewCase = this.cases.findByDemandReference(reference)
			.orElseThrow(() -> new InvalidInput("reference", "no case for demand " + reference));
		if (reviewCase.version() != expectedVersion) {
			this.events.publishEvent(new CaseActionRefused(reference, action, reviewCase.state().name(),
					actor.username(), "changed by someone else"));
			throw new CaseChangedElsewhere(reference);
		}
		return reviewCase;
	}

	private InvalidInput refuse(ReviewCase reviewCase, String action, Reviewer actor, InvalidInput refused) {
		this.events.publishEvent(new CaseActionRefused(reviewCase.reference(), action, reviewCase.state().name(),
				actor.username(), refused.problem()));
		return refused;
	}

	private CaseView save(ReviewCase reviewCase, String action, Reviewer actor) {
		try {
			return this.cases.save(reviewCase).view(this.clock);
		}
		catch (OptimisticLockingFailureException ex) {
			this.events.publishEvent(new CaseActionRefused(reviewCase.reference(), action, reviewCase.state().name(),
					actor.username(), "changed by someone else"));
			throw new CaseChangedElsewhere(reviewCase.reference(), ex);
		}
	}

}
