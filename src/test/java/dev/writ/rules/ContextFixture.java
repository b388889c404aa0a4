package dev.writ.rules;

import dev.writ.rules.DemandFacts.Context;

/**
 * The circumstances of a demand, one at a time. <pre>
 * DemandFactsFixture.aGrandJurySubpoena().withContext(ContextFixture.childExploitation())
 * </pre>
 */
public final class ContextFixture {

	private ContextFixture() {
	}

	public static Context childExploitation() {
		return new Context(true, false, false, null);
	}

	public static Context hackedAccountSuspected() {
		return new Context(false, true, false, null);
	}

	public static Context dangerToLife() {
		return new Context(false, false, true, null);
	}

	public static Context childExploitationOnAHackedAccount() {
		return new Context(true, true, false, null);
	}

}
