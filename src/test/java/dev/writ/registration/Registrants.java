package dev.writ.registration;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Registrations the tests submit: a fresh address at the demo FBI office's domain unless
 * told otherwise.
 */
final class Registrants {

	static final String PASSWORD = "correct horse battery staple";

	private Registrants() {
	}

	static String freshFbiAddress() {
		return "reg-" + UUID.randomUUID().toString().substring(0, 8) + "@fbi.gov";
	}

	static NewRegistration of(String email) {
		return of(email, null);
	}

	static NewRegistration of(String email, @Nullable String invitation) {
		return new NewRegistration("Special Agent Test", email, "Special Agent", "+1 206 555 0199", PASSWORD, PASSWORD,
				invitation);
	}

}
