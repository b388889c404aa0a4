package dev.writ.intake;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Embedded;

/**
 * Facts around a demand that change notice, cost and urgency (scenario {@code context}).
 *
 * @param conflict a foreign law the disclosure would risk violating, if one was
 * identified
 */
public record CaseContext(boolean childExploitation, boolean hackedAccountSuspected, boolean dangerToLife,
		@Embedded.Nullable(prefix = "conflict_") @Nullable ConflictOfLaw conflict) {

	public static CaseContext none() {
		return new CaseContext(false, false, false, null);
	}

	/**
	 * @param lawCountry ISO country whose law conflicts
	 * @param lawName the law, in words
	 * @param materialRisk whether disclosure creates a material risk of violating it
	 */
	public record ConflictOfLaw(String lawCountry, @Nullable String lawName, boolean materialRisk) {

	}

}
