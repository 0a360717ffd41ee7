package ru.opora.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * The portal's clock in tests: fixed at {@link #DEFAULT} until a test sets or moves it,
 * and reset before every test method (see {@link MutableClockResetListener}). Tests
 * autowire it as {@code MutableClock} and never call {@code now()} themselves.
 */
public final class MutableClock extends Clock {

	/**
	 * The portal's time zone.
	 */
	public static final ZoneId ZONE = ZoneId.of("Europe/Moscow");

	/**
	 * Where every test starts: a Tuesday morning in Moscow in the middle of a school
	 * year.
	 */
	public static final Instant DEFAULT = LocalDateTime.of(2026, 11, 10, 10, 0).atZone(ZONE).toInstant();

	private volatile Instant instant = DEFAULT;

	@Override
	public ZoneId getZone() {
		return ZONE;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(this.instant, zone);
	}

	@Override
	public Instant instant() {
		return this.instant;
	}

	/**
	 * Today in the portal's time zone.
	 */
	public LocalDate today() {
		return LocalDate.ofInstant(this.instant, ZONE);
	}

	public void set(Instant instant) {
		this.instant = instant;
	}

	/**
	 * Sets the clock to the given local date and time in the portal's time zone.
	 */
	public void set(LocalDateTime localDateTime) {
		this.instant = localDateTime.atZone(ZONE).toInstant();
	}

	public void move(Duration duration) {
		this.instant = this.instant.plus(duration);
	}

	public void reset() {
		this.instant = DEFAULT;
	}

}
