package dev.writ.review.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import dev.writ.intake.AssessmentSummary.FindingLine;
import dev.writ.intake.DecisionNotice;
import dev.writ.intake.DecisionNotice.Line;
import dev.writ.intake.DemandDetail;
import dev.writ.intake.DemandStatus;
import dev.writ.review.ApprovalScope;
import dev.writ.review.CaseCommand;
import dev.writ.review.CaseState;
import dev.writ.review.CaseView;
import dev.writ.review.Decision;
import dev.writ.review.RejectionReasons;
import dev.writ.rules.ReasonCode;
import dev.writ.shared.legal.DataCategory;

/**
 * What the requester is told when review decides: which steps reach them, with which
 * status, headline and points. Steps inside review (triage, the first of two approvals,
 * assignment) tell them nothing. The reviewer's reason reaches the requester only where
 * the form says so: a rejection's note, a request for information, an MLAT referral.
 */
final class RequesterNotices {

	private RequesterNotices() {
	}

	static Optional<DecisionNotice> after(CaseCommand command, CaseState from, CaseView now, DemandDetail demand) {
		String reference = command.reference();
		String actor = command.actor().username();
		if (now.state() == CaseState.APPROVED) {
			return Optional.of(accepted(reference, now.decided(), actor));
		}
		return Optional.ofNullable(switch (command.action()) {
			case REJECT -> new DecisionNotice(reference, DemandStatus.REJECTED, "Rejected",
					(from == CaseState.HELD_FOR_VERIFICATION) ? List.of() : reasons(now.decided(), demand),
					command.reason(), actor, null);
			case REQUEST_INFORMATION -> new DecisionNotice(reference, DemandStatus.DEFICIENT, "More information needed",
					List.of(), command.reason(), actor, null);
			case REDIRECT_TO_CUSTOMER -> redirected(reference, (Decision.Redirect) command.decision(), actor);
			case CHALLENGE -> challenged(reference, (Decision.Challenge) command.decision(), actor);
			case RESOLVE_CHALLENGE -> new DecisionNotice(reference, DemandStatus.RECEIVED,
					"Objection resolved: " + ((Decision.ChallengeResolved) command.decision()).outcome().label(),
					List.of(), "The demand is back under review; we will tell you what we decide.", actor, null);
			case ROUTE_TO_MLAT ->
				new DecisionNotice(reference, DemandStatus.ROUTED_TO_MLAT, "Refer to mutual legal assistance",
						findings(demand, "MLAT", "AGREEMENT_"), command.reason(), actor, null);
			default -> null;
		});
	}

	private static DecisionNotice accepted(String reference, CaseView.Decided decided, String actor) {
		ApprovalScope scope = decided.scope();
		List<Line> lines = new ArrayList<>();
		if (scope != null) {
			lines.add(new Line(null, "Accounts: " + String.join(", ", scope.accounts()), null));
			lines.add(new Line(null, "Data: " + String.join(", ",
					scope.categories().stream().map(DataCategory::code).map(code -> code.replace('_', ' ')).toList()),
					null));
			if (scope.hasPeriod()) {
				lines.add(new Line(null, "Period: " + scope.from() + " to " + scope.to(), null));
			}
		}
		String headline = decided.narrowed() ? "Accepted in part" : "Accepted";
		String note = decided.narrowed()
				? "We will produce only what is listed above: the rest of the demand is not produced."
				: "We will produce what is listed above.";
		return new DecisionNotice(reference, DemandStatus.ACCEPTED, headline, lines,
				note + " The production reaches you through this portal.", actor, null);
	}

	private static List<Line> reasons(CaseView.Decided decided, DemandDetail demand) {
		return decided.rejectionReasons()
			.stream()
			.flatMap(code -> RejectionReasons.find(code).stream())
			.map(reason -> new Line(reason.name(), reason.meaning(), citation(demand, reason.name())))
			.toList();
	}

	private static String citation(DemandDetail demand, String code) {
		return demand.assessment()
			.findings()
			.stream()
			.filter(finding -> finding.code().equals(code))
			.map(FindingLine::citation)
			.findFirst()
			.orElse(null);
	}

	/**
	 * The engine's decisive findings whose code contains one of the parts: the reasons
	 * behind the step, never an informational finding that happens to share a word (an
	 * agreement order found valid is no reason to refer a demand to MLAT).
	 */
	private static List<Line> findings(DemandDetail demand, String... codeParts) {
		return demand.assessment()
			.findings()
			.stream()
			.filter(finding -> List.of(codeParts).stream().anyMatch(finding.code()::contains))
			.filter(finding -> decisive(finding.code()))
			.map(finding -> new Line(finding.code(), finding.message(), finding.citation()))
			.distinct()
			.toList();
	}

	private static boolean decisive(String code) {
		return Arrays.stream(ReasonCode.values())
			.anyMatch(reason -> reason.name().equals(code) && reason.group() == ReasonCode.Group.DECISIVE);
	}

	private static DecisionNotice redirected(String reference, Decision.Redirect redirect, String actor) {
		return new DecisionNotice(reference, DemandStatus.REDIRECTED, "Redirected to the customer",
				List.of(new Line(null, "Customer: " + redirect.customer(), null), new Line(null,
						"Contact: " + redirect.contactName() + " <" + redirect.contactEmail() + ">", null)),
				redirect.message(), actor, null);
	}

	private static DecisionNotice challenged(String reference, Decision.Challenge challenge, String actor) {
		return new DecisionNotice(reference, DemandStatus.CHALLENGED, "Objected to",
				List.of(new Line(null, challenge.kind().label() + ", to be filed by " + challenge.dueOn(), null)),
				"We object to this demand and will file as stated. Nothing is produced while the objection is open.",
				actor, null);
	}

}
