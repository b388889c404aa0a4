/**
 * Telling customers about demands for their data, when the law and any secrecy order
 * allow it.
 */
@ApplicationModule(displayName = "Customer notice",
		allowedDependencies = { "shared", "review", "production", "secrecy" })
@NullMarked
package dev.writ.notice;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
