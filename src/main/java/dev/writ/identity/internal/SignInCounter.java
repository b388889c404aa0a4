package dev.writ.identity.internal;

import java.time.Clock;
import java.time.Instant;

import dev.writ.identity.AccountLocked;
import dev.writ.identity.SignInSucceeded;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each account's run of failed sign-ins and locks it when the policy says so.
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
	void signedIn(String username, SignInSucceeded event) {
		this.accounts.findByUsername(username).ifPresent(account -> {
			account.signedIn(this.clock.instant());
			this.accounts.save(account);
		});
		this.events.publishEvent(event);
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
