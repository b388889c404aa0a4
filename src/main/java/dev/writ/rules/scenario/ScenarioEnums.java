package dev.writ.rules.scenario;

import dev.writ.shared.legal.Coded;
import tools.jackson.databind.JsonNode;

/**
 * Vocabulary values inside arrays ({@code data_requested[2]},
 * {@code requester.instrument_powers[0]}).
 */
final class ScenarioEnums {

	private ScenarioEnums() {
	}

	static <E extends Enum<E> & Coded> E parse(JsonNode node, String path, Class<E> type) {
		if (!node.isString()) {
			throw new ScenarioInputException(path, "expected a string, got " + node);
		}
		try {
			return Coded.parse(type, node.stringValue());
		}
		catch (IllegalArgumentException ex) {
			throw new ScenarioInputException(path, ex.getMessage());
		}
	}

}
