package dev.writ.reporting;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import dev.writ.reporting.RegisterEntry.Section;
import org.jspecify.annotations.Nullable;

/**
 * One period's report: per section and requesting country how many demands came and how
 * they were answered, and the period-wide figures.
 *
 * @param pending demands received in the period and still open at the report date
 * @param commitment the published root over the counted demands, or null for a draft
 */
public record TransparencyReport(ReportPeriod period, Map<Section, List<CountryRow>> sections,
		EnterpriseFigures enterprise, SecrecyFigures secrecyOrders, AbroadFigures contentStoredAbroad, long pending,
		@Nullable String commitment) {

	/**
	 * One requesting country in one section. The four outcome counts and the pending
	 * demands add up to {@code requests}; shares are of {@code requests}, in percent, two
	 * decimals.
	 */
	public record CountryRow(String country, String countryName, long requests, long accountsSpecified, long content,
			BigDecimal pctContent, long nonContent, BigDecimal pctNonContent, long noDataFound,
			BigDecimal pctNoDataFound, long rejected, BigDecimal pctRejected) {

	}

	/**
	 * Demands naming a target of an enterprise customer (more than 50 seats).
	 *
	 * @param withoutDisclosure ended without disclosure: rejected, withdrawn, no data,
	 * redirected (and challenged or routed to MLAT)
	 * @param compelled disclosed, split into {@code content} and {@code nonContentOnly}
	 */
	public record EnterpriseFigures(long requests, long withoutDisclosure, long compelled, long content,
			long nonContentOnly, long contentToUsAgencies) {

	}

	/**
	 * Secrecy orders on demands from US agencies.
	 *
	 * @param pctOfUsDemands share of all US demands (criminal, emergency and civil), two
	 * decimals
	 */
	public record SecrecyFigures(long count, BigDecimal pctOfUsDemands, long federal) {

	}

	/** US warrants and content stored outside the US. */
	public record AbroadFigures(long usWarrantsConsumerContentOutsideUs,
			long usWarrantsEnterpriseContentDisclosedOutsideUs) {

	}

}
