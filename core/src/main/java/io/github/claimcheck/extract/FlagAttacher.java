package io.github.claimcheck.extract;

import static io.github.claimcheck.extract.Positions.within;

import io.github.claimcheck.extract.Lexicon.Cue;
import io.github.claimcheck.extract.Lexicon.WordClass;
import io.github.claimcheck.extract.PredicateAttacher.PredicateChoice;
import io.github.claimcheck.model.ClaimFlag;
import io.github.claimcheck.model.Granularity;
import io.github.claimcheck.parse.NumberExpression;
import io.github.claimcheck.parse.NumberMarker;
import java.util.EnumSet;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.Set;

/**
 * Attaches flags to a figure: whether it adds to an earlier count, is an increment, a part of a
 * group, planned, an earlier value cited, or from an unnamed source. The cue words and where they
 * must stand are data ({@code lang/flag-cues.tsv}, read by {@link FlagCues}); what the discourse
 * says (another count just given, a topic that adds) comes in as arguments. A function of the
 * sentence view and the figure's site: it keeps nothing between calls.
 */
final class FlagAttacher {

  private final Lexicon lx;

  FlagAttacher(Lexicon lx) {
    this.lx = lx;
  }

  /**
   * Whether the figure at the site counts a part of a group the sentence names: marked so by the
   * number grammar, after a sentence-opening "Of those killed," or an inner one, or after a subset
   * cue ("including") that follows another count.
   *
   * @param countedBefore whether the sentence counted something before the figure
   */
  boolean subset(SentenceView view, FigureSite site, boolean countedBefore) {
    NumberExpression n = site.figure();
    int a = site.first();
    return n.markers().contains(NumberMarker.SUBSET)
        || (view.opensWithSubset() && !inSubsetOpener(view, site.numbers(), view.base(), a)
            && !clauseJoinedAfterOpener(view, site, a))
        || afterInnerSubsetOpener(view, site, a)
        // "26 foreign victims, including five from Iran": a part of 26 all the same
        || (view.cueEndingAt(a, Cue.SUBSET_BEFORE) && countedBefore);
  }

  /**
   * The flags of the figure at the site.
   *
   * @param choice its predicate, or null
   * @param objectEnd the token after its counted noun, or after the figure
   * @param additionCue whether an addition cue stands right before the figure or before its noun
   * @param topicAdds whether the topic it counts (a figure referred back to) is an addition
   * @param othersOfAnotherCount whether it follows a count of another predicate, so that "another"
   *     names others of that group, not an addition
   * @param subset whether it counts a part of a group
   * @param citesEarlier whether the sentence cites an earlier figure
   * @param attribution its source
   */
  Set<ClaimFlag> flags(SentenceView view, FigureSite site, PredicateChoice choice, int objectEnd,
      boolean additionCue, boolean topicAdds, boolean othersOfAnotherCount, boolean subset,
      boolean citesEarlier, Attribution attribution) {
    NumberExpression n = site.figure();
    int a = site.first();
    int base = view.base();
    List<NumberExpression> near = site.numbers();
    Set<ClaimFlag> flags = EnumSet.noneOf(ClaimFlag.class);
    if (n.markers().contains(NumberMarker.CHANGE)) {
      flags.add(ClaimFlag.CHANGE);
    }
    // "300 were killed and another 2,700 injured": the verb after the figure sees the figure's
    // own "another", which names others of the group; "2.251 personel tambahan tiba" adds
    boolean ownCueOnly = othersOfAnotherCount && choice != null && choice.from() >= objectEnd
        && !additionAfter(view, near, base, objectEnd);
    if ((choice != null && choice.addition() && !ownCueOnly)
        || (!othersOfAnotherCount && (n.markers().contains(NumberMarker.ADDITION)
            || (topicAdds && !n.markers().contains(NumberMarker.NEW_TOTAL))
            || additionCue
            || additionAfter(view, near, base, objectEnd)))) {
      flags.add(ClaimFlag.ADDITION);
    }
    if (view.flagged(ClaimFlag.INCREMENT, FlagCues.Anchor.FIGURE, a) || (choice != null
        && view.flagged(ClaimFlag.INCREMENT, FlagCues.Anchor.VERB, choice.from()))) {
      // "dengan ditemukannya 3 korban", "datang lagi ada 24 kantong jenazah"
      flags.add(ClaimFlag.INCREMENT);
    }
    if (subset) {
      flags.add(ClaimFlag.SUBSET);
    }
    if (plannedBefore(site.cues(), view.clause(), a, choice == null ? a : choice.from())) {
      flags.add(ClaimFlag.PLANNED);
    }
    if ((citesEarlier && earlierCueApplies(site.cues(), a, n,
            k -> figureWithin(view.tokens(), near, base, k, k + EARLIER_CUE_REACH))
            && !newValueAfterPrevious(view, near, n, a, base))
        || previousValue(view, near, n, a, objectEnd, base)) {
      flags.add(ClaimFlag.EARLIER);
    }
    if (!attribution.named() && attribution.unnamed()) {
      flags.add(ClaimFlag.UNNAMED_SOURCE);
    }
    return flags;
  }

  /**
   * Whether the figure is the value before a change: after "down from", "dari sebelumnya", or
   * followed by the new value ("dari 654 ribu orang menjadi 624.670", "from 174 to 131").
   */
  boolean previousValue(
      SentenceView view, List<NumberExpression> numbers, NumberExpression n, int a, int objectEnd, int base) {
    List<Token> tokens = view.tokens();
    if (n.markers().contains(NumberMarker.CHANGE)) {
      return false; // "bertambah 19 orang sehingga totalnya menjadi 1.090": a change, not a value
    }
    for (int k = Math.max(0, a - 3); k < a; k++) {
      PhraseTable.Match<Cue> m = lx.cues.matchAt(tokens, k);
      if (m != null && m.value() == Cue.PREVIOUS && m.to() >= a - 1 && m.to() <= a) {
        return true;
      }
    }
    int limit = objectEnd + 3 < tokens.size() ? tokens.get(objectEnd + 3).end() : Integer.MAX_VALUE;
    int after = a >= 2 ? tokens.get(a - 2).start() : 0;
    for (NumberExpression o : numbers) {
      int oe = o.span().end() + base;
      if (o != n && oe <= tokens.get(a).start() && oe >= after && view.cueAt(a - 1, Cue.PLACE)
          && o.markers().contains(NumberMarker.NEW_TOTAL) && !n.markers().contains(NumberMarker.NEW_TOTAL)) {
        return true; // "increased to 131 from 174": "from" introduces the old value
      }
    }
    NumberExpression next = null; // the first figure after this one
    for (NumberExpression o : numbers) {
      int os = o.span().start() + base;
      if (o == n || os <= n.span().end() + base) {
        continue;
      }
      if (os <= limit && o.markers().contains(NumberMarker.NEW_TOTAL)) {
        return true;
      }
      if (next == null || o.span().start() < next.span().start()) {
        next = o;
      }
    }
    return next != null && next.markers().contains(NumberMarker.NEW_TOTAL)
        && onlySequenceBefore(view, objectEnd, next.span().start() + base);
  }

  /**
   * Whether the figure at token {@code a} is a new total right after the value it changed from:
   * the figure before it is followed by at most one word (its noun) and then only by words of
   * sequence or change ("semula 27 orang dan kemudian bertambah menjadi 34"). The earlier cue of
   * the sentence cites that figure, not this one.
   */
  private boolean newValueAfterPrevious(
      SentenceView view, List<NumberExpression> numbers, NumberExpression n, int a, int base) {
    List<Token> tokens = view.tokens();
    if (!n.markers().contains(NumberMarker.NEW_TOTAL)) {
      return false;
    }
    NumberExpression before = null;
    for (NumberExpression o : numbers) {
      if (o != n && o.span().end() <= n.span().start()
          && (before == null || o.span().end() > before.span().end())) {
        before = o;
      }
    }
    if (before == null) {
      return false;
    }
    int end = before.span().end() + base;
    int nouns = 0;
    for (int k = a - 1; k >= 0 && tokens.get(k).start() >= end; k--) {
      if (!leadsOn(view, k)) {
        nouns++;
        if (nouns > 1 || tokens.get(k - 1).end() > end) {
          return false; // more than the figure's own noun before the words of sequence
        }
      }
    }
    return true;
  }

  /**
   * Whether the tokens from {@code from} to the one starting at char {@code to} only lead on to
   * the next figure: commas, words of sequence or change, dates and times of day ("27 orang dan
   * kemudian bertambah menjadi 34 pada sore hari", "27 on Friday and later rose to 34"). Another
   * noun there may name another count ("12 tewas dan jumlah pengungsi bertambah menjadi 340").
   */
  private boolean onlySequenceBefore(SentenceView view, int from, int to) {
    List<Token> tokens = view.tokens();
    for (int k = from; k < tokens.size() && tokens.get(k).start() < to; k++) {
      if (!leadsOn(view, k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether token k may stand between a figure and the new total it changed to: a comma, a word
   * of sequence or change, or a date or time of day and the words that introduce it.
   */
  private boolean leadsOn(SentenceView view, int k) {
    List<Token> tokens = view.tokens();
    return tokens.get(k).text().equals(",") || lx.is(WordClass.SEQUENCE, tokens, k)
        || view.dated(k) || lx.is(WordClass.DATE_FILLER, tokens, k);
  }

  /** How many tokens after an earlier cue a figure may start and be the one it cites ("sebelumnya disebut 43"). */
  static final int EARLIER_CUE_REACH = 3;

  /**
   * Whether the sentence's earlier cue applies to the figure at token {@code a}: not when the last
   * of the earlier and current cues before it is a current one ("semula 127, kini 129"), nor when
   * the earlier cues follow it and it names a new total or a previous value follows it first
   * ("revised the toll to 97, down from their previous toll of 115"), nor when the first earlier
   * cue after it leads to another figure ({@code figureAfter}: whether one starts within reach of
   * a token).
   */
  static boolean earlierCueApplies(
      List<PhraseTable.Match<Cue>> cues, int a, NumberExpression n, IntPredicate figureAfter) {
    Cue last = null;
    for (PhraseTable.Match<Cue> m : cues) {
      if (m.to() > a) {
        if (last == null && m.value() == Cue.PREVIOUS) {
          return false; // "to 97, down from their previous toll of 115": that toll is the old one
        }
        if (m.value() == Cue.EARLIER) {
          if (last == null && m.from() > a && figureAfter.test(m.to())) {
            return false; // "42 orang (sebelumnya disebut 43)": the figure after the cue is the old one
          }
          break;
        }
        continue;
      }
      if (m.value() == Cue.EARLIER || m.value() == Cue.CURRENT) {
        last = m.value();
      } else if (m.value() == Cue.REVISION) {
        last = Cue.CURRENT; // "was earlier put at 288, which the government revised to 275"
      }
    }
    return last == null ? !n.markers().contains(NumberMarker.NEW_TOTAL) : last == Cue.EARLIER;
  }

  /**
   * An addition cue after the counted object ("tentara dan teknisi tambahan", "12 more"), unless
   * it is the subject of a clause of its own: "the toll rose to 31 and more (people) were
   * missing".
   */
  boolean additionAfter(SentenceView view, List<NumberExpression> numbers, int base, int objectEnd) {
    List<Token> tokens = view.tokens();
    for (int k = objectEnd; k < Math.min(tokens.size(), objectEnd + 3); k++) {
      if (tokens.get(k).isClauseBreak()) {
        return false;
      }
      PhraseTable.Match<Cue> m = lx.cues.matchAt(tokens, k);
      if (m != null && m.value() == Cue.ADDITION && !figureWithin(tokens, numbers, base, k, m.to() + 2)) {
        // "238 people and more than 900 injured": the cue is the next figure's hedge
        // "... and more (people) were missing": a verb after the cue makes it another subject
        return !view.cueAt(m.to(), Cue.AUXILIARY) && !view.cueAt(m.to() + 1, Cue.AUXILIARY);
      }
    }
    return false;
  }

  /** Whether a figure starts in tokens {@code [from, to)}. */
  static boolean figureWithin(List<Token> tokens, List<NumberExpression> numbers, int base, int from, int to) {
    if (from >= tokens.size()) {
      return false;
    }
    int s = tokens.get(from).start();
    int e = tokens.get(Math.min(to, tokens.size()) - 1).end();
    return !within(numbers, o -> o.span().start() + base, s, e).isEmpty();
  }

  /** A planned cue ("akan", "will") in the figure's clause before the figure or its verb. */
  static boolean plannedBefore(
      List<PhraseTable.Match<Cue>> cues, int[] clause, int a, int predicateFrom) {
    int end = Math.max(a, predicateFrom);
    for (PhraseTable.Match<Cue> m : cues) {
      if (m.value() == Cue.PLANNED && m.from() < end && clause[m.from()] == clause[a]) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a subset cue follows the figure's noun within its clause, or a group's opener right
   * after it ("two of the dead"), with no figure of its own after it ("Dua korban meninggal di
   * antaranya ..."; not "8 orang tewas, di antaranya 2 anak", "20 of the 55 passengers").
   */
  boolean subsetAfter(SentenceView view, List<NumberExpression> numbers, int objectEnd) {
    List<Token> tokens = view.tokens();
    int base = view.base();
    for (int k = objectEnd; k < Math.min(tokens.size(), objectEnd + 3); k++) {
      if (tokens.get(k).isClauseBreak()) {
        return false;
      }
      PhraseTable.Match<Cue> m = lx.cues.matchAt(tokens, k);
      // "Two of the dead were women": a group's opener right after the figure names its group
      // when a predicate word names it (not "thousands of the residents")
      if (m != null && (m.value() == Cue.SUBSET_AFTER || (m.value() == Cue.SUBSET_OF && k == objectEnd
          && (lx.predicates.matchAt(tokens, m.to() - 1) != null
              || (m.to() < tokens.size() && lx.predicates.matchAt(tokens, m.to()) != null))))) {
        int next = m.to() < tokens.size() ? tokens.get(m.to()).start() : -1;
        return numbers.stream().noneMatch(e -> e.span().start() + base == next);
      }
    }
    return false;
  }

  /**
   * Whether token {@code a} lies in a sentence's opening group that holds a figure of its own, up
   * to its first comma ("Of the 55 passengers on board, 33 were women": the 55 is the group).
   */
  boolean inSubsetOpener(SentenceView view, List<NumberExpression> numbers,
      int base, int a) {
    List<Token> tokens = view.tokens();
    int end = view.clauseBreakFrom(0, tokens.size());
    if (a >= end || end == tokens.size()) {
      return false;
    }
    int limit = tokens.get(end).start();
    return numbers.stream().anyMatch(o -> o.span().start() + base < limit);
  }

  /**
   * "He said that of the 1,100 injured, less than 200 are still treated", "menyampaikan bahwa dari
   * 11 korban meninggal dunia, 10 korban ...": a figure in the clause right after an opener that
   * names its group, where the opener starts a clause inside the sentence (after a comma or
   * "that").
   */
  boolean afterInnerSubsetOpener(SentenceView view, FigureSite site, int a) {
    List<Token> tokens = view.tokens();
    for (int k = Math.max(1, site.reachFrom()); k < a; k++) {
      if (!(view.cueAt(k, Cue.SUBSET_OF) || view.opensGroupAt(k))
          || !(tokens.get(k - 1).isClauseBreak() || lx.is(WordClass.STOP, tokens, k - 1))) {
        continue;
      }
      int end = view.clauseBreakFrom(k, a);
      return end < a && view.clauseBreakFrom(end + 1, a) == a;
    }
    return false;
  }

  /**
   * Whether a clause joined on ("..., and some 3,000 more were dispatched") stands between the
   * clause a sentence-opening subset opener ends and token {@code a}: the opener is answered by
   * the clause after it, not by every later one.
   */
  boolean clauseJoinedAfterOpener(SentenceView view, FigureSite site, int a) {
    List<Token> tokens = view.tokens();
    for (int k = Math.max(view.openerEnd() + 1, site.reachFrom()); k < a - 1; k++) {
      if (tokens.get(k).isClauseBreak() && view.cueAt(k + 1, Cue.BOUNDARY)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the figure is what a find turned up on a day or at an hour the sentence gives it ("Tim
   * SAR pada Senin (18/3) menemukan 13 jenazah", "Sekitar pukul 06.30 tim SAR menemukan satu korban
   * meninggal"): a verb of finding ({@code find} cue) right before it, a day that is no "as of"
   * bound or a time of day, and no word of a running count in the sentence ({@code soFar}: a
   * {@code so_far} or {@code current} cue, "sejauh ini", "hingga kini"). The day's finds add to
   * the toll; they are not it.
   */
  boolean findOfTheDay(SentenceView view, int a, boolean soFar, TimeAttacher.FigureTime time) {
    if (soFar || !view.cueEndingAt(a, Cue.FIND)) {
      return false;
    }
    boolean day = time.value() != null && time.value().granularity() == Granularity.DAY
        && !time.flags().contains(ClaimFlag.AS_OF);
    return day || time.clock() != null;
  }
}
