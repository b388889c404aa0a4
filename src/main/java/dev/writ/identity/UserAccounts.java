package dev.writ.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * User accounts' public face.
 */
public interface UserAccounts {

	/**
	 * Creates an active account.
	 * @param actor who created it, for the audit trail
	 * @throws IllegalArgumentException naming the field that is wrong (duplicate user
	 * name, weak password, officer without agency)
	 */
	UserView create(NewUser user, String actor);

	/**
	 * Creates an active account from a password hashed earlier by
	 * {@link #hashPassword(String)}.
	 * @param actor who created it, for the audit trail
	 * @throws dev.writ.shared.validation.InvalidInput naming the field that is wrong
	 * (duplicate user name, officer without agency)
	 */
	UserView create(HashedNewUser user, String actor);

	/**
	 * Checks a password against the policy for accounts and hashes it.
	 * @throws dev.writ.shared.validation.InvalidInput on field {@code password} when the
	 * policy refuses it
	 */
	PasswordHash hashPassword(String password);

	Optional<UserView> find(UUID id);

	Optional<UserView> byUsername(String username);

	List<UserView> all();

}
