package dev.writ.audit.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.writ.audit.AuditEntry;
import dev.writ.audit.ChainVerification;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChainWalkTests {

	@Test
	void an_untouched_chain_is_intact() {
		assertThat(walk(chain(3))).isEqualTo(ChainVerification.intact(3));
	}

	@Test
	void an_empty_chain_is_intact() {
		assertThat(walk(List.of()).describe()).isEqualTo("audit chain intact: 0 entries");
	}

	@Test
	void a_changed_field_breaks_the_chain_at_that_entry() {
		// given
		List<AuditEntry> chain = chain(4);
		AuditEntry second = chain.get(1);
		chain.set(1, new AuditEntry(second.seq(), second.occurredAt(), "mallory", second.action(), second.subject(),
				second.details(), second.previousHash(), second.hash()));
		// when
		ChainVerification verification = walk(chain);
		// then
		assertThat(verification.brokenAt()).isEqualTo(2);
		assertThat(verification.entries()).isEqualTo(4);
	}

	@Test
	void a_resealed_entry_is_caught_by_the_next_link() {
		// given: the tamperer recomputes entry 2's hash, but entry 3 still points at the
		// old one
		List<AuditEntry> chain = chain(3);
		AuditEntry second = chain.get(1);
		AuditEntry forged = new AuditEntry(2, second.occurredAt(), "mallory", second.action(), second.subject(),
				second.details(), second.previousHash(), "");
		chain.set(1, new AuditEntry(2, forged.occurredAt(), forged.actor(), forged.action(), forged.subject(),
				forged.details(), forged.previousHash(), ChainHasher.hash(forged)));
		// then
		assertThat(walk(chain).brokenAt()).isEqualTo(3);
	}

	@Test
	void the_hash_covers_every_field_and_is_length_prefixed() {
		AuditEntry base = entry(1, "ab", "c", ChainHasher.GENESIS);
		AuditEntry shifted = entry(1, "a", "bc", ChainHasher.GENESIS);
		assertThat(ChainHasher.hash(base)).isNotEqualTo(ChainHasher.hash(shifted)).hasSize(64);
	}

	private static ChainVerification walk(List<AuditEntry> entries) {
		ChainWalk walk = new ChainWalk();
		entries.forEach(walk::accept);
		return walk.result();
	}

	private static List<AuditEntry> chain(int length) {
		List<AuditEntry> chain = new ArrayList<>();
		String previous = ChainHasher.GENESIS;
		for (int seq = 1; seq <= length; seq++) {
			AuditEntry unsealed = entry(seq, "actor" + seq, "subject" + seq, previous);
			AuditEntry sealed = new AuditEntry(seq, unsealed.occurredAt(), unsealed.actor(), unsealed.action(),
					unsealed.subject(), unsealed.details(), previous, ChainHasher.hash(unsealed));
			chain.add(sealed);
			previous = sealed.hash();
		}
		return chain;
	}

	private static AuditEntry entry(long seq, String actor, String subject, String previous) {
		return new AuditEntry(seq, Instant.parse("2026-11-22T09:00:00.123456Z"), actor, "SIGN_IN_SUCCEEDED", subject,
				"{}", previous, "");
	}

}
