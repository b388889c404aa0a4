package dev.writ.directory.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import dev.writ.directory.AccountFacts;
import dev.writ.shared.legal.AccountType;
import dev.writ.shared.legal.Coded;
import dev.writ.shared.legal.IdentifierType;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the demo directory's accounts file. Each account lists its identifiers and states
 * the scenario-format facts ({@code account_type}, {@code customer_name},
 * {@code enterprise_seats}, {@code data_location}, {@code owner_residence_country},
 * {@code is_us_person}). A mistake in the file stops start-up with the path of the field,
 * e.g. {@code accounts[12].data_location}: a demo that quietly loses an account would
 * answer "no such account" about it.
 */
final class DemoAccountsFile {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

	private static final Set<String> ACCOUNT_FIELDS = Set.of("identifiers", "account_type", "customer_name",
			"enterprise_seats", "data_location", "owner_residence_country", "is_us_person");

	private DemoAccountsFile() {
	}

	/** The facts of every identifier, by {@link IdentifierKey}. */
	static Map<String, AccountFacts> read(String json) {
		JsonNode accounts = root(json).path("accounts");
		if (!accounts.isArray()) {
			throw new IllegalStateException(DemoDirectoryConnector.RESOURCE + ": expected an array 'accounts'");
		}
		Map<String, AccountFacts> byKey = new LinkedHashMap<>();
		for (int i = 0; i < accounts.size(); i++) {
			String path = "accounts[" + i + "]";
			AccountFacts facts = facts(accounts.get(i), path);
			JsonNode identifiers = accounts.get(i).path("identifiers");
			check(identifiers.isArray() && !identifiers.isEmpty(), path + ".identifiers", "at least one is needed");
			for (int j = 0; j < identifiers.size(); j++) {
				String key = key(identifiers.get(j), path + ".identifiers[" + j + "]");
				check(byKey.putIfAbsent(key, facts) == null, path + ".identifiers[" + j + "]",
						"'" + key + "' names another account already");
			}
		}
		return byKey;
	}

	private static JsonNode root(String json) {
		try {
			return JSON.readTree(json);
		}
		catch (JacksonException ex) {
			throw new IllegalStateException(
					DemoDirectoryConnector.RESOURCE + " is not valid JSON: " + ex.getOriginalMessage(), ex);
		}
	}

	private static AccountFacts facts(JsonNode account, String path) {
		check(account.isObject(), path, "expected an object");
		account.propertyNames()
			.forEach(name -> check(ACCOUNT_FIELDS.contains(name), path + "." + name, "unknown field"));
		AccountType type = code(account, "account_type", path, AccountType.class);
		String dataLocation = country(account, "data_location", path);
		String residence = country(account, "owner_residence_country", path);
		JsonNode usPerson = account.path("is_us_person");
		check(usPerson.isBoolean(), path + ".is_us_person", "expected true or false");
		if (type == AccountType.CONSUMER) {
			check(!account.has("customer_name") && !account.has("enterprise_seats"), path,
					"a consumer account has no customer_name or enterprise_seats");
			return AccountFacts.consumer(dataLocation, residence, usPerson.booleanValue());
		}
		return AccountFacts.enterprise(text(account, "customer_name", path), seats(account, path), dataLocation,
				residence, usPerson.booleanValue());
	}

	private static String key(JsonNode identifier, String path) {
		check(identifier.isObject(), path, "expected an object with type and value");
		IdentifierType type = code(identifier, "type", path, IdentifierType.class);
		String value = text(identifier, "value", path);
		return IdentifierKey.of(type, value)
			.orElseThrow(() -> new IllegalStateException(message(path, "'" + value + "' names no account")));
	}

	private static Integer seats(JsonNode account, String path) {
		JsonNode seats = account.path("enterprise_seats");
		if (seats.isMissingNode() || seats.isNull()) {
			return null;
		}
		check(seats.isIntegralNumber() && seats.canConvertToInt() && seats.intValue() > 0, path + ".enterprise_seats",
				"expected a whole number above 0, got " + seats);
		return seats.intValue();
	}

	private static String country(JsonNode node, String field, String path) {
		String code = text(node, field, path);
		check(COUNTRY.matcher(code).matches(), path + "." + field,
				"expected an ISO 3166-1 alpha-2 code such as US, got '" + code + "'");
		return code;
	}

	private static <E extends Enum<E> & Coded> E code(JsonNode node, String field, String path, Class<E> type) {
		String code = text(node, field, path);
		try {
			return Coded.parse(type, code);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException(message(path + "." + field, ex.getMessage()), ex);
		}
	}

	private static String text(JsonNode node, String field, String path) {
		JsonNode value = node.path(field);
		check(value.isString() && !value.stringValue().isBlank(), path + "." + field, "expected a non-blank string");
		return value.stringValue();
	}

	private static void check(boolean condition, String path, String problem) {
		if (!condition) {
			throw new IllegalStateException(message(path, problem));
		}
	}

	private static String message(String path, String problem) {
		return DemoDirectoryConnector.RESOURCE + ", " + path + ": " + problem;
	}

}
