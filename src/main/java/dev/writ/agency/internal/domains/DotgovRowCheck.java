package dev.writ.agency.internal.domains;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Turns one record of the registry into a {@link DotgovRow}, or says why it cannot be
 * used. Remembers the domains seen so far, so a domain listed twice is reported on its
 * second line with the line of the first.
 */
final class DotgovRowCheck {

	/** A second-level name under .gov: what the registry lists (RFC 1035 labels). */
	private static final Pattern DOT_GOV = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.gov");

	private final DotgovColumns columns;

	private final Map<String, Long> seen = new HashMap<>();

	DotgovRowCheck(DotgovColumns columns) {
		this.columns = columns;
	}

	/** The row, or the reason it is bad. */
	Checked check(CSVRecord record, long line) {
		if (record.size() != this.columns.width()) {
			return Checked.bad("has " + record.size() + " fields where the header has " + this.columns.width());
		}
		String domain = domain(record);
		Optional<String> problem = problemWith(record, domain);
		if (problem.isPresent()) {
			return Checked.bad(problem.get());
		}
		Long first = this.seen.putIfAbsent(domain, line);
		if (first != null) {
			return Checked.bad("duplicate of line " + first + " (" + domain + ")");
		}
		return Checked.row(row(record, domain));
	}

	private Optional<String> problemWith(CSVRecord record, String domain) {
		String type = DotgovColumns.value(record, this.columns.type());
		if (domain.isEmpty()) {
			return Optional.of("missing domain name");
		}
		if (!DOT_GOV.matcher(domain).matches()) {
			return Optional.of("'" + DotgovColumns.value(record, this.columns.domain())
					+ "' is not a .gov domain name (expected a name such as example.gov)");
		}
		if (type.isEmpty()) {
			return Optional.of("missing domain type");
		}
		if (DomainTypes.canonical(type).isEmpty()) {
			return Optional.of("unknown domain type '" + type + "'");
		}
		if (DotgovColumns.value(record, this.columns.organisation()).isEmpty()) {
			return Optional.of("missing organization name");
		}
		return Optional.empty();
	}

	private String domain(CSVRecord record) {
		String domain = DotgovColumns.value(record, this.columns.domain()).toLowerCase(Locale.ROOT);
		return domain.endsWith(".") ? domain.substring(0, domain.length() - 1) : domain;
	}

	private DotgovRow row(CSVRecord record, String domain) {
		return new DotgovRow(domain, DomainTypes.canonical(DotgovColumns.value(record, this.columns.type())).get(),
				DotgovColumns.value(record, this.columns.organisation()),
				DotgovColumns.optional(record, this.columns.suborganisation()),
				DotgovColumns.optional(record, this.columns.city()),
				DotgovColumns.optional(record, this.columns.state()));
	}

	/** Either a usable row or the reason a record is bad. */
	record Checked(@Nullable DotgovRow row, @Nullable String problem) {

		static Checked row(DotgovRow row) {
			return new Checked(row, null);
		}

		static Checked bad(String problem) {
			return new Checked(null, problem);
		}

		boolean isBad() {
			return this.problem != null;
		}

	}

}
