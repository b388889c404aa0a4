package dev.writ.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.writ.agency.AgencyView;
import dev.writ.agency.NewAgency;
import dev.writ.identity.UserAccounts;
import dev.writ.intake.CaseContext;
import dev.writ.intake.LegalProcess;
import dev.writ.intake.LegalProcess.CrossBorder;
import dev.writ.intake.LegalProcess.DateRange;
import dev.writ.intake.LegalProcess.Delivery;
import dev.writ.intake.LegalProcess.EmergencyDetails;
import dev.writ.intake.LegalProcess.Issuance;
import dev.writ.intake.LegalProcess.NondisclosureOrder;
import dev.writ.intake.LegalProcess.Offence;
import dev.writ.intake.Channel;
import dev.writ.intake.NamedTarget;
import dev.writ.intake.SubmitDemand;
import dev.writ.intake.Upload;
import dev.writ.intake.Upload.DocumentKind;
import dev.writ.testing.TestPdfs;
import dev.writ.shared.legal.DataCategory;
import dev.writ.shared.legal.IdentifierType;
import dev.writ.shared.legal.ProcessType;
import dev.writ.shared.legal.ServiceChannel;

import org.springframework.core.io.ByteArrayResource;

/**
 * A few demands so the demo's lists are not empty: a grand-jury subpoena, a warrant under
 * a secrecy order, a European Production Order, and an unsigned 2703(d) order that came
 * back with a deficiency notice.
 */
final class DemoDemands {

	private DemoDemands() {
	}

	/**
	 * Dated from the day the demo first starts, so a warrant is never past its execution
	 * window and no date lies in the future.
	 */
	static List<SubmitDemand> all(Map<NewAgency, AgencyView> agencies, UserAccounts users, LocalDate today) {
		return List.of(
				demand(agencies.get(DemoAgencies.FBI_SEATTLE), DemoLogin.FBI_OFFICER, users, grandJurySubpoena(today),
						Set.of(DataCategory.BASIC_SUBSCRIBER_INFO, DataCategory.IP_CONNECTION_HISTORY),
						consumer("k.morrow@contosomail.example")),
				demand(agencies.get(DemoAgencies.SEATTLE_POLICE), DemoLogin.CITY_OFFICER, users,
						warrantUnderSecrecy(today),
						Set.of(DataCategory.EMAIL_CONTENT, DataCategory.BASIC_SUBSCRIBER_INFO),
						consumer("gulf.freight.ops@contosomail.example")),
				demand(agencies.get(DemoAgencies.LKA_BERLIN), DemoLogin.GERMAN_OFFICER, users,
						europeanProductionOrder(today),
						Set.of(DataCategory.EMAIL_CONTENT, DataCategory.BASIC_SUBSCRIBER_INFO),
						consumer("spree.capital@contosomail.example")),
				demand(agencies.get(DemoAgencies.WASHINGTON_STATE_PATROL), DemoLogin.STATE_OFFICER, users,
						unsignedOrder(today), Set.of(DataCategory.TRANSACTIONAL_RECORDS),
						consumer("fastlane.dad@contosomail.example")),
				demand(agencies.get(DemoAgencies.FBI_SEATTLE), DemoLogin.FBI_OFFICER, users, enterpriseSubpoena(today),
						Set.of(DataCategory.BASIC_SUBSCRIBER_INFO), consumer("d.kowalski@fabrikam-mfg.example")));
	}

	private static SubmitDemand demand(AgencyView agency, DemoLogin officer, UserAccounts users, LegalProcess process,
			Set<DataCategory> data, NamedTarget target) {
		Upload document = new Upload(DocumentKind.LEGAL_PROCESS, process.type().code() + ".pdf",
				new ByteArrayResource(TestPdfs.onePage(process.issuance().issuedBy() + " - " + process.type().code())));
		return new SubmitDemand(agency.id(), users.byUsername(officer.username()).orElseThrow().id(),
				officer.username(), Channel.SEEDED, process, List.of(target), data, CaseContext.none(),
				List.of(document), true);
	}

	private static LegalProcess grandJurySubpoena(LocalDate today) {
		return process(ProcessType.GRAND_JURY_SUBPOENA,
				new Issuance("U.S. Attorney's Office, W.D. Wash. (grand jury)", "US-federal", "prosecutor", null, true,
						true, today.minusDays(6), "GJ-2026-0419", null),
				"Contoso Cloud, Inc.", ServiceChannel.LAW_ENFORCEMENT_PORTAL, NondisclosureOrder.none(), null, today);
	}

	private static LegalProcess warrantUnderSecrecy(LocalDate today) {
		return process(ProcessType.SEARCH_WARRANT,
				new Issuance("King County Superior Court", "US-WA", "judge", null, true, true, today.minusDays(4),
						"26-1-04417-2 SEA", null),
				"Contoso Cloud, Inc.", ServiceChannel.LAW_ENFORCEMENT_PORTAL,
				new NondisclosureOrder(true, today.plusMonths(6), "18 U.S.C. 2705(b)"), null, today);
	}

	private static LegalProcess europeanProductionOrder(LocalDate today) {
		return process(ProcessType.EUROPEAN_PRODUCTION_ORDER,
				new Issuance("Ermittlungsrichter, Amtsgericht Tiergarten", "DE", "investigating_judge", null, true,
						true, today.minusDays(5), "351 Gs 1207/26", null),
				"Contoso Cloud Ireland Limited", ServiceChannel.EU_DESIGNATED_ESTABLISHMENT, NondisclosureOrder.none(),
				new Offence("investment fraud", 10, false), today);
	}

	/**
	 * A subpoena for an account of an enterprise customer (Fabrikam Manufacturing, 1,200
	 * seats): the demo's redirect.
	 */
	private static LegalProcess enterpriseSubpoena(LocalDate today) {
		return process(ProcessType.GRAND_JURY_SUBPOENA,
				new Issuance("U.S. Attorney's Office, W.D. Wash. (grand jury)", "US-federal", "prosecutor", null, true,
						true, today.minusDays(3), "GJ-2026-0433", null),
				"Contoso Cloud, Inc.", ServiceChannel.LAW_ENFORCEMENT_PORTAL, NondisclosureOrder.none(), null, today);
	}

	/** A 2703(d) order sent without its signature: the demo's deficiency notice. */
	private static LegalProcess unsignedOrder(LocalDate today) {
		return process(ProcessType.COURT_ORDER_2703D,
				new Issuance("Thurston County Superior Court", "US-WA", "judge", null, false, true, today.minusDays(2),
						"26-2-01188-34", null),
				"Contoso Cloud, Inc.", ServiceChannel.LAW_ENFORCEMENT_PORTAL, NondisclosureOrder.none(), null, today);
	}

	@SuppressWarnings("checkstyle:ParameterNumber")
	private static LegalProcess process(ProcessType type, Issuance issuance, String addressee, ServiceChannel channel,
			NondisclosureOrder secrecy, Offence offence, LocalDate today) {
		CrossBorder crossBorder = (type == ProcessType.EUROPEAN_PRODUCTION_ORDER)
				? new CrossBorder("EPOC", false, null, null, null) : CrossBorder.none();
		return new LegalProcess(type, issuance, new Delivery(addressee, channel, null, null),
				new DateRange(today.minusMonths(10), today.minusDays(21)), secrecy, EmergencyDetails.none(), false,
				offence, crossBorder, null);
	}

	private static NamedTarget consumer(String email) {
		return new NamedTarget(email, IdentifierType.EMAIL);
	}

}
