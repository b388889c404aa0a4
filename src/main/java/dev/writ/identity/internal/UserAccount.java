package dev.writ.identity.internal;

import java.time.Instant;
import java.util.UUID;

import dev.writ.identity.Role;
import dev.writ.identity.SignedInUser;
import dev.writ.identity.UserView;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
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

	UserView view() {
		return new UserView(this.id, this.username, this.displayName, this.role, this.agencyId, this.status.name(),
				this.lockedUntil, this.lastSignInAt);
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
