package dev.writ.intake.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import dev.writ.intake.LegalProcess.DateRange;
import dev.writ.intake.LegalProcess.Offence;
import dev.writ.intake.LegalProcess.PriorPreservation;

import org.jspecify.annotations.Nullable;

/**
 * Reads single form values, noting a problem on the field when one is missing or not what
 * it should be. A value that cannot be read becomes null (or a placeholder) so that
 * reading goes on and every problem is reported at once.
 */
final class FormValues {

	private static final Pattern JURISDICTION = Pattern.compile("US-federal|US-[A-Z]{2}|[A-Z]{2}|GB-EAW");

	private static final int MAX_TEXT = 2_000;

	private final FormProblems problems;

	FormValues(FormProblems problems) {
		this.problems = problems;
	}

	static @Nullable String text(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	static boolean checked(@Nullable Boolean value) {
		return Boolean.TRUE.equals(value);
	}

	String required(String field, @Nullable String value) {
		String text = text(value);
		if (text == null) {
			this.problems.add(field, "required");
			return "";
		}
		if (text.length() > MAX_TEXT) {
			this.problems.add(field, "at most " + MAX_TEXT + " characters");
		}
		return text;
	}

	String jurisdiction(String field, @Nullable String value) {
		String text = required(field, value);
		if (!text.isEmpty() && !JURISDICTION.matcher(text).matches()) {
			this.problems.add(field, "write US-federal, US- and the state's two letters (US-WA), "
					+ "a two-letter country code (DE), or GB-EAW for England and Wales");
		}
		return text;
	}

	LocalDate requiredDate(String field, @Nullable String value) {
		if (text(value) == null) {
			this.problems.add(field, "required");
			return LocalDate.EPOCH;
		}
		LocalDate date = date(field, value);
		return (date != null) ? date : LocalDate.EPOCH;
	}

	@Nullable LocalDate date(String field, @Nullable String value) {
		String text = text(value);
		if (text == null) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			this.problems.add(field, "'" + text + "' is not a date; write it as YYYY-MM-DD");
			return null;
		}
	}

	@Nullable DateRange range(DemandForm form) {
		LocalDate from = date("dateFrom", form.dateFrom());
		LocalDate to = date("dateTo", form.dateTo());
		if (from == null && to == null) {
			return null;
		}
		if (from == null || to == null) {
			this.problems.add((from == null) ? "dateFrom" : "dateTo", "give both ends of the period, or neither");
			return null;
		}
		return new DateRange(from, to);
	}

	@Nullable Offence offence(DemandForm form) {
		String description = text(form.offenceDescription());
		Integer years = years(form.offenceMaxYears());
		if (description == null && years == null && form.offenceListed() == null) {
			return null;
		}
		return new Offence(description, years, form.offenceListed());
	}

	@Nullable PriorPreservation prior(DemandForm form) {
		String reference = text(form.priorPreservationReference());
		LocalDate received = date("priorPreservationDate", form.priorPreservationDate());
		if (reference == null && received == null) {
			return null;
		}
		if (received == null) {
			this.problems.add("priorPreservationDate", "give the date the earlier preservation request was received");
			return null;
		}
		return new PriorPreservation(reference, received);
	}

	private @Nullable Integer years(@Nullable String value) {
		String text = text(value);
		if (text == null) {
			return null;
		}
		try {
			int years = Integer.parseInt(text);
			if (years < 0 || years > 99) {
				this.problems.add("offenceMaxYears", "between 0 and 99 (99 means life)");
			}
			return years;
		}
		catch (NumberFormatException ex) {
			this.problems.add("offenceMaxYears", "'" + text + "' is not a number of years");
			return null;
		}
	}

}
