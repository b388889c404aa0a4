package dev.writ.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.OptionalLong;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;

import org.springframework.stereotype.Component;

/**
 * Time-based one-time passwords (RFC 6238: SHA-1, 6 digits, 30-second steps), as every
 * authenticator app speaks them. A code is accepted one step either side of now, to allow
 * for clock drift.
 */
@Component
class TotpCodes {

	static final int PERIOD_SECONDS = 30;

	private static final String ISSUER = "Writ";

	private final Clock clock;

	private final CodeGenerator generator = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);

	private final SecureRandom random = new SecureRandom();

	TotpCodes(Clock clock) {
		this.clock = clock;
	}

	String newSecret() {
		return new DefaultSecretGenerator(32).generate();
	}

	long currentStep() {
		return this.clock.instant().getEpochSecond() / PERIOD_SECONDS;
	}

	/** The time step the code belongs to, when it is valid now for the secret. */
	OptionalLong matchingStep(String secret, String code) {
		String digits = code.replaceAll("\\s", "");
		long now = currentStep();
		for (long step = now - 1; step <= now + 1; step++) {
			if (MessageDigest.isEqual(codeAt(secret, step).getBytes(StandardCharsets.US_ASCII),
					digits.getBytes(StandardCharsets.US_ASCII))) {
				return OptionalLong.of(step);
			}
		}
		return OptionalLong.empty();
	}

	String codeAt(String secret, long step) {
		try {
			return this.generator.generate(secret, step);
		}
		catch (CodeGenerationException ex) {
			throw new IllegalStateException("TOTP generation failed", ex);
		}
	}

	/** The otpauth URI an authenticator app scans, and the same as a PNG data URI. */
	String qrCodeDataUri(String secret, String account) {
		QrData data = new QrData.Builder().label(account)
			.secret(secret)
			.issuer(ISSUER)
			.algorithm(HashingAlgorithm.SHA1)
			.digits(6)
			.period(PERIOD_SECONDS)
			.build();
		try {
			return "data:image/png;base64,"
					+ java.util.Base64.getEncoder().encodeToString(new ZxingPngQrGenerator().generate(data));
		}
		catch (QrGenerationException ex) {
			throw new IllegalStateException("QR code generation failed", ex);
		}
	}

	/** A recovery code: 10 random characters in two groups, e.g. {@code k7m2p-x9q4t}. */
	String newRecoveryCode() {
		String alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < 10; i++) {
			code.append(alphabet.charAt(this.random.nextInt(alphabet.length())));
			if (i == 4) {
				code.append('-');
			}
		}
		return code.toString();
	}

	static String digest(String recoveryCode) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256")
				.digest(recoveryCode.trim().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
