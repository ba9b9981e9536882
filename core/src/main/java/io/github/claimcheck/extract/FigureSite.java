package io.github.claimcheck.extract;

import static io.github.claimcheck.extract.Positions.firstAtOrAfter;
import static io.github.claimcheck.extract.Positions.firstToken;
import static io.github.claimcheck.extract.Positions.lastToken;
import static io.github.claimcheck.extract.Positions.within;

import io.github.claimcheck.extract.Lexicon.Cue;
import io.github.claimcheck.extract.Lexicon.PredicateForm;
import io.github.claimcheck.model.Span;
import io.github.claimcheck.parse.DateExpression;
import io.github.claimcheck.parse.ExpressionType;
import io.github.claimcheck.parse.NumberExpression;
import java.util.ArrayList;
import java.util.List;

/**
 * Where one figure of a sentence stands, and what lies within its reach: the tokens it spans and
 * the figures, predicate mentions and cues at most {@link #REACH} tokens either side, which are
 * all its reading weighs. Made once per figure; the lists are views of the sentence's own.
 *
 * @param index the figure's index among the sentence's figures
 * @param figure the figure
 * @param span where it is in the article text
 * @param first its first token, or -1
 * @param last its last token, or -1
 * @param reachFrom the first token its reading may look at
 * @param reachTo the token after the last one its reading may look at
 * @param numbers the sentence's figures within the reach
 * @param predicates the sentence's predicate mentions starting within the reach
 * @param cues the sentence's cues starting within the reach
 */
record FigureSite(
    int index,
    NumberExpression figure,
    Span span,
    int first,
    int last,
    int reachFrom,
    int reachTo,
    List<NumberExpression> numbers,
    List<PhraseTable.Match<List<PredicateForm>>> predicates,
    List<PhraseTable.Match<Cue>> cues) {

  /**
   * How many tokens on either side of a figure (or a date) its reading looks at: its noun, actor,
   * verb, cues, place, date and the other figures it is weighed against. Sentences of news prose
   * are shorter (the longest of the dev corpus and of 1,500 generated articles has 72 tokens), so
   * the reach takes them in whole; a "sentence" of tens of thousands of tokens (a list or junk with
   * no full stop) is read in time linear in its length.
   */
  static final int REACH = 200;

  /** The site of figure {@code index} of the sentence, with its reach. */
  static FigureSite of(SentenceView view, List<NumberExpression> numbers, int index,
      List<PhraseTable.Match<List<PredicateForm>>> predicates, List<PhraseTable.Match<Cue>> cues) {
    List<Token> tokens = view.tokens();
    int base = view.base();
    NumberExpression n = numbers.get(index);
    Span abs = Span.of(n.span().start() + base, n.span().end() + base);
    int a = firstToken(tokens, abs.start());
    int b = lastToken(tokens, abs.end());
    int reachFrom = Math.max(0, a - REACH);
    int reachTo = Math.min(tokens.size(), Math.max(a, b) + 1 + REACH);
    int nearFrom = tokens.get(reachFrom).start() - base;
    int nearTo = tokens.get(reachTo - 1).end() - base;
    return new FigureSite(index, n, abs, a, b, reachFrom, reachTo,
        within(numbers, o -> o.span().start(), nearFrom, nearTo),
        within(predicates, PhraseTable.Match::from, reachFrom, reachTo),
        within(cues, PhraseTable.Match::from, reachFrom, reachTo));
  }

  /**
   * The figures of a sentence that may be claims: its quantities, less those inside one of its
   * dates ("19 Juni").
   *
   * @param numbers the sentence's numbers, in text order
   * @param dates the sentence's dates, in text order
   */
  static List<NumberExpression> figures(List<NumberExpression> numbers, List<DateExpression> dates) {
    if (numbers.isEmpty()) {
      return List.of(); // most sentences: no list, no iterator
    }
    // The furthest end of the dates up to each, in text order: a figure lies in a date when one
    // of the dates starting before its end ends after its start (one search, not one per date).
    int[] furthestEnd = new int[dates.size()];
    for (int k = 0; k < dates.size(); k++) {
      furthestEnd[k] = Math.max(dates.get(k).span().end(), k > 0 ? furthestEnd[k - 1] : 0);
    }
    List<NumberExpression> out = new ArrayList<>();
    for (NumberExpression n : numbers) {
      int before = firstAtOrAfter(dates, d -> d.span().start(), n.span().end());
      boolean inDate = before > 0 && furthestEnd[before - 1] > n.span().start();
      if (n.type() == ExpressionType.QUANTITY && !inDate) {
        out.add(n);
      }
    }
    return out;
  }
}
