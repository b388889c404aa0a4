package dev.writ.review.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.writ.intake.AssessmentSummary;
import dev.writ.intake.AssessmentSummary.FindingLine;
import dev.writ.intake.AssessmentSummary.TargetLine;
import dev.writ.intake.CaseContext;
import dev.writ.intake.Channel;
import dev.writ.intake.DemandDetail;
import dev.writ.intake.DemandStatus;
import dev.writ.intake.LegalProcess;
import dev.writ.intake.LegalProcess.CrossBorder;
import dev.writ.intake.LegalProcess.DateRange;
import dev.writ.intake.LegalProcess.Delivery;
import dev.writ.intake.LegalProcess.EmergencyDetails;
import dev.writ.intake.LegalProcess.Issuance;
import dev.writ.intake.LegalProcess.NondisclosureOrder;
import dev.writ.intake.Requester;
import dev.writ.intake.Target;
import dev.writ.shared.legal.DataCategory;
import dev.writ.shared.legal.GovernmentLevel;
import dev.writ.shared.legal.IdentifierType;
import dev.writ.shared.legal.ProcessType;
import dev.writ.shared.legal.RequesterKind;
import dev.writ.shared.legal.ServiceChannel;
import org.jspecify.annotations.Nullable;

/**
 * Demands as review reads them from intake ({@link DemandDetail}), with the engine's
 * assessment as it was stored: a grand jury subpoena, everything else plain.
 */
final class TestDemands {

	static final String MORROW = "k.morrow@contosomail.example";

	static final String FREIGHT = "gulf.freight.ops@contosomail.example";

	static final DateRange JUNE_TO_DECEMBER = new DateRange(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 12, 31));

	private TestDemands() {
	}

	/** A subpoena for the given accounts, data and period. */
	static DemandDetail demand(List<String> accounts, List<DataCategory> data, @Nullable DateRange period,
			AssessmentSummary assessment) {
		LegalProcess process = new LegalProcess(ProcessType.GRAND_JURY_SUBPOENA,
				new Issuance("U.S. Attorney's Office (grand jury)", "US-federal", "prosecutor", null, true, true,
						LocalDate.of(2026, 10, 30), "GJ-2026-0101", null),
				new Delivery("Contoso Cloud, Inc.", ServiceChannel.LAW_ENFORCEMENT_PORTAL, null, null), period,
				NondisclosureOrder.none(), EmergencyDetails.none(), false, null, CrossBorder.none(), null);
		Requester requester = new Requester(RequesterKind.LAW_ENFORCEMENT, "Federal Bureau of Investigation", "US",
				null, GovernmentLevel.FEDERAL, true, true, null);
		List<Target> targets = accounts.stream().map(a -> new Target(a, IdentifierType.EMAIL, null)).toList();
		return new DemandDetail(UUID.randomUUID(), "WR-TEST", UUID.randomUUID(), UUID.randomUUID(),
				DemandStatus.RECEIVED, 1, Channel.PORTAL, Instant.parse("2026-11-02T15:00:00Z"), null, null, requester,
				process, targets, data, CaseContext.none(), List.of(), assessment, List.of(), List.of());
	}

	/** A subpoena for two accounts' subscriber records from June to December. */
	static DemandDetail demand(AssessmentSummary assessment) {
		return demand(List.of(MORROW, FREIGHT), List.of(DataCategory.BASIC_SUBSCRIBER_INFO), JUNE_TO_DECEMBER,
				assessment);
	}

	/** The engine's assessment. */
	static AssessmentSummary assessment(String outcome, List<String> dataToRelease,
			AssessmentSummary.@Nullable Period releasePeriod, List<TargetLine> perTarget, List<FindingLine> findings) {
		return new AssessmentSummary(outcome, List.of(), dataToRelease, releasePeriod, "none", true, null, perTarget,
				findings);
	}

	/** An assessment with these findings and nothing released. */
	static AssessmentSummary findings(FindingLine... findings) {
		return assessment("reject", List.of(), null, List.of(), List.of(findings));
	}

	/** A finding of the engine. */
	static FindingLine finding(String code, String severity, String citation, @Nullable String target) {
		return new FindingLine(code, "RULE-" + code, severity, citation, "message of " + code, target);
	}

}
