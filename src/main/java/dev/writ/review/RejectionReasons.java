package dev.writ.review;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import dev.writ.rules.ReasonCode;

/**
 * The vocabulary a rejection chooses its reasons from: the rule base's decisive codes
 * that refuse or withhold (legal-rules.md section 12). The requester reads each reason's
 * meaning in the rejection notice.
 */
public final class RejectionReasons {

	/** Every reason a rejection may give, in the rule base's order. */
	public static final List<ReasonCode> VOCABULARY = Arrays.stream(ReasonCode.values())
		.filter(code -> code.group() == ReasonCode.Group.DECISIVE)
		.filter(code -> code.effect() == ReasonCode.Effect.REJECT || code.effect() == ReasonCode.Effect.WITHHOLD)
		.toList();

	private RejectionReasons() {
	}

	/** A reason of the vocabulary, by its code. */
	public static Optional<ReasonCode> find(String code) {
		return VOCABULARY.stream().filter(reason -> reason.name().equals(code)).findFirst();
	}

}
