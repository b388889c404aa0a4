package dev.writ.intake.web.api;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.writ.intake.CaseContext;
import dev.writ.intake.CaseContext.ConflictOfLaw;
import dev.writ.intake.LegalProcess;
import dev.writ.intake.NamedTarget;
import dev.writ.shared.legal.DataCategory;
import dev.writ.shared.legal.IdentifierSyntax;
import dev.writ.shared.legal.IdentifierType;
import dev.writ.shared.validation.InvalidInput;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the {@code demand} part of {@code POST /api/v1/demands}: the scenario format's
 * {@code process}, {@code data_requested} and {@code context}, targets as
 * {@code identifier} and {@code identifier_type} only, and {@code "attested": true}.
 * Requester and account facts are refused: intake takes them from the agency registry and
 * the account directory. Pure Java: whatever the bytes, the answer is a
 * {@link ParsedDemand} or an {@link InvalidInput} naming the field path.
 */
final class DemandJsonParser {

	/** The largest {@code demand} part accepted. */
	static final int MAX_BYTES = 256 * 1024;

	static final int MAX_TARGETS = 50;

	static final String PART = "demand";

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private static final Set<String> FIELDS = Set.of("process", "targets", "data_requested", "context", "attested");

	private static final Map<String, String> REFUSED = Map.of("requester",
			"not accepted: who is asking comes from your API token's officer and the agency registry", "id",
			"not accepted: Writ gives the demand its reference", "received_date",
			"not accepted: Writ records when the demand arrives", "evaluated_on",
			"not accepted: Writ assesses the demand when it arrives", "expected",
			"not accepted: the assessment is Writ's");

	private static final Set<String> TARGET_FIELDS = Set.of("identifier", "identifier_type");

	private static final String ACCOUNT_FACT = "not accepted: the provider's account directory supplies what the "
			+ "account is";

	private static final Map<String, String> TARGET_REFUSED = Map.of("account_type", ACCOUNT_FACT, "enterprise_seats",
			ACCOUNT_FACT, "data_location", ACCOUNT_FACT, "owner_residence_country", ACCOUNT_FACT, "exists",
			ACCOUNT_FACT, "is_us_person", ACCOUNT_FACT);

	private static final Set<String> CONTEXT_FIELDS = Set.of("child_exploitation", "hacked_account_suspected",
			"danger_to_life", "conflict_law");

	ParsedDemand parse(byte[] json) {
		if (json.length == 0) {
			throw new InvalidInput(PART, "the part is empty; send the demand as JSON");
		}
		if (json.length > MAX_BYTES) {
			throw new InvalidInput(PART, "larger than " + MAX_BYTES / 1024 + " KB");
		}
		JsonNode root;
		try {
			root = JSON.readTree(json);
		}
		catch (JacksonException ex) {
			throw new InvalidInput(PART, "invalid JSON: " + problem(ex));
		}
		if (root == null || root.isMissingNode()) {
			throw new InvalidInput(PART, "the part is empty; send the demand as JSON");
		}
		return read(root);
	}

	/** Parses text, for tests and tools. */
	ParsedDemand parse(String json) {
		return parse(json.getBytes(StandardCharsets.UTF_8));
	}

	private static ParsedDemand read(JsonNode root) {
		var demand = new JsonObjectReader(root, "", FIELDS, REFUSED);
		JsonNode process = demand.optionalNode("process");
		if (process == null) {
			throw demand.error("process", "missing");
		}
		LegalProcess legalProcess = ProcessJsonReader.process(process, "process");
		List<NamedTarget> targets = demand.requiredArray("targets", MAX_TARGETS, DemandJsonParser::target);
		List<DataCategory> data = demand.requiredArray("data_requested", DataCategory.values().length * 2,
				(node, path) -> JsonObjectReader.code(node, path, DataCategory.class));
		CaseContext context = context(demand);
		Boolean attested = demand.optionalBoolean("attested");
		if (!Boolean.TRUE.equals(attested)) {
			throw demand.error("attested",
					"send \"attested\": true to confirm that the submission is true and that you are authorised");
		}
		return new ParsedDemand(legalProcess, targets, Set.copyOf(data), context);
	}

	private static NamedTarget target(JsonNode node, String path) {
		var target = new JsonObjectReader(node, path, TARGET_FIELDS, TARGET_REFUSED);
		IdentifierType type = target.requiredEnum("identifier_type", IdentifierType.class);
		String identifier = target.requiredString("identifier").strip();
		IdentifierSyntax.problem(type, identifier).ifPresent(problem -> {
			throw target.error("identifier", problem);
		});
		return new NamedTarget(identifier, type);
	}

	private static CaseContext context(JsonObjectReader demand) {
		JsonNode node = demand.optionalNode("context");
		if (node == null) {
			return CaseContext.none();
		}
		var context = new JsonObjectReader(node, "context", CONTEXT_FIELDS, Map.of());
		return new CaseContext(context.optionalBoolean("child_exploitation", false),
				context.optionalBoolean("hacked_account_suspected", false),
				context.optionalBoolean("danger_to_life", false), conflict(context));
	}

	private static ConflictOfLaw conflict(JsonObjectReader context) {
		JsonNode node = context.optionalNode("conflict_law");
		if (node == null) {
			return null;
		}
		var conflict = new JsonObjectReader(node, "context.conflict_law", Set.of("country", "law", "material_risk"),
				Map.of());
		String country = conflict.requiredString("country").strip();
		if (!country.matches("[A-Z]{2}")) {
			throw conflict.error("country", "expected an ISO 3166-1 alpha-2 code in capitals, e.g. IE");
		}
		return new ConflictOfLaw(country, conflict.optionalString("law"),
				conflict.optionalBoolean("material_risk", false));
	}

	private static String problem(JacksonException ex) {
		String message = ex.getOriginalMessage();
		if (message == null) {
			message = ex.getClass().getSimpleName();
		}
		message = message.replaceAll("\\s*\\(start marker at \\[Source.*?\\]\\)", "");
		if (message.length() > 300) {
			message = message.substring(0, 300) + "…";
		}
		return (ex.getLocation() == null) ? message : message + " (line " + ex.getLocation().getLineNr() + ", column "
				+ ex.getLocation().getColumnNr() + ")";
	}

}
