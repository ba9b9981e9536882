package io.github.claimcheck.parse;

import io.github.claimcheck.model.DateValue;
import io.github.claimcheck.model.Granularity;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * One date expression as read, before resolution: which fields the text gave, and the token range.
 * Internal and mutable while the grammar fills it in; never shared after a scan.
 */
final class DateMatch {

  enum Kind {
    /** A day: day and month, maybe year, maybe weekday. */
    DATE,
    /** A weekday alone, with an optional direction. */
    WEEKDAY,
    /** A month, with a year, a year delta, a direction or nothing. */
    MONTH,
    /** An explicit year. */
    YEAR,
    /** A day counted from the reference ({@code kemarin}). */
    RELDAY,
    /** The week, month or year before, of or after the reference. */
    UNIT_REL,
    /** N units before the reference. */
    AGO,
    /** A Saturday and Sunday. */
    WEEKEND,
    /** A part of a month. */
    PART_MONTH,
    /** A part of a year. */
    PART_YEAR,
    /** A season. */
    SEASON,
    /** Read as a date but not a valid one; consumed, never reported. */
    INVALID
  }

  enum Rel {
    PAST(-1), THIS(0), NEXT(1);

    final int delta;

    Rel(int delta) {
      this.delta = delta;
    }
  }

  enum Unit { DAY, WEEK, MONTH, YEAR }

  enum Part { EARLY, MID, LATE, EARLIER, LATER }

  enum Season {
    SPRING(3), SUMMER(6), AUTUMN(9), WINTER(12);

    final int firstMonth;

    Season(int firstMonth) {
      this.firstMonth = firstMonth;
    }
  }

  final Kind kind;
  int startTok;
  int endTok;
  int day;
  int month;
  int year;
  Integer yearDelta;
  Integer monthDelta;
  DayOfWeek weekday;
  Rel rel;
  Unit unit;
  int count;
  int offset;
  Part part;
  Season season;
  boolean future;
  boolean asOf;

  DateMatch(Kind kind, int startTok, int endTok) {
    this.kind = kind;
    this.startTok = startTok;
    this.endTok = endTok;
  }

  /** Whether resolving needs the reference date. */
  boolean relative() {
    switch (kind) {
      case DATE:
      case MONTH:
      case PART_MONTH:
      case PART_YEAR:
      case SEASON:
        return year == 0;
      case YEAR:
      case INVALID:
        return false;
      default:
        return true;
    }
  }

  /** Returns the value, or null when the reference is needed but null, or no valid day exists. */
  DateValue resolve(LocalDate p) {
    if (relative() && p == null) {
      return null;
    }
    try {
      return resolveAt(p);
    } catch (DateTimeException e) {
      // "999999999 tahun lalu", or a reference near LocalDate.MIN/MAX: no day in range
      return null;
    }
  }

  private DateValue resolveAt(LocalDate p) {
    switch (kind) {
      case DATE:
        return dayValue(p);
      case WEEKDAY:
        return DateValue.day(weekdayDate(p));
      case MONTH:
        return monthValue(targetMonth(p));
      case YEAR:
        return yearValue(year);
      case RELDAY:
        return DateValue.day(p.plusDays(offset));
      case UNIT_REL:
        return unitValue(p, unit, rel.delta);
      case AGO:
        return unitValue(p, unit, -count);
      case WEEKEND:
        return weekendValue(p);
      case PART_MONTH:
        return partOfMonth(p);
      case PART_YEAR:
        return partOfYear(p);
      case SEASON:
        return seasonValue(p);
      default:
        return null;
    }
  }

  private DateValue dayValue(LocalDate p) {
    if (year != 0) {
      LocalDate d = safeDate(year, month, day);
      return d == null ? null : DateValue.day(d);
    }
    if (yearDelta != null) {
      LocalDate d = safeDate(p.getYear() + yearDelta, month, day);
      return d == null ? null : DateValue.day(d);
    }
    boolean forward = future || rel == Rel.NEXT;
    LocalDate d = yearless(p, month, day, weekday, forward);
    return d == null ? null : DateValue.day(d);
  }

  /** Within this many days of the reference, the nearest year stands even against its weekday. */
  private static final int NEAR_DAYS = 62;

  /**
   * A day-month with no year and no weekday this many days after the reference at most is in the
   * reference's own year: reports name upcoming days of a schedule, rarely a day almost a year ago.
   * {@link ReferenceDates} places a day-month before its anchor the same way.
   */
  static final int NEAR_FUTURE_DAYS = 14;

  /**
   * The day-month in the nearest year on or before {@code p} (on or after it when {@code forward}).
   * When a weekday is named, the nearest year in which it matches wins: first up to seven years
   * back (forward), then up to one year on the other side of {@code p}; when none matches, the
   * nearest year is returned and the caller reports the mismatch. A day within two months of
   * {@code p} keeps its nearest year: "Thursday (September 15)" in a report of 15 September 2023
   * is that day with a wrong weekday, not 15 September 2022. A day within two months of {@code p}
   * on either side whose weekday matches wins over all of these.
   */
  static LocalDate yearless(LocalDate p, int month, int day, DayOfWeek weekday, boolean forward) {
    if (weekday != null) {
      // "akan diberangkatkan Selasa (18/11)" in a report of Monday 17 November 2008: a day whose
      // weekday matches within two months of p, on either side, beats a match years back
      for (int y = p.getYear() - 1; y <= p.getYear() + 1; y++) {
        LocalDate d = safeDate(y, month, day);
        if (d != null && d.getDayOfWeek() == weekday && Math.abs(ChronoUnit.DAYS.between(d, p)) <= NEAR_DAYS) {
          return d;
        }
      }
    }
    if (weekday == null && !forward) {
      // "diterima Presiden pada 4 September" in a report of 2 September 2024: a day a few weeks
      // after the report is a plan or schedule of that year, not a day of the year before
      for (int y = p.getYear(); y <= p.getYear() + 1; y++) {
        LocalDate d = safeDate(y, month, day);
        if (d != null && d.isAfter(p) && ChronoUnit.DAYS.between(p, d) <= NEAR_FUTURE_DAYS) {
          return d;
        }
      }
    }
    LocalDate first = null;
    for (int k = 0; k <= 28; k++) {
      int y = forward ? p.getYear() + k : p.getYear() - k;
      LocalDate d = safeDate(y, month, day);
      if (d == null || (forward ? d.isBefore(p) : d.isAfter(p))) {
        continue;
      }
      if (weekday == null || d.getDayOfWeek() == weekday
          || (first == null && Math.abs(ChronoUnit.DAYS.between(d, p)) <= NEAR_DAYS)) {
        return d;
      }
      if (first == null) {
        first = d;
      }
      if (k >= 7) {
        break;
      }
    }
    for (int k = 0; k <= 1 && weekday != null; k++) {
      int y = forward ? p.getYear() - k : p.getYear() + k;
      LocalDate d = safeDate(y, month, day);
      if (d != null && (forward ? d.isBefore(p) : d.isAfter(p)) && d.getDayOfWeek() == weekday) {
        return d;
      }
    }
    return first;
  }

  private LocalDate weekdayDate(LocalDate p) {
    if (rel == Rel.PAST) {
      return p.with(TemporalAdjusters.previous(weekday));
    }
    if (rel == Rel.NEXT) {
      return p.with(TemporalAdjusters.next(weekday));
    }
    if (rel == Rel.THIS) {
      return p.with(DayOfWeek.MONDAY).plusDays(weekday.getValue() - 1L);
    }
    return future
        ? p.with(TemporalAdjusters.nextOrSame(weekday))
        : p.with(TemporalAdjusters.previousOrSame(weekday));
  }

  private YearMonth targetMonth(LocalDate p) {
    if (year != 0) {
      return YearMonth.of(year, month);
    }
    if (yearDelta != null) {
      return YearMonth.of(p.getYear() + yearDelta, month);
    }
    YearMonth pm = YearMonth.from(p);
    YearMonth same = YearMonth.of(p.getYear(), month);
    if (rel == Rel.THIS) {
      return same;
    }
    if (rel == Rel.PAST) {
      return same.isBefore(pm) ? same : same.minusYears(1);
    }
    if (rel == Rel.NEXT) {
      return same.isAfter(pm) ? same : same.plusYears(1);
    }
    if (future) {
      return same.isBefore(pm) ? same.plusYears(1) : same;
    }
    return same.isAfter(pm) ? same.minusYears(1) : same;
  }

  private DateValue weekendValue(LocalDate p) {
    if (rel != null) {
      return weekendOf(p.plusWeeks(rel.delta));
    }
    if (future) {
      return weekendOf(p.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY)));
    }
    return weekendOf(p.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY)));
  }

  private DateValue partOfMonth(LocalDate p) {
    YearMonth ym = month != 0 ? targetMonth(p) : YearMonth.from(p).plusMonths(monthDelta);
    LocalDate first = ym.atDay(1);
    LocalDate last = ym.atEndOfMonth();
    switch (part) {
      case EARLY:
        return DateValue.of(first, ym.atDay(10), Granularity.PART_OF_MONTH);
      case MID:
        return DateValue.of(ym.atDay(11), ym.atDay(20), Granularity.PART_OF_MONTH);
      case LATE:
        return DateValue.of(ym.atDay(21), last, Granularity.PART_OF_MONTH);
      case EARLIER:
        return clampBefore(first, last, p, Granularity.PART_OF_MONTH);
      default:
        return clampAfter(first, last, p, Granularity.PART_OF_MONTH);
    }
  }

  private DateValue partOfYear(LocalDate p) {
    int y = year != 0 ? year : p.getYear() + yearDelta;
    LocalDate first = LocalDate.of(y, 1, 1);
    LocalDate last = LocalDate.of(y, 12, 31);
    switch (part) {
      case EARLY:
        return DateValue.of(first, LocalDate.of(y, 4, 30), Granularity.PART_OF_YEAR);
      case MID:
        return DateValue.of(LocalDate.of(y, 5, 1), LocalDate.of(y, 8, 31), Granularity.PART_OF_YEAR);
      case LATE:
        return DateValue.of(LocalDate.of(y, 9, 1), last, Granularity.PART_OF_YEAR);
      case EARLIER:
        return clampBefore(first, last, p, Granularity.PART_OF_YEAR);
      default:
        return clampAfter(first, last, p, Granularity.PART_OF_YEAR);
    }
  }

  private static DateValue clampBefore(LocalDate first, LocalDate last, LocalDate p, Granularity g) {
    LocalDate end = p == null || p.isAfter(last) || p.isBefore(first) ? last : p;
    return DateValue.of(first, end, g);
  }

  private static DateValue clampAfter(LocalDate first, LocalDate last, LocalDate p, Granularity g) {
    LocalDate start = p == null || p.isAfter(last) || p.isBefore(first) ? first : p;
    return DateValue.of(start, last, g);
  }

  private DateValue seasonValue(LocalDate p) {
    if (year != 0) {
      return seasonOf(year, season);
    }
    if (yearDelta != null) {
      return seasonOf(p.getYear() + yearDelta, season);
    }
    if (rel == Rel.THIS) {
      int y = season == Season.WINTER && p.getMonthValue() <= 2 ? p.getYear() - 1 : p.getYear();
      return seasonOf(y, season);
    }
    if (rel == Rel.NEXT || (rel == null && future)) {
      for (int y = p.getYear() - 1; ; y++) {
        DateValue v = seasonOf(y, season);
        if (rel == Rel.NEXT ? v.start().isAfter(p) : !v.start().isBefore(p)) {
          return v;
        }
      }
    }
    for (int y = p.getYear(); ; y--) {
      DateValue v = seasonOf(y, season);
      if (!v.end().isAfter(p)) {
        return v;
      }
    }
  }

  static DateValue seasonOf(int y, Season s) {
    YearMonth first = YearMonth.of(y, s.firstMonth);
    return DateValue.of(first.atDay(1), first.plusMonths(2).atEndOfMonth(), Granularity.SEASON);
  }

  static DateValue unitValue(LocalDate p, Unit unit, int delta) {
    switch (unit) {
      case DAY:
        return DateValue.day(p.plusDays(delta));
      case WEEK:
        return weekOf(p.plusWeeks(delta));
      case MONTH:
        return monthValue(YearMonth.from(p).plusMonths(delta));
      default:
        return yearValue(p.getYear() + delta);
    }
  }

  static DateValue weekOf(LocalDate d) {
    LocalDate monday = d.with(DayOfWeek.MONDAY);
    return DateValue.of(monday, monday.plusDays(6), Granularity.WEEK);
  }

  static DateValue weekendOf(LocalDate d) {
    LocalDate saturday = d.with(DayOfWeek.SATURDAY);
    return DateValue.of(saturday, saturday.plusDays(1), Granularity.WEEK);
  }

  static DateValue monthValue(YearMonth ym) {
    return DateValue.of(ym.atDay(1), ym.atEndOfMonth(), Granularity.MONTH);
  }

  static DateValue yearValue(int y) {
    return DateValue.of(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), Granularity.YEAR);
  }

  /** Returns the date, or null when the fields do not make one. */
  static LocalDate safeDate(int y, int m, int d) {
    if (m < 1 || m > 12 || d < 1 || y < 1 || y > 9999) {
      return null;
    }
    YearMonth ym = YearMonth.of(y, m);
    return d > ym.lengthOfMonth() ? null : ym.atDay(d);
  }

  /** Whether the day-month exists in some year (29 February does). */
  static boolean possible(int m, int d) {
    return m >= 1 && m <= 12 && d >= 1 && d <= YearMonth.of(2024, m).lengthOfMonth();
  }
}
