package io.github.claimcheck.parse;

import io.github.claimcheck.model.Language;
import io.github.claimcheck.parse.InferredDate.Basis;
import java.time.LocalDate;
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
    DateScan scan = DateScan.of(text, language);
    // No report is older than the events it tells: the latest full date bounds the report's day.
    LocalDate floor = null;
    for (DateMatch m : scan.matches) {
      LocalDate d = fullDate(m, today);
      if (d != null && (floor == null || d.isAfter(floor))) {
        floor = d;
      }
    }

    // 1. dateline: weekday + full date, near the start or in a reporting clause
    for (DateMatch m : scan.matches) {
      LocalDate d = fullDate(m, today);
      if (d != null && m.weekday != null && d.getDayOfWeek() == m.weekday
          && !d.isBefore(floor) && !scan.occurrence(m)
          && (scan.tokens.start[m.startTok] < DATELINE_CHARS || scan.reportNear(m))) {
        return Optional.of(result(scan, m, d, Basis.DATELINE));
      }
    }

    // 2. report day: the latest full date in a reporting clause or a dateline shape
    DateMatch bestMatch = null;
    LocalDate best = null;
    for (DateMatch m : scan.matches) {
      LocalDate d = fullDate(m, today);
      if (d != null && (best == null || d.isAfter(best)) && !scan.occurrence(m)
          && (scan.reportNear(m) || scan.datelineShape(m, REPORT_DATELINE_CHARS))) {
        best = d;
        bestMatch = m;
      }
    }
    if (best != null) {
      return Optional.of(result(scan, bestMatch, best, Basis.REPORT_DAY));
    }

    // 3 and 4: the latest full date and the anchor for year guesses
    LocalDate anchor = null;
    LocalDate latest = null;
    DateMatch latestMatch = null;
    for (DateMatch m : scan.matches) {
      LocalDate d = fullDate(m, today);
      if (d != null && (latest == null || d.isAfter(latest))) {
        latest = d;
        latestMatch = m;
      }
      LocalDate a = d;
      if (a == null && m.kind == DateMatch.Kind.MONTH && m.year != 0 && !m.future) {
        a = LocalDate.of(m.year, m.month, 1);
        a = a.isAfter(today) ? null : a;
      }
      if (a != null && (anchor == null || a.isAfter(anchor))) {
        anchor = a;
      }
    }

    LocalDate weekdayBest = null;
    DateMatch weekdayMatch = null;
    for (DateMatch m : scan.matches) {
      if (yearless(m) && m.weekday != null) {
        LocalDate d = weekdayYear(m, anchor, today);
        if (d != null && (weekdayBest == null || d.isAfter(weekdayBest))) {
          weekdayBest = d;
          weekdayMatch = m;
        }
      }
    }

    for (DateMatch m : scan.matches) {
      if (yearless(m) && m.weekday == null) {
        LocalDate d;
        if (anchor != null) {
          d = firstOnOrAfter(m, anchor, today);
        } else if (weekdayBest != null) {
          d = DateMatch.yearless(weekdayBest, m.month, m.day, null, false);
        } else {
          // "Oct. 17" with no year, weekday or dated day anywhere: any year would be a guess.
          continue;
        }
        if (d != null && (latest == null || d.isAfter(latest))) {
          latest = d;
          latestMatch = m;
        }
      }
    }

    if (weekdayBest != null && (latest == null || !latest.isAfter(weekdayBest))) {
      return Optional.of(result(scan, weekdayMatch, weekdayBest, Basis.WEEKDAY_YEAR));
    }
    if (latest != null) {
      return Optional.of(result(scan, latestMatch, latest, Basis.LATEST_DATE));
    }
    return Optional.empty();
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

  private static LocalDate weekdayYear(DateMatch m, LocalDate anchor, LocalDate today) {
    if (anchor != null) {
      for (int y = anchor.getYear(); y <= today.getYear(); y++) {
        LocalDate d = DateMatch.safeDate(y, m.month, m.day);
        if (d != null && !d.isBefore(anchor) && !d.isAfter(today)
            && d.getDayOfWeek() == m.weekday) {
          return d;
        }
      }
      return null;
    }
    for (int y = today.getYear(); y >= today.getYear() - 40; y--) {
      LocalDate d = DateMatch.safeDate(y, m.month, m.day);
      if (d != null && !d.isAfter(today) && d.getDayOfWeek() == m.weekday) {
        return d;
      }
    }
    return null;
  }

  private static LocalDate firstOnOrAfter(DateMatch m, LocalDate anchor, LocalDate today) {
    for (int y = anchor.getYear(); y <= today.getYear(); y++) {
      LocalDate d = DateMatch.safeDate(y, m.month, m.day);
      if (d != null && !d.isBefore(anchor)) {
        return d.isAfter(today) ? null : d;
      }
    }
    return null;
  }
}
