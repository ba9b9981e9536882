package io.github.claimcheck.render.text;

import io.github.claimcheck.internal.text.Resources;
import io.github.claimcheck.model.ClaimCheckException;
import io.github.claimcheck.model.ClockTime;
import io.github.claimcheck.model.DateValue;
import io.github.claimcheck.model.EventKey;
import io.github.claimcheck.model.Granularity;
import io.github.claimcheck.model.Quantity;
import io.github.claimcheck.model.Reason;
import io.github.claimcheck.model.Scope;
import io.github.claimcheck.model.SubjectKey;
import io.github.claimcheck.model.Value;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The words of one language for finding texts, read from {@code render/texts-<lang>.tsv} (the
 * sentence templates and value words), {@code render/words-<lang>.tsv} (keys in words) and
 * {@code render/places-<lang>.tsv} (actors by name): values, times, claims as cited, topics and
 * lists in that language. Immutable; one instance per language.
 */
final class Wording {

  private final Locale locale;
  private final Map<String, String> templates;
  private final Map<String, String> words;
  private final Map<String, String> places;
  private final String[] months;
  private final String group;
  private final String decimal;

  private Wording(String code) {
    this.locale = Locale.forLanguageTag(code);
    this.templates = table("render/texts-" + code + ".tsv");
    this.words = table("render/words-" + code + ".tsv");
    this.places = table("render/places-" + code + ".tsv");
    this.months = template("months").split(" ");
    this.group = template("group");
    this.decimal = template("decimal");
    if (months.length != 12) {
      throw new ClaimCheckException("render/texts-" + code + ".tsv: 'months' needs 12 names");
    }
  }

  private static final Wording ENGLISH = new Wording("en");
  private static final Wording INDONESIAN = new Wording("id");

  /** The wording for the locale's language: Indonesian for {@code id} (or {@code in}), else English. */
  static Wording of(Locale locale) {
    String lang = locale.getLanguage();
    return lang.equals("id") || lang.equals("in") ? INDONESIAN : ENGLISH;
  }

  static Wording english() {
    return ENGLISH;
  }

  private static Map<String, String> table(String path) {
    Map<String, String> out = new HashMap<>();
    for (Resources.Line l : Resources.numberedLines(path)) {
      String line = l.text();
      int tab = line.indexOf('\t');
      if (tab <= 0) {
        throw new ClaimCheckException(path + ":" + l.number() + ": expected key<TAB>text");
      }
      String text = line.substring(tab + 1);
      // Lines are read stripped: a closing "|" keeps the spaces a template ends with (" and ").
      text = text.endsWith("|") ? text.substring(0, text.length() - 1) : text;
      if (out.put(line.substring(0, tab), text) != null) {
        throw new ClaimCheckException(path + ":" + l.number() + ": '" + line.substring(0, tab)
            + "' is listed twice");
      }
    }
    return Map.copyOf(out);
  }

  /** The template of {@code key}; a missing key is a packaging error. */
  String template(String key) {
    String t = templates.get(key);
    if (t == null) {
      throw new ClaimCheckException("no finding text '" + key + "' for " + locale);
    }
    return t;
  }

  /** The template of {@code key} with {@code {0}}, {@code {1}}, … replaced by the arguments. */
  String fill(String key, String... args) {
    String t = template(key);
    StringBuilder sb = new StringBuilder(t.length() + 64);
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      int close = c == '{' ? t.indexOf('}', i) : -1;
      if (close == i + 2 && Character.isDigit(t.charAt(i + 1))) {
        sb.append(args[t.charAt(i + 1) - '0']);
        i = close;
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  // ------------------------------------------------------------------ values

  /** A number with this language's separators: {@code 15,000} or {@code 15.000}. */
  String number(BigDecimal n) {
    String grouped = Quantity.grouped(n);
    if (group.equals(",") && decimal.equals(".")) {
      return grouped;
    }
    StringBuilder sb = new StringBuilder(grouped.length());
    for (int i = 0; i < grouped.length(); i++) {
      char c = grouped.charAt(i);
      sb.append(c == ',' ? group : c == '.' ? decimal : String.valueOf(c));
    }
    return sb.toString();
  }

  /** A value in words: {@code about 10,000–12,000}, {@code at least 41}, {@code 19 Jun 2024}. */
  String value(Value v) {
    if (v instanceof DateValue d) {
      return time(d);
    }
    Quantity q = (Quantity) v;
    String lo = q.low().map(this::number).orElse(null);
    String hi = q.high().map(this::number).orElse(null);
    switch (q.kind()) {
      case EXACT:
        return lo;
      case APPROXIMATE:
        if (q.isVague()) {
          return fill("vaguely", lo + "–" + hi);
        }
        return fill("about", q.isPoint() ? lo : lo + "–" + hi);
      case RANGE:
        return q.isHedged() ? fill("about", lo + "–" + hi) : lo + "–" + hi;
      case AT_LEAST:
        return fill(q.lowInclusive() ? "at-least" : "more-than", lo);
      case AT_MOST:
        return fill(q.highInclusive() ? "up-to" : "less-than", hi);
      default:
        throw new AssertionError(q.kind());
    }
  }

  /** A time: {@code 19 Jun 2024}, {@code Sep–Nov 2024}, {@code 14–20 Oct 2024}, {@code 2024}. */
  String time(DateValue d) {
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

  String day(LocalDate d) {
    return d.getDayOfMonth() + " " + month(d) + " " + d.getYear();
  }

  private String month(LocalDate d) {
    return months[d.getMonthValue() - 1];
  }

  /** The weekday of a day, in this language: {@code Saturday}, {@code Sabtu}. */
  String weekday(LocalDate d) {
    return d.getDayOfWeek().getDisplayName(TextStyle.FULL, locale);
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

  // ------------------------------------------------------------------ claims

  /** Who gave a figure, with the source that one cites: {@code lawmaker Lee, citing NIS}. */
  String attribution(Reason.Cited c) {
    String a = c.attribution().orElse(null);
    String o = c.origin().orElse(null);
    if (a == null) {
      return o;
    }
    return o == null || a.toLowerCase(Locale.ROOT).contains(o.toLowerCase(Locale.ROOT))
        ? a
        : fill("citing", a, o);
  }

  /** A claim as cited: {@code about 10,000 (Kompas, NIS, as of 19 Oct 2024)}. */
  String describe(Reason.Cited c) {
    List<String> parts = new ArrayList<>(3);
    parts.add(c.outlet());
    String attr = attribution(c);
    if (attr != null) {
      parts.add(attr);
    }
    String clock = c.clock().map(k -> " " + clock(k)).orElse("");
    DateValue t = c.time().orElse(null);
    switch (c.dating()) {
      case STATED:
        parts.add(time(t) + clock);
        break;
      case BEFORE:
        parts.add(fill("before", day(t.end().plusDays(1))) + clock);
        break;
      case AS_OF:
        parts.add(fill("as-of", time(t)) + clock);
        break;
      default:
        if (!clock.isEmpty()) {
          parts.add(fill("as-of.clock", clock));
        }
    }
    boolean comma = parts.stream().anyMatch(p -> p.contains(","));
    return value(c.value()) + " (" + String.join(comma ? "; " : ", ", parts) + ")";
  }

  /** A value with who gave it, without outlet or time: {@code 23 (lawmaker Lee)}. */
  String valueWithSource(Reason.Cited c) {
    String attr = attribution(c);
    return value(c.value()) + (attr == null ? "" : " (" + attr + ")");
  }

  /** Items as {@code a}, {@code a and b}, {@code a, b and c}, capped with "and N more". */
  <T> String list(List<T> items, Function<T, String> f) {
    return list(Reason.Listed.of(items, f));
  }

  /** Listed items as {@code a}, {@code a and b}, {@code a, b and c}, and "N more" not shown. */
  <T> String list(Reason.Listed<T> items, Function<T, String> f) {
    List<String> shown = new ArrayList<>(items.shown().size());
    for (T t : items.shown()) {
      shown.add(f.apply(t));
    }
    return list(new Reason.Listed<>(shown, items.count()));
  }

  private String list(Reason.Listed<String> items) {
    List<String> out = new ArrayList<>(items.shown());
    if (items.count() > out.size()) {
      out.add(fill("more", number(BigDecimal.valueOf(items.count() - out.size()))));
    }
    if (out.size() == 1) {
      return out.get(0);
    }
    return String.join(", ", out.subList(0, out.size() - 1)) + template("and")
        + out.get(out.size() - 1);
  }

  // ------------------------------------------------------------------ topics

  /** A key's words: from the language's word list, else its separators as spaces. */
  private String words(String key) {
    String w = words.get(key);
    return w != null ? w : key.replace('_', ' ').replace('-', ' ').strip();
  }

  /** A subject in words: {@code North Korean soldiers}, {@code tentara Korea Utara}. */
  String subject(SubjectKey key) {
    if (key instanceof SubjectKey.Counted c) {
      String kind = words(c.kind());
      if (c.actor().isEmpty()) {
        return kind;
      }
      String a = c.actor().get();
      return fill("subject.actor", places.getOrDefault(a.strip().toLowerCase(Locale.ROOT), words(a)),
          kind);
    }
    if (key instanceof SubjectKey.Local l) {
      return words(l.what());
    }
    return words(key.id());
  }

  /** A part of the whole: {@code in Lombok Barat}, {@code (luka berat)}. */
  String scope(Scope scope) {
    String text = scope.text().strip();
    return scope.kind() == Scope.Kind.PLACE ? fill("in-place", text) : "(" + text + ")";
  }

  /** An event: {@code the Garut flood}, {@code banjir Garut}; free text as written. */
  String event(EventKey event) {
    if (event.place().isEmpty()) {
      return event.typeText().replace('_', ' ');
    }
    StringBuilder place = new StringBuilder();
    for (String w : event.place().get().split("_")) {
      if (!w.isEmpty()) {
        place.append(place.length() == 0 ? "" : " ")
            .append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
      }
    }
    String type = words.getOrDefault(event.type(), event.typeText().replace('_', ' '));
    return fill("event", place.toString(), type);
  }

  /**
   * What a group is about: {@code people killed in Lombok Barat in the Lombok earthquake}, {@code
   * the date Kim Putin met}.
   */
  String topic(Reason.Topic t) {
    String predicate = t.predicate();
    boolean other = predicate.equals("other");
    String label = other
        ? words.getOrDefault("other." + t.subject().id(), subject(t.subject()))
        : subject(t.subject());
    // `other` counts what its subject kind says (people aboard, body bags): no verb of its own.
    String verbWords = words.getOrDefault(predicate, predicate.replace('_', ' '));
    String verb = other ? "" : fill("verb", verbWords);
    String part = t.scope().map(s -> " " + scope(s)).orElse("");
    String in = part + t.event().map(e -> fill("in-event", event(e))).orElse("");
    if (!t.dates()) {
      return fill("topic", label, verb, in);
    }
    if (t.subject() instanceof SubjectKey.Local local) {
      // A date only its own article gives: what is dated, never where in the article.
      boolean same = local.what().equals(predicate);
      return fill("date", same ? "" : words(local.what()), (same ? "" : " ") + verbWords, in);
    }
    return predicate.equals("date") ? fill("date-of", label, in) : fill("date", label, verb, in);
  }

  static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
