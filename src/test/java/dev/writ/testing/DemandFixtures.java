package dev.writ.testing;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.writ.identity.UserView;
import dev.writ.intake.CaseContext;
import dev.writ.intake.Channel;
import dev.writ.intake.LegalProcess;
import dev.writ.intake.LegalProcess.CrossBorder;
import dev.writ.intake.LegalProcess.DateRange;
import dev.writ.intake.LegalProcess.Delivery;
import dev.writ.intake.LegalProcess.EmergencyDetails;
import dev.writ.intake.LegalProcess.Issuance;
import dev.writ.intake.LegalProcess.NondisclosureOrder;
import dev.writ.intake.LegalProcess.Offence;
import dev.writ.intake.LegalProcess.PriorPreservation;
import dev.writ.intake.NamedTarget;
import dev.writ.intake.SubmitDemand;
import dev.writ.intake.Upload;
import dev.writ.intake.Upload.DocumentKind;
import dev.writ.shared.legal.DataCategory;
import dev.writ.shared.legal.IdentifierType;
import dev.writ.shared.legal.ProcessType;
import dev.writ.shared.legal.ServiceChannel;

import org.springframework.core.io.ByteArrayResource;

/**
 * Demands for tests, as an officer submits them: a plain grand-jury subpoena, and one
 * with every optional fact filled in. The officer must act for the agency.
 */
public final class DemandFixtures {

	private DemandFixtures() {
	}

	public static SubmitDemand aSubpoena(UserView officer) {
		return aSubpoena(officer.agencyId(), officer.id());
	}

	public static SubmitDemand everyFieldFilled(UserView officer) {
		return everyFieldFilled(officer.agencyId(), officer.id());
	}

	public static SubmitDemand aSubpoena(UUID agencyId, UUID officerId) {
		return aSubpoena(agencyId, officerId, LocalDate.of(2026, 1, 28));
	}

	public static SubmitDemand aSubpoena(UUID agencyId, UUID officerId, LocalDate issued) {
		LegalProcess process = new LegalProcess(ProcessType.GRAND_JURY_SUBPOENA,
				new Issuance("U.S. Attorney's Office (grand jury)", "US-federal", "prosecutor", null, true, true,
						issued, "GJ-2026-0001", null),
				new Delivery("Contoso Cloud, Inc.", ServiceChannel.LAW_ENFORCEMENT_PORTAL, null, null),
				new DateRange(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 12, 31)), NondisclosureOrder.none(),
				EmergencyDetails.none(), false, null, CrossBorder.none(), null);
		return submit(agencyId, officerId, process,
				List.of(new NamedTarget("k.morrow@contosomail.example", IdentifierType.EMAIL)),
				Set.of(DataCategory.BASIC_SUBSCRIBER_INFO), CaseContext.none());
	}

	/**
	 * A warrant that uses every field the schema has, so a round trip proves each column.
	 */
	public static SubmitDemand everyFieldFilled(UUID agencyId, UUID officerId) {
		LegalProcess process = new LegalProcess(ProcessType.SEARCH_WARRANT,
				new Issuance("U.S. Magistrate Judge, S.D. Tex.", "US-federal", "magistrate_judge", "judge", true, true,
						LocalDate.of(2026, 3, 4), "4:26-mj-0117", "search and seizure warrant"),
				new Delivery("Contoso Cloud, Inc.", ServiceChannel.LAW_ENFORCEMENT_PORTAL, null, true),
				new DateRange(LocalDate.of(2025, 10, 1), LocalDate.of(2026, 2, 28)),
				new NondisclosureOrder(true, LocalDate.of(2027, 3, 4), "18 U.S.C. 2705(b)"),
				new EmergencyDetails("Threat to a witness", "Location of the caller"), true,
				new Offence("drug trafficking", 20, true), new CrossBorder("EPOC", true, "US-UK", true, "no objection"),
				new PriorPreservation("WR-2026-000007", LocalDate.of(2026, 2, 1)));
		List<NamedTarget> targets = List.of(
				new NamedTarget("gulf.freight.ops@contosomail.example", IdentifierType.EMAIL),
				new NamedTarget("d.kowalski@fabrikam-mfg.example", IdentifierType.EMAIL),
				new NamedTarget("nobody.here@contosomail.example", IdentifierType.EMAIL));
		return submit(agencyId, officerId, process, targets,
				Set.of(DataCategory.EMAIL_CONTENT, DataCategory.BASIC_SUBSCRIBER_INFO,
						DataCategory.TRANSACTIONAL_RECORDS),
				new CaseContext(true, true, true, new CaseContext.ConflictOfLaw("IE", "GDPR", true)));
	}

	public static SubmitDemand submit(UUID agencyId, UUID officerId, LegalProcess process, List<NamedTarget> targets,
			Set<DataCategory> data, CaseContext context) {
		return new SubmitDemand(agencyId, officerId, "test", Channel.PORTAL, process, targets, data, context,
				List.of(legalDocument()), true);
	}

	public static Upload legalDocument() {
		return new Upload(DocumentKind.LEGAL_PROCESS, "process.pdf",
				new ByteArrayResource(TestPdfs.onePage("Legal process")));
	}

}
