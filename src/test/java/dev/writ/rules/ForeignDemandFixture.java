package dev.writ.rules;

import dev.writ.rules.DemandFacts.CrossBorder;
import dev.writ.shared.legal.DataCategory;
import dev.writ.shared.legal.ProcessType;

/**
 * Valid demands of foreign authorities beyond the EU and UK orders of
 * {@link DemandFactsFixture}: local process of a country without a CLOUD Act agreement,
 * US process obtained through mutual legal assistance, and EU preservation orders. <pre>
 * ForeignDemandFixture.aForeignCourtOrder("BR").requesting(EMAIL_CONTENT).build()
 * </pre>
 */
public final class ForeignDemandFixture {

	private ForeignDemandFixture() {
	}

	/** A foreign court's order (search warrant type) for subscriber and login records. */
	public static DemandFactsFixture aForeignCourtOrder(String country) {
		return DemandFactsFixture.aSearchWarrant()
			.from(RequesterFixture.foreignPolice(country))
			.issuedBy("Federal court of " + country, "judge")
			.inJurisdiction(country)
			.requesting(DataCategory.BASIC_SUBSCRIBER_INFO, DataCategory.IP_CONNECTION_HISTORY)
			.withTargets(TargetFixture.abroad("cliente@contosomail.example", country, country));
	}

	/** A foreign prosecutor's subpoena-type demand for subscriber records. */
	public static DemandFactsFixture aForeignSubpoena(String country) {
		return aForeignCourtOrder(country).ofType(ProcessType.SUBPOENA)
			.issuedBy("Public prosecutor of " + country, "prosecutor")
			.requesting(DataCategory.BASIC_SUBSCRIBER_INFO);
	}

	/** A warrant a US court issued for a foreign partner (18 U.S.C. 3512, MLAT-02). */
	public static DemandFactsFixture aUsCourtMlatWarrant() {
		return DemandFactsFixture.aSearchWarrant()
			.ofType(ProcessType.MLAT_REQUEST)
			.from(RequesterFixture.DOJ_INTERNATIONAL_AFFAIRS)
			.issuedBy("U.S. Magistrate Judge, D.D.C.", "magistrate_judge")
			.inJurisdiction("US-federal");
	}

	/** A German investigating judge's European Preservation Order (EPOC-PR). */
	public static DemandFactsFixture aEuropeanPreservationOrder() {
		return DemandFactsFixture.aEuropeanProductionOrder()
			.ofType(ProcessType.PRESERVATION_REQUEST)
			.withCrossBorder(new CrossBorder("EPOC-PR", false, null, null, null));
	}

}
