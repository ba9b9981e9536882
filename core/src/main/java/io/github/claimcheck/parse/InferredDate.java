package io.github.claimcheck.parse;

import io.github.claimcheck.model.Span;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An article's own date as inferred from its text by {@link ReferenceDates#infer}, with the words
 * it was read from.
 *
 * @param date the inferred date
 * @param evidence the span of the date expression it was read from
 * @param words the text of that span
 * @param basis which rule gave it
 */
public record InferredDate(LocalDate date, Span evidence, String words, Basis basis) {

  /** Validates that no component is null. */
  public InferredDate {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(words, "words");
    Objects.requireNonNull(basis, "basis");
  }

  /** How an article's date was inferred, strongest first. */
  public enum Basis {
    /**
     * A weekday with a full date (day, month and year, weekday matching) near the start of the text
     * or in a reporting clause: {@code Jakarta, Kamis (1/5/2025)}, {@code ... kata dia pada Sabtu
     * (22/3/2025)}.
     */
    DATELINE,
    /**
     * The latest full date whose context marks it as the report's own day: a reporting verb in the
     * same sentence ({@code mengatakan}, {@code menurut}, {@code said}) or a dateline shape at the
     * start of a line near the top of the text.
     */
    REPORT_DAY,
    /**
     * The latest explicit day in the text; a day and month without a year count too, placed in the
     * first year that puts them on or after the latest full date.
     */
    LATEST_DATE,
    /**
     * A weekday named with a day and month but no year: the year is one in which the weekday
     * matches, not before the latest full date in the text and not after today.
     */
    WEEKDAY_YEAR
  }
}
