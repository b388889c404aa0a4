/**
 * Receiving demands: the facts of each demand as it arrived (requester, instrument,
 * targets, data asked for, context), its documents, and the queries other modules read
 * them through.
 */
@ApplicationModule(displayName = "Intake",
		allowedDependencies = { "shared", "agency", "identity", "directory", "documents", "rules", "rules :: scenario",
				"audit", "mail" })
@NullMarked
package dev.writ.intake;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
