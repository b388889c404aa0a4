package dev.writ.secrecy;

import java.time.Duration;
import java.time.LocalDate;

import dev.writ.audit.AuditTrail;
import dev.writ.demo.DemoLogin;
import dev.writ.identity.UserAccounts;
import dev.writ.identity.UserView;
import dev.writ.intake.DemandIntake;
import dev.writ.intake.DemandReceipt;
import dev.writ.shared.audit.AuditAction;
import dev.writ.testing.AuditAssertions;
import dev.writ.testing.DemandFixtures;
import dev.writ.testing.WritIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Intake announces a demand; the secrecy module, listening, records the order that came
 * with it.
 */
@WritIntegrationTest
class SecrecyOrderIntegrationTests {

	@Autowired
	DemandIntake intake;

	@Autowired
	SecrecyOrders secrecyOrders;

	@Autowired
	UserAccounts users;

	@Autowired
	AuditTrail trail;

	@Test
	void a_demand_that_comes_with_a_secrecy_order_embargoes_notice_until_the_order_expires() {
		// given
		var audit = AuditAssertions.mark(this.trail);
		// when
		DemandReceipt receipt = this.intake.receive(DemandFixtures.everyFieldFilled(anOfficer()));
		// then
		SecrecyOrderView order = await().atMost(Duration.ofSeconds(10))
			.until(() -> this.secrecyOrders.forDemand(receipt.demandId()), java.util.Optional::isPresent)
			.orElseThrow();
		assertThat(order.statute()).isEqualTo("18 U.S.C. 2705(b)");
		assertThat(this.secrecyOrders.embargoFor(receipt.demandId(), LocalDate.of(2027, 3, 3)))
			.isEqualTo(new NoticeEmbargo.Until(LocalDate.of(2027, 3, 4)));
		assertThat(this.secrecyOrders.embargoFor(receipt.demandId(), LocalDate.of(2027, 3, 4)).permitsNotice())
			.isTrue();
		audit.expect(AuditAction.SECRECY_ORDER_RECORDED).subject("demand:" + receipt.reference()).assertRecorded();
	}

	@Test
	void a_demand_without_a_secrecy_order_leaves_notice_free() {
		// when
		DemandReceipt receipt = this.intake.receive(DemandFixtures.aSubpoena(anOfficer()));
		// then
		assertThat(this.secrecyOrders.embargoFor(receipt.demandId(), LocalDate.of(2026, 6, 1)).permitsNotice())
			.isTrue();
		assertThat(this.secrecyOrders.forDemand(receipt.demandId())).isEmpty();
	}

	private UserView anOfficer() {
		return this.users.byUsername(DemoLogin.FBI_OFFICER.username()).orElseThrow();
	}

}
