/**
 * Officers who register themselves: registration from an official e-mail address of a
 * vetted agency only, e-mail verification, vetting by a provider administrator with a
 * recorded call-back to the agency's independently sourced switchboard, and invitations
 * officers send to colleagues of their own agency.
 */
@ApplicationModule(displayName = "Officer registration",
		allowedDependencies = { "shared", "identity", "agency", "mail", "rules" })
@NullMarked
package dev.writ.registration;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
