package dev.writ.rules.policies;

import java.util.List;

import dev.writ.rules.Citation;
import dev.writ.rules.DemandFacts;
import dev.writ.rules.Finding;
import dev.writ.rules.ProviderProfile;

/**
 * One named rule of the rule base: facts in, findings out. A rule never decides the
 * outcome; it reports what it found, and the decision procedure (legal-rules.md section
 * 9) weighs all findings together.
 */
public interface Rule {

	/** The rule ids of legal-rules.md this rule implements, with their sources. */
	List<Citation> citations();

	/**
	 * Every finding this rule makes about the demand; empty when it has nothing to say.
	 */
	List<Finding> check(DemandFacts facts, ProviderProfile profile);

}
