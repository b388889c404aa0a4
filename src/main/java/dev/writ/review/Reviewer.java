package dev.writ.review;

import dev.writ.identity.Role;

import org.jspecify.annotations.Nullable;

/**
 * Who acts on a case: a user name and the role they act in. Writ itself acts as
 * {@link #SYSTEM}, with no role.
 */
public record Reviewer(String username, @Nullable Role role) {

	/** Writ itself (a hold that runs out). */
	public static final Reviewer SYSTEM = new Reviewer("system", null);

	/** Whether the actor may decide cases: an analyst or counsel. */
	public boolean reviews() {
		return this.role == Role.ANALYST || this.role == Role.COUNSEL;
	}

}
