package dev.writ.rules;

import java.util.ArrayList;
import java.util.List;

import dev.writ.rules.decision.DecisionProcedure;
import dev.writ.rules.policies.Rule;
import dev.writ.rules.policies.RuleBook;

/**
 * The assessment engine: runs every rule of the rule book on the facts, collects every
 * finding (it never stops at the first defect), and lets the decision procedure weigh
 * them. Pure and deterministic: no clock, no I/O; "today" is the facts' evaluation date.
 */
public final class AssessmentEngine {

	private final ProviderProfile profile;

	private final List<Rule> rules;

	private final DecisionProcedure decision = new DecisionProcedure();

	public AssessmentEngine(ProviderProfile profile) {
		this(profile, RuleBook.rules());
	}

	AssessmentEngine(ProviderProfile profile, List<Rule> rules) {
		this.profile = profile;
		this.rules = List.copyOf(rules);
	}

	public Assessment assess(DemandFacts facts) {
		List<Finding> findings = new ArrayList<>();
		for (Rule rule : this.rules) {
			findings.addAll(rule.check(facts, this.profile));
		}
		return this.decision.decide(facts, this.profile, findings);
	}

	public ProviderProfile profile() {
		return this.profile;
	}

}
