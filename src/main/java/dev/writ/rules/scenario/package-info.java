/**
 * The scenario format (docs/spec/scenario-format.md): reading demand facts from JSON with
 * errors that name the field, writing assessments as JSON, checking them against expected
 * answers, and the offline {@code assess} command. Pure Java and Jackson: no Spring, no
 * database.
 */
@NamedInterface("scenario")
@NullMarked
package dev.writ.rules.scenario;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
