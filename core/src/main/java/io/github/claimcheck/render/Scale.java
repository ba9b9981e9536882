package io.github.claimcheck.render;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Maps values to pixels along one chart axis, linearly or logarithmically, with readable ticks.
 * The domain is widened to round tick values so the extreme values never sit on the frame.
 * Immutable.
 */
final class Scale {

  /** Values spanning more than this ratio (max / min) are drawn on a log scale. */
  static final double LOG_RATIO = 20;

  private final double start;
  private final double end;
  private final double from;
  private final double to;
  private final boolean log;
  private final double step;

  private Scale(double start, double end, double from, double to, boolean log, double step) {
    this.start = start;
    this.end = end;
    this.from = from;
    this.to = to;
    this.log = log;
    this.step = step;
  }

  /**
   * A scale for values in {@code [min, max]} drawn between pixels {@code from} and {@code to}: log
   * when all values are positive and span orders of magnitude, else linear.
   */
  static Scale of(double min, double max, double from, double to) {
    check(min, max);
    return min >= MIN_LOG && max / min > LOG_RATIO
        ? log(min, max, from, to) : linear(min, max, from, to);
  }

  /** The smallest value a log axis starts from; below it the powers of ten underflow. */
  static final double MIN_LOG = 1e-300;

  /** A linear scale whose domain is {@code [min, max]} padded and rounded to ticks. */
  static Scale linear(double min, double max, double from, double to) {
    check(min, max);
    double lo = min;
    double hi = max;
    if (lo == hi) {
      double pad = lo == 0 ? 1 : Math.abs(lo) * 0.1;
      lo -= pad;
      hi += pad;
    } else {
      double pad = (hi - lo) * 0.08;
      lo -= pad;
      hi += pad;
    }
    if (min >= 0 && lo < 0) {
      lo = 0; // counts never go below zero
    }
    if (!(hi - lo > Math.ulp(hi) * 8)) {
      hi = lo + 1; // values so close (or so small) that no padding separates them
    }
    double step = niceStep((hi - lo) / 5);
    return new Scale(Math.floor(lo / step) * step, Math.ceil(hi / step) * step, from, to, false, step);
  }

  /** A linear scale over exactly {@code [start, end]}, for axes that bring their own ticks. */
  static Scale exact(double start, double end, double from, double to) {
    check(start, end);
    if (start == end) {
      throw new IllegalArgumentException("empty domain [" + start + ", " + end + "]");
    }
    return new Scale(start, end, from, to, false, (end - start) / 5);
  }

  /** A log scale from the power of ten at or below {@code min} to the one at or above {@code max}. */
  static Scale log(double min, double max, double from, double to) {
    check(min, max);
    if (!(min >= MIN_LOG)) {
      throw new IllegalArgumentException("a log scale needs positive values, got min " + min);
    }
    double lo = Math.pow(10, Math.floor(Math.log10(min)));
    double hi = Math.min(Math.pow(10, Math.ceil(Math.log10(max))), Double.MAX_VALUE);
    if (hi <= lo) {
      hi = lo * 10;
    }
    return new Scale(lo, hi, from, to, true, 0);
  }

  private static void check(double min, double max) {
    if (!Double.isFinite(min) || !Double.isFinite(max) || min > max) {
      throw new IllegalArgumentException("invalid domain [" + min + ", " + max + "]");
    }
  }

  /** 1, 2, 2.5 or 5 times a power of ten, the nearest at or above {@code raw}. */
  static double niceStep(double raw) {
    double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
    double f = raw / magnitude;
    double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10;
    return nice * magnitude;
  }

  boolean isLog() {
    return log;
  }

  /** The smallest value on the axis. */
  double start() {
    return start;
  }

  /** The largest value on the axis. */
  double end() {
    return end;
  }

  /** The pixel of {@code v}, clamped to the axis. */
  double x(double v) {
    double t;
    if (log) {
      t = v <= 0 ? 0 : (Math.log10(v) - Math.log10(start)) / (Math.log10(end) - Math.log10(start));
    } else {
      t = (v - start) / (end - start);
    }
    t = Math.max(0, Math.min(1, t));
    return from + t * (to - from);
  }

  /** Tick values from start to end: multiples of the step, or powers of ten (with 2 and 5 between when few). */
  List<Double> ticks() {
    List<Double> out = new ArrayList<>();
    if (log) {
      int a = (int) Math.round(Math.log10(start));
      int b = (int) Math.round(Math.log10(end));
      boolean dense = b - a <= 2;
      int every = Math.max(1, (b - a + 9) / 10); // at most about ten powers of ten
      for (int e = a; e <= b; e += every) {
        double p = Math.pow(10, e);
        out.add(p);
        if (dense && e < b) {
          out.add(2 * p);
          out.add(5 * p);
        }
      }
      return out;
    }
    long n = Math.round((end - start) / step);
    for (long i = 0; i <= n; i++) {
      // computed from the start each time so rounding errors do not accumulate
      out.add(clean(start + i * step));
    }
    return out;
  }

  private static double clean(double v) {
    return Math.abs(v) < 1e-9 ? 0 : Double.parseDouble(String.format(Locale.ROOT, "%.10g", v));
  }

  /** A short tick label: 1,500 / 12k / 3.5M / 0.25, and 2.5E+15 beyond thousands of billions. */
  static String label(double v) {
    double a = Math.abs(v);
    if (a >= 1e15) {
      return BigDecimal.valueOf(v).round(new MathContext(3)).stripTrailingZeros().toString();
    }
    if (a >= 1e9) {
      return trim(v / 1e9) + "B";
    }
    if (a >= 1e6) {
      return trim(v / 1e6) + "M";
    }
    if (a >= 1e4) {
      return trim(v / 1e3) + "k";
    }
    if (a >= 1000 && v == Math.rint(v)) {
      return String.format(Locale.ROOT, "%,d", (long) v);
    }
    return trim(v);
  }

  private static String trim(double v) {
    String s = String.format(Locale.ROOT, "%.2f", v);
    s = s.replaceAll("0+$", "");
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }

  /**
   * Date ticks between two days: whole days, weeks, months, quarters or years, the finest unit
   * that gives at most {@code max} ticks. Ticks fall on unit boundaries (the first of a month or
   * year) within {@code [first, last]}.
   */
  static List<LocalDate> dateTicks(LocalDate first, LocalDate last, int max) {
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("last " + last + " is before first " + first);
    }
    long days = ChronoUnit.DAYS.between(first, last);
    for (int stepDays : new int[] {1, 2, 7, 14}) {
      if (days / stepDays + 1 <= max) {
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(stepDays)) {
          out.add(d);
        }
        return out;
      }
    }
    for (int months : new int[] {1, 2, 3, 6, 12, 24, 60, 120, 600}) {
      LocalDate d = first.withDayOfMonth(1);
      if (months >= 12) {
        d = d.withDayOfYear(1);
        int years = months / 12;
        d = d.withYear(Math.floorDiv(d.getYear(), years) * years);
      } else {
        d = d.withMonth(((d.getMonthValue() - 1) / months) * months + 1);
      }
      List<LocalDate> out = new ArrayList<>();
      for (; !d.isAfter(last); d = d.plusMonths(months)) {
        if (!d.isBefore(first)) {
          out.add(d);
        }
      }
      if (out.size() <= max) {
        return out;
      }
    }
    return List.of(first, last);
  }

  /** A tick label for a date: "2 Oct 2025", "Oct 2025" on month ticks, "2025" on year ticks. */
  static String dateLabel(LocalDate d, List<LocalDate> ticks) {
    boolean months = ticks.stream().allMatch(t -> t.getDayOfMonth() == 1) && ticks.size() > 1;
    boolean years = months && ticks.stream().allMatch(t -> t.getDayOfYear() == 1);
    String pattern = years ? "yyyy" : months ? "MMM yyyy" : "d MMM yyyy";
    return d.format(DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH));
  }
}
