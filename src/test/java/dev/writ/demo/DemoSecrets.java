package dev.writ.demo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;

/**
 * The demo accounts' authenticator secrets, derived from the user name so they are the
 * same at every start, and the current code for one of them. Demo only.
 */
public final class DemoSecrets {

	private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

	private DemoSecrets() {
	}

	public static String secretFor(String username) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256")
				.digest(("writ-demo:" + username).getBytes(StandardCharsets.UTF_8));
			StringBuilder secret = new StringBuilder();
			for (int i = 0; i < 32; i++) {
				secret.append(BASE32.charAt((hash[i] & 0xff) % 32));
			}
			return secret.toString();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The code an authenticator holding the user's demo secret shows now. */
	public static String currentCode(String username, Clock clock) {
		return codeAt(secretFor(username), clock);
	}

	public static String codeAt(String secret, Clock clock) {
		return codeAtStep(secret, stepAt(clock));
	}

	/** The 30-second time step a clock is in. */
	public static long stepAt(Clock clock) {
		return clock.instant().getEpochSecond() / 30;
	}

	public static String codeAtStep(String secret, long step) {
		try {
			return new DefaultCodeGenerator().generate(secret, step);
		}
		catch (CodeGenerationException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
