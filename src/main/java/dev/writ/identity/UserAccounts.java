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

	Optional<UserView> find(UUID id);

	Optional<UserView> byUsername(String username);

	List<UserView> all();

}
