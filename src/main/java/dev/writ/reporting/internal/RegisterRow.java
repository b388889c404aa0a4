package dev.writ.reporting.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import dev.writ.reporting.Countries;
import dev.writ.reporting.RegisterEntry;
import dev.writ.reporting.RegisterEntry.IssuerLevel;
import dev.writ.reporting.RegisterEntry.Outcome;
import dev.writ.reporting.RegisterEntry.Section;
import dev.writ.shared.legal.Coded;
import dev.writ.shared.legal.ProcessType;
import dev.writ.shared.validation.InvalidInput;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * One register row checked field by field; the first wrong field is named with what is
 * allowed.
 */
final class RegisterRow {

	private RegisterRow() {
	}

	static RegisterEntry parse(CSVRecord record) {
		String reference = required(record, "reference");
		InvalidInput.require(reference.length() <= 100, "reference", "longer than 100 characters");
		return new RegisterEntry(reference, date(record), country(record, "country", true),
				choice(record, Section.class, "section"), processType(record),
				choice(record, IssuerLevel.class, "issuer_level"), count(record),
				choice(record, Outcome.class, "outcome"), flag(record, "enterprise"), flag(record, "secrecy_order"),
				dataLocation(record));
	}

	private static String required(CSVRecord record, String column) {
		String value = record.isSet(column) ? record.get(column) : "";
		InvalidInput.require(!value.isBlank(), column, "is empty");
		return value.trim();
	}

	private static LocalDate date(CSVRecord record) {
		String value = required(record, "received_date");
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInput("received_date", "'" + value + "' is not a date (YYYY-MM-DD)");
		}
	}

	private static String country(CSVRecord record, String column, boolean required) {
		String value = required ? required(record, column) : record.get(column);
		return Countries.code(value)
			.orElseThrow(() -> new InvalidInput(column,
					"'" + value + "' is not an ISO 3166 country code or English short name"));
	}

	private static @Nullable String dataLocation(CSVRecord record) {
		String value = record.get("data_location");
		return value.isBlank() ? null : country(record, "data_location", false);
	}

	private static ProcessType processType(CSVRecord record) {
		String value = required(record, "process_type");
		return Coded.find(ProcessType.class, value.toLowerCase(Locale.ROOT))
			.orElseThrow(() -> new InvalidInput("process_type",
					"'" + value + "' is not a process type; allowed: " + Coded.allowed(ProcessType.class)));
	}

	private static int count(CSVRecord record) {
		String value = required(record, "accounts_specified");
		try {
			int count = Integer.parseInt(value);
			InvalidInput.require(count >= 0, "accounts_specified", "is negative");
			return count;
		}
		catch (NumberFormatException ex) {
			throw new InvalidInput("accounts_specified", "'" + value + "' is not a whole number");
		}
	}

	private static boolean flag(CSVRecord record, String column) {
		String value = required(record, column).toLowerCase(Locale.ROOT);
		InvalidInput.require(value.equals("true") || value.equals("false"), column,
				"'" + value + "' is not true or false");
		return Boolean.parseBoolean(value);
	}

	private static <E extends Enum<E>> E choice(CSVRecord record, Class<E> type, String column) {
		String value = required(record, column);
		try {
			return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			String allowed = Arrays.stream(type.getEnumConstants())
				.map(constant -> constant.name().toLowerCase(Locale.ROOT))
				.collect(Collectors.joining(", "));
			throw new InvalidInput(column, "'" + value + "' is not one of " + allowed);
		}
	}

}
