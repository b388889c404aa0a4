package dev.writ.review.internal;

import java.time.LocalDate;

import dev.writ.intake.AssessmentSummary;
import dev.writ.intake.DemandDetail;
import dev.writ.intake.Target;
import dev.writ.review.ApprovalScope;
import dev.writ.review.CounselOverride;
import dev.writ.review.ScopeRule.Bounds;
import dev.writ.rules.Outcome;
import dev.writ.secrecy.NoticeEmbargo;
import dev.writ.shared.legal.Coded;
import dev.writ.shared.legal.DataCategory;

/**
 * What the rules of decision need to know about the demand behind a case.
 *
 * @param blockingFinding whether the engine's assessment has a blocking finding
 * @param bounds what the demand asked and what the engine allows
 * @param embargo whether the customer may be told of the demand today
 * @param receivedOn the day the demand was served
 * @param today today in the legal time zone
 */
record DecisionContext(boolean blockingFinding, Bounds bounds, NoticeEmbargo embargo, LocalDate receivedOn,
		LocalDate today) {

	/** For steps the requester takes through intake: nothing to decide. */
	static DecisionContext none(LocalDate today) {
		return new DecisionContext(false, new Bounds(ApprovalScope.nothing(), ApprovalScope.nothing()),
				new NoticeEmbargo.None(), today, today);
	}

	static DecisionContext of(DemandDetail demand, NoticeEmbargo embargo, LocalDate receivedOn, LocalDate today) {
		return new DecisionContext(!CounselOverride.blocking(demand.assessment()).isEmpty(), bounds(demand), embargo,
				receivedOn, today);
	}

	/** What the demand asked for, and the part of it the engine would release. */
	static Bounds bounds(DemandDetail demand) {
		var period = demand.process().dateRange();
		ApprovalScope asked = new ApprovalScope(demand.targets().stream().map(Target::identifier).toList(),
				demand.dataRequested(), (period != null) ? period.from() : null, (period != null) ? period.to() : null);
		return new Bounds(asked, engine(demand.assessment(), asked));
	}

	private static ApprovalScope engine(AssessmentSummary assessment, ApprovalScope asked) {
		if (!Coded.find(Outcome.class, assessment.outcome()).map(Outcome::releasesData).orElse(false)) {
			return ApprovalScope.nothing();
		}
		var accounts = assessment.perTarget().isEmpty() ? asked.accounts()
				: assessment.perTarget()
					.stream()
					.filter(t -> Coded.find(Outcome.class, t.outcome()).map(Outcome::releasesData).orElse(false))
					.map(AssessmentSummary.TargetLine::identifier)
					.toList();
		var categories = assessment.dataToRelease()
			.stream()
			.flatMap(code -> Coded.find(DataCategory.class, code).stream())
			.toList();
		AssessmentSummary.Period period = assessment.releasePeriod();
		return new ApprovalScope(accounts, categories, (period != null) ? period.from() : asked.from(),
				(period != null) ? period.to() : asked.to());
	}

}
