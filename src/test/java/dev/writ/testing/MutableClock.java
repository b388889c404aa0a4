package dev.writ.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock tests can move. It follows the system clock until a test fixes or shifts it;
 * {@link #reset()} returns it to real time, so the shared test context is left as found.
 */
public final class MutableClock extends Clock {

	private Duration offset = Duration.ZERO;

	private Instant fixed;

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("Writ keeps time in UTC");
	}

	@Override
	public synchronized Instant instant() {
		return ((this.fixed != null) ? this.fixed : Clock.systemUTC().instant()).plus(this.offset);
	}

	public synchronized void shiftBy(Duration duration) {
		this.offset = this.offset.plus(duration);
	}

	public synchronized void fixAt(Instant instant) {
		this.fixed = instant;
		this.offset = Duration.ZERO;
	}

	public synchronized void reset() {
		this.fixed = null;
		this.offset = Duration.ZERO;
	}

}
