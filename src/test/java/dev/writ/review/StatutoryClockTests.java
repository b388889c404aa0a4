package dev.writ.review;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The statutory clock at its edges: midnight, time zones, daylight saving time.
 */
class StatutoryClockTests {

	static final ZoneId SEATTLE = ZoneId.of("America/Los_Angeles");

	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	@Test
	void the_eight_hour_clock_runs_across_midnight_into_the_next_day() {
		// given
		StatutoryClock clock = clockAt(Instant.EPOCH, BERLIN);
		Instant received = ZonedDateTime.parse("2026-03-10T20:30:00+01:00[Europe/Berlin]").toInstant();
		// when
		Instant due = clock.dueAt(received, "PT8H");
		// then
		assertThat(due.atZone(BERLIN).toLocalDateTime()).hasToString("2026-03-11T04:30");
	}

	@Test
	void the_eight_hour_clock_is_elapsed_time_whatever_the_time_zone() {
		// given
		Instant received = Instant.parse("2026-07-01T22:00:00Z");
		// when
		Instant inSeattle = clockAt(Instant.EPOCH, SEATTLE).dueAt(received, "PT8H");
		Instant inBerlin = clockAt(Instant.EPOCH, BERLIN).dueAt(received, "PT8H");
		// then
		assertThat(inSeattle).isEqualTo(inBerlin).isEqualTo(Instant.parse("2026-07-02T06:00:00Z"));
	}

	@Test
	void the_eight_hour_clock_across_the_spring_forward_night_is_still_eight_hours() {
		// given: 2026-03-08 02:00 PST does not exist in Seattle
		Instant received = ZonedDateTime.parse("2026-03-08T00:30:00-08:00[America/Los_Angeles]").toInstant();
		// when
		Instant due = clockAt(Instant.EPOCH, SEATTLE).dueAt(received, "PT8H");
		// then
		assertThat(Duration.between(received, due)).isEqualTo(Duration.ofHours(8));
		assertThat(due.atZone(SEATTLE).toLocalDateTime()).hasToString("2026-03-08T09:30");
	}

	@Test
	void ten_days_across_a_daylight_saving_change_end_at_the_same_local_time() {
		// given
		Instant received = ZonedDateTime.parse("2026-03-05T10:00:00-08:00[America/Los_Angeles]").toInstant();
		// when
		Instant due = clockAt(Instant.EPOCH, SEATTLE).dueAt(received, "P10D");
		// then
		assertThat(due.atZone(SEATTLE).toLocalDateTime()).hasToString("2026-03-15T10:00");
		assertThat(Duration.between(received, due)).isEqualTo(Duration.ofHours(239));
	}

	@Test
	void the_fourteen_day_motion_window_counts_calendar_days() {
		// given
		Instant received = Instant.parse("2026-10-20T16:00:00Z");
		// when
		Instant due = clockAt(Instant.EPOCH, SEATTLE).dueAt(received, "P14D");
		// then: 09:00 PDT on 20 Oct, 09:00 PST on 3 Nov
		assertThat(due).isEqualTo(Instant.parse("2026-11-03T17:00:00Z"));
	}

	@Test
	void no_deadline_means_no_due_time_and_a_malformed_one_is_refused() {
		// given
		StatutoryClock clock = clockAt(Instant.EPOCH, SEATTLE);
		// when / then
		assertThat(clock.dueAt(Instant.EPOCH, null)).isNull();
		assertThat(clock.overdue(null)).isFalse();
		assertThatThrownBy(() -> clock.dueAt(Instant.EPOCH, "ten days")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("ten days");
	}

	@Test
	void a_preservation_hold_lasts_ninety_days_and_ninety_more_once_extended() {
		// given
		StatutoryClock clock = clockAt(Instant.EPOCH, SEATTLE);
		Instant placed = ZonedDateTime.parse("2026-01-15T11:00:00-08:00[America/Los_Angeles]").toInstant();
		// when
		Instant expires = clock.preservationExpiry(placed, false);
		Instant extended = clock.preservationExpiry(placed, true);
		// then
		assertThat(expires.atZone(SEATTLE).toLocalDateTime()).hasToString("2026-04-15T11:00");
		assertThat(extended.atZone(SEATTLE).toLocalDateTime()).hasToString("2026-07-14T11:00");
	}

	@Test
	void a_case_is_overdue_from_the_instant_it_is_due() {
		// given
		Instant due = Instant.parse("2026-03-11T03:30:00Z");
		// when / then
		assertThat(clockAt(due.minusSeconds(1), SEATTLE).overdue(due)).isFalse();
		assertThat(clockAt(due, SEATTLE).overdue(due)).isTrue();
	}

	@Test
	void the_queue_puts_emergencies_first_then_the_earliest_due_then_the_oldest() {
		// given
		var oldNoDeadline = new StatutoryClock.QueueKey(false, null, Instant.parse("2026-01-01T00:00:00Z"));
		var dueLater = new StatutoryClock.QueueKey(false, Instant.parse("2026-03-20T00:00:00Z"),
				Instant.parse("2026-03-01T00:00:00Z"));
		var dueSoon = new StatutoryClock.QueueKey(false, Instant.parse("2026-03-12T00:00:00Z"),
				Instant.parse("2026-03-02T00:00:00Z"));
		var emergency = new StatutoryClock.QueueKey(true, null, Instant.parse("2026-03-05T00:00:00Z"));
		var newerNoDeadline = new StatutoryClock.QueueKey(false, null, Instant.parse("2026-02-01T00:00:00Z"));
		List<StatutoryClock.QueueKey> queue = new ArrayList<>(
				List.of(newerNoDeadline, dueLater, oldNoDeadline, emergency, dueSoon));
		// when
		queue.sort(StatutoryClock.queueOrder());
		// then
		assertThat(queue).containsExactly(emergency, dueSoon, dueLater, oldNoDeadline, newerNoDeadline);
	}

	static StatutoryClock clockAt(Instant now, ZoneId legalZone) {
		return new StatutoryClock(Clock.fixed(now, ZoneOffset.UTC), legalZone);
	}

}
