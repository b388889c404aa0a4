package dev.writ.identity;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A command to create a user account.
 *
 * @param username the user's e-mail address
 * @param password the initial password in clear; only its hash is kept
 * @param agencyId required for officers, absent for staff
 */
public record NewUser(String username, String displayName, String password, Role role, @Nullable UUID agencyId) {

	@Override
	public String toString() {
		return "NewUser[" + this.username + ", " + this.role + "]";
	}

}
