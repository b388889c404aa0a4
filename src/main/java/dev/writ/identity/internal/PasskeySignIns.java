package dev.writ.identity.internal;

import java.time.Clock;
import java.util.UUID;

import dev.writ.identity.SignInFailed;
import dev.writ.identity.SignInSucceeded;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account's side of signing in with a passkey. A verified passkey is both factors at
 * once, so it completes sign-in like a correct code does; a refused one is audited like a
 * refused password. Refusals do not count towards the lock-out: nothing about a secret
 * can be guessed from them, and the signature check cannot be brute-forced.
 */
@Service
public class PasskeySignIns {

	static final String METHOD = "passkey";

	private final UserAccountRepository accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PasskeySignIns(UserAccountRepository accounts, ApplicationEventPublisher events, Clock clock) {
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	/** The passkey was verified and the account may sign in. */
	@Transactional
	public void succeeded(UUID userId, String remoteAddress) {
		UserAccount account = this.accounts.findById(userId)
			.orElseThrow(() -> new IllegalStateException("no user " + userId));
		account.signedIn(this.clock.instant());
		this.accounts.save(account);
		this.events.publishEvent(new SignInSucceeded(account.username(), remoteAddress, METHOD));
	}

	/**
	 * @param username the passkey's owner, or {@code anonymous} when the passkey is
	 * unknown
	 * @param reason bad_credentials, locked or disabled
	 */
	@Transactional
	public void failed(String username, String reason, String remoteAddress) {
		this.events.publishEvent(new SignInFailed(username, reason, remoteAddress, METHOD));
	}

}
