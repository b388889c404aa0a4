package dev.writ.rules;

import java.util.Set;

import dev.writ.shared.legal.DataCategory;

import org.jspecify.annotations.Nullable;

/**
 * One check that fired: which rule, where the law says so, and what the requester can do
 * about it.
 *
 * @param rule the rule id of legal-rules.md, e.g. {@code SCA-03}
 * @param target index of the target this finding is about; null when it is about the
 * whole demand
 * @param withheld data categories this finding keeps from release
 */
public record Finding(ReasonCode code, String rule, Severity severity, String citation, String message,
		@Nullable Integer target, Set<DataCategory> withheld) {

	public Finding {
		withheld = Set.copyOf(withheld);
	}

	public boolean isAboutTarget(int index) {
		return this.target != null && this.target == index;
	}

}
