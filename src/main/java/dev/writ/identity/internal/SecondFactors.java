package dev.writ.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

import dev.writ.identity.AccountLocked;
import dev.writ.identity.RecoveryCodeUsed;
import dev.writ.identity.SecondFactorEnrolled;
import dev.writ.identity.SecondFactorEnrolment;
import dev.writ.identity.SecondFactorFailed;
import dev.writ.identity.SignInSucceeded;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second factor: enrolment of an authenticator app, and checking its codes (or a
 * recovery code) to finish signing in. Wrong codes count towards the same lock-out as
 * wrong passwords.
 */
@Service
public class SecondFactors {

	static final int RECOVERY_CODES = 10;

	private final UserAccountRepository accounts;

	private final TotpCodes totp;

	private final LockoutPolicy policy;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SecondFactors(UserAccountRepository accounts, TotpCodes totp, LockoutPolicy policy,
			ApplicationEventPublisher events, Clock clock) {
		this.accounts = accounts;
		this.totp = totp;
		this.policy = policy;
		this.events = events;
		this.clock = clock;
	}

	public boolean isEnrolled(UUID userId) {
		return account(userId).hasSecondFactor();
	}

	/**
	 * The secret for the user's authenticator (new, or the one still waiting for
	 * confirmation), as a QR code.
	 */
	@Transactional
	public SecondFactorEnrolment startEnrolment(UUID userId) {
		UserAccount account = account(userId);
		String secret = account.totpSecret();
		if (secret == null) {
			secret = this.totp.newSecret();
			account.beginEnrolment(secret);
			this.accounts.save(account);
		}
		return new SecondFactorEnrolment(secret, this.totp.qrCodeDataUri(secret, account.username()));
	}

	/**
	 * Confirms enrolment with a first code from the app.
	 * @return the recovery codes, in clear for the only time, or an empty list when the
	 * code is wrong
	 */
	@Transactional
	public List<String> confirmEnrolment(UUID userId, String code, String remoteAddress) {
		UserAccount account = account(userId);
		OptionalLong step = (account.totpSecret() == null) ? OptionalLong.empty()
				: this.totp.matchingStep(account.totpSecret(), code);
		if (step.isEmpty()) {
			failed(account, "wrong_code_at_enrolment", remoteAddress);
			return List.of();
		}
		List<String> codes = new ArrayList<>();
		Set<String> hashes = new HashSet<>();
		for (int i = 0; i < RECOVERY_CODES; i++) {
			String recovery = this.totp.newRecoveryCode();
			codes.add(recovery);
			hashes.add(TotpCodes.digest(recovery));
		}
		account.completeEnrolment(this.clock.instant(), step.getAsLong(), hashes);
		account.signedIn(this.clock.instant());
		this.accounts.save(account);
		this.events.publishEvent(new SecondFactorEnrolled(account.username(), remoteAddress));
		this.events.publishEvent(new SignInSucceeded(account.username(), remoteAddress));
		return codes;
	}

	/** Checks a code from the app, or a recovery code; true finishes sign-in. */
	@Transactional
	public boolean verify(UUID userId, String code, String remoteAddress) {
		UserAccount account = account(userId);
		Instant now = this.clock.instant();
		if (account.isLockedAt(now)) {
			this.events.publishEvent(new SecondFactorFailed(account.username(), remoteAddress, "locked"));
			return false;
		}
		String outcome = check(account, code, now, remoteAddress);
		if (outcome != null) {
			failed(account, outcome, remoteAddress);
			return false;
		}
		account.signedIn(now);
		this.accounts.save(account);
		this.events.publishEvent(new SignInSucceeded(account.username(), remoteAddress));
		return true;
	}

	/** Why the code is refused, or null when it is accepted (and consumed). */
	private String check(UserAccount account, String code, Instant now, String remoteAddress) {
		String trimmed = code.trim();
		if (trimmed.matches("\\d{6}")) {
			OptionalLong step = this.totp.matchingStep(account.totpSecret(), trimmed);
			if (step.isEmpty()) {
				return "wrong_code";
			}
			return account.acceptStep(step.getAsLong()) ? null : "replayed_code";
		}
		if (!account.useRecoveryCode(TotpCodes.digest(trimmed), now)) {
			return "wrong_recovery_code";
		}
		this.events.publishEvent(
				new RecoveryCodeUsed(account.username(), remoteAddress, Long.toString(account.unusedRecoveryCodes())));
		return null;
	}

	private void failed(UserAccount account, String reason, String remoteAddress) {
		this.events.publishEvent(new SecondFactorFailed(account.username(), remoteAddress, reason));
		if (account.signInFailed(this.clock.instant(), this.policy)) {
			this.events
				.publishEvent(new AccountLocked(account.username(), account.failedSignIns(), account.lockedUntil()));
		}
		this.accounts.save(account);
	}

	private UserAccount account(UUID userId) {
		return this.accounts.findById(userId).orElseThrow(() -> new IllegalStateException("no user " + userId));
	}

}
