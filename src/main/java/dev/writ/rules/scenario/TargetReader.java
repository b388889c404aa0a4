package dev.writ.rules.scenario;

import java.util.List;

import dev.writ.rules.DemandFacts.Target;
import dev.writ.shared.legal.AccountType;
import dev.writ.shared.legal.IdentifierType;

/**
 * Reads {@code targets[]}: at least one, each with its directory facts. A US person
 * defaults to an owner living in the US (scenario-vocabulary conventions).
 */
final class TargetReader {

	private TargetReader() {
	}

	static List<Target> targets(JsonFields scenario) {
		List<Target> targets = scenario.requiredArray("targets", (node, path) -> target(new JsonFields(node, path)));
		if (targets.isEmpty()) {
			throw scenario.error("targets", "at least one target is required");
		}
		return targets;
	}

	private static Target target(JsonFields t) {
		String residence = ScenarioReader.upper(t.optionalString("owner_residence_country"));
		Integer seats = t.optionalCount("enterprise_seats");
		AccountType type = t.optionalEnum("account_type", AccountType.class);
		return new Target(t.requiredString("identifier"), t.requiredEnum("identifier_type", IdentifierType.class),
				(type != null) ? type : AccountType.CONSUMER, seats,
				ScenarioReader.upper(t.optionalString("data_location")), residence, t.optionalBoolean("exists", true),
				t.optionalBoolean("is_us_person", "US".equals(residence)));
	}

}
