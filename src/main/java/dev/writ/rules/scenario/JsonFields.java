package dev.writ.rules.scenario;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import dev.writ.shared.legal.Coded;
import tools.jackson.databind.JsonNode;

import org.jspecify.annotations.Nullable;

/**
 * Reads one JSON object field by field, knowing its own path, so every error names the
 * exact field ({@code targets[1].identifier_type}). Absent and {@code null} are the same:
 * "not given".
 */
final class JsonFields {

	/** Dates outside these years are typing mistakes, not legal process. */
	static final int EARLIEST_YEAR = 1900;

	static final int LATEST_YEAR = 2999;

	private final JsonNode node;

	private final String path;

	JsonFields(JsonNode node, String path) {
		if (!node.isObject()) {
			throw new ScenarioInputException(path, "expected an object");
		}
		this.node = node;
		this.path = path;
	}

	String requiredString(String name) {
		return required(name, this::optionalString);
	}

	@Nullable String optionalString(String name) {
		JsonNode value = value(name);
		if (value == null) {
			return null;
		}
		if (!value.isString()) {
			throw error(name, "expected a string, got " + value);
		}
		return value.stringValue();
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
			throw error(name, "expected true or false, got " + value);
		}
		return value.booleanValue();
	}

	@Nullable Integer optionalCount(String name) {
		JsonNode value = value(name);
		if (value == null) {
			return null;
		}
		if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < 0) {
			throw error(name, "expected a whole number of at least 0, got " + value);
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
		String code = optionalString(name);
		if (code == null) {
			return null;
		}
		try {
			return Coded.parse(type, code);
		}
		catch (IllegalArgumentException ex) {
			throw error(name, ex.getMessage());
		}
	}

	JsonFields requiredObject(String name) {
		return required(name, this::optionalObject);
	}

	@Nullable JsonFields optionalObject(String name) {
		JsonNode value = value(name);
		return (value == null) ? null : new JsonFields(value, child(name));
	}

	/**
	 * The elements of an array field, each read by {@code element} with its own indexed
	 * path.
	 */
	<T> List<T> requiredArray(String name, ElementReader<T> element) {
		JsonNode value = value(name);
		if (value == null) {
			throw error(name, "missing");
		}
		if (!value.isArray()) {
			throw error(name, "expected an array, got " + value);
		}
		List<T> elements = new ArrayList<>();
		for (int i = 0; i < value.size(); i++) {
			elements.add(element.read(value.get(i), child(name) + "[" + i + "]"));
		}
		return elements;
	}

	/** Like {@link #requiredArray}, or null when the field is absent. */
	<T> @Nullable List<T> optionalArray(String name, ElementReader<T> element) {
		return (value(name) == null) ? null : requiredArray(name, element);
	}

	JsonNode node() {
		return this.node;
	}

	String path() {
		return this.path;
	}

	ScenarioInputException error(String name, String problem) {
		return new ScenarioInputException(child(name), problem);
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

	private String child(String name) {
		return this.path.isEmpty() ? name : this.path + "." + name;
	}

	/** Reads one array element found at {@code path}. */
	@FunctionalInterface
	interface ElementReader<T> {

		T read(JsonNode element, String path);

	}

}
