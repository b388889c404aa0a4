/**
 * The server-rendered shell: landing page, role home pages, navigation and errors.
 */
@ApplicationModule(displayName = "Portal",
		allowedDependencies = { "shared", "intake", "review", "production", "reporting", "agency", "identity", "audit",
				"secrecy", "rules" })
@NullMarked
package dev.writ.portal;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
