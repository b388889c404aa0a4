package dev.writ.intake.web.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import dev.writ.shared.legal.Coded;
import dev.writ.shared.validation.InvalidInput;
import tools.jackson.databind.JsonNode;

import org.jspecify.annotations.Nullable;

/**
 * Reads one JSON object of an API request field by field, knowing its own path, so every
 * refusal names the exact field ({@code targets[1].identifier_type}). Unlike the scenario
 * reader it refuses fields it does not know, and fields the requester may not state (they
 * come from the registry or the directory). Absent and {@code null} both mean "not
 * given". Every problem is an {@link InvalidInput}.
 */
final class JsonObjectReader {

	static final int EARLIEST_YEAR = 1900;

	static final int LATEST_YEAR = 2999;

	/** The longest free text a field takes. */
	static final int MAX_TEXT = 4000;

	private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9_]{1,100}");

	private final JsonNode node;

	private final String path;

	/**
	 * @param allowed the fields this object may have
	 * @param refused fields that must not be sent, each with why
	 */
	JsonObjectReader(JsonNode node, String path, Set<String> allowed, Map<String, String> refused) {
		if (!node.isObject()) {
			throw new InvalidInput(path.isEmpty() ? "demand" : path, "expected a JSON object, got " + kind(node));
		}
		this.node = node;
		this.path = path;
		Iterator<String> names = node.propertyNames().iterator();
		while (names.hasNext()) {
			String name = names.next();
			if (refused.containsKey(name)) {
				throw error(name, refused.get(name));
			}
			if (!allowed.contains(name)) {
				throw error(name,
						"unknown field; allowed here: " + String.join(", ", allowed.stream().sorted().toList()));
			}
		}
	}

	String requiredString(String name) {
		String value = required(name, this::optionalString);
		if (value.isBlank()) {
			throw error(name, "must not be blank");
		}
		return value;
	}

	@Nullable String optionalString(String name) {
		JsonNode value = value(name);
		if (value == null) {
			return null;
		}
		if (!value.isString()) {
			throw error(name, "expected a string, got " + kind(value));
		}
		String text = value.stringValue();
		if (text.length() > MAX_TEXT) {
			throw error(name, "at most " + MAX_TEXT + " characters");
		}
		if (!printable(text)) {
			throw error(name, "contains control characters or broken Unicode");
		}
		return text;
	}

	boolean requiredBoolean(String name) {
		return required(name, this::optionalBoolean);
	}

	boolean optionalBoolean(String name, boolean absent) {
		Boolean value = optionalBoolean(name);
		return (value != null) ? value : absent;
	}

	@Nullable Boolean optionalBoolean(String name) {
		JsonNode value = value(name);
		if (value == null) {
			return null;
		}
		if (!value.isBoolean()) {
			throw error(name, "expected true or false, got " + kind(value));
		}
		return value.booleanValue();
	}

	@Nullable Integer optionalInt(String name, int min, int max) {
		JsonNode value = value(name);
		if (value == null) {
			return null;
		}
		if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < min || value.intValue() > max) {
			throw error(name, "expected a whole number from " + min + " to " + max + ", got " + kind(value));
		}
		return value.intValue();
	}

	LocalDate requiredDate(String name) {
		return required(name, this::optionalDate);
	}

	@Nullable LocalDate optionalDate(String name) {
		String text = optionalString(name);
		if (text == null) {
			return null;
		}
		LocalDate date;
		try {
			date = LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw error(name, "'" + text + "' is not a valid date (YYYY-MM-DD)");
		}
		if (date.getYear() < EARLIEST_YEAR || date.getYear() > LATEST_YEAR) {
			throw error(name, "'" + text + "' is outside the years " + EARLIEST_YEAR + " to " + LATEST_YEAR);
		}
		return date;
	}

	<E extends Enum<E> & Coded> E requiredEnum(String name, Class<E> type) {
		return required(name, field -> optionalEnum(field, type));
	}

	<E extends Enum<E> & Coded> @Nullable E optionalEnum(String name, Class<E> type) {
		JsonNode value = value(name);
		return (value == null) ? null : code(value, child(name), type);
	}

	/** Reads a vocabulary code found at {@code path}. */
	static <E extends Enum<E> & Coded> E code(JsonNode value, String path, Class<E> type) {
		if (!value.isString()) {
			throw new InvalidInput(path, "expected a string, got " + kind(value));
		}
		try {
			return Coded.parse(type, value.stringValue());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInput(path, ex.getMessage());
		}
	}

	@Nullable JsonNode optionalNode(String name) {
		return value(name);
	}

	/** The elements of an array field, each read with its own indexed path. */
	<T> List<T> requiredArray(String name, int max, ElementReader<T> element) {
		JsonNode value = value(name);
		if (value == null) {
			throw error(name, "missing");
		}
		if (!value.isArray()) {
			throw error(name, "expected an array, got " + kind(value));
		}
		if (value.isEmpty()) {
			throw error(name, "must name at least one");
		}
		if (value.size() > max) {
			throw error(name, "at most " + max + " entries");
		}
		List<T> elements = new ArrayList<>();
		for (int i = 0; i < value.size(); i++) {
			elements.add(element.read(value.get(i), child(name) + "[" + i + "]"));
		}
		return elements;
	}

	InvalidInput error(String name, String problem) {
		return new InvalidInput(child(name), problem);
	}

	/**
	 * The path of a field; a name that is not a plain word is quoted, so even an empty
	 * name gives a path ({@code [""]}).
	 */
	String child(String name) {
		if (!PLAIN_NAME.matcher(name).matches()) {
			return this.path + "[" + quoted(name) + "]";
		}
		return this.path.isEmpty() ? name : this.path + "." + name;
	}

	private static String quoted(String name) {
		String shown = (name.length() > 40) ? name.substring(0, 40) + "…" : name;
		StringBuilder quoted = new StringBuilder("\"");
		shown.codePoints()
			.forEach(c -> quoted
				.append((c == '"' || c == '\\' || Character.isISOControl(c) || (c >= 0xD800 && c <= 0xDFFF))
						? String.format("\\u%04x", c) : Character.toString(c)));
		return quoted.append('"').toString();
	}

	private <T> T required(String name, Function<String, @Nullable T> reader) {
		T value = reader.apply(name);
		if (value == null) {
			throw error(name, "missing");
		}
		return value;
	}

	private @Nullable JsonNode value(String name) {
		JsonNode value = this.node.get(name);
		return (value == null || value.isNull()) ? null : value;
	}

	static String kind(JsonNode value) {
		if (value.isString()) {
			return "a string";
		}
		if (value.isNumber()) {
			return "a number";
		}
		if (value.isBoolean()) {
			return value.booleanValue() ? "true" : "false";
		}
		return value.isArray() ? "an array" : value.isObject() ? "an object" : "null";
	}

	/**
	 * No control characters but line breaks and tabs, and no lone surrogates (PostgreSQL
	 * would refuse them).
	 */
	static boolean printable(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
				return false;
			}
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
			}
			else if (Character.isSurrogate(c)) {
				return false;
			}
		}
		return true;
	}

	/** Reads one array element found at {@code path}. */
	@FunctionalInterface
	interface ElementReader<T> {

		T read(JsonNode element, String path);

	}

}
