package dev.writ.reporting.internal;

import java.time.LocalDate;
import java.util.List;

import dev.writ.demo.DemoLogin;
import dev.writ.identity.Role;
import dev.writ.identity.UserAccounts;
import dev.writ.identity.UserView;
import dev.writ.intake.DemandIntake;
import dev.writ.reporting.RegisterEntry.Section;
import dev.writ.reporting.ReportPeriod;
import dev.writ.reporting.TransparencyReport;
import dev.writ.reporting.TransparencyReport.CountryRow;
import dev.writ.reporting.TransparencyReports;
import dev.writ.review.CaseAction;
import dev.writ.review.CaseCommand;
import dev.writ.review.CaseReview;
import dev.writ.review.Decision;
import dev.writ.review.DecisionFixtures;
import dev.writ.review.ReviewSteps;
import dev.writ.review.Reviewer;
import dev.writ.review.StatutoryClock;
import dev.writ.testing.DemandFixtures;
import dev.writ.testing.WritIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writ's own demands are counted in the report of the half year they arrived in: pending
 * while undecided, then by the decision their case reached.
 */
@WritIntegrationTest
class LiveDemandsIntegrationTests {

	static final Reviewer DANA = new Reviewer(DemoLogin.ANALYST.username(), Role.ANALYST);

	@Autowired
	DemandIntake intake;

	@Autowired
	CaseReview review;

	@Autowired
	TransparencyReports reports;

	@Autowired
	UserAccounts users;

	@Autowired
	StatutoryClock clock;

	@Test
	void a_demand_counts_as_pending_until_decided_and_then_by_its_decision() {
		// given
		ReportPeriod now = period(this.clock.today());
		UserView officer = this.users.byUsername(DemoLogin.FBI_OFFICER.username()).orElseThrow();
		TransparencyReport before = this.reports.draft(now);
		String approved = this.intake.receive(DemandFixtures.aSubpoena(officer)).reference();
		String rejected = this.intake.receive(DecisionFixtures.unsignedOrder(officer)).reference();
		TransparencyReport received = this.reports.draft(now);
		// when
		step(approved, CaseAction.START_TRIAGE);
		step(approved, CaseAction.APPROVE);
		this.review.act(new CaseCommand(rejected, this.review.find(rejected).orElseThrow().version(), CaseAction.REJECT,
				DANA, "unsigned", null, new Decision.Rejection(List.of("UNSIGNED_OR_UNAUTHORIZED"))));
		TransparencyReport decided = this.reports.draft(now);
		// then
		assertThat(us(received).requests() - us(before).requests()).isEqualTo(2);
		assertThat(received.pending() - before.pending()).isEqualTo(2);
		assertThat(decided.pending() - before.pending()).isZero();
		assertThat(us(decided).nonContent() - us(before).nonContent()).isEqualTo(1);
		assertThat(us(decided).rejected() - us(before).rejected()).isEqualTo(1);
		assertThat(us(decided).accountsSpecified() - us(before).accountsSpecified()).isEqualTo(2);
	}

	private void step(String reference, CaseAction action) {
		this.review.act(ReviewSteps.step(this.review, reference, action, DANA, "walking"));
	}

	private static CountryRow us(TransparencyReport report) {
		return report.sections()
			.get(Section.CRIMINAL)
			.stream()
			.filter(row -> row.country().equals("US"))
			.findFirst()
			.orElse(new CountryRow("US", "United States", 0, 0, 0, null, 0, null, 0, null, 0, null));
	}

	private static ReportPeriod period(LocalDate day) {
		return new ReportPeriod(day.getYear(), (day.getMonthValue() <= 6) ? 1 : 2);
	}

}
