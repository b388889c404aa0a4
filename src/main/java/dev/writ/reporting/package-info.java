/**
 * The twice-yearly transparency report computed from the register of demands and
 * decisions.
 */
@ApplicationModule(displayName = "Transparency reporting",
		allowedDependencies = { "shared", "intake", "review", "production", "secrecy" })
@NullMarked
package dev.writ.reporting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
