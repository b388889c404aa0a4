package dev.writ.intake.internal;

import java.util.UUID;

import dev.writ.agency.Agencies;
import dev.writ.audit.AuditTrail;
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
	Agencies agencies;

	@Autowired
	AuditTrail trail;

	@Test
	void every_fact_of_a_demand_survives_the_round_trip_through_postgresql() {
		// given
		SubmitDemand submitted = DemandFixtures.everyFieldFilled(anAgency());
		// when
		DemandReceipt receipt = this.intake.receive(submitted);
		Demand stored = this.demands.findById(receipt.demandId()).orElseThrow();
		// then
		assertThat(stored.requester()).isEqualTo(submitted.requester());
		assertThat(stored.process()).isEqualTo(submitted.process());
		assertThat(stored.context()).isEqualTo(submitted.context());
		assertThat(stored.targets()).containsExactlyElementsOf(submitted.targets());
		assertThat(stored.summary().dataRequested()).containsExactlyInAnyOrder(DataCategory.EMAIL_CONTENT,
				DataCategory.BASIC_SUBSCRIBER_INFO, DataCategory.TRANSACTIONAL_RECORDS);
	}

	@Test
	void a_received_demand_gets_a_readable_reference_and_is_audited() {
		// given
		var audit = AuditAssertions.mark(this.trail);
		// when
		DemandReceipt receipt = this.intake.receive(DemandFixtures.aSubpoena(anAgency()));
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
		SubmitDemand subpoena = DemandFixtures.aSubpoena(anAgency());
		SubmitDemand withoutTargets = new SubmitDemand(subpoena.agencyId(), null, "test", subpoena.requester(),
				subpoena.process(), java.util.List.of(), subpoena.dataRequested(), subpoena.context());
		long before = this.demands.count();
		// when / then
		assertThatThrownBy(() -> this.intake.receive(withoutTargets)).isInstanceOf(InvalidInput.class)
			.hasMessage("targets: at least one target is required");
		assertThat(this.demands.count()).isEqualTo(before);
	}

	private UUID anAgency() {
		return this.agencies.all().get(0).id();
	}

}
