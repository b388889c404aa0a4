package dev.writ.agency.internal.domains;

import java.util.List;
import java.util.Locale;

import dev.writ.shared.validation.InvalidInput;

import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Where the columns of the .gov registry sit in a file's header row. Domain name, type
 * and organisation are required; suborganisation, city and state are read when present,
 * and any other column (the registry's security-contact e-mail) is ignored.
 */
record DotgovColumns(int width, int domain, int type, int organisation, int suborganisation, int city, int state) {

	static final String DOMAIN = "Domain name";

	static final String TYPE = "Domain type";

	static final String ORGANISATION = "Organization name";

	static DotgovColumns of(List<String> header) {
		int domain = indexOf(header, DOMAIN);
		int type = indexOf(header, TYPE);
		int organisation = indexOf(header, ORGANISATION);
		if (domain < 0 || type < 0 || organisation < 0) {
			throw new InvalidInput("file", "has no header row naming the columns " + DOMAIN + ", " + TYPE + " and "
					+ ORGANISATION + " (the first line reads: " + String.join(",", header) + ")");
		}
		return new DotgovColumns(header.size(), domain, type, organisation, indexOf(header, "Suborganization name"),
				indexOf(header, "City"), indexOf(header, "State"));
	}

	private static int indexOf(List<String> header, String name) {
		for (int i = 0; i < header.size(); i++) {
			if (header.get(i).strip().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
				return i;
			}
		}
		return -1;
	}

	/** The stripped value of a column; empty when the column is absent. */
	static String value(CSVRecord record, int column) {
		return (column < 0 || column >= record.size()) ? "" : record.get(column).strip();
	}

	static @Nullable String optional(CSVRecord record, int column) {
		String value = value(record, column);
		return value.isEmpty() ? null : value;
	}

}
