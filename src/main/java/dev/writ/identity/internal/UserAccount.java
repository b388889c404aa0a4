package dev.writ.identity.internal;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import dev.writ.identity.Role;
import dev.writ.identity.SignedInUser;
import dev.writ.identity.UserView;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A user account (aggregate root). Sign-in failures are counted here; enough of them in a
 * row lock the account for a while.
 */
@Table("user_account")
class UserAccount {

	@Id
	private final UUID id;

	private final String username;

	private final String displayName;

	private final String passwordHash;

	private final Role role;

	private final UUID agencyId;

	private final AccountStatus status;

	private final Instant createdAt;

	private int failedSignIns;

	private Instant lockedUntil;

	private Instant lastSignInAt;

	private String totpSecret;

	private Instant totpEnrolledAt;

	private Long totpLastStep;

	@MappedCollection(idColumn = "user_account")
	private Set<RecoveryCode> recoveryCodes = new HashSet<>();

	@Version
	private Integer version;

	UserAccount(UUID id, String username, String displayName, String passwordHash, Role role, UUID agencyId,
			AccountStatus status, Instant createdAt) {
		this.id = id;
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.role = role;
		this.agencyId = agencyId;
		this.status = status;
		this.createdAt = createdAt;
	}

	boolean isLockedAt(Instant now) {
		return this.lockedUntil != null && now.isBefore(this.lockedUntil);
	}

	/**
	 * Counts a failed sign-in and locks the account when the policy says so.
	 * @return true when this failure locked the account
	 */
	boolean signInFailed(Instant now, LockoutPolicy policy) {
		if (this.lockedUntil != null && !now.isBefore(this.lockedUntil)) {
			// The previous lock ran out: start counting afresh.
			this.lockedUntil = null;
			this.failedSignIns = 0;
		}
		this.failedSignIns++;
		if (this.lockedUntil == null && this.failedSignIns >= policy.maxFailedSignIns()) {
			this.lockedUntil = now.plus(policy.lockFor());
			return true;
		}
		return false;
	}

	void signedIn(Instant now) {
		this.failedSignIns = 0;
		this.lockedUntil = null;
		this.lastSignInAt = now;
	}

	SignedInUser principal(Instant now) {
		var access = new SignedInUser.Access(this.passwordHash, this.status == AccountStatus.ACTIVE, !isLockedAt(now));
		return new SignedInUser(this.id, this.username, this.displayName, this.role, this.agencyId, access);
	}

	boolean hasSecondFactor() {
		return this.totpEnrolledAt != null;
	}

	/**
	 * Starts enrolment with a secret that becomes the factor once a first code confirms
	 * it.
	 */
	void beginEnrolment(String secret) {
		if (hasSecondFactor()) {
			throw new IllegalStateException("already enrolled");
		}
		this.totpSecret = secret;
	}

	void completeEnrolment(Instant now, long step, Set<String> recoveryCodeHashes) {
		this.totpEnrolledAt = now;
		this.totpLastStep = step;
		this.recoveryCodes = new HashSet<>();
		recoveryCodeHashes.forEach(hash -> this.recoveryCodes.add(new RecoveryCode(hash, null)));
	}

	/**
	 * Accepts a code's time step once: a code seen before (or an older one) is a replay.
	 */
	boolean acceptStep(long step) {
		if (this.totpLastStep != null && step <= this.totpLastStep) {
			return false;
		}
		this.totpLastStep = step;
		return true;
	}

	/** Uses an unused recovery code; false when there is no such code or it was used. */
	boolean useRecoveryCode(String hash, Instant now) {
		RecoveryCode code = this.recoveryCodes.stream()
			.filter(c -> c.codeHash().equals(hash) && c.usedAt() == null)
			.findFirst()
			.orElse(null);
		if (code == null) {
			return false;
		}
		this.recoveryCodes.remove(code);
		this.recoveryCodes.add(new RecoveryCode(hash, now));
		return true;
	}

	long unusedRecoveryCodes() {
		return this.recoveryCodes.stream().filter(c -> c.usedAt() == null).count();
	}

	String totpSecret() {
		return this.totpSecret;
	}

	UUID id() {
		return this.id;
	}

	UserView view() {
		return new UserView(this.id, this.username, this.displayName, this.role, this.agencyId, this.status.name(),
				this.lockedUntil, this.lastSignInAt, this.createdAt);
	}

	String username() {
		return this.username;
	}

	int failedSignIns() {
		return this.failedSignIns;
	}

	Instant lockedUntil() {
		return this.lockedUntil;
	}

}
