package io.github.claimcheck.parse;

import io.github.claimcheck.model.Language;
import io.github.claimcheck.parse.InferredDate.Basis;
import io.github.claimcheck.model.Span;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Infers an article's own date, the reference for its relative dates, from its text.
 *
 * <p>The rules, in order; the first that applies gives the result:
 *
 * <ol>
 *   <li>{@link Basis#DATELINE}: the first weekday with a full date whose weekday matches, within the
 *       first {@value #DATELINE_CHARS} chars of the text or in a sentence with a reporting verb.
 *   <li>{@link Basis#REPORT_DAY}: the latest full date (day, month, year) in a sentence with a
 *       reporting verb, or in a dateline shape at the start of a line in the first {@value
 *       #REPORT_DATELINE_CHARS} chars.
 *   <li>Otherwise two candidates are computed and the later one wins ({@link Basis#WEEKDAY_YEAR} on
 *       a tie, as the weekday confirms it):
 *       <ul>
 *         <li>{@link Basis#WEEKDAY_YEAR}: for every weekday named with a day and month but no year
 *             ({@code Rabu (12/6)}, {@code Jumat, 9 Mei}), the earliest year in which the weekday
 *             matches, with the date not before the latest year-bearing date of the text (a full
 *             date, or the first day of a month with a year) and not after {@code today}; when the
 *             text has no year-bearing date, the latest such year up to {@code today}. The latest
 *             of these.
 *         <li>{@link Basis#LATEST_DATE}: the latest full date, together with the day-month dates
 *             without a year or weekday ({@code pada 6 November}), each placed in the first year
 *             that puts it on or after the latest full date; with no full date in the text, on or
 *             before the weekday-year date when there is one (news reports the past). With neither,
 *             a day-month gives no year and no evidence: {@code Oct. 17} alone leaves the date
 *             unknown rather than guessed.
 *       </ul>
 * </ol>
 *
 * <p>Rules 1 and 2 take only dateline evidence: a date governed by a verb of the event happening
 * ({@code terjadi}, {@code jatuh}, {@code struck}) is the event's day, not the report's, and no
 * report is dated before the latest full date it mentions (the first date of a report written
 * days after the eruption is often the eruption's).
 *
 * <p>Dates after {@code today}, dates before {@value #EARLIEST_YEAR} (history, or a typo in the
 * year) and dates governed by a future cue ({@code akan}, {@code will}) are never taken. Relative expressions ({@code kemarin}, {@code pekan lalu}) give no evidence.
 */
public final class ReferenceDates {

  /** How far into the text, in chars, a weekday with a full date counts as a dateline. */
  static final int DATELINE_CHARS = 600;
  /** How far into the text, in chars, a full date at the start of a line counts as a dateline. */
  static final int REPORT_DATELINE_CHARS = 300;

  /** No article of a news corpus is dated before this year. */
  static final int EARLIEST_YEAR = 1900;

  private ReferenceDates() {}

  /**
   * Infers the article's own date from its text.
   *
   * @param text the article text
   * @param language its language
   * @param today the current date; no inferred date lies after it, and year guesses are bounded by
   *     it
   * @return the date with its evidence, or empty when the text has no usable date
   * @throws NullPointerException if an argument is null
   */
  public static Optional<InferredDate> infer(
      CharSequence text, Language language, LocalDate today) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(today, "today");
    return infer(text, language, today, DateScan.PIECE_CHARS);
  }

  /** {@link #infer(CharSequence, Language, LocalDate)} reading the text in pieces of {@code piece} chars. */
  static Optional<InferredDate> infer(
      CharSequence text, Language language, LocalDate today, int piece) {
    // One pass over the matches, keeping only what the rules need (a long text is read in
    // pieces, so nothing grows with the text but the few yearless days named):
    Pass p = new Pass(today);
    DateScan.forEach(text, language, piece, p::accept);
    return p.result();
  }

  /**
   * The rules above, computed in one pass over the matches in text order. A rule that needs the
   * whole text's latest date keeps the first match of each candidate value instead of every
   * match: the earliest dateline at the latest full date (a dateline is a full date, so it is
   * never after the latest one), and the first match of each yearless day (with or without its
   * weekday), to be placed in a year at the end.
   */
  private static final class Pass {
    private final LocalDate today;
    /** The latest full date so far (the floor of rule 1), and its first match. */
    private LocalDate latest;
    private InferredDate latestFirst;
    /** The first dateline candidate dated the latest full date so far. */
    private InferredDate dateline;
    /** The latest report-day candidate (rule 2), first met. */
    private InferredDate reportDay;
    /** The anchor for year guesses. */
    private LocalDate anchor;
    /** The first match of each yearless day: month, day and weekday (0: none), in text order. */
    private final Map<Integer, Yearless> yearless = new LinkedHashMap<>();

    private record Yearless(int month, int day, DayOfWeek weekday, Span span, String words) {}

    Pass(LocalDate today) {
      this.today = today;
    }

    void accept(DateScan scan, DateMatch m) {
      LocalDate d = fullDate(m, today);
      if (d != null && (latest == null || d.isAfter(latest))) {
        latest = d;
        latestFirst = ReferenceDates.result(scan, m, d, Basis.LATEST_DATE);
        dateline = null; // earlier datelines are before the floor now
      }
      if (d != null && dateline == null && d.equals(latest) && m.weekday != null
          && d.getDayOfWeek() == m.weekday && !scan.occurrence(m)
          && (scan.tokens.start[m.startTok] < DATELINE_CHARS || scan.reportNear(m))) {
        dateline = ReferenceDates.result(scan, m, d, Basis.DATELINE);
      }
      if (d != null && (reportDay == null || d.isAfter(reportDay.date())) && !scan.occurrence(m)
          && (scan.reportNear(m) || scan.datelineShape(m, REPORT_DATELINE_CHARS))) {
        reportDay = ReferenceDates.result(scan, m, d, Basis.REPORT_DAY);
      }
      LocalDate a = d;
      if (a == null && m.kind == DateMatch.Kind.MONTH && m.year != 0 && !m.future) {
        a = LocalDate.of(m.year, m.month, 1);
        a = a.isAfter(today) ? null : a;
      }
      if (a != null && (anchor == null || a.isAfter(anchor))) {
        anchor = a;
      }
      if (yearless(m)) {
        int key = (m.month * 32 + m.day) * 8 + (m.weekday == null ? 0 : m.weekday.getValue());
        if (!yearless.containsKey(key)) {
          yearless.put(key, new Yearless(m.month, m.day, m.weekday, scan.span(m), scan.text(m)));
        }
      }
    }

    Optional<InferredDate> result() {
      // 1. dateline: weekday + full date, near the start or in a reporting clause
      if (dateline != null) {
        return Optional.of(dateline);
      }
      // 2. report day: the latest full date in a reporting clause or a dateline shape
      if (reportDay != null) {
        return Optional.of(reportDay);
      }
      // 3 and 4: weekdays placed in a year by the anchor; days without a year placed after it
      LocalDate weekdayBest = null;
      Yearless weekdayMatch = null;
      for (Yearless y : yearless.values()) {
        if (y.weekday() != null) {
          LocalDate d = weekdayYear(y.month(), y.day(), y.weekday(), anchor, today);
          if (d != null && (weekdayBest == null || d.isAfter(weekdayBest)
              || (d.equals(weekdayBest) && y.span().start() < weekdayMatch.span().start()))) {
            weekdayBest = d;
            weekdayMatch = y;
          }
        }
      }
      LocalDate placed = null;
      Yearless placedMatch = null;
      for (Yearless y : yearless.values()) {
        if (y.weekday() == null) {
          LocalDate d;
          if (anchor != null) {
            d = firstOnOrAfter(y.month(), y.day(), anchor, today);
          } else if (weekdayBest != null) {
            d = DateMatch.yearless(weekdayBest, y.month(), y.day(), null, false);
          } else {
            // "Oct. 17" with no year, weekday or dated day anywhere: any year would be a guess.
            continue;
          }
          if (d != null && (placed == null || d.isAfter(placed)
              || (d.equals(placed) && y.span().start() < placedMatch.span().start()))) {
            placed = d;
            placedMatch = y;
          }
        }
      }
      InferredDate best = latestFirst;
      if (placed != null && (best == null || placed.isAfter(best.date()))) {
        best = new InferredDate(placed, placedMatch.span(), placedMatch.words(), Basis.LATEST_DATE);
      }
      if (weekdayBest != null && (best == null || !best.date().isAfter(weekdayBest))) {
        return Optional.of(new InferredDate(weekdayBest, weekdayMatch.span(), weekdayMatch.words(),
            Basis.WEEKDAY_YEAR));
      }
      return Optional.ofNullable(best);
    }
  }

  private static InferredDate result(DateScan scan, DateMatch m, LocalDate d, Basis basis) {
    return new InferredDate(d, scan.span(m), scan.text(m), basis);
  }

  /** The day of a full date (day, month, year) that is not future and not after today, or null. */
  private static LocalDate fullDate(DateMatch m, LocalDate today) {
    if (m.kind != DateMatch.Kind.DATE || m.year == 0 || m.future) {
      return null;
    }
    LocalDate d = DateMatch.safeDate(m.year, m.month, m.day);
    return d == null || d.isAfter(today) || d.getYear() < EARLIEST_YEAR ? null : d;
  }

  private static boolean yearless(DateMatch m) {
    return m.kind == DateMatch.Kind.DATE && m.year == 0 && m.yearDelta == null && !m.future
        && m.rel != DateMatch.Rel.NEXT;
  }

  private static LocalDate weekdayYear(
      int month, int day, DayOfWeek weekday, LocalDate anchor, LocalDate today) {
    if (anchor != null) {
      for (int y = anchor.getYear(); y <= today.getYear(); y++) {
        LocalDate d = DateMatch.safeDate(y, month, day);
        if (d != null && !d.isBefore(anchor) && !d.isAfter(today)
            && d.getDayOfWeek() == weekday) {
          return d;
        }
      }
      return null;
    }
    for (int y = today.getYear(); y >= today.getYear() - 40; y--) {
      LocalDate d = DateMatch.safeDate(y, month, day);
      if (d != null && !d.isAfter(today) && d.getDayOfWeek() == weekday) {
        return d;
      }
    }
    return null;
  }

  private static LocalDate firstOnOrAfter(int month, int day, LocalDate anchor, LocalDate today) {
    LocalDate sameYear = DateMatch.safeDate(anchor.getYear(), month, day);
    if (sameYear != null && sameYear.isBefore(anchor)
        && ChronoUnit.DAYS.between(sameYear, anchor) <= DateMatch.NEAR_FUTURE_DAYS) {
      // "(3/9)" in a report that also names "Rabu, 4 September 2024" (a schedule): a day a few
      // days before the latest full date is of its year, not the next, so it gives no later
      // report date
      return null;
    }
    for (int y = anchor.getYear(); y <= today.getYear(); y++) {
      LocalDate d = DateMatch.safeDate(y, month, day);
      if (d != null && !d.isBefore(anchor)) {
        return d.isAfter(today) ? null : d;
      }
    }
    return null;
  }
}
