package io.github.claimcheck.extract;

import static io.github.claimcheck.extract.Positions.firstToken;
import static io.github.claimcheck.extract.Positions.lastToken;
import static io.github.claimcheck.extract.Positions.shift;
import static io.github.claimcheck.extract.Positions.within;

import io.github.claimcheck.extract.Lexicon.Cue;
import io.github.claimcheck.extract.Lexicon.PredicateForm;
import io.github.claimcheck.extract.Lexicon.WordClass;
import io.github.claimcheck.model.ClaimFlag;
import io.github.claimcheck.model.DateValue;
import io.github.claimcheck.model.Language;
import io.github.claimcheck.model.Span;
import io.github.claimcheck.parse.DateExpression;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Attaches a time to a figure: the date of its clause or of the sentence that frames it (not a
 * date that starts a period, states when something was said, or dates another figure), and the
 * time of day next to it. It also finds where the sentence's dates stand and what they date. A
 * function of the sentence view and the figure's site: it keeps nothing between calls.
 */
final class TimeAttacher {

  private final Lexicon lx;
  private final Language language;
  /** The article's reference date, or null. */
  private final LocalDate reference;

  /** The event predicate of a verb of the event happening ("terjadi", "struck"). */
  static final String OCCURRED = "occurred";

  /** Most words between "sejak"/"since" and the date of the start it names. */
  private static final int SINCE_WORDS = 8;

  TimeAttacher(Lexicon lx, Language language, LocalDate reference) {
    this.lx = lx;
    this.language = language;
    this.reference = reference;
  }

  /**
   * The commas that break no clause because a time of day follows that goes on to the verb
   * ("tercatat per 4 Januari 2020, pukul 10.00 WIB menjadi 53 orang": the time adds to the date),
   * per token; null when there are none.
   */
  static boolean[] commasBeforeClocks(List<Token> tokens, List<ClockFinder.Clock> clocks, int base) {
    if (clocks.isEmpty()) {
      return null; // most sentences: no iterator
    }
    boolean[] soft = null;
    for (ClockFinder.Clock k : clocks) {
      int at = firstToken(tokens, k.span().start() + base);
      if (at > 0 && tokens.get(at - 1).text().equals(",") && !Clauses.hasCommaAhead(tokens, at)) {
        if (soft == null) {
          soft = new boolean[tokens.size()];
        }
        soft[at - 1] = true;
      }
    }
    return soft;
  }

  /**
   * The time of a figure.
   *
   * @param date the date of its clause or of the sentence, or null; a date with no value (a span
   *     the grammar could not date) still marks the figure as dated
   * @param value the date's value, or that of the date the sentence before named ("kala itu"),
   *     or null
   * @param text how the text says it, or null
   * @param flags the flags the date gives (as of, planned, weekday mismatch)
   * @param clock the time of day next to the figure, or null
   */
  record FigureTime(DateExpression date, DateValue value, String text, Set<ClaimFlag> flags,
      ClockFinder.Clock clock) {}

  /**
   * The time of the figure at the site.
   *
   * @param sentence the figure's sentence, with its date sites and times of day
   * @param thenCue whether the sentence refers back to a time ("kala itu", "at the time")
   * @param thenDate the last date the sentence before named, or null
   * @param thenFrames whether that date framed the sentence before, in this paragraph ("In 2013,
   *     pilgrims ... trampled each other. At least 115 were crushed."): when it lies years before
   *     the article, a figure with no date of its own counts that past event
   */
  FigureTime timeOf(SentenceAnnotator.AnnotatedSentence sentence, FigureSite site, boolean thenCue,
      DateExpression thenDate, boolean thenFrames) {
    SentenceView view = sentence.view();
    List<Token> tokens = view.tokens();
    int[] clause = view.clause();
    int a = site.first();
    int base = view.base();
    DateExpression scope =
        nearestDate(within(sentence.dateSites(), DateSite::first, site.reachFrom(), site.reachTo()),
            clause, a, view);
    DateValue when = null;
    String whenText = null;
    Set<ClaimFlag> flags = EnumSet.noneOf(ClaimFlag.class);
    DateExpression past = scope == null ? pastOccurrence(sentence.dateSites(), view, site, a) : null;
    if (scope != null && scope.value().isPresent()) {
      when = scope.value().get();
      whenText = scope.text();
      if (scope.asOf()) {
        flags.add(ClaimFlag.AS_OF);
      }
      if (scope.future()) {
        flags.add(ClaimFlag.PLANNED);
      }
      if (scope.weekdayMismatch()) {
        flags.add(ClaimFlag.WEEKDAY_MISMATCH);
      }
    } else if (past != null) {
      // "its last deadly eruption occurred in 1979, killing at least 60 people": a past event,
      // cited for comparison, whose day the sentence gives before the figure
      when = past.value().orElseThrow();
      whenText = past.text();
    } else if (scope == null && thenDate != null
        && (thenCue || pastEventCited(tokens, site, a, thenDate)
            || (thenFrames && yearsBefore(thenDate)))) {
      // "… digelar dua tahun lalu. Kala itu, panitia mengklaim 7 juta orang": that time.
      when = thenDate.value().orElseThrow();
      whenText = thenDate.text();
    }
    int nearFrom = tokens.get(site.reachFrom()).start() - base;
    int nearTo = tokens.get(site.reachTo() - 1).end() - base;
    ClockFinder.Clock clock = clockFor(
        within(sentence.clocks(), c -> c.span().start(), nearFrom, nearTo), view, a, scope);
    return new FigureTime(scope, when, whenText, flags, clock);
  }

  /**
   * Whether the figure at token {@code a} follows a back reference ("Laga ... tersebut
   * memakan korban 328 orang") to the sentence before, whose last date lies more than a year
   * before the article's year ("... di Lima, Peru, pada 24 Mei 1964"): the figure counts that
   * past event, cited for comparison.
   */
  boolean pastEventCited(List<Token> tokens, FigureSite site, int a, DateExpression thenDate) {
    if (!yearsBefore(thenDate)) {
      return false;
    }
    for (int k = Math.max(1, site.reachFrom()); k < a; k++) {
      if (lx.is(WordClass.BACK_REFERENCE, tokens, k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The day of an occurrence the sentence names before the figure at token {@code a}, within its
   * reach, when it lies more than a year before the article's year; else null. A date of the
   * clause right before a participle clause that counts the figure ("A ferry capsized in 2023 near
   * Sulawesi, killing at least 15 people") is that occurrence's too.
   */
  private DateExpression pastOccurrence(List<DateSite> sites, SentenceView view, FigureSite site,
      int a) {
    DateExpression past = null;
    int participle = -1;
    for (DateSite d : within(sites, DateSite::first, site.reachFrom(), site.reachTo())) {
      if (d.last() >= a || d.date().value().isEmpty() || !yearsBefore(d.date())) {
        continue;
      }
      if (!d.occurrence() && participle == -1) {
        participle = participleClauseStart(view, a);
      }
      if (d.occurrence() || (participle > d.last()
          && view.clauseBreakFrom(d.last() + 1, participle) >= participle)) {
        past = d.date();
      }
    }
    return past;
  }

  /**
   * Where the clause of the figure at token {@code a} starts when it opens right after a comma with
   * a verb that counts the figure ("..., killing at least 15 people", "..., menewaskan 160
   * orang"): the comma's token; else -2.
   */
  private int participleClauseStart(SentenceView view, int a) {
    List<Token> tokens = view.tokens();
    int[] clause = view.clause();
    int k = a - 1;
    while (k > 0 && clause[k] == clause[a] && !tokens.get(k).text().equals(",")) {
      k--;
    }
    if (k <= 0 || !tokens.get(k).text().equals(",")) {
      return -2;
    }
    PhraseTable.Match<List<PredicateForm>> verb = lx.predicates.matchAt(tokens, k + 1);
    return verb != null && verb.to() <= a
        && verb.value().stream().anyMatch(f -> f.position().allowsFigureAfter()) ? k : -2;
  }

  /** Whether the date lies more than a year before the article's year. */
  private boolean yearsBefore(DateExpression date) {
    LocalDate then = date.value().orElseThrow().end();
    return reference != null && then.getYear() < reference.getYear() - 1;
  }

  /**
   * A date expression of the sentence with what the claim rules ask of it, worked out once per
   * sentence rather than once per figure.
   */
  record DateSite(
      DateExpression date, Span span, int first, int last, boolean startsPeriod, boolean frames,
      boolean speechTag, boolean occurrence) {}

  List<DateSite> dateSites(List<DateExpression> dates, SentenceView view) {
    if (dates.isEmpty()) {
      return List.of(); // most sentences: their clauses need not be cut for this
    }
    List<Token> tokens = view.tokens();
    int base = view.base();
    int[] clause = view.clause();
    List<DateSite> out = new ArrayList<>(dates.size());
    List<PhraseTable.Match<String>> events = null;
    for (DateExpression d : dates) {
      Span abs = shift(d.span(), base);
      int first = firstToken(tokens, abs.start());
      if (first < 0) {
        continue;
      }
      if (events == null) {
        events = lx.events.findAll(tokens, 0, tokens.size());
      }
      int last = lastToken(tokens, abs.end());
      boolean frames = framesSentence(view, abs);
      out.add(new DateSite(d, abs, first, last, startsAPeriod(tokens, first), frames,
          inSpeechTagClause(tokens, clause, first),
          occurrence(tokens, events, clause, first, frames) || datesTheEvent(view, last)
              || opensWhenClause(tokens, last)));
    }
    return out;
  }


  /**
   * "the worst since 2014, when the ferry sank and killed 304 people": a date followed by a comma
   * and a subordinator is the time of the clause the subordinator opens.
   */
  private boolean opensWhenClause(List<Token> tokens, int last) {
    return last + 2 < tokens.size() && tokens.get(last + 1).text().equals(",")
        && lx.is(WordClass.SUBORDINATOR, tokens, last + 2);
  }

  /**
   * "Sunday's quake", "the May 11 flood", "Monday's devastating earthquake": a date right before
   * an event word, or before words that qualify it in a language that puts them first, is that
   * event's.
   */
  boolean datesTheEvent(SentenceView view, int last) {
    List<Token> tokens = view.tokens();
    if (last + 1 >= tokens.size()) {
      return false;
    }
    if (view.cueAt(last + 1, Cue.CAUSES)) {
      return true; // "... pada Sabtu (11/5/2024) menyebabkan 41 korban": what caused the toll
    }
    int reach = lx.profile.modifiersBeforeNoun() ? SubjectAttacher.MODIFIERS : 0;
    for (int k = last + 1; k < tokens.size() && k <= last + 1 + reach; k++) {
      PhraseTable.Match<String> m = lx.contexts.matchAt(tokens, k);
      if (m != null) {
        return Lexicon.namesEvent(m.value());
      }
      if (!view.plainWord(k)) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the nearest event word before the date in its clause is a verb of the event happening
   * ("banjir yang terjadi pada Sabtu (11/5)"): the date is the event's, not a figure's time. A
   * date standing alone after a comma belongs to the clause before it ("insiden yang terjadi usai
   * laga, Sabtu (1/10)").
   */
  static boolean occurrence(List<Token> tokens,
      List<PhraseTable.Match<String>> events, int[] clause, int t, boolean alone) {
    int own = clause[t];
    int start = clauseStart(clause, t);
    int before = alone && start >= 2 ? clause[start - 2] : own;
    // "gempa mengguncang Ambon, Maluku, Kamis (26/9)", "... Kota Ambon, Maluku pada Kamis": the
    // rest of a place's name set off by a comma continues the clause before it
    int lowest = Math.min(own, before);
    int from = start;
    int upto = t;
    for (int hop = 0; hop <= NAME_CLAUSES && from >= 1 && tokens.get(from).text().equals(",")
        && onlyNames(tokens, from + 1, upto); hop++) {
      lowest = Math.min(lowest, clause[from - 1]);
      upto = from;
      from = clauseStart(clause, from - 1);
    }
    PhraseTable.Match<String> nearest = null;
    for (PhraseTable.Match<String> e : within(events, PhraseTable.Match::from, t - FigureSite.REACH, t)) {
      int c = clause[e.from()];
      if (e.to() <= t && (c == own || c == before || (c >= lowest && c <= own))
          && (nearest == null || e.from() > nearest.from())) {
        nearest = e;
      }
    }
    return nearest != null && nearest.value().equals(OCCURRED);
  }

  /** How many clauses holding only a place's name may stand between an occurrence verb and its date. */
  private static final int NAME_CLAUSES = 2;

  /** The first token of the clause of token {@code t}. */
  private static int clauseStart(int[] clause, int t) {
    int start = t;
    while (start > Math.max(0, t - FigureSite.REACH) && clause[start - 1] == clause[t]) {
      start--;
    }
    return start;
  }

  /**
   * Whether tokens {@code [from, to)} hold only the rest of a name: at most three capitalised
   * words, then at most one lower-case word or comma ("Maluku, ", "Maluku pada ", "pada "); none
   * at all too (a date opening its clause right after a comma).
   */
  private static boolean onlyNames(List<Token> tokens, int from, int to) {
    int k = from;
    while (k < to && k - from < 3 && tokens.get(k).isWord() && tokens.get(k).isCapitalised()) {
      k++;
    }
    return to - k == 0 || (to - k == 1 && (tokens.get(k).text().equals(",")
        || (tokens.get(k).isWord() && !tokens.get(k).isCapitalised())));
  }

  /**
   * The date governing the figure at token {@code a}: the nearest in its clause; else a date that
   * frames the whole sentence (a clause of its own: "Kemarin, 12 orang ..."), or the date of the
   * speech tag ("..., ujar Lee pada Senin (13/1)").
   */
  DateExpression nearestDate(List<DateSite> sites, int[] clause, int a, SentenceView view) {
    DateExpression best = null;
    int bestScore = Integer.MAX_VALUE;
    for (DateSite d : sites) {
      if (d.first() > a && view.cueAt(d.last() + 1, Cue.RELATIVE)) {
        // "8 juta orang, lebih banyak dari 2016 lalu yang mencapai 7 juta": the year heads what
        // follows it, the 7 million, not the figure before it.
        continue;
      }
      if (d.startsPeriod() || d.occurrence()) {
        // "tewas sejak dikerahkan tahun lalu": the period starts then; the figure is as of now.
        // "korban banjir yang terjadi pada Sabtu (11/5)": the flood's day, not the toll's.
        continue;
      }
      // "hingga Minggu, 12 Mei 2024 pukul 21.00 WIB ada 37 orang": a date may span a comma.
      // "menewaskan 328 orang di Estadio Nacional, Lima, Peru pada 24 Mei 1964": clauses that
      // only name a place do not part a figure from its date
      boolean sameClause = clause[d.first()] == clause[a] || clause[Math.max(d.first(), d.last())] == clause[a]
          || onlyNamesBetween(view.tokens(), clause, a, d.first());
      if (!sameClause && !d.frames() && !d.speechTag()) {
        continue;
      }
      int score = Math.abs(d.first() - a) + (sameClause ? 0 : 1000);
      if (score < bestScore) {
        bestScore = score;
        best = d.date();
      }
    }
    return best;
  }

  /**
   * Whether only clauses holding the rest of a place's name ({@link #onlyNames}, at most {@link
   * #NAME_CLAUSES} of them) stand between the figure at {@code a} and the date at {@code date}
   * after it: the date's clause then continues the figure's, as it continues an occurrence verb's.
   */
  private static boolean onlyNamesBetween(List<Token> tokens, int[] clause, int a, int date) {
    int from = clauseStart(clause, date);
    int upto = date;
    for (int hop = 0; hop <= NAME_CLAUSES && from > a && tokens.get(from).text().equals(",")
        && onlyNames(tokens, from + 1, upto); hop++) {
      if (clause[from - 1] == clause[a]) {
        return true;
      }
      upto = from;
      from = clauseStart(clause, from - 1);
    }
    return false;
  }

  List<ClockFinder.Clock> clocks(String sentence, List<DateExpression> dates) {
    List<Span> days = new ArrayList<>(dates.size());
    for (DateExpression d : dates) {
      days.add(d.span());
    }
    return ClockFinder.of(language).find(sentence, days);
  }

  /**
   * The time of day of the figure at token {@code a}, chosen like its date: a clock time in its
   * clause (the nearest), or one whose clause frames the sentence ("Hingga pukul 15.00 WITA, 225
   * ..."); a part of the day ("sore") only with the day that dates the figure ("hingga Kamis sore").
   */
  ClockFinder.Clock clockFor(
      List<ClockFinder.Clock> clocks, SentenceView view, int a, DateExpression scope) {
    List<Token> tokens = view.tokens();
    int[] clause = view.clause();
    int base = view.base();
    ClockFinder.Clock best = null;
    int bestScore = Integer.MAX_VALUE;
    for (ClockFinder.Clock c : clocks) {
      Span abs = shift(c.span(), base);
      int t = firstToken(tokens, abs.start());
      if (t < 0) {
        continue;
      }
      boolean attached = scope != null
          && (Math.abs(c.span().start() - scope.span().end()) <= 2
              || Math.abs(scope.span().start() - c.span().end()) <= 2);
      if (c.partOfDay() && !attached) {
        continue;
      }
      boolean sameClause = clause[t] == clause[a];
      if (!sameClause && !attached && !framesSentence(view, abs)) {
        continue;
      }
      // A clock time beats a part of the day: "Senin pagi pukul 06.33 WIB".
      int score = Math.abs(t - a) + (sameClause || attached ? 0 : 1000) + (c.partOfDay() ? 50 : 0);
      if (score < bestScore) {
        bestScore = score;
        best = c;
      }
    }
    return best;
  }

  /**
   * Whether "sejak"/"since" stands within the three words before token t ("sejak pukul 08.00
   * Senin"), or opens the phrase the date ends with no comma, figure or count predicate further
   * back: "since the outbreak of the war on 7 Oct".
   */
  boolean startsAPeriod(List<Token> tokens, int t) {
    for (int k = t - 1; k >= Math.max(0, t - SINCE_WORDS); k--) {
      Token tok = tokens.get(k);
      if (lx.is(WordClass.SINCE, tokens, k)) {
        return true;
      }
      boolean near = k >= t - 3;
      if (!near && (tok.isClauseBreak() || tok.text().equals(",")
          || Character.isDigit(tok.text().charAt(0)) || lx.predicates.matchAt(tokens, k) != null)) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the date's clause holds nothing but the date, other dates and times of day ({@code
   * also}), prepositions and asides in parentheses: "Hingga pukul 17.00 WIB (H+4), ...". A source
   * the clause opens with may come first: "Menurut laporan Bupati sampai dengan jam 16.00, ...".
   */
  boolean framesSentence(SentenceView view, Span date) {
    List<Token> tokens = view.tokens();
    int[] clause = view.clause();
    int t = firstToken(tokens, date.start());
    int c = clause[t];
    int depth = 0;
    int from = Math.max(0, t - FigureSite.REACH);
    int opening = sourceOpeningBefore(tokens, clause, from, t);
    for (int i = Math.max(from, opening); i < Math.min(tokens.size(), t + 1 + FigureSite.REACH); i++) {
      Token tok = tokens.get(i);
      if (clause[i] != c || tok.isClauseBreak()) {
        continue;
      }
      boolean inDate = view.dated(i); // the date is one of the framing spans
      if (!inDate && tok.text().equals("(")) {
        depth++;
      } else if (!inDate && tok.text().equals(")") && depth > 0) {
        depth--;
        continue;
      }
      boolean filler = depth > 0 || !tok.isWord() || lx.is(WordClass.DATE_FILLER, tokens, i);
      if (!inDate && !filler) {
        return false;
      }
    }
    return true;
  }

  /**
   * Where the date words start after a source that opens the clause of token t ("Menurut laporan
   * Bupati | sampai dengan ..."): the first date filler after the cue; -1 when the clause opens
   * with no source cue or no filler follows it.
   */
  private int sourceOpeningBefore(List<Token> tokens, int[] clause, int from, int t) {
    int start = t;
    while (start > from && clause[start - 1] == clause[t] && !tokens.get(start - 1).isClauseBreak()) {
      start--;
    }
    PhraseTable.Match<List<Lexicon.AttributionCue>> cue = lx.attribution.matchAt(tokens, start);
    if (cue == null || !(cue.value().contains(Lexicon.AttributionCue.BEFORE)
        || cue.value().contains(Lexicon.AttributionCue.BASIS))) {
      return -1;
    }
    for (int k = cue.to(); k < t; k++) {
      if (lx.is(WordClass.DATE_FILLER, tokens, k)) {
        return k;
      }
    }
    return -1;
  }

  boolean inSpeechTagClause(List<Token> tokens, int[] clause, int t) {
    for (int i = Math.max(0, t - FigureSite.REACH); i < t; i++) {
      if (clause[i] == clause[t]) {
        PhraseTable.Match<List<Lexicon.AttributionCue>> m = lx.attribution.matchAt(tokens, i);
        if (m != null && (m.value().contains(Lexicon.AttributionCue.AFTER)
            || m.value().contains(Lexicon.AttributionCue.BEFORE))) {
          return true;
        }
      }
    }
    return false;
  }
}
