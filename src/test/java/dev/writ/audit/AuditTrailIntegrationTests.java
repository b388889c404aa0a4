package dev.writ.audit;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import dev.writ.shared.audit.AuditAction;
import dev.writ.shared.audit.Auditable;
import dev.writ.shared.audit.DeniedAttempt;
import dev.writ.testing.AuditAssertions;
import dev.writ.testing.WritIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@WritIntegrationTest
class AuditTrailIntegrationTests {

	@Autowired
	AuditTrail trail;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void published_events_are_recorded_each_linked_to_the_entry_before_and_the_chain_verifies() {
		// given
		var audit = AuditAssertions.mark(this.trail);
		// when
		this.events.publishEvent(new Happened("first"));
		this.events.publishEvent(new Happened("second"));
		// then
		List<AuditEntry> recorded = audit.recorded();
		assertThat(recorded).extracting(AuditEntry::subject).containsExactly("test:first", "test:second");
		assertThat(recorded.get(1).previousHash()).isEqualTo(recorded.get(0).hash());
		assertThat(recorded.get(1).seq()).isEqualTo(recorded.get(0).seq() + 1);
		assertThat(recorded.get(0).detailMap()).containsEntry("note", "first");
		assertThat(this.trail.verify().isIntact()).isTrue();
	}

	@Test
	void the_database_refuses_to_update_delete_or_truncate_audit_entries() {
		// given
		this.events.publishEvent(new Happened("kept"));
		// when / then
		assertThatThrownBy(() -> this.jdbc.sql("update audit_entry set actor = 'mallory'").update())
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.sql("delete from audit_entry").update()).hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.sql("truncate audit_entry").update()).hasMessageContaining("append-only");
	}

	@Test
	void concurrent_appends_keep_the_chain_gapless_and_intact() throws Exception {
		// given
		var audit = AuditAssertions.mark(this.trail);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		// when
		List<Future<?>> appends = IntStream.range(0, 40)
			.mapToObj(i -> pool.submit(() -> this.events.publishEvent(new Happened("parallel-" + i))))
			.<Future<?>>map(future -> future)
			.toList();
		for (Future<?> append : appends) {
			append.get();
		}
		pool.shutdown();
		// then
		List<Long> positions = audit.recorded().stream().map(AuditEntry::seq).toList();
		assertThat(positions).hasSize(40);
		assertThat(positions.get(39) - positions.get(0)).isEqualTo(39);
		assertThat(this.trail.verify().isIntact()).isTrue();
	}

	@Test
	void an_audited_change_that_rolls_back_leaves_no_entry_but_a_denied_attempt_survives() {
		// given
		var audit = AuditAssertions.mark(this.trail);
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);
		// when
		transaction.executeWithoutResult(status -> {
			this.events.publishEvent(new Happened("rolled-back"));
			this.events.publishEvent(new Refused("survives"));
			status.setRollbackOnly();
		});
		// then
		assertThat(audit.recorded()).extracting(AuditEntry::subject).containsExactly("test:survives");
	}

	record Happened(String note) implements Auditable {

		@Override
		public String actor() {
			return "test";
		}

		@Override
		public AuditAction action() {
			return AuditAction.AGENCY_REGISTERED;
		}

		@Override
		public String subject() {
			return "test:" + this.note;
		}

		@Override
		public Map<String, String> details() {
			return Map.of("note", this.note);
		}

	}

	record Refused(String note) implements DeniedAttempt {

		@Override
		public String actor() {
			return "test";
		}

		@Override
		public AuditAction action() {
			return AuditAction.ACCESS_DENIED;
		}

		@Override
		public String subject() {
			return "test:" + this.note;
		}

	}

}
