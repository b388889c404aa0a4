package dev.writ.review.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * What the review page tests share: a warrant for content, and reading the queue's order.
 */
final class ReviewPages {

	private static final Pattern ROW = Pattern.compile("data-reference=\"([^\"]+)\"");

	private ReviewPages() {
	}

	/** A state-court search warrant for e-mail content: the four-eyes rule applies. */
	static SubmitDemand aContentWarrant(UserView officer) {
		LegalProcess process = new LegalProcess(ProcessType.SEARCH_WARRANT,
				new Issuance("King County Superior Court", "US-WA", "judge", null, true, true,
						LocalDate.of(2026, 1, 28), "26-1-04417-2 SEA", null),
				new Delivery("Contoso Cloud, Inc.", ServiceChannel.LAW_ENFORCEMENT_PORTAL, null, null),
				new DateRange(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 12, 31)), NondisclosureOrder.none(),
				EmergencyDetails.none(), false, null, CrossBorder.none(), null);
		return DemandFixtures.submit(officer.agencyId(), officer.id(), process,
				List.of(new NamedTarget("k.morrow@contosomail.example", IdentifierType.EMAIL)),
				Set.of(DataCategory.EMAIL_CONTENT), CaseContext.none());
	}

	/** The references of the queue page, top to bottom. */
	static List<String> rows(String html) {
		List<String> references = new ArrayList<>();
		Matcher matcher = ROW.matcher(html);
		while (matcher.find()) {
			references.add(matcher.group(1));
		}
		return references;
	}

}
