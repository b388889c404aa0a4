package dev.writ.rules.scenario;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import dev.writ.rules.DemandFacts;
import dev.writ.rules.DemandFacts.Context;
import dev.writ.rules.DemandFacts.Requester;
import dev.writ.shared.legal.DataCategory;
import dev.writ.shared.legal.GovernmentLevel;
import dev.writ.shared.legal.ProcessType;
import dev.writ.shared.legal.RequesterKind;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a scenario (docs/spec/scenario-format.md) into {@link DemandFacts}. Unknown
 * fields are ignored; a missing required field, a wrong type, an unknown enum value or an
 * impossible date is a {@link ScenarioInputException} naming the field path.
 */
public final class ScenarioReader {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

	/** Reads a scenario from JSON text. */
	public Scenario read(String json) {
		JsonNode root;
		try {
			root = JSON.readTree(json);
		}
		catch (JacksonException ex) {
			String problem = ex.getOriginalMessage().replaceAll("\\s*\\(start marker at \\[Source.*?\\]\\)", "");
			throw new ScenarioInputException("", "invalid JSON: " + problem + location(ex));
		}
		if (root == null || root.isMissingNode()) {
			throw new ScenarioInputException("", "empty document");
		}
		return read(root);
	}

	/** Reads a scenario from a parsed JSON document. */
	public Scenario read(JsonNode root) {
		JsonFields scenario = new JsonFields(root, "");
		JsonNode expected = root.get("expected");
		return new Scenario(facts(scenario), (expected == null || expected.isNull()) ? null : expected);
	}

	private static DemandFacts facts(JsonFields scenario) {
		var received = scenario.requiredDate("received_date");
		var evaluated = scenario.optionalDate("evaluated_on");
		return new DemandFacts(scenario.requiredString("id"), received, (evaluated != null) ? evaluated : received,
				requester(scenario.requiredObject("requester")),
				ProcessReader.process(scenario.requiredObject("process")), TargetReader.targets(scenario),
				dataRequested(scenario), context(scenario.optionalObject("context")));
	}

	private static Requester requester(JsonFields requester) {
		String country = requester.requiredString("country").toUpperCase(Locale.ROOT);
		if (!COUNTRY.matcher(country).matches()) {
			throw requester.error("country", "expected an ISO 3166-1 alpha-2 code, got '" + country + "'");
		}
		List<ProcessType> powers = requester.optionalArray("instrument_powers",
				(node, path) -> ScenarioEnums.parse(node, path, ProcessType.class));
		return new Requester(requester.requiredEnum("kind", RequesterKind.class), requester.optionalString("agency"),
				country, requester.optionalString("state_or_region"),
				requester.optionalEnum("level", GovernmentLevel.class),
				requester.optionalBoolean("verified_agency", false),
				requester.optionalBoolean("official_email_domain", false),
				(powers != null) ? Set.copyOf(powers) : null);
	}

	private static List<DataCategory> dataRequested(JsonFields scenario) {
		return scenario.requiredArray("data_requested",
				(node, path) -> ScenarioEnums.parse(node, path, DataCategory.class));
	}

	private static Context context(JsonFields context) {
		if (context == null) {
			return Context.none();
		}
		JsonFields conflict = context.optionalObject("conflict_law");
		return new Context(context.optionalBoolean("child_exploitation", false),
				context.optionalBoolean("hacked_account_suspected", false),
				context.optionalBoolean("danger_to_life", false),
				(conflict == null) ? null : new DemandFacts.ConflictLaw(upper(conflict.optionalString("country")),
						conflict.optionalString("law"), conflict.optionalBoolean("material_risk", false)));
	}

	static String upper(String text) {
		return (text == null) ? null : text.trim().toUpperCase(Locale.ROOT);
	}

	private static String location(JacksonException ex) {
		return (ex.getLocation() == null) ? ""
				: " (line " + ex.getLocation().getLineNr() + ", column " + ex.getLocation().getColumnNr() + ")";
	}

}
