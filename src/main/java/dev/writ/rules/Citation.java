package dev.writ.rules;

import java.util.Set;

import dev.writ.shared.legal.DataCategory;

/**
 * A rule of legal-rules.md and where the law says so. Rules make their findings through
 * it, so no finding can lack its rule id or its source.
 *
 * @param rule the rule id, e.g. {@code SCA-06}
 * @param source the statute, article, case or policy, e.g.
 * {@code Fed. R. Crim. P. 41(e)(2)(A)(i)}
 */
public record Citation(String rule, String source) {

	/** A defect that stops release of the whole demand. */
	public Finding blocking(ReasonCode code, String message) {
		return new Finding(code, this.rule, Severity.BLOCKING, this.source, message, null, Set.of());
	}

	/** Something that stops release for one target. */
	public Finding blocking(ReasonCode code, int target, String message) {
		return new Finding(code, this.rule, Severity.BLOCKING, this.source, message, target, Set.of());
	}

	/**
	 * Data categories withheld; blocking when nothing of what was asked is left,
	 * narrowing otherwise.
	 */
	public Finding withholding(ReasonCode code, Set<DataCategory> withheld,
			java.util.Collection<DataCategory> requested, String message) {
		Severity severity = withheld.containsAll(requested) ? Severity.BLOCKING : Severity.NARROWING;
		return new Finding(code, this.rule, severity, this.source, message, null, withheld);
	}

	/** A cut that leaves the rest releasable. */
	public Finding narrowing(ReasonCode code, String message) {
		return new Finding(code, this.rule, Severity.NARROWING, this.source, message, null, Set.of());
	}

	public Finding info(ReasonCode code, String message) {
		return new Finding(code, this.rule, Severity.INFO, this.source, message, null, Set.of());
	}

	public Finding info(ReasonCode code, int target, String message) {
		return new Finding(code, this.rule, Severity.INFO, this.source, message, target, Set.of());
	}

}
