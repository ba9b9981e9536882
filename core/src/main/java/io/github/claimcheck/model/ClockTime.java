package io.github.claimcheck.model;

import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * The time of day a running figure was reported as of ("hingga pukul 17.00 WIB", "as of 3 p.m."),
 * with its UTC offset when the text names a zone (WIB +07:00, WITA +08:00, WIT +09:00). It orders
 * updates of one day: 259 dead at 17.00 WIB came before 225 dead at 20.00 WITA.
 *
 * @since 0.1.0
 */
public final class ClockTime {

  private final LocalTime time;
  private final ZoneOffset offset;

  private ClockTime(LocalTime time, ZoneOffset offset) {
    this.time = Objects.requireNonNull(time, "time");
    this.offset = offset;
  }

  /** Returns a time of day in an unknown zone. */
  public static ClockTime of(LocalTime time) {
    return new ClockTime(time, null);
  }

  /** Returns a time of day at a UTC offset. */
  public static ClockTime of(LocalTime time, ZoneOffset offset) {
    return new ClockTime(time, Objects.requireNonNull(offset, "offset"));
  }

  /** Returns the time of day as written. */
  public LocalTime time() {
    return time;
  }

  /** Returns the UTC offset, when the text names the zone. */
  public Optional<ZoneOffset> offset() {
    return Optional.ofNullable(offset);
  }

  /**
   * Returns whether this time is certainly before {@code other} on the same day. Times in two
   * different known zones are compared in UTC; when only one zone is known, both are taken to be
   * in it.
   */
  public boolean isBefore(ClockTime other) {
    ZoneOffset a = offset != null ? offset : other.offset;
    ZoneOffset b = other.offset != null ? other.offset : offset;
    if (a == null) {
      return time.isBefore(other.time);
    }
    return time.atOffset(a).isBefore(other.time.atOffset(b));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ClockTime c && time.equals(c.time) && Objects.equals(offset, c.offset);
  }

  @Override
  public int hashCode() {
    return Objects.hash(time, offset);
  }

  /** Returns {@code 17:00} or {@code 17:00+07:00}. */
  @Override
  public String toString() {
    return offset == null ? time.toString() : time + offset.toString();
  }
}
