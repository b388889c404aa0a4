package dev.writ.secrecy;

import java.time.LocalDate;

/**
 * Whether, on a given day, the customer may be told about a demand.
 */
public sealed interface NoticeEmbargo {

	/** Notice may be given. */
	record None() implements NoticeEmbargo {

	}

	/** No notice before {@code liftsOn}, the expiry date of the order. */
	record Until(LocalDate liftsOn) implements NoticeEmbargo {

	}

	/**
	 * An order with no end date: no notice until it is lifted or challenged
	 * (legal-rules.md SCA-10).
	 */
	record Indefinite() implements NoticeEmbargo {

	}

	default boolean permitsNotice() {
		return this instanceof None;
	}

}
