package dev.writ.review;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import dev.writ.shared.legal.DataCategory;
import org.jspecify.annotations.Nullable;

/**
 * What an approval authorises: these accounts, these data categories, this period. The
 * production may release nothing outside it.
 *
 * @param from first day of the period, or null when no period limits it
 * @param to last day of the period (inclusive), or null when no period limits it
 */
public record ApprovalScope(List<String> accounts, List<DataCategory> categories, @Nullable LocalDate from,
		@Nullable LocalDate to) {

	public ApprovalScope {
		accounts = accounts.stream().map(String::trim).filter(a -> !a.isEmpty()).distinct().toList();
		categories = categories.stream().distinct().sorted().toList();
	}

	/** Nothing at all: what the engine allows when it would release nothing. */
	public static ApprovalScope nothing() {
		return new ApprovalScope(List.of(), List.of(), null, null);
	}

	/** Whether a period limits the scope. */
	public boolean hasPeriod() {
		return this.from != null && this.to != null;
	}

	/** Whether the scope's period lies within another's (an open period contains any). */
	public boolean periodWithin(ApprovalScope outer) {
		if (!outer.hasPeriod()) {
			return true;
		}
		return hasPeriod() && !this.from.isBefore(outer.from) && !this.to.isAfter(outer.to);
	}

	/** The scope in one line, for notices, history and the audit trail. */
	public String describe() {
		String data = this.categories.stream().map(DataCategory::code).collect(Collectors.joining(", "));
		String period = hasPeriod() ? "; period " + this.from + " to " + this.to : "";
		return "accounts " + String.join(", ", this.accounts) + "; data " + data + period;
	}

}
