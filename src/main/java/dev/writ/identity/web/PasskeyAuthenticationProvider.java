package dev.writ.identity.web;

import dev.writ.identity.SignedInUser;
import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsChecker;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationRequestToken;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;

/**
 * Signs a user in with a passkey: the relying party verifies the signature (and that the
 * authenticator verified the user), then the account must be allowed to sign in now, just
 * as with a password: a locked or disabled account is refused. The result carries the
 * same {@link SignedInUser} principal as the password path, so roles and pages work
 * alike.
 */
class PasskeyAuthenticationProvider implements AuthenticationProvider {

	private final WebAuthnRelyingPartyOperations relyingParty;

	private final UserDetailsService users;

	private final UserCredentialRepository credentials;

	private final PublicKeyCredentialUserEntityRepository userEntities;

	private final UserDetailsChecker accountStatus = new AccountStatusUserDetailsChecker();

	PasskeyAuthenticationProvider(WebAuthnRelyingPartyOperations relyingParty, UserDetailsService users,
			UserCredentialRepository credentials, PublicKeyCredentialUserEntityRepository userEntities) {
		this.relyingParty = relyingParty;
		this.users = users;
		this.credentials = credentials;
		this.userEntities = userEntities;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		WebAuthnAuthenticationRequestToken request = (WebAuthnAuthenticationRequestToken) authentication;
		SignedInUser user;
		try {
			PublicKeyCredentialUserEntity owner = this.relyingParty.authenticate(request.getWebAuthnRequest());
			user = (SignedInUser) this.users.loadUserByUsername(owner.getName());
		}
		catch (RuntimeException ex) {
			throw new PasskeyRefused(claimedOwner(request), PasskeyRefused.BAD_CREDENTIALS, ex);
		}
		try {
			this.accountStatus.check(user);
		}
		catch (LockedException ex) {
			throw new PasskeyRefused(user.getUsername(), "locked", ex);
		}
		catch (DisabledException ex) {
			throw new PasskeyRefused(user.getUsername(), "disabled", ex);
		}
		user.eraseCredentials();
		return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
	}

	/**
	 * Whose passkey the browser presented, when Writ knows it: for the audit trail only.
	 */
	private String claimedOwner(WebAuthnAuthenticationRequestToken request) {
		try {
			Bytes credentialId = request.getWebAuthnRequest().getPublicKey().getRawId();
			CredentialRecord record = this.credentials.findByCredentialId(credentialId);
			@Nullable PublicKeyCredentialUserEntity owner = (record != null)
					? this.userEntities.findById(record.getUserEntityUserId()) : null;
			return (owner != null) ? owner.getName() : "anonymous";
		}
		catch (RuntimeException ex) {
			return "anonymous";
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return WebAuthnAuthenticationRequestToken.class.isAssignableFrom(authentication);
	}

}
