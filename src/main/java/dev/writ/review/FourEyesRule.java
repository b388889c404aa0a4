package dev.writ.review;

import java.util.Collection;

import dev.writ.shared.legal.DataCategory;
import dev.writ.shared.legal.ProcessType;

import org.jspecify.annotations.Nullable;

/**
 * The four-eyes rule: an emergency disclosure and every content disclosure needs a second
 * approval, by a different reviewer, before it leaves review.
 */
public final class FourEyesRule {

	private FourEyesRule() {
	}

	/** Whether a case needs the second approval. */
	public static boolean applies(boolean emergency, Collection<DataCategory> requested) {
		return emergency || requested.stream().anyMatch(DataCategory::isContent);
	}

	/**
	 * Whether a demand is an emergency: a US emergency request or an EU emergency order.
	 */
	public static boolean emergency(ProcessType type, @Nullable Boolean euEmergency) {
		return type == ProcessType.EMERGENCY_REQUEST || Boolean.TRUE.equals(euEmergency);
	}

	/**
	 * Refuses a second approval by the reviewer who gave the first, or by someone who
	 * does not review.
	 */
	public static void checkSecondApproval(@Nullable String firstApprover, Reviewer second) {
		if (!second.reviews()) {
			throw new DecisionRefused("actor", "only an analyst or counsel may give the second approval");
		}
		if (firstApprover == null || firstApprover.equalsIgnoreCase(second.username())) {
			throw new DecisionRefused("actor", "the second approval must come from a different reviewer than "
					+ ((firstApprover != null) ? firstApprover : "the first"));
		}
	}

}
