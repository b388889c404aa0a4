/**
 * Requesting agencies: who they are, where they sit, which e-mail domains are officially
 * theirs and the independently sourced switchboard number used for call-back checks.
 */
@ApplicationModule(displayName = "Agency registry", allowedDependencies = "shared")
@NullMarked
package dev.writ.agency;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
