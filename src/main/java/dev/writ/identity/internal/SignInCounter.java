package dev.writ.identity.internal;

import java.time.Clock;
import java.time.Instant;

import dev.writ.identity.AccountLocked;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each account's run of failed sign-ins and locks it when the policy says so. A
 * correct password does not clear the run: only a completed sign-in (second factor
 * included) does, or an attacker who knows the password could guess second-factor codes
 * without end.
 */
@Component
class SignInCounter {

	private final UserAccountRepository accounts;

	private final ApplicationEventPublisher events;

	private final LockoutPolicy policy;

	private final Clock clock;

	SignInCounter(UserAccountRepository accounts, ApplicationEventPublisher events, LockoutPolicy policy, Clock clock) {
		this.accounts = accounts;
		this.events = events;
		this.policy = policy;
		this.clock = clock;
	}

	@Transactional
	void failed(String username) {
		Instant now = this.clock.instant();
		this.accounts.findByUsername(username).ifPresent(account -> {
			boolean locked = account.signInFailed(now, this.policy);
			this.accounts.save(account);
			if (locked) {
				this.events.publishEvent(new AccountLocked(username, account.failedSignIns(), account.lockedUntil()));
			}
		});
	}

}
