package dev.writ.review;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Comparator;

import org.jspecify.annotations.Nullable;

/**
 * Every statutory due time of the review queue comes from here. Deadlines are the
 * engine's ISO-8601 durations counted from receipt: hours (PT8H, the EU emergency order)
 * are elapsed time, whatever the wall clock does; days (P10D, P14D) are calendar days in
 * the provider's legal time zone, ending at the same local time, so a change to or from
 * daylight saving time neither adds nor loses a day. A preservation hold lasts 90 days,
 * and 90 more once extended.
 */
public final class StatutoryClock {

	/** How long a preservation hold lasts, and how long one extension adds. */
	public static final Period PRESERVATION_PERIOD = Period.ofDays(90);

	private final Clock clock;

	private final ZoneId legalZone;

	public StatutoryClock(Clock clock, ZoneId legalZone) {
		this.clock = clock;
		this.legalZone = legalZone;
	}

	/**
	 * When a deadline counted from receipt falls; null without a deadline.
	 * @throws IllegalArgumentException when the deadline is not an ISO-8601 duration
	 */
	public @Nullable Instant dueAt(Instant receivedAt, @Nullable String deadline) {
		if (deadline == null || deadline.isBlank()) {
			return null;
		}
		try {
			int time = deadline.indexOf('T');
			Period days = (time == 1) ? Period.ZERO : Period.parse((time < 0) ? deadline : deadline.substring(0, time));
			Duration hours = (time < 0) ? Duration.ZERO : Duration.parse("P" + deadline.substring(time));
			return receivedAt.atZone(this.legalZone).plus(days).toInstant().plus(hours);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("not an ISO-8601 deadline: " + deadline, ex);
		}
	}

	/** When a preservation hold placed at {@code placedAt} runs out. */
	public Instant preservationExpiry(Instant placedAt, boolean extended) {
		Period period = extended ? PRESERVATION_PERIOD.plus(PRESERVATION_PERIOD) : PRESERVATION_PERIOD;
		return placedAt.atZone(this.legalZone).plus(period).toInstant();
	}

	/** Whether a due time has passed (a case due now is overdue). */
	public boolean overdue(@Nullable Instant due) {
		return due != null && !this.clock.instant().isBefore(due);
	}

	/** The end of a day in the legal time zone: a filing due that day is due by then. */
	public Instant endOf(LocalDate day) {
		return day.plusDays(1).atStartOfDay(this.legalZone).toInstant();
	}

	/** The day an instant falls on in the legal time zone. */
	public LocalDate dayOf(Instant instant) {
		return LocalDate.ofInstant(instant, this.legalZone);
	}

	/** Today in the legal time zone. */
	public LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), this.legalZone);
	}

	public Instant now() {
		return this.clock.instant();
	}

	/**
	 * The queue's order: emergencies first, then the earliest due (cases without a due
	 * time after those with one), then the oldest.
	 */
	public static Comparator<QueueKey> queueOrder() {
		return Comparator.comparing(QueueKey::emergency, Comparator.reverseOrder())
			.thenComparing(QueueKey::due, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(QueueKey::receivedAt);
	}

	/** What the queue is ordered by. */
	public record QueueKey(boolean emergency, @Nullable Instant due, Instant receivedAt) {

	}

}
