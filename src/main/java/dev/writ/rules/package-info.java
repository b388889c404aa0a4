/**
 * The legal rule base as pure Java: facts in, findings with citations and a decision out.
 * No Spring, no persistence, no clock: the same facts always give the same assessment.
 */
@ApplicationModule(displayName = "Assessment engine", allowedDependencies = { "shared" })
@NullMarked
package dev.writ.rules;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
