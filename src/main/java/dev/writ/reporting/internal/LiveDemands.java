package dev.writ.reporting.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import dev.writ.intake.DemandDetail;
import dev.writ.intake.DemandQueries;
import dev.writ.intake.Target;
import dev.writ.reporting.Countries;
import dev.writ.reporting.RegisterEntry;
import dev.writ.reporting.RegisterEntry.IssuerLevel;
import dev.writ.reporting.RegisterEntry.Section;
import dev.writ.reporting.ReportPeriod;
import dev.writ.review.CaseReview;
import dev.writ.review.CaseView;
import dev.writ.review.FourEyesRule;
import dev.writ.review.StatutoryClock;
import dev.writ.shared.legal.ProcessType;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Writ's own demands as the report counts them: received in the period, with the outcome
 * their review case reached (docs/transparency.md, "Writ's own demands"). Preservation
 * requests are not demands for data and are not counted.
 */
@Component
class LiveDemands {

	static final int ENTERPRISE_SEATS = 50;

	private final DemandQueries demands;

	private final CaseReview review;

	private final StatutoryClock clock;

	LiveDemands(DemandQueries demands, CaseReview review, StatutoryClock clock) {
		this.demands = demands;
		this.review = review;
		this.clock = clock;
	}

	void received(ReportPeriod period, Consumer<RegisterEntry> entries) {
		for (String reference : this.demands.receivedBetween(period.first(), period.last())) {
			DemandDetail demand = this.demands.detail(reference).orElse(null);
			if (demand == null || demand.process().type() == ProcessType.PRESERVATION_REQUEST) {
				continue;
			}
			CaseView reviewed = this.review.find(reference).orElse(null);
			entries.accept(entry(demand, reviewed, this.clock.dayOf(demand.receivedAt())));
		}
	}

	static RegisterEntry entry(DemandDetail demand, @Nullable CaseView reviewed, LocalDate receivedOn) {
		var process = demand.process();
		String jurisdiction = process.issuance().issuingJurisdiction();
		List<Target.AccountFacts> accounts = demand.targets()
			.stream()
			.map(Target::account)
			.filter(Objects::nonNull)
			.toList();
		boolean enterprise = accounts.stream()
			.anyMatch(a -> a.enterpriseSeats() != null && a.enterpriseSeats() > ENTERPRISE_SEATS);
		String location = accounts.stream()
			.map(Target.AccountFacts::dataLocation)
			.filter(Objects::nonNull)
			.findFirst()
			.flatMap(Countries::code)
			.orElse(null);
		return new RegisterEntry(demand.reference(), receivedOn, country(jurisdiction),
				section(process.type(), process.crossBorder().euEmergency()), process.type(), issuer(jurisdiction),
				demand.targets().size(), CaseOutcomes.of(reviewed, demand), enterprise,
				process.nondisclosureOrder().present(), location);
	}

	static String country(String jurisdiction) {
		String prefix = jurisdiction.contains("-") ? jurisdiction.substring(0, jurisdiction.indexOf('-'))
				: jurisdiction;
		return Countries.code(prefix).orElse("ZZ");
	}

	static Section section(ProcessType type, @Nullable Boolean euEmergency) {
		if (FourEyesRule.emergency(type, euEmergency)) {
			return Section.EMERGENCY;
		}
		return (type == ProcessType.CIVIL_SUBPOENA) ? Section.CIVIL : Section.CRIMINAL;
	}

	static IssuerLevel issuer(String jurisdiction) {
		if ("US-federal".equalsIgnoreCase(jurisdiction)) {
			return IssuerLevel.FEDERAL;
		}
		return jurisdiction.startsWith("US-") ? IssuerLevel.STATE : IssuerLevel.FOREIGN;
	}

}
