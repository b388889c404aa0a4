package dev.writ.testing;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.writ.intake.CaseContext;
import dev.writ.intake.CaseContext.ConflictOfLaw;
import dev.writ.intake.LegalProcess;
import dev.writ.intake.LegalProcess.CrossBorder;
import dev.writ.intake.LegalProcess.DateRange;
import dev.writ.intake.LegalProcess.Delivery;
import dev.writ.intake.LegalProcess.EmergencyDetails;
import dev.writ.intake.LegalProcess.Issuance;
import dev.writ.intake.LegalProcess.NondisclosureOrder;
import dev.writ.intake.LegalProcess.Offence;
import dev.writ.intake.LegalProcess.PriorPreservation;
import dev.writ.intake.Requester;
import dev.writ.intake.SubmitDemand;
import dev.writ.intake.Target;
import dev.writ.intake.Target.AccountFacts;
import dev.writ.shared.legal.AccountType;
import dev.writ.shared.legal.DataCategory;
import dev.writ.shared.legal.GovernmentLevel;
import dev.writ.shared.legal.IdentifierType;
import dev.writ.shared.legal.ProcessType;
import dev.writ.shared.legal.RequesterKind;
import dev.writ.shared.legal.ServiceChannel;

/**
 * Demands for tests: a plain subpoena, and one with every optional fact filled in.
 */
public final class DemandFixtures {

	private DemandFixtures() {
	}

	public static SubmitDemand aSubpoena(UUID agencyId) {
		return new SubmitDemand(agencyId, null, "test", usFederal(),
				new LegalProcess(ProcessType.GRAND_JURY_SUBPOENA,
						new Issuance("U.S. Attorney's Office (grand jury)", "US-federal", "prosecutor", null, true,
								true, LocalDate.of(2026, 1, 28), null, null),
						new Delivery("Contoso Cloud, Inc.", ServiceChannel.LAW_ENFORCEMENT_PORTAL, null, null),
						new DateRange(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 12, 31)), NondisclosureOrder.none(),
						EmergencyDetails.none(), false, null, CrossBorder.none(), null),
				List.of(new Target("k.morrow@contosomail.example", IdentifierType.EMAIL, null)),
				Set.of(DataCategory.BASIC_SUBSCRIBER_INFO), CaseContext.none());
	}

	/**
	 * A demand that uses every field the schema has, so a round trip proves each column.
	 */
	public static SubmitDemand everyFieldFilled(UUID agencyId) {
		LegalProcess process = new LegalProcess(ProcessType.SEARCH_WARRANT,
				new Issuance("U.S. Magistrate Judge, S.D. Tex.", "US-federal", "magistrate_judge", "judge", true, true,
						LocalDate.of(2026, 3, 4), "4:26-mj-0117", "search and seizure warrant"),
				new Delivery("Contoso Cloud, Inc.", ServiceChannel.EMAIL_OFFICIAL_DOMAIN, "agent@dea.gov", true),
				new DateRange(LocalDate.of(2025, 10, 1), LocalDate.of(2026, 2, 28)),
				new NondisclosureOrder(true, LocalDate.of(2027, 3, 4), "18 U.S.C. 2705(b)"),
				new EmergencyDetails("Threat to a witness", "Location of the caller"), true,
				new Offence("drug trafficking", 20, true), new CrossBorder("EPOC", true, "US-UK", true, "no objection"),
				new PriorPreservation("WR-2026-000007", LocalDate.of(2026, 2, 1)));
		List<Target> targets = List.of(
				new Target("gulf.freight.ops@contosomail.example", IdentifierType.EMAIL,
						new AccountFacts(true, AccountType.CONSUMER, null, null, "US", "US", true)),
				new Target("d.kowalski@fabrikam-mfg.example", IdentifierType.EMAIL, new AccountFacts(true,
						AccountType.ENTERPRISE, 1200, "Fabrikam Manufacturing", "IE", "IE", false)),
				new Target("xX_gamer_Xx", IdentifierType.GAMERTAG, null));
		return new SubmitDemand(agencyId, null, "test",
				new Requester(RequesterKind.LAW_ENFORCEMENT, "DEA Houston Division", "US", "TX",
						GovernmentLevel.FEDERAL, true, false, "search_warrant,administrative_subpoena"),
				process, targets,
				Set.of(DataCategory.EMAIL_CONTENT, DataCategory.BASIC_SUBSCRIBER_INFO,
						DataCategory.TRANSACTIONAL_RECORDS),
				new CaseContext(true, true, true, new ConflictOfLaw("IE", "GDPR", true)));
	}

	private static Requester usFederal() {
		return new Requester(RequesterKind.LAW_ENFORCEMENT, "FBI Seattle Field Office", "US", "WA",
				GovernmentLevel.FEDERAL, true, true, null);
	}

}
