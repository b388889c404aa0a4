package dev.writ.identity;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal of a signed-in user. Web code receives it with
 * {@code @AuthenticationPrincipal}. The password hash is erased once sign-in succeeds, so
 * it never sits in a session.
 */
public final class SignedInUser implements UserDetails, CredentialsContainer {

	@Serial
	private static final long serialVersionUID = 1L;

	private final UUID id;

	private final String username;

	private final String displayName;

	private final Role role;

	private final @Nullable UUID agencyId;

	private final boolean enabled;

	private final boolean unlocked;

	private @Nullable String password;

	/**
	 * @param agencyId the officer's agency; null for staff
	 */
	public SignedInUser(UUID id, String username, String displayName, Role role, @Nullable UUID agencyId,
			Access access) {
		this.id = id;
		this.username = username;
		this.displayName = displayName;
		this.role = role;
		this.agencyId = agencyId;
		this.password = access.passwordHash();
		this.enabled = access.enabled();
		this.unlocked = access.unlocked();
	}

	public UUID id() {
		return this.id;
	}

	public String displayName() {
		return this.displayName;
	}

	public Role role() {
		return this.role;
	}

	public @Nullable UUID agencyId() {
		return this.agencyId;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(this.role.authority()));
	}

	@Override
	public @Nullable String getPassword() {
		return this.password;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return this.unlocked;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.password = null;
	}

	/**
	 * What decides whether the user may sign in now.
	 */
	public record Access(@Nullable String passwordHash, boolean enabled, boolean unlocked) {

	}

}
