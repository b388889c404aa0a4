package dev.writ.identity.internal;

import static dev.writ.shared.validation.InvalidInput.require;

import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import dev.writ.identity.NewUser;
import dev.writ.identity.Role;

import org.jspecify.annotations.Nullable;

/**
 * Checks a new account before anything is written, naming the field that is wrong.
 */
final class NewUserValidation {

	static final int MIN_PASSWORD_LENGTH = 12;

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[a-z0-9.-]+\\.[a-z]{2,}");

	private NewUserValidation() {
	}

	static void check(NewUser user, String username, Predicate<String> taken) {
		checkAccount(username, user.displayName(), user.role(), user.agencyId(), taken);
		checkPassword(user.password());
	}

	static void checkAccount(String username, String displayName, Role role, @Nullable UUID agencyId,
			Predicate<String> taken) {
		require(EMAIL.matcher(username).matches(), "username", "must be an e-mail address, got '" + username + "'");
		require(!taken.test(username), "username", "'" + username + "' already has an account");
		require(!displayName.isBlank(), "displayName", "must not be blank");
		require((role == Role.OFFICER) == (agencyId != null), "agencyId",
				"an officer needs an agency and staff must not have one");
	}

	static void checkPassword(String password) {
		require(password.length() >= MIN_PASSWORD_LENGTH, "password",
				"must be at least " + MIN_PASSWORD_LENGTH + " characters");
	}

}
