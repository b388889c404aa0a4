package dev.writ.identity.internal;

/**
 * A token just created: the secret, in clear for the only time, and what the list shows.
 */
public record IssuedApiToken(String secret, ApiTokenView token) {

	@Override
	public String toString() {
		return "IssuedApiToken[" + this.token + "]";
	}

}
