package io.github.claimcheck.reconcile;

import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.ClaimFlag;
import io.github.claimcheck.model.ClockTime;
import io.github.claimcheck.model.DateValue;
import io.github.claimcheck.model.Granularity;
import io.github.claimcheck.model.Interval;
import io.github.claimcheck.model.Quantity;
import io.github.claimcheck.model.Scope;
import io.github.claimcheck.model.Value;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** Plain-English wording for findings. Stateless. */
final class Texts {

  /** At most this many claims are spelled out per side of a finding. */
  static final int MAX_LISTED = 4;

  private static final String[] MONTHS = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
  };

  private static final Map<String, String> PLACES =
      Map.ofEntries(
          Map.entry("kp", "North Korean"),
          Map.entry("north_korea", "North Korean"),
          Map.entry("nk", "North Korean"),
          Map.entry("kr", "South Korean"),
          Map.entry("south_korea", "South Korean"),
          Map.entry("sk", "South Korean"),
          Map.entry("ru", "Russian"),
          Map.entry("russia", "Russian"),
          Map.entry("ua", "Ukrainian"),
          Map.entry("ukraine", "Ukrainian"),
          Map.entry("us", "US"),
          Map.entry("usa", "US"),
          Map.entry("id", "Indonesian"),
          Map.entry("indonesia", "Indonesian"),
          Map.entry("cn", "Chinese"),
          Map.entry("china", "Chinese"));

  /** What a bare subject kind of predicate {@code other} counts, in words. */
  private static final Map<String, String> OTHER_KINDS =
      Map.of(
          "aboard", "people aboard",
          "identified", "bodies identified",
          "killed_or_missing", "people killed or missing");

  private Texts() {}

  static String subjectLabel(String key) {
    String[] parts = key.split(":");
    List<String> words = new ArrayList<>();
    for (int i = 0; i < parts.length; i++) {
      String p = parts[i].strip();
      if (p.isEmpty()) {
        continue;
      }
      String place = i < parts.length - 1 ? PLACES.get(p.toLowerCase(Locale.ROOT)) : null;
      words.add(place != null ? place : p.replace('_', ' ').replace('-', ' ').strip());
    }
    return words.isEmpty() ? key : String.join(" ", words);
  }

  static String topic(String predicate, String subject, String event, boolean dates) {
    return topic(predicate, subject, event, dates, null);
  }

  /**
   * What a group is about: {@code people killed in Lombok Barat in the Lombok earthquake} for a
   * place, {@code people wounded (luka berat) in …} for a category or status.
   */
  static String topic(String predicate, String subject, String event, boolean dates, Scope scope) {
    String label = predicate.equals("other")
        ? OTHER_KINDS.getOrDefault(subject, subjectLabel(subject))
        : subjectLabel(subject);
    // `other` counts what its subject kind says (people aboard, body bags): no verb of its own.
    String verb = predicate.equals("other") ? "" : " " + predicate.replace('_', ' ');
    String part = scope == null ? "" : " " + scope(scope);
    String in = part + (event == null ? "" : " in " + eventLabel(event));
    if (!dates) {
      return label + verb + in;
    }
    return predicate.equals("event_date") || predicate.equals("date")
        ? "the date of " + label + in
        : "the date " + label + verb + in;
  }

  /** A part of the whole in words: {@code in Lombok Barat}, {@code (luka berat)}. */
  static String scope(Scope scope) {
    String text = scope.text().strip();
    return scope.kind() == Scope.Kind.PLACE ? "in " + text : "(" + text + ")";
  }

  /** A time of day: {@code 17:00}, {@code 17:00 UTC+7}, {@code 19:30 UTC+5:30}. */
  static String clock(ClockTime clock) {
    String t = clock.time().toString();
    if (clock.offset().isEmpty()) {
      return t;
    }
    int secs = clock.offset().get().getTotalSeconds();
    int h = Math.abs(secs) / 3600;
    int m = Math.abs(secs) % 3600 / 60;
    return t + " UTC" + (secs < 0 ? "-" : "+") + h + (m == 0 ? "" : String.format(":%02d", m));
  }

  /** An extracted key "flood:garut" → "the Garut flood"; free text is kept as written. */
  static String eventLabel(String event) {
    int colon = event.indexOf(':');
    if (colon < 0 || event.contains(" ")) {
      return event.replace('_', ' ');
    }
    StringBuilder place = new StringBuilder();
    for (String w : event.substring(colon + 1).split("_")) {
      if (!w.isEmpty()) {
        place.append(place.length() == 0 ? "" : " ")
            .append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
      }
    }
    return "the " + place + " " + event.substring(0, colon).replace('_', ' ');
  }

  static String value(Value v) {
    if (v instanceof DateValue d) {
      return time(d);
    }
    Quantity q = (Quantity) v;
    String lo = q.low().map(Texts::number).orElse(null);
    String hi = q.high().map(Texts::number).orElse(null);
    switch (q.kind()) {
      case EXACT:
        return lo;
      case APPROXIMATE:
        if (q.isVague()) {
          return "vaguely " + lo + "–" + hi;
        }
        return q.isPoint() ? "about " + lo : "about " + lo + "–" + hi;
      case RANGE:
        return (q.isHedged() ? "about " : "") + lo + "–" + hi;
      case AT_LEAST:
        return (q.lowInclusive() ? "at least " : "more than ") + lo;
      case AT_MOST:
        return (q.highInclusive() ? "up to " : "less than ") + hi;
      default:
        throw new AssertionError(q.kind());
    }
  }

  /** An interval in words: {@code 41}, {@code 37–45}, {@code at least 41}. */
  static String interval(Interval v) {
    String lo = v.low().map(Texts::number).orElse("?");
    String hi = v.high().map(Texts::number).orElse(null);
    if (hi == null) {
      return (v.lowInclusive() ? "at least " : "more than ") + lo;
    }
    return lo.equals(hi) ? lo : lo + "–" + hi;
  }

  /** Formats a number with comma grouping: {@code 15,000}, {@code 1,234.5}. */
  static String number(BigDecimal n) {
    String s = n.toPlainString();
    boolean negative = s.startsWith("-");
    if (negative) {
      s = s.substring(1);
    }
    int dot = s.indexOf('.');
    String intPart = dot < 0 ? s : s.substring(0, dot);
    String frac = dot < 0 ? "" : s.substring(dot);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < intPart.length(); i++) {
      if (i > 0 && (intPart.length() - i) % 3 == 0) {
        sb.append(',');
      }
      sb.append(intPart.charAt(i));
    }
    return (negative ? "-" : "") + sb + frac;
  }

  static String time(DateValue d) {
    LocalDate s = d.start();
    LocalDate e = d.end();
    if (s.equals(e)) {
      return day(s);
    }
    if (d.granularity() == Granularity.YEAR
        && s.getDayOfYear() == 1
        && e.equals(s.withDayOfYear(s.lengthOfYear()))) {
      return String.valueOf(s.getYear());
    }
    boolean wholeMonths = s.getDayOfMonth() == 1 && e.getDayOfMonth() == e.lengthOfMonth();
    if (wholeMonths) {
      if (s.getYear() == e.getYear() && s.getMonth() == e.getMonth()) {
        return month(s) + " " + s.getYear();
      }
      return s.getYear() == e.getYear()
          ? month(s) + "–" + month(e) + " " + e.getYear()
          : month(s) + " " + s.getYear() + "–" + month(e) + " " + e.getYear();
    }
    if (s.getYear() == e.getYear() && s.getMonth() == e.getMonth()) {
      return s.getDayOfMonth() + "–" + e.getDayOfMonth() + " " + month(s) + " " + s.getYear();
    }
    return day(s) + "–" + day(e);
  }

  private static String day(LocalDate d) {
    return d.getDayOfMonth() + " " + month(d) + " " + d.getYear();
  }

  private static String month(LocalDate d) {
    return MONTHS[d.getMonthValue() - 1];
  }

  /** The attribution of a claim, with the source it cites: {@code lawmaker Lee, citing NIS}. */
  static String attribution(Claim c) {
    String a = c.attribution().orElse(null);
    String o = c.origin().orElse(null);
    if (a == null) {
      return o;
    }
    return o == null || a.toLowerCase(Locale.ROOT).contains(o.toLowerCase(Locale.ROOT))
        ? a
        : a + ", citing " + o;
  }

  static String describe(Claim c, RuleContext ctx) {
    List<String> parts = new ArrayList<>(3);
    parts.add(ctx.outlet(c.articleId()));
    String attr = attribution(c);
    if (attr != null) {
      parts.add(attr);
    }
    String clock = c.clock().map(k -> " " + clock(k)).orElse("");
    if (c.when().isPresent()) {
      parts.add(time(c.when().get()) + clock);
    } else {
      ctx.effectiveTime(c).ifPresentOrElse(t -> parts.add(c.has(ClaimFlag.EARLIER)
              ? "before " + day(t.end().plusDays(1)) + clock
              : "as of " + time(t) + clock),
          () -> {
            if (!clock.isEmpty()) {
              parts.add("as of" + clock);
            }
          });
    }
    boolean comma = parts.stream().anyMatch(p -> p.contains(","));
    return value(c.value()) + " (" + String.join(comma ? "; " : ", ", parts) + ")";
  }

  /** Lists items as {@code a}, {@code a and b}, {@code a, b and c}, capped with "and N more". */
  static <T> String list(List<T> items, Function<T, String> f) {
    int shown = Math.min(items.size(), MAX_LISTED);
    List<String> words = new ArrayList<>(shown + 1);
    for (int i = 0; i < shown; i++) {
      words.add(f.apply(items.get(i)));
    }
    if (items.size() > shown) {
      words.add(number(BigDecimal.valueOf(items.size() - shown)) + " more");
    }
    if (words.size() == 1) {
      return words.get(0);
    }
    return String.join(", ", words.subList(0, words.size() - 1))
        + " and "
        + words.get(words.size() - 1);
  }

  static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
