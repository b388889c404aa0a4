package dev.writ.reporting.internal;

import java.math.BigDecimal;
import java.util.List;

import dev.writ.reporting.TransparencyReport;

/**
 * The report's period-wide figures as label and value rows, for the spreadsheet and PDF
 * layouts: labels are the JSON document's keys, with a line saying what each counts.
 */
final class PeriodFigures {

	/**
	 * One figure.
	 *
	 * @param label the JSON key path, e.g. {@code enterprise.requests}
	 * @param meaning what it counts, in words
	 * @param value a count, or a share in percent with two decimals
	 */
	record Figure(String label, String meaning, Number value) {

		boolean share() {
			return this.value instanceof BigDecimal;
		}

	}

	private PeriodFigures() {
	}

	static List<Figure> of(TransparencyReport report) {
		var e = report.enterprise();
		var s = report.secrecyOrders();
		var a = report.contentStoredAbroad();
		return List.of(new Figure("enterprise.requests", "Enterprise demands", e.requests()),
				new Figure("enterprise.without_disclosure", "Enterprise demands ended without disclosure",
						e.withoutDisclosure()),
				new Figure("enterprise.compelled", "Enterprise demands compelled to disclose", e.compelled()),
				new Figure("enterprise.content", "of which content", e.content()),
				new Figure("enterprise.non_content_only", "of which non-content only", e.nonContentOnly()),
				new Figure("enterprise.content_to_us_agencies", "Enterprise content disclosed to US agencies",
						e.contentToUsAgencies()),
				new Figure("secrecy_orders.count", "US demands with a secrecy order", s.count()),
				new Figure("secrecy_orders.pct_of_us_demands", "Share of all US demands (%)", s.pctOfUsDemands()),
				new Figure("secrecy_orders.federal", "of which from federal issuers", s.federal()),
				new Figure("content_stored_abroad.us_warrants_consumer_content_outside_us",
						"US warrants for consumer content stored outside the US",
						a.usWarrantsConsumerContentOutsideUs()),
				new Figure("content_stored_abroad.us_warrants_enterprise_content_disclosed_outside_us",
						"US warrants that led to disclosure of enterprise content stored outside the US",
						a.usWarrantsEnterpriseContentDisclosedOutsideUs()),
				new Figure("pending", "Demands received in the period and still open", report.pending()));
	}

}
