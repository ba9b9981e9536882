package io.github.claimcheck.extract;

import static io.github.claimcheck.extract.Positions.within;

import io.github.claimcheck.extract.Lexicon.WordClass;
import io.github.claimcheck.extract.TimeAttacher.DateSite;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.ClaimFlag;
import io.github.claimcheck.model.DateValue;
import io.github.claimcheck.model.Granularity;
import io.github.claimcheck.model.Span;
import io.github.claimcheck.model.SubjectKey;
import io.github.claimcheck.parse.DateExpression;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the dates of a sentence into date claims: a calendar day whatever it dates, a day named
 * against a certain report date, and any other date an event word dates ("ditandatangani ... pada
 * 19 Juni"). Each claim gets its event word as predicate and a subject: the treaty, the people
 * named in the event word's clause, or a subject local to the article for a statement, a cut-off
 * or a start. One instance serves one article; it keeps nothing between calls.
 */
final class DateClaims {

  /** Calendar days outside these years ("(1/1/9999)") are typos or history, not news events. */
  private static final int FIRST_NEWS_YEAR = 1900;
  private static final int LAST_NEWS_YEAR = 2100;

  /**
   * Date predicates whose dates belong to one article: a statement, the start of a period, an
   * occurrence as one report tells it. Their subjects never group claims across articles.
   */
  private static final Set<String> ARTICLE_EVENTS = Set.of("reported", "began", "occurred", "dated");

  private final Lexicon lx;
  private final String articleId;
  private final Quotes quotes;
  /** The article's reference date, or null. */
  private final LocalDate reference;
  /** Whether the reference date is the article's own (not guessed). */
  private final boolean referenceCertain;

  DateClaims(Lexicon lx, String articleId, Quotes quotes, LocalDate reference,
      boolean referenceCertain) {
    this.lx = lx;
    this.articleId = articleId;
    this.quotes = quotes;
    this.reference = reference;
    this.referenceCertain = referenceCertain;
  }

  /**
   * The date claims of a sentence.
   *
   * @param view the sentence
   * @param sites where its dates stand ({@link TimeAttacher#dateSites})
   * @param used the dates that are a figure's time scope
   * @param attribution the sentence's source
   * @param context the event its claims are about, or null
   */
  List<Draft> dateClaims(SentenceView view, List<DateSite> sites, Set<DateExpression> used,
      Attribution attribution, String context) {
    if (sites.isEmpty()) {
      return List.of(); // two sentences in three: no need to look for their event words
    }
    Sentence s = view.sentence();
    if (timestamp(s.text(), sites)) {
      return List.of(); // "Kompas.com - 25/12/2023, 05:14 WIB": when the page was published
    }
    List<Token> tokens = view.tokens();
    int[] clause = view.clause();
    List<Draft> drafts = new ArrayList<>();
    List<PhraseTable.Match<String>> events = lx.events.findAll(tokens, 0, tokens.size());
    for (DateSite site : sites) {
      DateExpression d = site.date();
      if (d.value().isEmpty()) {
        continue;
      }
      DateValue value = d.value().get();
      DateRole role = dateRole(site, used.contains(d));
      if (role == DateRole.NONE) {
        continue;
      }
      Span abs = site.span();
      // "13 orang meninggal akibat erupsi Gunung Semeru per Minggu (5/12)": the day a count
      // stands as of is not the event's
      PhraseTable.Match<String> best = d.asOf() ? null : eventWordFor(site, sites, tokens, clause, events);
      if (role == DateRole.EVENT_WORD && best == null && !d.weekdayMismatch()) {
        continue;
      }
      String predicate;
      if (best != null) {
        predicate = best.value();
      } else if (role == DateRole.EVENT_WORD) {
        // A weekday that contradicts its date is reported even when no event word dates it.
        predicate = "dated";
      } else {
        predicate = site.startsPeriod() ? "began" : site.speechTag() ? "reported" : "dated";
      }
      Span evidence =
          best == null ? abs : abs.union(Span.of(tokens.get(best.from()).start(), tokens.get(best.to() - 1).end()));
      Set<ClaimFlag> flags = EnumSet.noneOf(ClaimFlag.class);
      if (d.weekdayMismatch() && !used.contains(d)) {
        // A figure dated by the same words already carries the mismatch.
        flags.add(ClaimFlag.WEEKDAY_MISMATCH);
      }
      if (role != DateRole.EVENT_WORD && d.future()) {
        flags.add(ClaimFlag.PLANNED);
      }
      if (role != DateRole.EVENT_WORD && d.asOf()) {
        flags.add(ClaimFlag.AS_OF);
      }
      SubjectKey subject =
          best == null || ARTICLE_EVENTS.contains(predicate)
              ? localSubject(predicate, context, abs)
              : eventSubject(predicate, tokens, clause, best.from(), abs, evidence);
      drafts.add(
          new Draft(
              Claim.builder()
                  .articleId(articleId)
                  .predicate(predicate)
                  .subject(subject)
                  .value(value)
                  .attribution(attribution.source())
                  .origin(attribution.origin())
                  .event(context)
                  .flags(flags)
                  .span(evidence)
                  .sentence(s.span(), s.text()),
              evidence.start()));
    }
    return drafts;
  }

  /** A time of day in digits ("05:14", "20.58"). */
  private static final Pattern TIME_OF_DAY = Pattern.compile("(?<![\\d.:])\\d{1,2}[:.]\\d{2}(?![\\d.:])");
  /** What may separate the parts of a page's timestamp. */
  private static final Pattern STAMP_SEPARATORS = Pattern.compile("[\\s,|\\-\\u2013\\u2014\\u2022/()]+");
  /** The longest timestamp line, in chars. */
  private static final int STAMP_CHARS = 80;
  /** The most names (an outlet, a weekday, a time zone, "Diterbitkan") a timestamp line holds. */
  private static final int STAMP_NAMES = 4;

  /**
   * Whether the sentence is a page's timestamp: its dates, a time of day in digits and at most a
   * few capitalised names (an outlet, a time zone), nothing else ("Kompas.com - 25/12/2023, 05:14
   * WIB", "Kamis, 23 Mei 2019 05:30 WIB"). It dates the report, which the reference date reads;
   * it tells of no event.
   */
  static boolean timestamp(String text, List<DateSite> sites) {
    if (text.length() > STAMP_CHARS) {
      return false;
    }
    StringBuilder rest = new StringBuilder(text);
    for (int k = sites.size() - 1; k >= 0; k--) {
      Span d = sites.get(k).date().span();
      if (d.start() >= 0 && d.end() <= rest.length()) {
        rest.replace(d.start(), d.end(), " ");
      }
    }
    Matcher time = TIME_OF_DAY.matcher(rest);
    if (!time.find()) {
      return false;
    }
    String words = time.replaceAll(" ").strip();
    int names = 0;
    for (String w : STAMP_SEPARATORS.split(words)) {
      if (w.isEmpty()) {
        continue;
      }
      if (!Character.isUpperCase(w.codePointAt(0)) || ++names > STAMP_NAMES) {
        return false;
      }
    }
    return true;
  }

  /** Why a date of the sentence becomes a date claim, if it does. */
  enum DateRole {
    /** A calendar day the text spells out ("Senin (21/11)", "15 Agustus 2018", "Oct. 23"). */
    CALENDAR,
    /** A day named against a certain report date, outside quotes ("on Sunday", "kemarin"). */
    SPOKEN_DAY,
    /** Any other date: a claim only when an event word dates it. */
    EVENT_WORD,
    /** No claim. */
    NONE
  }

  /**
   * A calendar day is an event date whatever it dates: the event, a briefing, the cut-off of a
   * count, a plan. A day named by a word ("Sunday", "kemarin") counts when the report's own day is
   * certain and the word is the reporter's, not a speaker's inside a quote. Other dates (a month,
   * "pekan lalu", "this year") need an event word and must not be a figure's time scope.
   */
  DateRole dateRole(DateSite site, boolean used) {
    DateExpression d = site.date();
    DateValue value = d.value().orElseThrow();
    boolean day = value.granularity() == Granularity.DAY;
    boolean digits = d.text().chars().anyMatch(Character::isDigit);
    int year = value.start().getYear();
    if (day && digits && year >= FIRST_NEWS_YEAR && year <= LAST_NEWS_YEAR) {
      return DateRole.CALENDAR;
    }
    if (day && d.relative() && referenceCertain && !quotes.inside(site.span().start())) {
      return DateRole.SPOKEN_DAY;
    }
    if (value.granularity() == Granularity.YEAR && d.explicitYear() && !site.startsPeriod() && !used
        && d.text().chars().allMatch(Character::isDigit) && year >= FIRST_NEWS_YEAR
        && year <= LAST_NEWS_YEAR) {
      // "Aksi 212 pada 2016": a year after a preposition dates what the sentence tells ("Tahun
      // 2007" in a law's title, "sejak 2014" starting a period, a figure's year, are no event
      // dates).
      return DateRole.CALENDAR;
    }
    if (used || d.asOf() || d.future() || site.startsPeriod()) {
      // "sejak Agustus 2023" starts a period; a figure's time scope dates the figure.
      return DateRole.NONE;
    }
    if (day && d.relative() && !referenceCertain && !digits) {
      // A bare weekday against a guessed reference date could be any day of that week.
      return DateRole.NONE;
    }
    if (d.relative() && value.granularity() == Granularity.YEAR && reference != null
        && !reference.isBefore(value.start()) && !reference.isAfter(value.end())) {
      // "this year" frames the report; it dates no event.
      return DateRole.NONE;
    }
    return DateRole.EVENT_WORD;
  }

  /**
   * The event word dating the date: the nearest in its clause (before it preferred: "ditandatangani
   * ... pada 19 Juni selama kunjungan": the verb before the date is the event dated; a word after it
   * usually frames it), or in the sentence when the date frames the whole sentence.
   */
  PhraseTable.Match<String> eventWordFor(
      DateSite site, List<DateSite> sites, List<Token> tokens, int[] clause,
      List<PhraseTable.Match<String>> events) {
    int t0 = site.first();
    int t1 = site.last();
    boolean dateQuoted = quotes.inside(site.span().start());
    PhraseTable.Match<String> best = null;
    int bestScore = Integer.MAX_VALUE;
    for (PhraseTable.Match<String> e
        : within(events, PhraseTable.Match::from, t0 - FigureSite.REACH, t1 + 1 + FigureSite.REACH)) {
      if ((e.from() <= t1 && e.to() > t0) || quotes.inside(tokens.get(e.from()).start()) != dateQuoted) {
        // '"... yang terjadi di Itaewon," dikutip dari KBS, pada Minggu': the speaker's event
        // word and the reporter's date (of the citation) are of different clauses
        continue;
      }
      boolean after = e.from() > t1;
      int distance = after ? e.from() - t1 : t0 - e.to() + 1;
      if (crossesDate(sites, site, tokens, after ? t1 : e.to(), after ? e.from() : t0)) {
        continue;
      }
      boolean sameClause = clause[e.from()] == clause[t0];
      if (!sameClause && !site.frames()) {
        // "A bomb exploded on Sunday, killing 18, police said": "said" does not date Sunday.
        continue;
      }
      int score = distance + (after ? 3 : 0) + (sameClause ? 0 : 100);
      if (score < bestScore) {
        bestScore = score;
        best = e;
      }
    }
    return best;
  }

  /**
   * The subject of a date that belongs to this article alone (a statement, a cut-off, the day of
   * an occurrence as this report tells it): what is dated, then where in the article.
   */
  SubjectKey localSubject(String predicate, String context, Span date) {
    String what = predicate.equals("reported") ? "statement"
        : predicate.equals("occurred") && context != null ? context : predicate;
    return new SubjectKey.Local(what, articleId, date.start());
  }

  static boolean crossesDate(
      List<DateSite> sites, DateSite self, List<Token> tokens, int from, int to) {
    if (from >= to || to > tokens.size()) {
      return false;
    }
    int s = tokens.get(Math.max(0, from)).start();
    int e = tokens.get(to - 1).end();
    for (DateSite o : within(sites, d -> d.span().start(), s + 1, e)) {
      if (o != self) {
        return true;
      }
    }
    return false;
  }

  /**
   * The subject of an event date: the treaty for signing and ratification, otherwise the named
   * people named in the event word's clause. Statements ("reported") are never the same event
   * across sentences.
   */
  SubjectKey eventSubject(String predicate, List<Token> tokens, int[] clause, int t0, Span date, Span evidence) {
    int from = Math.max(0, t0 - FigureSite.REACH);
    int to = Math.min(tokens.size(), t0 + 1 + FigureSite.REACH);
    for (Token t : tokens.subList(from, to)) {
      if (lx.is(WordClass.TREATY, t.norm())) {
        return SubjectKey.of("treaty");
      }
    }
    boolean[] actor = new boolean[tokens.size()];
    for (PhraseTable.Match<String> m : lx.actors.findAll(tokens, from, to)) {
      for (int k = m.from(); k < m.to(); k++) {
        actor[k] = true;
      }
    }
    TreeSet<String> names = new TreeSet<>();
    for (int i = Math.max(1, from); i < to; i++) {
      Token t = tokens.get(i);
      if (clause[i] != clause[t0] || !t.isCapitalised() || !t.isWord() || actor[i]
          || (t.start() >= date.start() && t.end() <= date.end())
          || lx.is(WordClass.TITLE, t.lower()) || lx.functionWords.contains(t.lower())) {
        continue;
      }
      names.add(t.lower());
    }
    if (names.isEmpty()) {
      return new SubjectKey.Local(predicate, articleId, date.start());
    }
    return new SubjectKey.Named(names);
  }
}
