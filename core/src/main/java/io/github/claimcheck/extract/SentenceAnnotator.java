package io.github.claimcheck.extract;

import static io.github.claimcheck.extract.Positions.firstToken;
import static io.github.claimcheck.extract.Positions.lastToken;
import static io.github.claimcheck.extract.Positions.shift;
import static io.github.claimcheck.extract.Positions.within;

import io.github.claimcheck.extract.Lexicon.Cue;
import io.github.claimcheck.extract.Lexicon.PredicateForm;
import io.github.claimcheck.extract.TimeAttacher.DateSite;
import io.github.claimcheck.internal.text.CutText;
import io.github.claimcheck.model.DateValue;
import io.github.claimcheck.model.Granularity;
import io.github.claimcheck.model.Language;
import io.github.claimcheck.model.Span;
import io.github.claimcheck.parse.DateExpression;
import io.github.claimcheck.parse.Expressions;
import io.github.claimcheck.parse.NumberExpression;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Annotates one sentence for the attachers: its figures and dates (from the number and date
 * grammars), its predicate mentions and cues, its times of day, its clauses, and the sentence view
 * built on them. What it finds depends on the sentence and the article's reference date only,
 * never on the sentences before: the discourse is the claim reader's.
 */
final class SentenceAnnotator {

  /**
   * One sentence, annotated.
   *
   * @param view the sentence view (tokens, clauses, dated tokens)
   * @param figures the figures that may be claims: quantities outside dates, in text order
   * @param dates the dates, in text order
   * @param predicates the predicate mentions, in text order
   * @param cues the cues, in text order; none when the sentence is {@link #quiet}
   * @param clocks the times of day; none when the sentence has no figure
   * @param dateSites where the dates stand and what they date
   * @param blocked per token, whether a figure or a date holds it; null when quiet
   */
  record AnnotatedSentence(
      SentenceView view,
      List<NumberExpression> figures,
      List<DateExpression> dates,
      List<PhraseTable.Match<List<PredicateForm>>> predicates,
      List<PhraseTable.Match<Cue>> cues,
      List<ClockFinder.Clock> clocks,
      List<DateSite> dateSites,
      boolean[] blocked) {

    /**
     * Whether the sentence has no figure and no date. Such a sentence gives claims only through
     * the discourse (a zero count, the subject and topic it names, its speaker): what only figures
     * and dates read, its cues, places and blocked tokens, is not worked out for it (two sentences
     * in three).
     */
    boolean quiet() {
      return figures.isEmpty() && dates.isEmpty();
    }
  }

  private final Lexicon lx;
  private final Language language;
  private final LocalDate reference;
  private final Clauses clauses;
  private final PredicateAttacher predicates;
  private final TimeAttacher times;

  SentenceAnnotator(Lexicon lx, Language language, LocalDate reference, Clauses clauses,
      PredicateAttacher predicates, TimeAttacher times) {
    this.lx = lx;
    this.language = language;
    this.reference = reference;
    this.clauses = clauses;
    this.predicates = predicates;
    this.times = times;
  }

  /** Sentence {@code index} of the article, with its tokens. */
  AnnotatedSentence annotate(Sentence s, int index, List<Token> tokens) {
    int base = s.span().start();
    // The scanners read the claim reader's cut of the sentence rather than cutting it again.
    CharSequence text =
        tokens instanceof TokenList cut ? new CutText(s.text(), base, cut) : s.text();
    Expressions expressions = Expressions.of(text, language, reference);
    List<DateExpression> dates = weekdaysOfTheSentencesDate(expressions.dates());
    List<NumberExpression> figures = FigureSite.figures(expressions.numbers(), dates);
    boolean quiet = figures.isEmpty() && dates.isEmpty();
    List<PhraseTable.Match<Cue>> cues = quiet ? List.of() : lx.cues.findAll(tokens, 0, tokens.size());
    List<ClockFinder.Clock> clocks = figures.isEmpty() ? List.of() : times.clocks(s.text(), dates);
    boolean[] soft = TimeAttacher.commasBeforeClocks(tokens, clocks, base);
    boolean[] dated = framingTokens(tokens, dates, clocks, base);
    SentenceView view = new SentenceView(lx, s, index, tokens, clauses, soft, dated);
    return new AnnotatedSentence(view, figures, dates, predicates.predicateMentions(tokens), cues,
        clocks, times.dateSites(dates, view),
        quiet ? null : blockedTokens(tokens, figures, dates, base));
  }

  /** How far, in days, a weekday named alone may lie from the full date of its sentence. */
  private static final int WEEK = 7;

  /**
   * "On January 1, 2022, officials said 12 people were killed in the early hours of Saturday": a
   * weekday named alone in a sentence that gives a full date (day, month and year) more than a
   * week from the weekday's reading is the day of that weekday in the week up to the full date,
   * not the one before the article's date. The dates are returned in the same order.
   */
  static List<DateExpression> weekdaysOfTheSentencesDate(List<DateExpression> dates) {
    DateValue full = null;
    for (DateExpression d : dates) {
      if (d.explicitYear() && !d.relative() && d.value().isPresent()
          && d.value().get().granularity() == Granularity.DAY) {
        full = d.value().get();
        break;
      }
    }
    if (full == null) {
      return dates;
    }
    List<DateExpression> out = null;
    for (int i = 0; i < dates.size(); i++) {
      DateExpression d = dates.get(i);
      Optional<DayOfWeek> weekday = d.weekday();
      if (d.relative() && weekday.isPresent() && d.value().isPresent()
          && d.value().get().granularity() == Granularity.DAY
          && Math.abs(ChronoUnit.DAYS.between(d.value().get().start(), full.start())) > WEEK) {
        LocalDate day = full.start();
        while (day.getDayOfWeek() != weekday.get()) {
          day = day.minusDays(1);
        }
        if (out == null) {
          out = new ArrayList<>(dates);
        }
        out.set(i, DateExpression.of(d.span(), d.text(), DateValue.day(day), true, false,
            weekday.get(), d.asOf(), d.future()));
      }
    }
    return out == null ? dates : List.copyOf(out);
  }

  /** Tokens inside a figure or a date: no place name starts or runs there. */
  private static boolean[] blockedTokens(
      List<Token> tokens, List<NumberExpression> numbers, List<DateExpression> dates, int base) {
    boolean[] out = new boolean[tokens.size()];
    for (NumberExpression n : numbers) {
      mark(out, tokens, shift(n.span(), base));
    }
    for (DateExpression d : dates) {
      mark(out, tokens, shift(d.span(), base));
    }
    return out;
  }

  private static void mark(boolean[] out, List<Token> tokens, Span span) {
    int from = firstToken(tokens, span.start());
    int to = lastToken(tokens, span.end());
    for (int k = Math.max(0, from); k >= 0 && k <= to && k < out.length; k++) {
      out[k] = true;
    }
  }

  /**
   * The tokens a framing clause may hold besides fillers: those of its dates and times of day;
   * null when the sentence has neither (most sentences).
   */
  private static boolean[] framingTokens(
      List<Token> tokens, List<DateExpression> dates, List<ClockFinder.Clock> clocks, int base) {
    if (dates.isEmpty() && clocks.isEmpty()) {
      return null;
    }
    boolean[] out = new boolean[tokens.size()];
    for (DateExpression d : dates) {
      markInside(out, tokens, shift(d.span(), base));
    }
    for (ClockFinder.Clock c : clocks) {
      markInside(out, tokens, shift(c.span(), base));
    }
    return out;
  }

  /** Marks the tokens lying wholly inside {@code span}. */
  private static void markInside(boolean[] out, List<Token> tokens, Span span) {
    int k = firstToken(tokens, span.start());
    for (; k >= 0 && k < tokens.size() && tokens.get(k).start() < span.end(); k++) {
      out[k] |= within(tokens.get(k), span);
    }
  }
}
