package dev.writ.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import dev.writ.identity.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AccountLockoutTests {

	static final LockoutPolicy POLICY = new LockoutPolicy(5, Duration.ofMinutes(15));

	static final Instant NINE_AM = Instant.parse("2026-11-22T09:00:00Z");

	@Test
	void four_failures_leave_the_account_open_and_the_fifth_locks_it_for_fifteen_minutes() {
		// given
		UserAccount account = anAccount();
		// when
		for (int i = 0; i < 4; i++) {
			assertThat(account.signInFailed(NINE_AM, POLICY)).isFalse();
		}
		boolean locked = account.signInFailed(NINE_AM, POLICY);
		// then
		assertThat(locked).isTrue();
		assertThat(account.isLockedAt(NINE_AM.plus(Duration.ofMinutes(14)))).isTrue();
		assertThat(account.isLockedAt(NINE_AM.plus(Duration.ofMinutes(15)))).isFalse();
	}

	@Test
	void failures_while_locked_do_not_extend_the_lock() {
		// given
		UserAccount account = lockedAt(NINE_AM);
		// when
		boolean lockedAgain = account.signInFailed(NINE_AM.plus(Duration.ofMinutes(10)), POLICY);
		// then
		assertThat(lockedAgain).isFalse();
		assertThat(account.lockedUntil()).isEqualTo(NINE_AM.plus(Duration.ofMinutes(15)));
	}

	@Test
	void after_a_lock_runs_out_one_more_failure_does_not_lock_again_at_once() {
		// given
		UserAccount account = lockedAt(NINE_AM);
		// when
		boolean locked = account.signInFailed(NINE_AM.plus(Duration.ofMinutes(20)), POLICY);
		// then
		assertThat(locked).isFalse();
		assertThat(account.failedSignIns()).isEqualTo(1);
	}

	@Test
	void a_successful_sign_in_clears_the_count() {
		// given
		UserAccount account = anAccount();
		account.signInFailed(NINE_AM, POLICY);
		account.signInFailed(NINE_AM, POLICY);
		// when
		account.signedIn(NINE_AM);
		// then
		assertThat(account.failedSignIns()).isZero();
		assertThat(account.view().lastSignInAt()).isEqualTo(NINE_AM);
	}

	@Test
	void a_locked_account_hands_spring_security_a_locked_principal() {
		// given
		UserAccount account = lockedAt(NINE_AM);
		// then
		assertThat(account.principal(NINE_AM.plusSeconds(60)).isAccountNonLocked()).isFalse();
		assertThat(account.principal(NINE_AM.plus(Duration.ofHours(1))).isAccountNonLocked()).isTrue();
	}

	private static UserAccount lockedAt(Instant when) {
		UserAccount account = anAccount();
		for (int i = 0; i < 5; i++) {
			account.signInFailed(when, POLICY);
		}
		return account;
	}

	private static UserAccount anAccount() {
		return new UserAccount(UUID.randomUUID(), "dana@contoso-cloud.example", "Dana", "{noop}x", Role.ANALYST, null,
				AccountStatus.ACTIVE, NINE_AM);
	}

}
