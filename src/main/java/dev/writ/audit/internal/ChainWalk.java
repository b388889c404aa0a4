package dev.writ.audit.internal;

import dev.writ.audit.AuditEntry;
import dev.writ.audit.ChainVerification;

/**
 * Walks the chain in order and remembers the first entry that does not fit: a missing
 * position, a link to the wrong predecessor, or a hash that no longer matches the entry's
 * own fields.
 */
final class ChainWalk {

	private long read;

	private String previousHash = ChainHasher.GENESIS;

	private ChainVerification firstBreak;

	void accept(AuditEntry entry) {
		this.read++;
		if (this.firstBreak == null) {
			String problem = problemWith(entry);
			if (problem != null) {
				this.firstBreak = ChainVerification.broken(0, entry.seq(), problem);
			}
		}
		this.previousHash = entry.hash();
	}

	private String problemWith(AuditEntry entry) {
		if (entry.seq() != this.read) {
			return "entry #" + this.read + " is missing before it (entries removed or renumbered)";
		}
		if (!entry.previousHash().equals(this.previousHash)) {
			return "does not link to the entry before it (an entry before it was altered or removed)";
		}
		String recomputed = ChainHasher.hash(entry);
		if (!recomputed.equals(entry.hash())) {
			return "content does not match its hash (" + entry.action() + " by " + entry.actor() + " on "
					+ entry.occurredAt() + " was altered)";
		}
		return null;
	}

	ChainVerification result() {
		if (this.firstBreak == null) {
			return ChainVerification.intact(this.read);
		}
		return ChainVerification.broken(this.read, this.firstBreak.brokenAt(), this.firstBreak.problem());
	}

}
