package dev.writ.testing;

import java.util.List;
import java.util.Map;

import dev.writ.audit.AuditEntry;
import dev.writ.audit.AuditTrail;
import dev.writ.shared.audit.AuditAction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Asserts what a flow wrote to the audit trail, in the manner of Keycloak's AssertEvents:
 * mark the trail, run the flow, then expect entries recorded since the mark.
 *
 * <pre>
 * var audit = AuditAssertions.mark(trail);
 * // ... the flow ...
 * audit.expect(AuditAction.SIGN_IN_SUCCEEDED).actor("a@b.gov").subject("user:a@b.gov").assertRecorded();
 * </pre>
 */
public final class AuditAssertions {

	private final AuditTrail trail;

	private final long mark;

	private AuditAssertions(AuditTrail trail, long mark) {
		this.trail = trail;
		this.mark = mark;
	}

	public static AuditAssertions mark(AuditTrail trail) {
		List<AuditEntry> latest = trail.latest(1);
		return new AuditAssertions(trail, latest.isEmpty() ? 0 : latest.get(0).seq());
	}

	/** Entries recorded since the mark, oldest first. */
	public List<AuditEntry> recorded() {
		return this.trail.latest(1000)
			.stream()
			.filter(entry -> entry.seq() > this.mark)
			.sorted((a, b) -> Long.compare(a.seq(), b.seq()))
			.toList();
	}

	public Expectation expect(AuditAction action) {
		return new Expectation(action, null, null, Map.of());
	}

	/** The actions recorded since the mark, in order. */
	public List<String> actions() {
		return recorded().stream().map(AuditEntry::action).toList();
	}

	/**
	 * One expected entry; unset parts match anything.
	 */
	public final class Expectation {

		private final AuditAction action;

		private final String actor;

		private final String subject;

		private final Map<String, String> details;

		private Expectation(AuditAction action, String actor, String subject, Map<String, String> details) {
			this.action = action;
			this.actor = actor;
			this.subject = subject;
			this.details = details;
		}

		public Expectation actor(String expected) {
			return new Expectation(this.action, expected, this.subject, this.details);
		}

		public Expectation subject(String expected) {
			return new Expectation(this.action, this.actor, expected, this.details);
		}

		public Expectation detail(String key, String value) {
			var merged = new java.util.HashMap<>(this.details);
			merged.put(key, value);
			return new Expectation(this.action, this.actor, this.subject, merged);
		}

		public AuditEntry assertRecorded() {
			List<AuditEntry> matching = recorded().stream().filter(this::matches).toList();
			assertThat(matching)
				.as("audit entries %s since #%d, found actions %s", describe(), AuditAssertions.this.mark, actions())
				.isNotEmpty();
			return matching.get(0);
		}

		public void assertNotRecorded() {
			assertThat(recorded().stream().filter(this::matches).toList()).as("no audit entry %s", describe())
				.isEmpty();
		}

		private boolean matches(AuditEntry entry) {
			return entry.action().equals(this.action.name()) && (this.actor == null || this.actor.equals(entry.actor()))
					&& (this.subject == null || this.subject.equals(entry.subject()))
					&& entry.detailMap().entrySet().containsAll(this.details.entrySet());
		}

		private String describe() {
			return this.action + (this.actor != null ? " by " + this.actor : "")
					+ (this.subject != null ? " on " + this.subject : "")
					+ (this.details.isEmpty() ? "" : " with " + this.details);
		}

	}

}
