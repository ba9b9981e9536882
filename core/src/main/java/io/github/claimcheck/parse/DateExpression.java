package io.github.claimcheck.parse;

import io.github.claimcheck.model.DateValue;
import io.github.claimcheck.model.Granularity;
import io.github.claimcheck.model.Span;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One date expression found in text by {@link DateScanner}: where it is, what it says and, when it
 * can be resolved, which day or period it names.
 *
 * <p>The span covers the date words themselves: a leading preposition ({@code pada}, {@code on},
 * {@code tanggal}) or as-of word ({@code hingga}, {@code per}, {@code as of}) is left out and
 * reported through {@link #asOf()}, while a leading {@code hari} ("hari Minggu") is kept. Times of
 * day and parts of day after a date ({@code sore}, {@code 18:17 WIB}) are not part of it.
 *
 * <p>Instances are immutable and thread-safe. Nullable components are exposed as {@link Optional}.
 */
public final class DateExpression {

  private final Span span;
  private final String text;
  private final DateValue value;
  private final boolean relative;
  private final boolean explicitYear;
  private final DayOfWeek weekday;
  private final boolean weekdayMismatch;
  private final boolean asOf;
  private final boolean future;

  private DateExpression(
      Span span,
      String text,
      DateValue value,
      boolean relative,
      boolean explicitYear,
      DayOfWeek weekday,
      boolean asOf,
      boolean future) {
    this.span = Objects.requireNonNull(span, "span");
    this.text = Objects.requireNonNull(text, "text");
    this.value = value;
    this.relative = relative;
    this.explicitYear = explicitYear;
    this.weekday = weekday;
    this.weekdayMismatch =
        weekday != null
            && value != null
            && value.granularity() == Granularity.DAY
            && value.start().getDayOfWeek() != weekday;
    this.asOf = asOf;
    this.future = future;
  }

  /**
   * Returns an expression; the weekday mismatch is computed from {@code value} and {@code weekday}.
   *
   * @param span where the expression is in the text
   * @param text the covered text
   * @param value the resolved value, or {@code null} when it could not be resolved
   * @param relative whether resolving needs a reference date
   * @param explicitYear whether the text gave the year
   * @param weekday the weekday named with the date, or {@code null}
   * @param asOf whether the date is the time scope of a running total
   * @param future whether a future cue governs the date
   * @return the expression
   */
  public static DateExpression of(
      Span span,
      String text,
      DateValue value,
      boolean relative,
      boolean explicitYear,
      DayOfWeek weekday,
      boolean asOf,
      boolean future) {
    return new DateExpression(span, text, value, relative, explicitYear, weekday, asOf, future);
  }

  /** This expression at another place of another text: the original of a visible text. */
  DateExpression at(Span span, String text) {
    return new DateExpression(span, text, value, relative, explicitYear, weekday, asOf, future);
  }

  static DateExpression of(DateScan scan, DateMatch m, LocalDate reference) {
    return new DateExpression(
        scan.span(m),
        scan.text(m),
        m.resolve(reference),
        m.relative(),
        m.year != 0,
        m.weekday,
        m.asOf,
        m.future);
  }

  /**
   * Returns the span of the whole expression in the text as given: {@code Sabtu (22/3/2025)} in
   * "pada Sabtu (22/3/2025)", {@code 3 hari lalu}, {@code Dec. 20}.
   */
  public Span span() {
    return span;
  }

  /** Returns the text the span covers. */
  public String text() {
    return text;
  }

  /**
   * Returns the day or period named. Empty when the expression is relative and no reference date
   * was given (the words are still reported), or when no valid day exists for it (29 February in a
   * year-less date resolved to a common year by a year delta).
   */
  public Optional<DateValue> value() {
    return Optional.ofNullable(value);
  }

  /**
   * Returns whether resolving needed the reference date: relative words ({@code kemarin}, {@code
   * Jumat lalu}, {@code tahun lalu}) and any date without its year.
   */
  public boolean relative() {
    return relative;
  }

  /** Returns whether the text gave the year ({@code 19 Juni 2024}, {@code (22/3/2025)}). */
  public boolean explicitYear() {
    return explicitYear;
  }

  /** Returns the weekday named with the date ({@code Jumat, 9 Mei}), or a bare weekday's day. */
  public Optional<DayOfWeek> weekday() {
    return Optional.ofNullable(weekday);
  }

  /**
   * Returns whether a weekday was named and the resolved day falls on another weekday ({@code
   * Jumat, 10 Mei 2025} is a Saturday). The day and month win over the weekday; false when there is
   * no value.
   */
  public boolean weekdayMismatch() {
    return weekdayMismatch;
  }

  /**
   * Returns whether the date follows an as-of word ({@code hingga}, {@code sampai}, {@code sampai
   * dengan}, {@code per}, {@code as of}, {@code until}, {@code through}): it is the time scope of a
   * running total, not the date of an event.
   */
  public boolean asOf() {
    return asOf;
  }

  /**
   * Returns whether a future cue governs the date: a future verb near it in the sentence ({@code
   * akan}, {@code dijadwalkan}, {@code will}) or a forward word in it ({@code depan}, {@code
   * mendatang}, {@code next}, {@code besok}, {@code tomorrow}). A year-less date governed by one
   * resolves on or after the reference date instead of on or before it.
   */
  public boolean future() {
    return future;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DateExpression e
        && span.equals(e.span)
        && text.equals(e.text)
        && Objects.equals(value, e.value)
        && relative == e.relative
        && explicitYear == e.explicitYear
        && weekday == e.weekday
        && asOf == e.asOf
        && future == e.future;
  }

  @Override
  public int hashCode() {
    return Objects.hash(span, text, value, relative, explicitYear, weekday, asOf, future);
  }

  /** Returns a debugging form such as {@code "pekan lalu"@[10,20) 2025-04-28..2025-05-04 rel}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append('"').append(text).append("\"@[").append(span.start()).append(',')
        .append(span.end()).append(") ").append(value == null ? "?" : value);
    if (value != null) {
      sb.append(' ').append(value.granularity().jsonName());
    }
    if (relative) {
      sb.append(" rel");
    }
    if (weekday != null) {
      sb.append(' ').append(weekday);
    }
    if (weekdayMismatch) {
      sb.append(" MISMATCH");
    }
    if (asOf) {
      sb.append(" asOf");
    }
    if (future) {
      sb.append(" future");
    }
    return sb.toString();
  }
}
