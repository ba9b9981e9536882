package io.github.claimcheck.parse;

import io.github.claimcheck.model.Language;
import io.github.claimcheck.parse.InferredDate.Basis;
import io.github.claimcheck.model.Span;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
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
 *             of these, unless more of the weekdays agree on another year: a day wins the votes of
 *             the weekdays that may fall in the {@value #WEEKDAY_WINDOW_DAYS} days up to it, so a
 *             weekday whose date a typo moved does not pull the report into its year. With no
 *             year-bearing date, of years the weekdays fit equally well, the latest year the text
 *             names alone ({@code pergantian tahun 2020}) wins.
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
    return infer(text, language, today, null, DateScan.PIECE_CHARS);
  }

  /**
   * Infers the article's own date from its text, with the date of a report near it (of the same
   * story or batch) to choose between years: of the years a weekday named with a day and month
   * fits equally well ("Kamis (2/1)": 2 January was a Thursday in 2020 and in 2025), the one
   * nearest to {@code near} wins, where otherwise the latest up to {@code today} would. Nothing
   * else depends on it.
   *
   * @param text the article text
   * @param language its language
   * @param today the current date; no inferred date lies after it
   * @param near the date of a nearby report
   * @return the date with its evidence, or empty when the text has no usable date
   * @throws NullPointerException if an argument is null
   * @since 0.2.0
   */
  public static Optional<InferredDate> infer(
      CharSequence text, Language language, LocalDate today, LocalDate near) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(today, "today");
    Objects.requireNonNull(near, "near");
    return infer(text, language, today, near, DateScan.PIECE_CHARS);
  }

  /** {@link #infer(CharSequence, Language, LocalDate)} reading the text in pieces of {@code piece} chars. */
  static Optional<InferredDate> infer(
      CharSequence text, Language language, LocalDate today, int piece) {
    return infer(text, language, today, null, piece);
  }

  private static Optional<InferredDate> infer(
      CharSequence text, Language language, LocalDate today, LocalDate near, int piece) {
    // One pass over the matches, keeping only what the rules need (a long text is read in
    // pieces, so nothing grows with the text but the few yearless days named):
    Pass p = new Pass(today, near);
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
    /** The date of a nearby report, or null: picks among the years a weekday fits. */
    private final LocalDate near;
    /** The latest full date so far (the floor of rule 1), and its first match. */
    private LocalDate latest;
    private InferredDate latestFirst;
    /** The first dateline candidate dated the latest full date so far. */
    private InferredDate dateline;
    /** The latest report-day candidate (rule 2), first met. */
    private InferredDate reportDay;
    /** The anchor for year guesses. */
    private LocalDate anchor;
    /** The latest year named alone ("pergantian tahun 2020"), not future; 0 when none. */
    private int latestYear;
    /** The first match of each yearless day: month, day and weekday (0: none), in text order. */
    private final Map<Integer, Yearless> yearless = new LinkedHashMap<>();

    Pass(LocalDate today, LocalDate near) {
      this.today = today;
      this.near = near;
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
      if (m.kind == DateMatch.Kind.YEAR && !m.future && m.year >= EARLIEST_YEAR
          && m.year <= today.getYear()) {
        latestYear = Math.max(latestYear, m.year);
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
      WeekdayDay best0 = weekdayConsensus(yearless.values(), anchor, latestYear, today, near);
      LocalDate weekdayBest = best0 == null ? null : best0.date();
      Yearless weekdayMatch = best0 == null ? null : best0.named();
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

  /** A day and month named without a year (weekday: null when none), first met. */
  private record Yearless(int month, int day, DayOfWeek weekday, Span span, String words) {}

  /**
   * A day a weekday named with a day and month may be, with the words that name it; {@code
   * first}: the day its year rule prefers (the earliest after the anchor; else the nearest to a
   * nearby report's date when one is known; else the latest).
   */
  private record WeekdayDay(LocalDate date, Yearless named, boolean first) {}

  /** How many days before the report a weekday it names may lie and still vote for its year. */
  static final int WEEKDAY_WINDOW_DAYS = 60;

  /**
   * The report day the weekdays named with a day and month agree on. Each may be any day of a year
   * in which the weekday matches, not after {@code today}: with an anchor, from the anchor on; else
   * within 40 years. A candidate day wins the votes of the weekdays that may fall within {@value
   * #WEEKDAY_WINDOW_DAYS} days up to it, so one weekday that a typo puts in another year ("Senin
   * (19/6)" beside "Senin (18/6)" and "Selasa (19/6)") does not move the report to that year. On a
   * tie, with no anchor, a day of the latest year the text names alone ({@code namedYear}: "Jumat
   * (3/1)" and "pergantian tahun 2020"); then the day a weekday's year rule prefers (the earliest
   * year after the anchor, else the latest up to today), then the later day; null when no weekday
   * is named.
   */
  private static WeekdayDay weekdayConsensus(
      Iterable<Yearless> named, LocalDate anchor, int namedYear, LocalDate today, LocalDate near) {
    List<WeekdayDay> days = new ArrayList<>();
    for (Yearless y : named) {
      if (y.weekday() != null) {
        weekdayYears(y, anchor, today, near, days);
      }
    }
    if (days.isEmpty()) {
      return null;
    }
    // A weekday's possible days are years apart, so a window holds at most one of each: the
    // votes for a day are the days in the window that ends at it.
    days.sort(Comparator.comparing(WeekdayDay::date)
        .thenComparingInt(d -> d.named().span().start()));
    WeekdayDay best = null;
    int bestVotes = 0;
    int from = 0;
    int to = 0;
    for (int i = 0; i < days.size(); i++) {
      WeekdayDay c = days.get(i);
      while (days.get(from).date().isBefore(c.date().minusDays(WEEKDAY_WINDOW_DAYS))) {
        from++;
      }
      to = Math.max(to, i);
      while (to + 1 < days.size() && days.get(to + 1).date().equals(c.date())) {
        to++; // two weekdays naming the same day
      }
      int votes = to - from + 1;
      if (best == null || votes > bestVotes || (votes == bestVotes && preferred(c, best,
          anchor == null ? namedYear : 0))) {
        best = c;
        bestVotes = votes;
      }
    }
    return best;
  }

  /**
   * Of two days with as many votes: the one in the year the text names last ({@code namedYear},
   * 0: none), then the one a weekday's year rule prefers, then the later.
   */
  private static boolean preferred(WeekdayDay c, WeekdayDay best, int namedYear) {
    boolean named = c.date().getYear() == namedYear;
    if (named != (best.date().getYear() == namedYear)) {
      return named;
    }
    if (c.first() != best.first()) {
      return c.first();
    }
    return c.date().isAfter(best.date());
  }

  /** Adds every day the weekday may be (see {@link #weekdayConsensus}). */
  private static void weekdayYears(
      Yearless y, LocalDate anchor, LocalDate today, LocalDate near, List<WeekdayDay> out) {
    int first = anchor != null ? anchor.getYear() : today.getYear() - 40;
    int start = out.size();
    for (int year = first; year <= today.getYear(); year++) {
      LocalDate d = DateMatch.safeDate(year, y.month(), y.day());
      if (d != null && !d.isAfter(today) && (anchor == null || !d.isBefore(anchor))
          && d.getDayOfWeek() == y.weekday()) {
        out.add(new WeekdayDay(d, y, false));
      }
    }
    if (out.size() > start) {
      int preferred = anchor != null ? start : near != null ? nearest(out, start, near)
          : out.size() - 1;
      WeekdayDay p = out.get(preferred);
      out.set(preferred, new WeekdayDay(p.date(), p.named(), true));
    }
  }

  /** The index, from {@code start} on, of the day nearest to {@code near} (the later on a tie). */
  private static int nearest(List<WeekdayDay> days, int start, LocalDate near) {
    int best = start;
    for (int i = start + 1; i < days.size(); i++) {
      long d = Math.abs(ChronoUnit.DAYS.between(near, days.get(i).date()));
      if (d <= Math.abs(ChronoUnit.DAYS.between(near, days.get(best).date()))) {
        best = i;
      }
    }
    return best;
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
