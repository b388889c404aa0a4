/**
 * The demo run: an embedded PostgreSQL kept in {@code ./data/}, and demo agencies, users
 * and demands. It lives with the tests on purpose: the production jar cannot create
 * accounts with known passwords.
 */
@ApplicationModule(displayName = "Demo",
		allowedDependencies = { "shared", "agency", "identity", "intake", "registration" })
@NullMarked
package dev.writ.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
