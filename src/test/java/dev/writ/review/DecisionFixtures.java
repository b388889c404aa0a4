package dev.writ.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import dev.writ.identity.UserView;
import dev.writ.intake.CaseContext;
import dev.writ.intake.LegalProcess;
import dev.writ.intake.LegalProcess.CrossBorder;
import dev.writ.intake.LegalProcess.DateRange;
import dev.writ.intake.LegalProcess.Delivery;
import dev.writ.intake.LegalProcess.EmergencyDetails;
import dev.writ.intake.LegalProcess.Issuance;
import dev.writ.intake.LegalProcess.NondisclosureOrder;
import dev.writ.intake.NamedTarget;
import dev.writ.intake.SubmitDemand;
import dev.writ.shared.legal.DataCategory;
import dev.writ.shared.legal.IdentifierType;
import dev.writ.shared.legal.ProcessType;
import dev.writ.shared.legal.ServiceChannel;
import dev.writ.testing.DemandFixtures;

/**
 * Demands that call for each kind of decision: a subpoena for chosen data, an unsigned
 * order, a subpoena and a warrant under secrecy for an enterprise customer's account.
 */
public final class DecisionFixtures {

	/** An account of Fabrikam Manufacturing, an enterprise customer with 1,200 seats. */
	public static final String ENTERPRISE_ACCOUNT = "d.kowalski@fabrikam-mfg.example";

	private DecisionFixtures() {
	}

	/** A grand jury subpoena for a consumer account, asking for the given data. */
	public static SubmitDemand subpoenaFor(UserView officer, DataCategory... data) {
		return submit(officer, grandJury(LocalDate.now().minusDays(3)), "k.morrow@contosomail.example", Set.of(data));
	}

	/** A 2703(d) order sent without its signature: the engine finds it deficient. */
	public static SubmitDemand unsignedOrder(UserView officer) {
		LegalProcess process = new LegalProcess(ProcessType.COURT_ORDER_2703D,
				new Issuance("U.S. District Court, W.D. Wash.", "US-federal", "magistrate_judge", null, false, true,
						LocalDate.now().minusDays(2), "2:26-mc-00412", null),
				delivery(), period(), NondisclosureOrder.none(), EmergencyDetails.none(), false, null,
				CrossBorder.none(), null);
		return submit(officer, process, "k.morrow@contosomail.example", Set.of(DataCategory.TRANSACTIONAL_RECORDS));
	}

	/**
	 * A subpoena for basic subscriber information of an enterprise customer's account.
	 */
	public static SubmitDemand enterpriseSubpoena(UserView officer) {
		return submit(officer, grandJury(LocalDate.now().minusDays(3)), ENTERPRISE_ACCOUNT,
				Set.of(DataCategory.BASIC_SUBSCRIBER_INFO));
	}

	/**
	 * A warrant for an enterprise customer's account that comes with a secrecy order for
	 * six months: the customer may not be told.
	 */
	public static SubmitDemand enterpriseWarrantUnderSecrecy(UserView officer) {
		LocalDate issued = LocalDate.now().minusDays(2);
		LegalProcess process = new LegalProcess(ProcessType.SEARCH_WARRANT,
				new Issuance("U.S. Magistrate Judge, W.D. Wash.", "US-federal", "magistrate_judge", null, true, true,
						issued, "2:26-mj-00733", null),
				delivery(), period(), new NondisclosureOrder(true, issued.plusMonths(6), "18 U.S.C. 2705(b)"),
				EmergencyDetails.none(), false, null, CrossBorder.none(), null);
		return submit(officer, process, ENTERPRISE_ACCOUNT,
				Set.of(DataCategory.EMAIL_CONTENT, DataCategory.BASIC_SUBSCRIBER_INFO));
	}

	private static LegalProcess grandJury(LocalDate issued) {
		return new LegalProcess(ProcessType.GRAND_JURY_SUBPOENA,
				new Issuance("U.S. Attorney's Office (grand jury)", "US-federal", "prosecutor", null, true, true,
						issued, "GJ-2026-0101", null),
				delivery(), period(), NondisclosureOrder.none(), EmergencyDetails.none(), false, null,
				CrossBorder.none(), null);
	}

	private static Delivery delivery() {
		return new Delivery("Contoso Cloud, Inc.", ServiceChannel.LAW_ENFORCEMENT_PORTAL, null, null);
	}

	private static DateRange period() {
		return new DateRange(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 12, 31));
	}

	private static SubmitDemand submit(UserView officer, LegalProcess process, String account, Set<DataCategory> data) {
		return DemandFixtures.submit(officer.agencyId(), officer.id(), process,
				List.of(new NamedTarget(account, IdentifierType.EMAIL)), data, CaseContext.none());
	}

}
