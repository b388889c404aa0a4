package dev.writ.registration;

import org.jspecify.annotations.Nullable;

/**
 * What an officer enters to register. The agency is not entered: it follows from the
 * domain of the work e-mail address.
 *
 * @param invitation the token of the invitation link the officer followed, if any
 */
public record NewRegistration(String name, String email, String jobTitle, String deskPhone, String password,
		String confirmPassword, @Nullable String invitation) {

	@Override
	public String toString() {
		return "NewRegistration[" + this.email + "]";
	}

}
