package dev.writ.identity;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A command to create a user account.
 *
 * @param username the user's e-mail address
 * @param password the initial password in clear; only its hash is kept
 * @param agencyId required for officers, absent for staff
 * @param totpSecret an authenticator secret the user already holds (accounts moved from
 * another system); null, and the user enrols at first sign-in
 */
public record NewUser(String username, String displayName, String password, Role role, @Nullable UUID agencyId,
		@Nullable String totpSecret) {

	public NewUser(String username, String displayName, String password, Role role, @Nullable UUID agencyId) {
		this(username, displayName, password, role, agencyId, null);
	}

	@Override
	public String toString() {
		return "NewUser[" + this.username + ", " + this.role + "]";
	}

}
