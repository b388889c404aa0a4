package dev.writ.portal.web;

import dev.writ.identity.Role;

/**
 * Where each role starts: officers with their demands, analysts and counsel with the
 * queue.
 */
final class RoleHome {

	private RoleHome() {
	}

	static String of(Role role) {
		return switch (role) {
			case OFFICER -> "/officer/demands";
			case ANALYST, COUNSEL -> "/staff/queue";
			case ADMIN -> "/admin";
			case AUDITOR -> "/auditor";
		};
	}

}
