/**
 * The case lifecycle: triage, deficiency notices, decisions with reasons, four-eyes
 * approval, holds, redirects and challenges.
 */
@ApplicationModule(displayName = "Compliance review",
		allowedDependencies = { "shared", "intake", "rules", "secrecy", "identity", "directory" })
@NullMarked
package dev.writ.review;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
