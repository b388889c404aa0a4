package dev.writ.identity.internal;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import dev.writ.identity.HashedNewUser;
import dev.writ.identity.NewUser;
import dev.writ.identity.PasswordHash;
import dev.writ.identity.Role;
import dev.writ.identity.UserAccounts;
import dev.writ.identity.UserCreated;
import dev.writ.identity.UserView;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class UserAccountService implements UserAccounts, UserDetailsService {

	private final UserAccountRepository accounts;

	private final PasswordEncoder passwords;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	UserAccountService(UserAccountRepository accounts, PasswordEncoder passwords, ApplicationEventPublisher events,
			Clock clock) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional
	public UserView create(NewUser user, String actor) {
		String username = user.username().trim().toLowerCase(Locale.ROOT);
		NewUserValidation.check(user, username, this.accounts::existsByUsername);
		UserAccount account = new UserAccount(UUID.randomUUID(), username, user.displayName().trim(),
				this.passwords.encode(user.password()), user.role(), user.agencyId(), AccountStatus.ACTIVE,
				this.clock.instant());
		if (user.totpSecret() != null) {
			account.beginEnrolment(user.totpSecret());
			account.completeEnrolment(this.clock.instant(), 0, java.util.Set.of());
		}
		return saved(account, user.role(), actor);
	}

	@Override
	@Transactional
	public UserView create(HashedNewUser user, String actor) {
		String username = user.username().trim().toLowerCase(Locale.ROOT);
		NewUserValidation.checkAccount(username, user.displayName(), user.role(), user.agencyId(),
				this.accounts::existsByUsername);
		return saved(new UserAccount(UUID.randomUUID(), username, user.displayName().trim(), user.password().encoded(),
				user.role(), user.agencyId(), AccountStatus.ACTIVE, this.clock.instant()), user.role(), actor);
	}

	@Override
	public PasswordHash hashPassword(String password) {
		NewUserValidation.checkPassword(password);
		return new PasswordHash(this.passwords.encode(password));
	}

	private UserView saved(UserAccount account, Role role, String actor) {
		UserAccount saved = this.accounts.save(account);
		this.events.publishEvent(new UserCreated(saved.view().id(), saved.username(), role, actor));
		return saved.view();
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return this.accounts.findByUsername(username.trim().toLowerCase(Locale.ROOT))
			.map(account -> account.principal(this.clock.instant()))
			.orElseThrow(() -> new UsernameNotFoundException("no such user"));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<UserView> find(UUID id) {
		return this.accounts.findById(id).map(UserAccount::view);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<UserView> byUsername(String username) {
		return this.accounts.findByUsername(username.trim().toLowerCase(Locale.ROOT)).map(UserAccount::view);
	}

	@Override
	@Transactional(readOnly = true)
	public List<UserView> all() {
		return this.accounts.findAllOrdered().stream().map(UserAccount::view).toList();
	}

}
