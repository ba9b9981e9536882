package io.github.claimcheck.render;

import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.DateValue;
import io.github.claimcheck.model.Granularity;
import io.github.claimcheck.model.Interval;
import io.github.claimcheck.model.Quantity;
import io.github.claimcheck.model.QuantityKind;
import io.github.claimcheck.model.Value;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Draws the claims of one finding as an inline SVG: one row per claim, its value as a point or
 * an interval bar on a shared number line (log scale when the values span orders of magnitude),
 * or on a timeline when the values are dates. Claims whose values overlap share a cluster colour.
 */
final class Chart {

  /** Okabe–Ito colours, distinguishable with the common forms of colour blindness. */
  static final String[] PALETTE = {
    "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#6B6B6B"
  };

  private static final int WIDTH = 880;
  private static final int LABEL_END = 262;
  private static final int PLOT_FROM = 280;
  private static final int PLOT_TO = 820;
  private static final int ROW = 30;
  private static final int TOP = 10;
  /** Room above the rows for the label of the most likely value. */
  private static final int LIKELY_LABEL = 18;
  private static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);
  private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

  /** One claim placed on the chart. {@code low}/{@code high} null: open towards that edge. */
  record Mark(Claim claim, Double low, Double high, boolean lowInclusive, boolean highInclusive,
      boolean approximate, Interval interval) {}

  /** The chart of a finding with its cluster of each mark, ready to draw. */
  record Plan(List<Mark> marks, int[] clusters, boolean dates) {}

  private Chart() {}

  /**
   * Plans the chart of the given claims: dates when every claim is a date, else the claims
   * holding quantities. Empty when no claim can be placed.
   */
  static Optional<Plan> plan(List<Claim> claims) {
    List<Mark> marks = new ArrayList<>();
    boolean dates = !claims.isEmpty() && claims.stream().allMatch(c -> c.date().isPresent());
    for (Claim c : claims) {
      if (dates) {
        DateValue d = c.date().get();
        // the end day is included, so the bar reaches the start of the next day
        marks.add(new Mark(c, (double) d.start().toEpochDay(), (double) d.end().toEpochDay() + 1,
            true, true, d.granularity() != Granularity.DAY,
            Interval.of(d)));
      } else if (c.quantity().isPresent()) {
        Quantity q = c.quantity().get();
        marks.add(new Mark(c,
            q.kind() == QuantityKind.AT_MOST ? null : q.low().map(Chart::toDouble).orElse(null),
            q.kind() == QuantityKind.AT_LEAST ? null : q.high().map(Chart::toDouble).orElse(null),
            q.lowInclusive(), q.highInclusive(), q.isHedged(), Interval.of(q, 0)));
      }
    }
    if (marks.isEmpty()) {
      return Optional.empty();
    }
    List<Interval> intervals = new ArrayList<>();
    marks.forEach(m -> intervals.add(m.interval()));
    return Optional.of(new Plan(marks, clusters(intervals), dates));
  }

  /** The largest magnitude drawn: figures beyond it (26 stacked "triliun") sit at the edge. */
  static final double LIMIT = 1e300;

  /** The value as a finite double within {@code ±LIMIT}, whatever its size. */
  static double toDouble(BigDecimal v) {
    double d = v.doubleValue();
    return Math.max(-LIMIT, Math.min(LIMIT, d));
  }

  /**
   * Groups intervals that overlap, directly or through others; clusters are numbered from 0 in
   * order of their lowest value, so the lowest values always get the first colour.
   */
  static int[] clusters(List<Interval> intervals) {
    int n = intervals.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (intervals.get(i).overlaps(intervals.get(j))) {
          parent[find(parent, i)] = find(parent, j);
        }
      }
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparing((Integer i) -> intervals.get(i),
        Chart::compareLow));
    int[] number = new int[n];
    Arrays.fill(number, -1);
    int[] out = new int[n];
    int next = 0;
    for (int i : order) {
      int root = find(parent, i);
      if (number[root] < 0) {
        number[root] = next++;
      }
      out[i] = number[root];
    }
    return out;
  }

  private static int compareLow(Interval a, Interval b) {
    if (a.low().isEmpty() || b.low().isEmpty()) {
      return Boolean.compare(a.low().isPresent(), b.low().isPresent());
    }
    return a.low().get().compareTo(b.low().get());
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  static String color(int cluster) {
    return PALETTE[cluster % PALETTE.length];
  }

  /** The axis of a plan: the number line, or days since the epoch for a timeline. */
  static Scale scale(Plan plan) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (Mark m : plan.marks()) {
      for (Double v : new Double[] {m.low(), m.high()}) {
        if (v != null) {
          min = Math.min(min, v);
          max = Math.max(max, v);
        }
      }
    }
    if (plan.dates()) {
      double pad = Math.max(2, (max - min) * 0.06);
      return Scale.exact(min - pad, max + pad, PLOT_FROM, PLOT_TO);
    }
    return Scale.of(min, max, PLOT_FROM, PLOT_TO);
  }

  /** Draws the plan, one row per mark in order, labelled with the claim's outlet and date. */
  static String svg(Plan plan, Function<Claim, String> outlet, Function<Claim, String> date,
      String title) {
    return svg(plan, outlet, date, title, null);
  }

  /**
   * Draws the plan as {@link #svg(Plan, Function, Function, String)} does, with the most likely
   * value marked across the rows: a dashed line at a figure or day, a band over a range or period,
   * labelled "most likely" above the rows. {@code likely} may be null (nothing marked), and is
   * not drawn when it is a date on a number line or a figure on a timeline.
   */
  static String svg(Plan plan, Function<Claim, String> outlet, Function<Claim, String> date,
      String title, Value likely) {
    Scale s = scale(plan);
    List<Mark> marks = plan.marks();
    Optional<Double[]> marked = likely == null ? Optional.empty() : bounds(likely, plan.dates());
    int top = marked.isPresent() ? TOP + LIKELY_LABEL : TOP;
    int axisY = top + marks.size() * ROW + 4;
    int height = axisY + 28;
    StringBuilder svg = new StringBuilder();
    svg.append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        .append(WIDTH).append(' ').append(height)
        .append("\" role=\"img\" aria-label=\"").append(HtmlReport.esc(title)).append("\">");
    svg.append("<title>").append(HtmlReport.esc(title)).append("</title>");
    // grid and ticks first, so the marks are drawn over them
    svg.append("<g class=\"axis\">");
    List<double[]> ticks = new ArrayList<>();
    if (plan.dates()) {
      // ticks only where dates can be written: years 1 to 9999
      LocalDate first = LocalDate.ofEpochDay(
          (long) Math.max(Math.ceil(s.start()), FIRST_DAY.toEpochDay()));
      LocalDate last = LocalDate.ofEpochDay(
          (long) Math.min(Math.floor(s.end()), LAST_DAY.toEpochDay()));
      List<LocalDate> days = last.isBefore(first) ? List.of() : Scale.dateTicks(first, last, 7);
      for (LocalDate d : days) {
        tick(svg, s.x(d.toEpochDay()), top, axisY, Scale.dateLabel(d, days));
      }
    } else {
      for (double t : s.ticks()) {
        tick(svg, s.x(t), top, axisY, Scale.label(t));
      }
    }
    svg.append(line(PLOT_FROM, axisY, PLOT_TO, axisY, "axis-line"));
    svg.append("</g>");
    marked.ifPresent(b -> likely(svg, s, b, likely, plan.dates(), top, axisY));
    for (int i = 0; i < marks.size(); i++) {
      Mark m = marks.get(i);
      String color = color(plan.clusters()[i]);
      double y = top + i * ROW + ROW / 2.0;
      Claim c = m.claim();
      String value = Describe.value(c);
      svg.append("<g class=\"row\"><title>")
          .append(HtmlReport.esc(outlet.apply(c) + ", " + date.apply(c) + ": " + value + " (" + c.id() + ")"))
          .append("</title>");
      svg.append(line(PLOT_FROM, y, PLOT_TO, y, "guide"));
      // the label column holds about 36 characters; the date keeps its length, the outlet gives way
      String when = fit(date.apply(c), 23);
      String label = fit(outlet.apply(c), Math.max(8, 35 - when.length()));
      svg.append("<text class=\"label\" x=\"").append(LABEL_END).append("\" y=\"").append(num(y + 4))
          .append("\" text-anchor=\"end\"><tspan class=\"outlet\">").append(HtmlReport.esc(label))
          .append("</tspan><tspan class=\"date\"> ").append(HtmlReport.esc(when))
          .append("</tspan></text>");
      drawMark(svg, s, m, y, color, value, plan.dates());
      svg.append("</g>");
    }
    svg.append("</svg>");
    return svg.toString();
  }

  /**
   * The bounds of a value as a mark draws them ({@code null}: open towards that edge), or empty
   * when the value is not of the chart's kind.
   */
  private static Optional<Double[]> bounds(Value v, boolean dates) {
    if (dates && v instanceof DateValue d) {
      return Optional.of(new Double[] {
          (double) d.start().toEpochDay(), (double) d.end().toEpochDay() + 1});
    }
    if (!dates && v instanceof Quantity q) {
      return Optional.of(new Double[] {
          q.kind() == QuantityKind.AT_MOST ? null : q.low().map(Chart::toDouble).orElse(null),
          q.kind() == QuantityKind.AT_LEAST ? null : q.high().map(Chart::toDouble).orElse(null)});
    }
    return Optional.empty();
  }

  /** The most likely value across all rows, drawn under the marks, with its label on top. */
  private static void likely(StringBuilder svg, Scale s, Double[] b, Value v, boolean dates,
      int top, int axisY) {
    boolean day = dates && ((DateValue) v).granularity() == Granularity.DAY;
    double left = b[0] == null ? (!s.isLog() && s.start() <= 0 ? s.x(0) : PLOT_FROM) : s.x(b[0]);
    double right = b[1] == null ? PLOT_TO : s.x(b[1]);
    boolean point = day || b[0] != null && b[0].equals(b[1]);
    String text = "most likely " + Describe.value(v);
    svg.append("<g class=\"likely\"><title>").append(HtmlReport.esc("Most likely value: "
        + Describe.value(v))).append("</title>");
    double x;
    if (point) {
      x = left;
      svg.append("<line class=\"likely-line\" x1=\"").append(num(x)).append("\" y1=\"")
          .append(top - 4).append("\" x2=\"").append(num(x)).append("\" y2=\"").append(axisY)
          .append("\"/>");
    } else {
      x = (left + right) / 2;
      svg.append("<rect class=\"likely-band\" x=\"").append(num(left)).append("\" y=\"")
          .append(top - 4).append("\" width=\"").append(num(Math.max(3, right - left)))
          .append("\" height=\"").append(axisY - top + 4).append("\"/>");
    }
    double half = text.length() * 3.4;
    double at = Math.max(PLOT_FROM + half, Math.min(WIDTH - 4 - half, x));
    svg.append("<text class=\"likely-label\" x=\"").append(num(at)).append("\" y=\"")
        .append(top - 8).append("\" text-anchor=\"middle\">").append(HtmlReport.esc(text))
        .append("</text></g>");
  }

  private static void drawMark(StringBuilder svg, Scale s, Mark m, double y, String color,
      String value, boolean dates) {
    boolean openLow = m.low() == null; // "at most", "less than"
    boolean arrowRight = m.high() == null; // "at least", "more than"
    boolean arrowLeft = false;
    double left;
    if (openLow) {
      // a count starts at zero: from zero when zero is on the axis, else an arrow from its start
      boolean fromZero = !s.isLog() && s.start() <= 0
          && (m.high() > 0 || m.high() == 0 && m.highInclusive());
      left = fromZero ? s.x(0) : PLOT_FROM;
      arrowLeft = !fromZero;
    } else {
      left = s.x(m.low());
    }
    double right = arrowRight ? PLOT_TO : s.x(m.high());
    boolean point = !openLow && !arrowRight
        && (m.low().equals(m.high()) || dates && m.low() + 1 == m.high() && !m.approximate());
    if (point) {
      double cx = dates ? s.x(m.low()) : left;
      svg.append("<circle cx=\"").append(num(cx)).append("\" cy=\"").append(num(y))
          .append("\" r=\"6\"");
      if (m.approximate()) {
        svg.append(" fill=\"#fff\" stroke=\"").append(color).append("\" stroke-width=\"3\"");
      } else {
        svg.append(" fill=\"").append(color).append('"');
      }
      svg.append("/>");
      left = cx - 6;
      right = cx + 6;
    } else {
      double w = Math.max(3, right - left);
      svg.append("<rect x=\"").append(num(left)).append("\" y=\"").append(num(y - 5))
          .append("\" width=\"").append(num(w)).append("\" height=\"10\" rx=\"5\" fill=\"")
          .append(color).append("\" fill-opacity=\"").append(m.approximate() ? "0.45" : "0.85")
          .append("\"/>");
      if (arrowRight) {
        svg.append(arrow(PLOT_TO, y, 1, color));
        svg.append(end(s.x(m.low()), y, m.lowInclusive(), color));
      }
      if (arrowLeft) {
        svg.append(arrow(PLOT_FROM, y, -1, color));
      }
      if (openLow) {
        svg.append(end(s.x(m.high()), y, m.highInclusive(), color));
      }
    }
    double width = value.length() * 6.6;
    String anchor;
    double x;
    if (right + 10 + width <= WIDTH - 4) {
      x = right + 10;
      anchor = "start";
    } else if (left - 10 - width >= PLOT_FROM) {
      x = left - 10;
      anchor = "end";
    } else {
      x = Math.min(Math.max(left, PLOT_FROM), WIDTH - 4 - width);
      anchor = "start";
      y -= 9;
    }
    svg.append("<text class=\"value\" x=\"").append(num(x)).append("\" y=\"").append(num(y + 4))
        .append("\" text-anchor=\"").append(anchor).append("\">").append(HtmlReport.esc(value))
        .append("</text>");
  }

  private static String arrow(double x, double y, int direction, String color) {
    double back = x - direction * 10;
    return "<polygon points=\"" + num(back) + "," + num(y - 8) + " " + num(x) + "," + num(y) + " "
        + num(back) + "," + num(y + 8) + "\" fill=\"" + color + "\"/>";
  }

  /** The closed (filled) or open (hollow) end of a one-sided bound. */
  private static String end(double x, double y, boolean inclusive, String color) {
    return "<circle cx=\"" + num(x) + "\" cy=\"" + num(y) + "\" r=\"6\" fill=\""
        + (inclusive ? color : "#fff") + "\" stroke=\"" + color + "\" stroke-width=\"2\"/>";
  }

  private static void tick(StringBuilder svg, double x, double top, double axisY, String label) {
    svg.append(line(x, top, x, axisY, "grid"));
    svg.append(line(x, axisY, x, axisY + 5, "tick"));
    svg.append("<text class=\"tick-label\" x=\"").append(num(x)).append("\" y=\"")
        .append(num(axisY + 18)).append("\" text-anchor=\"middle\">").append(HtmlReport.esc(label))
        .append("</text>");
  }

  private static String line(double x1, double y1, double x2, double y2, String cls) {
    return "<line class=\"" + cls + "\" x1=\"" + num(x1) + "\" y1=\"" + num(y1) + "\" x2=\""
        + num(x2) + "\" y2=\"" + num(y2) + "\"/>";
  }

  private static String fit(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n - 1) + "…";
  }

  static String num(double v) {
    String s = String.format(Locale.ROOT, "%.1f", v);
    return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
  }
}
