package dev.writ.secrecy;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

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

	/**
	 * The embargo of an order in force ending on {@code expires} (null: no end date), on
	 * the given day.
	 */
	static NoticeEmbargo ofOrder(@Nullable LocalDate expires, LocalDate day) {
		if (expires == null) {
			return new Indefinite();
		}
		return expires.isAfter(day) ? new Until(expires) : new None();
	}

	default boolean permitsNotice() {
		return this instanceof None;
	}

}
