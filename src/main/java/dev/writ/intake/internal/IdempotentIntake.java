package dev.writ.intake.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import dev.writ.intake.DemandIntake;
import dev.writ.intake.DemandQueries;
import dev.writ.intake.DemandReceipt;
import dev.writ.intake.SubmitDemand;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API submissions carry an {@code Idempotency-Key}: a retried request with the same key
 * and the same content gets the first answer again instead of a second demand; the same
 * key with different content is refused. Requests with one key are serialised on a
 * transaction-scoped lock, so even two at once make one demand.
 */
@Service
public class IdempotentIntake {

	private final DemandIntake intake;

	private final DemandQueries queries;

	private final DemandRepository demands;

	private final JdbcClient jdbc;

	private final Clock clock;

	IdempotentIntake(DemandIntake intake, DemandQueries queries, DemandRepository demands, JdbcClient jdbc,
			Clock clock) {
		this.intake = intake;
		this.queries = queries;
		this.demands = demands;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	public Once receiveOnce(UUID userId, String key, String requestHash, SubmitDemand command) {
		Optional<Once> earlier = earlierAnswer(userId, key, requestHash);
		if (earlier.isPresent()) {
			return earlier.get();
		}
		DemandReceipt receipt = this.intake.receive(command);
		remember(userId, key, requestHash, receipt);
		return new Once(receipt, false);
	}

	/**
	 * Resubmits a corrected version once per key, like {@link #receiveOnce}; the request
	 * hash should cover the reference, so one key cannot serve two demands.
	 */
	@Transactional
	public Once resubmitOnce(UUID userId, String key, String requestHash, String reference, SubmitDemand corrected) {
		Optional<Once> earlier = earlierAnswer(userId, key, requestHash);
		if (earlier.isPresent()) {
			return earlier.get();
		}
		DemandReceipt receipt = this.intake.resubmit(reference, corrected);
		remember(userId, key, requestHash, receipt);
		return new Once(receipt, false);
	}

	private Optional<Once> earlierAnswer(UUID userId, String key, String requestHash) {
		this.jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param(userId + "/" + key).query().singleRow();
		Optional<Earlier> earlier = earlier(userId, key);
		if (earlier.isPresent() && !earlier.get().requestHash().equals(requestHash)) {
			throw new IdempotencyConflict(key);
		}
		return earlier.map(e -> new Once(replay(e.demandId()), true));
	}

	private void remember(UUID userId, String key, String requestHash, DemandReceipt receipt) {
		this.jdbc.sql(
				"insert into api_idempotency (user_id, key, request_hash, demand_id, created_at) values (?, ?, ?, ?, ?)")
			.params(userId, key, requestHash, receipt.demandId(), Timestamp.from(this.clock.instant()))
			.update();
	}

	private Optional<Earlier> earlier(UUID userId, String key) {
		return this.jdbc.sql("select request_hash, demand_id from api_idempotency where user_id = ? and key = ?")
			.params(userId, key)
			.query((row, i) -> new Earlier(row.getString(1), row.getObject(2, UUID.class)))
			.optional();
	}

	private DemandReceipt replay(UUID demandId) {
		Demand demand = this.demands.findById(demandId).orElseThrow();
		var detail = this.queries.detail(demand.reference()).orElseThrow();
		return new DemandReceipt(demand.id(), demand.reference(), demand.receivedAt(), demand.status(),
				demand.revision(), detail.deficiencies());
	}

	/**
	 * The answer to a submission, and whether it was the answer to an earlier identical
	 * one.
	 */
	public record Once(DemandReceipt receipt, boolean replayed) {

	}

	private record Earlier(String requestHash, UUID demandId) {

	}

	/**
	 * The key was used before for a different request.
	 */
	public static class IdempotencyConflict extends RuntimeException {

		private static final long serialVersionUID = 1L;

		IdempotencyConflict(String key) {
			super("Idempotency-Key '" + key + "' was already used for a different request");
		}

	}

}
