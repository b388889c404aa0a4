package dev.writ.identity;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A command to create a user account whose password was hashed earlier, e.g. by an
 * officer's registration that an administrator approves later. The user enrols a second
 * factor at first sign-in.
 *
 * @param username the user's e-mail address
 * @param agencyId required for officers, absent for staff
 */
public record HashedNewUser(String username, String displayName, PasswordHash password, Role role,
		@Nullable UUID agencyId) {

	@Override
	public String toString() {
		return "HashedNewUser[" + this.username + ", " + this.role + "]";
	}

}
