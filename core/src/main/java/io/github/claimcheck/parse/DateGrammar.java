package io.github.claimcheck.parse;

import io.github.claimcheck.parse.DateLexicon.Hit;
import io.github.claimcheck.parse.DateLexicon.Kind;
import io.github.claimcheck.parse.DateMatch.Part;
import io.github.claimcheck.parse.DateMatch.Rel;
import io.github.claimcheck.parse.DateMatch.Season;
import io.github.claimcheck.parse.DateMatch.Unit;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads date expressions off a token stream in one left-to-right pass. At each token every pattern
 * is tried; each looks ahead a bounded number of tokens, so the pass is linear in the text. The
 * longest match wins (the first pattern on a tie), and scanning resumes after it.
 */
final class DateGrammar {

  private final TextTokens t;
  private final DateLexicon lex;
  /** Whether a month may come before its day ("June 19"): the profile's date order. */
  private final boolean monthFirst;

  DateGrammar(TextTokens tokens, DateLexicon lexicon) {
    this.t = tokens;
    this.lex = lexicon;
    this.monthFirst = lexicon.monthFirst();
  }

  /** Returns the matches in text order, invalid ones included (their kind is INVALID). */
  List<DateMatch> run() {
    return run(0);
  }

  /** Returns the matches from token {@code from} on, as {@link #run()} does from the start. */
  List<DateMatch> run(int from) {
    List<DateMatch> out = new ArrayList<>();
    int i = from;
    while (i < t.size) {
      // Every rule starts at a number, a "(" or a date word of a kind a rule starts with (a
      // month, weekday, unit, direction, count, part...): nothing else is tried.
      boolean none = t.type[i] == TextTokens.PUNCT ? !t.isPunct(i, "(")
          : t.type[i] == TextTokens.WORD && !lex.startsRule(t, i);
      DateMatch m = none ? null : at(i);
      if (m == null && !out.isEmpty()) {
        m = laterDay(out.get(out.size() - 1), i);
      }
      if (m == null) {
        i++;
      } else {
        out.add(m);
        i = m.endTok;
      }
    }
    return out;
  }

  /**
   * The longest match starting at token i. A text is not scanned at all without a year, a slash
   * or an entry of the kinds every rule needs ({@link DateLexicon#anchorKeys()}), and rules are
   * tried only at words of {@code DateLexicon.RULE_START_KINDS}: a rule reading another kind
   * first, or needing none of those, changes them.
   */
  private DateMatch at(int i) {
    DateMatch best = relDay(i);
    best = longer(best, weekday(i));
    best = longer(best, dated(i));
    best = longer(best, firstDayOfRange(i));
    best = longer(best, monthLed(i));
    best = longer(best, ago(i));
    best = longer(best, weekend(i));
    best = longer(best, part(i));
    best = longer(best, unitRelPattern(i));
    best = longer(best, season(i));
    best = longer(best, year(i));
    return best;
  }

  private static DateMatch longer(DateMatch a, DateMatch b) {
    if (b == null) {
      return a;
    }
    return a == null || b.endTok > a.endTok ? b : a;
  }

  // ---- helpers

  private Hit hit(int k, Kind kind) {
    return lex.at(t, k, kind);
  }

  private int num(int k, int maxDigits) {
    int d = t.digits(k);
    return d >= 1 && d <= maxDigits ? t.num[k] : -1;
  }

  private int year4(int k) {
    if (t.digits(k) == 4) {
      int y = t.num[k];
      if (y >= 1900 && y <= 2100) {
        return y;
      }
    }
    return -1;
  }

  /** Whether the digits at {@code k} start a range or fraction such as {@code 2025-2030}. */
  private boolean rangeAfter(int k) {
    return (t.isPunct(k + 1, "-") || t.isPunct(k + 1, "/")) && t.digits(k + 2) > 0;
  }

  /** Whether a preposition or an as-of word ends right before token {@code i}. */
  private boolean prepBefore(int i) {
    return i > 0 && (lex.endingAt(t, i, Kind.PREP) != null || lex.endingAt(t, i, Kind.ASOF) != null);
  }

  private static Rel rel(Hit h) {
    return h.entry.constant(Rel.class);
  }

  private static Unit unit(Hit h) {
    return h.entry.constant(Unit.class);
  }

  /**
   * Reads a unit with a direction at {@code j}, in either order ({@code tahun lalu}, {@code last
   * year}). Returns {delta, end, unit ordinal} or null. When {@code wanted} is not null only that
   * unit is accepted.
   */
  private int[] unitRel(int j, Unit wanted) {
    Hit u = hit(j, Kind.UNIT);
    if (u != null && unit(u) != Unit.DAY && (wanted == null || unit(u) == wanted)) {
      Hit r = hit(u.end, Kind.REL);
      if (r != null) {
        return new int[] {rel(r).delta, r.end, unit(u).ordinal()};
      }
    }
    Hit r = hit(j, Kind.REL);
    if (r != null) {
      Hit u2 = hit(r.end, Kind.UNIT);
      if (u2 != null && unit(u2) != Unit.DAY && (wanted == null || unit(u2) == wanted)) {
        return new int[] {rel(r).delta, u2.end, unit(u2).ordinal()};
      }
    }
    return null;
  }

  private static DateMatch validate(DateMatch r) {
    boolean ok =
        r.year != 0
            ? DateMatch.safeDate(r.year, r.month, r.day) != null
            : DateMatch.possible(r.month, r.day);
    if (ok) {
      return r;
    }
    return new DateMatch(DateMatch.Kind.INVALID, r.startTok, r.endTok);
  }

  /** After a year-less day-month: a year delta ("tahun lalu") or a direction ("lalu"). */
  private void yearlessTail(DateMatch r) {
    int j = r.endTok;
    int[] yr = unitRel(j, Unit.YEAR);
    if (yr != null) {
      r.yearDelta = yr[0];
      r.endTok = yr[1];
      return;
    }
    Hit rel = hit(j, Kind.REL);
    if (rel != null) {
      if (rel(rel) == Rel.THIS) {
        r.yearDelta = 0;
      } else {
        r.rel = rel(rel);
      }
      r.endTok = rel.end;
    }
  }

  // ---- patterns

  private DateMatch relDay(int i) {
    Hit h = hit(i, Kind.RELDAY);
    if (h == null) {
      return null;
    }
    DateMatch m = new DateMatch(DateMatch.Kind.RELDAY, i, h.end);
    m.offset = h.entry.intValue();
    return m;
  }

  /** Day then month: {@code 19 Juni 2024}, {@code 6 November}, {@code 20th of June}. */
  private DateMatch dmy(int k) {
    int d = num(k, 2);
    if (d < 0) {
      return null;
    }
    int j = k + 1;
    Hit o = hit(j, Kind.ORDINAL);
    if (o != null) {
      j = o.end;
    }
    Hit of = hit(j, Kind.OF);
    if (of != null && hit(of.end, Kind.MONTH) != null) {
      j = of.end;
    }
    Hit m = hit(j, Kind.MONTH);
    if (m == null) {
      return null;
    }
    j = m.end;
    if (m.entry.abbr && t.isPunct(j, ".")) {
      j++;
    }
    DateMatch r = new DateMatch(DateMatch.Kind.DATE, k, j);
    r.day = d;
    r.month = m.entry.intValue();
    int y = year4(j);
    if (y > 0 && !rangeAfter(j)) {
      r.year = y;
      r.endTok = j + 1;
    } else if (unsupportedYear(j)) {
      return null;
    } else {
      yearlessTail(r);
    }
    return validate(r);
  }

  /**
   * Whether the four digits at {@code k} close a date with a year outside the supported years
   * ({@code 1 Januari 1066.}): such a date is not read at all rather than moved to a year near
   * the reference. Four digits followed by a word may be a count ({@code 5 Mei 1500 warga}).
   */
  private boolean unsupportedYear(int k) {
    return t.digits(k) == 4 && year4(k) < 0 && !rangeAfter(k)
        && (k + 1 >= t.size || t.type[k + 1] == TextTokens.PUNCT);
  }

  /** Month then day (date order mdy): {@code Dec. 20}, {@code June 19, 2024}. */
  private DateMatch mdy(int k) {
    if (!monthFirst) {
      return null;
    }
    Hit m = hit(k, Kind.MONTH);
    if (m == null) {
      return null;
    }
    int j = m.end;
    if (m.entry.abbr && t.isPunct(j, ".")) {
      j++;
    }
    int d = num(j, 2);
    if (d < 0) {
      return null;
    }
    j++;
    Hit o = hit(j, Kind.ORDINAL);
    if (o != null) {
      j = o.end;
    }
    DateMatch r = new DateMatch(DateMatch.Kind.DATE, k, j);
    r.day = d;
    r.month = m.entry.intValue();
    if (t.isPunct(j, ",") && year4(j + 1) > 0) {
      r.year = year4(j + 1);
      r.endTok = j + 2;
    } else if (year4(j) > 0) {
      r.year = year4(j);
      r.endTok = j + 1;
    } else if ((t.isPunct(j, ",") && t.digits(j + 1) == 4) || unsupportedYear(j)) {
      return null; // "June 19, 1066": a year outside the supported years
    } else {
      yearlessTail(r);
    }
    return validate(r);
  }

  /** Day/month[/year]: {@code 22/3/2025}; without parentheses the year is required. */
  private DateMatch slash(int k, boolean paren) {
    int d = num(k, 2);
    if (d < 0 || !t.isPunct(k + 1, "/")) {
      return null;
    }
    int m = num(k + 2, 2);
    if (m < 0) {
      return null;
    }
    int j = k + 3;
    int y = 0;
    if (t.isPunct(j, "/")) {
      int digits = t.digits(j + 1);
      if (digits == 4) {
        y = t.num[j + 1];
        if (y == 0) {
          return null; // year 0000 is no year; 0 below means "no year given"
        }
      } else if (digits == 2) {
        y = 2000 + t.num[j + 1];
      } else {
        return null;
      }
      j += 2;
    }
    if (!paren && y == 0) {
      return null;
    }
    DateMatch r = new DateMatch(DateMatch.Kind.DATE, k, j);
    r.day = d;
    r.month = m;
    r.year = y;
    return validate(r);
  }

  /** ISO {@code 2024-06-19}. */
  private DateMatch iso(int k) {
    int y = year4(k);
    if (y < 0 || !t.isPunct(k + 1, "-") || t.digits(k + 2) != 2 || !t.isPunct(k + 3, "-")
        || t.digits(k + 4) != 2) {
      return null;
    }
    DateMatch r = new DateMatch(DateMatch.Kind.DATE, k, k + 5);
    r.year = y;
    r.month = t.num[k + 2];
    r.day = t.num[k + 4];
    return validate(r);
  }

  /** A date in parentheses: {@code (22/3/2025)}, {@code (12/6)}, {@code (9 November)}. */
  private DateMatch paren(int k) {
    if (!t.isPunct(k, "(")) {
      return null;
    }
    DateMatch r = slash(k + 1, true);
    if (r == null) {
      r = dmy(k + 1);
    }
    if (r == null) {
      r = mdy(k + 1);
    }
    if (r == null || !t.isPunct(r.endTok, ")")) {
      return null;
    }
    r.startTok = k;
    r.endTok++;
    return r;
  }

  /** A date with day and month at {@code k}, not in parentheses. */
  private DateMatch bareDate(int k) {
    DateMatch best = dmy(k);
    best = longer(best, mdy(k));
    best = longer(best, slash(k, false));
    best = longer(best, iso(k));
    return best;
  }

  /**
   * The first day of a range or list of days in one month, {@code 8-13 Oktober 2024}, {@code 3
   * hingga 6 September 2024}, {@code 9 dan 10 September}, {@code 9, 10 dan 11 September}: read as
   * the day {@code 8} of the last day's month and year; the next day is read next, on its own.
   */
  private DateMatch firstDayOfRange(int i) {
    int d = num(i, 2);
    if (d < 0) {
      return null;
    }
    int next = dayJoinEnd(i + 1);
    if (next < 0) {
      return null;
    }
    // "9, 10 dan 11 September": after a comma the list goes on to a day joined by a word
    DateMatch second = t.isPunct(i + 1, ",") ? firstDayOfRange(next) : dmy(next);
    if (second == null || second.kind != DateMatch.Kind.DATE || second.day <= d) {
      return null;
    }
    DateMatch r = new DateMatch(DateMatch.Kind.DATE, i, i + 1);
    r.day = d;
    r.month = second.month;
    r.year = second.year;
    r.yearDelta = second.yearDelta;
    r.rel = second.rel;
    return validate(r);
  }

  /**
   * Where the next day starts after the word or mark at {@code k} that joins two days of one
   * month ("8-13", "3 hingga 6", "9 dan 10", "9, 10"), or -1 when none stands there.
   */
  private int dayJoinEnd(int k) {
    if (t.isPunct(k, "-") || (t.isPunct(k, ",") && k + 1 < t.size && t.start[k + 1] > t.end[k])) {
      return k + 1; // "9, 10": a comma then a space; "9,10" is a decimal
    }
    Hit join = hit(k, Kind.ASOF);
    join = join != null ? join : hit(k, Kind.JOIN);
    return join == null ? -1 : join.end;
  }

  /**
   * A later day of the month a date led by its month ends with ({@code Sept 9 and 10},
   * {@code June 3-5}): read as that day of the same month and year. The day must be later than
   * the first, and no decimal or clock time may continue it; after a comma it is a count ("On
   * Sept 9, 10 people died").
   */
  private DateMatch laterDay(DateMatch first, int i) {
    int d = num(i, 2);
    if (d < 0 || d > 31 || first.kind != DateMatch.Kind.DATE || first.day <= 0 || first.month <= 0
        || d <= first.day || t.num[first.endTok - 1] != first.day || t.digits(first.endTok - 1) > 2
        || dayJoinEnd(first.endTok) != i || t.isPunct(first.endTok, ",") || rangeAfter(i)
        || ((t.isPunct(i + 1, ".") || t.isPunct(i + 1, ":")) && t.digits(i + 2) > 0)) {
      return null;
    }
    DateMatch r = new DateMatch(DateMatch.Kind.DATE, i, i + 1);
    r.day = d;
    r.month = first.month;
    r.year = first.year;
    r.yearDelta = first.yearDelta;
    r.rel = first.rel;
    return validate(r);
  }

  private DateMatch dated(int i) {
    return t.isPunct(i, "(") ? paren(i) : bareDate(i);
  }

  /**
   * A weekday, alone or with a date: {@code Jumat, 9 Mei}, {@code Sabtu (22/3/2025)}, {@code
   * Selasa, (29/6/2021)}.
   */
  private DateMatch weekday(int i) {
    int j = i;
    boolean hari = false;
    Rel pre = null;
    Hit dw = hit(i, Kind.DAYWORD);
    if (dw != null) {
      hari = true;
      j = dw.end;
    } else {
      Hit r = hit(i, Kind.REL);
      if (r != null && hit(r.end, Kind.WEEKDAY) != null) {
        pre = rel(r);
        j = r.end;
      }
    }
    Hit w = hit(j, Kind.WEEKDAY);
    if (w == null) {
      return null;
    }
    DayOfWeek dow = w.entry.constant(DayOfWeek.class);
    int k = w.end;
    if (w.entry.abbr && t.isPunct(k, ".")) {
      k++;
    }
    DateMatch dated = null;
    // A comma may part the weekday from its date, bare or in brackets: "Selasa, (29/6/2021)".
    int afterComma = t.isPunct(k, ",") ? k + 1 : k;
    if (afterComma > k) {
      dated = bareDate(afterComma);
    }
    if (dated == null && t.isPunct(afterComma, "(")) {
      dated = paren(afterComma);
    }
    if (dated == null) {
      dated = bareDate(k);
    }
    if (dated != null) {
      dated.startTok = i;
      dated.weekday = dow;
      return dated;
    }
    if (w.entry.abbr) {
      return null;
    }
    Rel post = null;
    int end = k;
    if (pre == null) {
      Hit r = hit(k, Kind.REL);
      if (r != null) {
        post = rel(r);
        end = r.end;
      }
    }
    if (w.entry.ambig && !hari) {
      if (!t.cap[j]) {
        return null; // "minggu" in lower case is a week
      }
      if (post != null && t.sentenceStart(j)) {
        return null; // "Minggu lalu, ..." opening a sentence: last week
      }
    }
    DateMatch m = new DateMatch(DateMatch.Kind.WEEKDAY, i, end);
    m.weekday = dow;
    m.rel = pre != null ? pre : post;
    return m;
  }

  /**
   * A month without a day at {@code j}: with a year, a year delta or a direction, or alone when
   * {@code context} is true (a preposition or direction word was seen). Returns null otherwise.
   */
  private DateMatch monthBody(int start, int j, Rel pre, boolean context) {
    Hit m = hit(j, Kind.MONTH);
    if (m == null) {
      return null;
    }
    int k = m.end;
    if (m.entry.abbr && t.isPunct(k, ".")) {
      k++;
    }
    DateMatch x = new DateMatch(DateMatch.Kind.MONTH, start, k);
    x.month = m.entry.intValue();
    x.rel = pre;
    int y = year4(k);
    if (y > 0 && !rangeAfter(k)) {
      x.year = y;
      x.endTok = k + 1;
      return x;
    }
    if (m.entry.abbr || !t.cap[j]) {
      return null;
    }
    int[] yr = unitRel(k, Unit.YEAR);
    if (yr != null) {
      x.yearDelta = yr[0];
      x.endTok = yr[1];
      return x;
    }
    if (pre == null) {
      Hit post = hit(k, Kind.REL);
      if (post != null) {
        x.rel = rel(post);
        x.endTok = post.end;
        return x;
      }
    }
    return pre != null || context ? x : null;
  }

  private DateMatch monthLed(int i) {
    Hit r = hit(i, Kind.REL);
    if (r != null && hit(r.end, Kind.MONTH) != null) {
      return monthBody(i, r.end, rel(r), true);
    }
    return monthBody(i, i, null, prepBefore(i));
  }

  /** N units ago: {@code 3 hari lalu}, {@code dua minggu yang lalu}, {@code a week ago}. */
  private DateMatch ago(int i) {
    int n;
    int j;
    Unit u;
    Hit u1 = hit(i, Kind.UNIT1);
    if (u1 != null) {
      n = 1;
      u = unit(u1);
      j = u1.end;
    } else {
      if (t.digits(i) >= 1 && t.digits(i) <= 3) {
        if (i >= 2 && t.type[i - 2] == TextTokens.NUM
            && (t.isPunct(i - 1, ".") || t.isPunct(i - 1, ","))) {
          return null; // part of a larger number
        }
        n = t.num[i];
        j = i + 1;
      } else {
        Hit c = hit(i, Kind.COUNT);
        if (c == null) {
          return null;
        }
        n = c.entry.intValue();
        j = c.end;
      }
      Hit uh = hit(j, Kind.UNIT);
      if (uh == null) {
        return null;
      }
      u = unit(uh);
      j = uh.end;
    }
    Hit a = hit(j, Kind.AGO);
    if (a == null || n <= 0) {
      return null;
    }
    DateMatch m = new DateMatch(DateMatch.Kind.AGO, i, a.end);
    m.count = n;
    m.unit = u;
    return m;
  }

  private DateMatch weekend(int i) {
    int j = i;
    Rel pre = null;
    Hit r = hit(i, Kind.REL);
    if (r != null && hit(r.end, Kind.WEEKEND) != null) {
      pre = rel(r);
      j = r.end;
    }
    Hit w = hit(j, Kind.WEEKEND);
    if (w == null) {
      return null;
    }
    DateMatch m = new DateMatch(DateMatch.Kind.WEEKEND, i, w.end);
    m.rel = pre;
    if (pre == null) {
      Hit post = hit(w.end, Kind.REL);
      if (post != null) {
        m.rel = rel(post);
        m.endTok = post.end;
      }
    }
    return m;
  }

  /** Part of a month or year: {@code akhir Februari}, {@code awal bulan ini}, {@code early 2024}. */
  private DateMatch part(int i) {
    Hit p = hit(i, Kind.PART);
    if (p == null) {
      return null;
    }
    Part part = p.entry.constant(Part.class);
    int j = p.end;
    if (t.isPunct(j, "-")) {
      j++;
    }
    boolean thirds = part == Part.EARLY || part == Part.MID || part == Part.LATE;
    if (thirds) {
      DateMatch mb = monthBody(i, j, null, true);
      if (mb != null) {
        DateMatch m = new DateMatch(DateMatch.Kind.PART_MONTH, i, mb.endTok);
        m.month = mb.month;
        m.year = mb.year;
        m.yearDelta = mb.yearDelta;
        m.rel = mb.rel;
        m.part = part;
        return m;
      }
      int y = year4(j);
      if (y > 0 && !rangeAfter(j)) {
        DateMatch m = new DateMatch(DateMatch.Kind.PART_YEAR, i, j + 1);
        m.year = y;
        m.part = part;
        return m;
      }
      Hit yw = hit(j, Kind.YEARWORD);
      if (yw != null && year4(yw.end) > 0 && !rangeAfter(yw.end)) {
        DateMatch m = new DateMatch(DateMatch.Kind.PART_YEAR, i, yw.end + 1);
        m.year = year4(yw.end);
        m.part = part;
        return m;
      }
    }
    int[] ur = unitRel(j, null);
    int delta;
    int end;
    Unit u;
    if (ur != null) {
      delta = ur[0];
      end = ur[1];
      u = Unit.values()[ur[2]];
    } else {
      Hit bare = hit(j, Kind.UNIT);
      if (bare == null || !thirds || (unit(bare) != Unit.MONTH && unit(bare) != Unit.YEAR)) {
        return null;
      }
      delta = 0; // "akhir tahun": this year
      end = bare.end;
      u = unit(bare);
    }
    if (!thirds && delta != 0) {
      return null; // "earlier"/"later" only with "this"
    }
    if (u == Unit.MONTH) {
      DateMatch m = new DateMatch(DateMatch.Kind.PART_MONTH, i, end);
      m.monthDelta = delta;
      m.part = part;
      return m;
    }
    if (u == Unit.YEAR) {
      DateMatch m = new DateMatch(DateMatch.Kind.PART_YEAR, i, end);
      m.yearDelta = delta;
      m.part = part;
      return m;
    }
    return null;
  }

  /** {@code pekan lalu}, {@code bulan ini}, {@code tahun depan}, {@code last week}. */
  private DateMatch unitRelPattern(int i) {
    int[] ur = unitRel(i, null);
    if (ur == null) {
      return null;
    }
    DateMatch m = new DateMatch(DateMatch.Kind.UNIT_REL, i, ur[1]);
    m.unit = Unit.values()[ur[2]];
    m.rel = ur[0] < 0 ? Rel.PAST : ur[0] > 0 ? Rel.NEXT : Rel.THIS;
    return m;
  }

  /** {@code musim gugur tahun lalu}, {@code last autumn}, {@code summer 2024}. */
  private DateMatch season(int i) {
    int j = i;
    Rel pre = null;
    Hit r = hit(i, Kind.REL);
    if (r != null && hit(r.end, Kind.SEASON) != null) {
      pre = rel(r);
      j = r.end;
    }
    Hit s = hit(j, Kind.SEASON);
    if (s == null) {
      return null;
    }
    int k = s.end;
    DateMatch m = new DateMatch(DateMatch.Kind.SEASON, i, k);
    m.season = s.entry.constant(Season.class);
    m.rel = pre;
    Hit of = hit(k, Kind.OF);
    Hit yw = hit(k, Kind.YEARWORD);
    int[] yr;
    if (of != null && year4(of.end) > 0) {
      m.year = year4(of.end);
      m.endTok = of.end + 1;
    } else if (year4(k) > 0 && !rangeAfter(k)) {
      m.year = year4(k);
      m.endTok = k + 1;
    } else if (yw != null && year4(yw.end) > 0) {
      m.year = year4(yw.end);
      m.endTok = yw.end + 1;
    } else if ((yr = unitRel(k, Unit.YEAR)) != null) {
      m.yearDelta = yr[0];
      m.endTok = yr[1];
    } else if (pre == null) {
      Hit post = hit(k, Kind.REL);
      if (post != null) {
        m.rel = rel(post);
        m.endTok = post.end;
      }
    }
    boolean context =
        !s.entry.ctx || m.rel != null || m.year != 0 || m.yearDelta != null || prepBefore(i);
    if (m.year != 0) {
      m.rel = null;
    }
    return context ? m : null;
  }

  /** {@code tahun 2019}, {@code pada 2024}, {@code in 2024}. */
  private DateMatch year(int i) {
    Hit yw = hit(i, Kind.YEARWORD);
    if (yw != null) {
      int y = year4(yw.end);
      if (y < 0) {
        return null;
      }
      if (rangeAfter(yw.end)) {
        return new DateMatch(DateMatch.Kind.INVALID, i, yw.end + 3);
      }
      DateMatch m = new DateMatch(DateMatch.Kind.YEAR, i, yw.end + 1);
      m.year = y;
      return m;
    }
    int y = year4(i);
    // "2016 lalu", "2016 silam": a year marked as past is a date without a preposition too.
    Hit ago = y < 0 ? null : hit(i + 1, Kind.AGO);
    if (y < 0 || rangeAfter(i) || t.isPunct(i - 1, "-") || t.isPunct(i - 1, "/")
        || (!prepBefore(i) && ago == null)) {
      return null;
    }
    DateMatch m = new DateMatch(DateMatch.Kind.YEAR, i, ago != null ? ago.end : i + 1);
    m.year = y;
    return m;
  }
}
