package dev.writ.rules.scenario;

import dev.writ.rules.DemandFacts;
import tools.jackson.databind.JsonNode;

import org.jspecify.annotations.Nullable;

/**
 * One scenario file: the demand's facts and, in test suites, the expected answer.
 *
 * @param expected the {@code expected} object, or null when the file has none
 */
public record Scenario(DemandFacts facts, @Nullable JsonNode expected) {

}
