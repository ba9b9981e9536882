package io.github.claimcheck.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A date or period: the inclusive days {@code start..end} at a {@link Granularity}.
 *
 * @param start first day, inclusive
 * @param end last day, inclusive, not before {@code start}
 * @param granularity how precisely the date is known
 */
public record DateValue(LocalDate start, LocalDate end, Granularity granularity) implements Value {

  /** Validates the period. */
  public DateValue {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(granularity, "granularity");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("date end " + end + " is before start " + start);
    }
  }

  /** A single day. */
  public static DateValue day(LocalDate day) {
    return new DateValue(day, day, Granularity.DAY);
  }

  /** A period. */
  public static DateValue of(LocalDate start, LocalDate end, Granularity granularity) {
    return new DateValue(start, end, granularity);
  }

  /** Returns whether the two periods share at least one day. */
  public boolean overlaps(DateValue other) {
    return !start.isAfter(other.end) && !other.start.isAfter(end);
  }

  /** Returns {@code 2024-06-19} for a day, {@code 2024-09-01..2024-11-30} for a period. */
  @Override
  public String toString() {
    return start.equals(end) ? start.toString() : start + ".." + end;
  }
}
