package dev.writ.intake.internal;

import dev.writ.audit.AuditTrail;
import dev.writ.demo.DemoLogin;
import dev.writ.identity.UserAccounts;
import dev.writ.identity.UserView;
import dev.writ.intake.Target;
import dev.writ.shared.legal.AccountType;
import dev.writ.intake.DemandIntake;
import dev.writ.intake.DemandReceipt;
import dev.writ.intake.SubmitDemand;
import dev.writ.shared.audit.AuditAction;
import dev.writ.shared.legal.DataCategory;
import dev.writ.shared.validation.InvalidInput;
import dev.writ.testing.AuditAssertions;
import dev.writ.testing.DemandFixtures;
import dev.writ.testing.WritIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@WritIntegrationTest
class DemandPersistenceIntegrationTests {

	@Autowired
	DemandIntake intake;

	@Autowired
	DemandRepository demands;

	@Autowired
	UserAccounts users;

	@Autowired
	AuditTrail trail;

	@Test
	void every_fact_of_a_demand_survives_the_round_trip_through_postgresql() {
		// given
		SubmitDemand submitted = DemandFixtures.everyFieldFilled(anOfficer());
		// when
		DemandReceipt receipt = this.intake.receive(submitted);
		Demand stored = this.demands.findById(receipt.demandId()).orElseThrow();
		// then
		assertThat(stored.requester().agency()).isEqualTo("FBI Seattle Field Office");
		assertThat(stored.process()).usingRecursiveComparison()
			.ignoringFields("delivery.senderEmail")
			.isEqualTo(submitted.process());
		assertThat(stored.process().delivery().senderEmail()).as("taken from the signed-in officer")
			.isEqualTo("a.rivera@fbi.gov");
		assertThat(stored.context()).isEqualTo(submitted.context());
		assertThat(stored.targets()).extracting(Target::identifier)
			.containsExactly("gulf.freight.ops@contosomail.example", "d.kowalski@fabrikam-mfg.example",
					"nobody.here@contosomail.example");
		assertThat(stored.targets()).extracting(target -> target.account().exists()).containsExactly(true, true, false);
		assertThat(stored.targets().subList(0, 2)).extracting(target -> target.account().type())
			.containsExactly(AccountType.CONSUMER, AccountType.ENTERPRISE);
		assertThat(stored.dataRequested()).containsExactlyInAnyOrder(DataCategory.EMAIL_CONTENT,
				DataCategory.BASIC_SUBSCRIBER_INFO, DataCategory.TRANSACTIONAL_RECORDS);
	}

	@Test
	void a_received_demand_gets_a_readable_reference_and_is_audited() {
		// given
		var audit = AuditAssertions.mark(this.trail);
		// when
		DemandReceipt receipt = this.intake.receive(DemandFixtures.aSubpoena(anOfficer()));
		// then
		assertThat(receipt.reference()).matches("WR-\\d{4}-\\d{6}");
		audit.expect(AuditAction.DEMAND_RECEIVED)
			.subject("demand:" + receipt.reference())
			.detail("process_type", "grand_jury_subpoena")
			.assertRecorded();
	}

	@Test
	void a_demand_without_targets_is_refused_naming_the_field_and_nothing_is_saved() {
		// given
		SubmitDemand subpoena = DemandFixtures.aSubpoena(anOfficer());
		SubmitDemand withoutTargets = new SubmitDemand(subpoena.agencyId(), subpoena.officerId(), "test",
				subpoena.channel(), subpoena.process(), java.util.List.of(), subpoena.dataRequested(),
				subpoena.context(), subpoena.documents(), true);
		long before = this.demands.count();
		// when / then
		assertThatThrownBy(() -> this.intake.receive(withoutTargets)).isInstanceOf(InvalidInput.class)
			.hasMessage("targets: name at least one account");
		assertThat(this.demands.count()).isEqualTo(before);
	}

	private UserView anOfficer() {
		return this.users.byUsername(DemoLogin.FBI_OFFICER.username()).orElseThrow();
	}

}
