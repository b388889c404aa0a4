package dev.writ.identity;

/**
 * A password as stored: the encoder's hash, never the clear text. Made by
 * {@link UserAccounts#hashPassword(String)}, so a password can be checked against the
 * policy and hashed at one time (a registration) and the account created later (its
 * approval) without the clear password being kept in between.
 *
 * @param encoded the hash with its algorithm, e.g. {@code {bcrypt}$2a$10$...}
 */
public record PasswordHash(String encoded) {

	@Override
	public String toString() {
		return "PasswordHash[hidden]";
	}

}
