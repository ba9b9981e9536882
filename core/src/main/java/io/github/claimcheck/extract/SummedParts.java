package io.github.claimcheck.extract;

import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.ClaimFlag;
import io.github.claimcheck.model.Quantity;
import io.github.claimcheck.model.QuantityKind;
import io.github.claimcheck.model.Scope;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Counts of one sentence that add up to a total just stated are its parts, whatever names them:
 * "korban meninggal dunia sebanyak 19 jiwa. Korban dari longsor utama sebanyak 8 jiwa, sedangkan
 * korban pada longsor susulan sebanyak 11 jiwa". The words that name such parts (a slide, a
 * church, the people of a village) are too many for a lexicon; the sum is not. A total is the last
 * whole count of the predicate in the sentence before, or earlier in the same sentence; the parts
 * are two or more whole, exact counts of that predicate and subject with no flag, and their sum
 * must equal the total exactly. A part no word names is compared with nothing and never taken for
 * the total ({@link Scope#unnamedPart}).
 */
final class SummedParts {

  /** Figures that are not plain counts of the moment: never parts of a sum, nor its total. */
  private static final Set<ClaimFlag> NOT_PLAIN = EnumSet.of(ClaimFlag.CHANGE,
      ClaimFlag.ADDITION, ClaimFlag.PLANNED, ClaimFlag.EARLIER, ClaimFlag.INCREMENT,
      ClaimFlag.SUBSET);

  private SummedParts() {}

  /**
   * Gives the drafts (in text order) that add up to a total its part, and adds them to {@code
   * scoped}. Linear in the drafts but for the sums of one sentence.
   */
  static void mark(List<Draft> all, Set<Draft> scoped) {
    List<Draft> drafts = new ArrayList<>(all.size());
    for (Draft d : all) {
      if (d.sentence() >= 0) { // date claims stand between counts of one sentence
        drafts.add(d);
      }
    }
    Map<Key, Draft> lastTotals = new LinkedHashMap<>();
    int lastSentence = Integer.MIN_VALUE;
    Map<Key, Draft> totalsBefore = Map.of();
    int from = 0;
    while (from < drafts.size()) {
      int sentence = drafts.get(from).sentence();
      int to = from + 1;
      while (to < drafts.size() && drafts.get(to).sentence() == sentence) {
        to++;
      }
      {
        // totals of the sentence just before this one only
        totalsBefore = lastSentence == sentence - 1 ? lastTotals : Map.of();
        lastTotals = new LinkedHashMap<>();
        Map<Key, List<Draft>> counts = new LinkedHashMap<>();
        for (int i = from; i < to; i++) {
          Draft d = drafts.get(i);
          if (plainWhole(d, scoped)) {
            counts.computeIfAbsent(new Key(d), k -> new ArrayList<>()).add(d);
          }
        }
        for (Map.Entry<Key, List<Draft>> e : counts.entrySet()) {
          List<Draft> same = e.getValue();
          Draft before = totalsBefore.get(e.getKey());
          if (same.size() >= 2 && before != null && sum(same, 0).compareTo(value(before)) == 0) {
            markAll(same, 0, scoped);
          } else if (same.size() >= 3 && sum(same, 1).compareTo(value(same.get(0))) == 0) {
            markAll(same, 1, scoped); // "19 orang: 8 di lokasi pertama, 11 di lokasi kedua"
            lastTotals.put(e.getKey(), same.get(0));
          } else {
            lastTotals.put(e.getKey(), same.get(same.size() - 1));
          }
        }
        lastSentence = sentence;
      }
      from = to;
    }
  }

  private static void markAll(List<Draft> parts, int from, Set<Draft> scoped) {
    for (int i = from; i < parts.size(); i++) {
      Draft d = parts.get(i);
      d.builder().scope(Scope.unnamedPart(Scope.Kind.STATUS, d.figureAt(),
          value(d).toPlainString()));
      scoped.add(d);
    }
  }

  private static BigDecimal sum(List<Draft> drafts, int from) {
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = from; i < drafts.size(); i++) {
      sum = sum.add(value(drafts.get(i)));
    }
    return sum;
  }

  private static BigDecimal value(Draft d) {
    return d.value().low().orElseThrow();
  }

  /** Whether the draft is a whole, exact, unflagged count: a total or a part of a sum. */
  private static boolean plainWhole(Draft d, Set<Draft> scoped) {
    Quantity q = d.value();
    if (q == null || q.kind() != QuantityKind.EXACT || q.isVague() || q.low().isEmpty()
        || d.scope() != null || scoped.contains(d) || d.predicate() == null
        || d.subject() == null) {
      return false;
    }
    // the builder holds the flags; the id is given later and replaces this one
    Claim probe = d.builder().id("-").build();
    if (probe.scope().isPresent()) {
      return false;
    }
    for (ClaimFlag f : probe.flags()) {
      if (NOT_PLAIN.contains(f)) {
        return false;
      }
    }
    return true;
  }

  /** What a total and its parts share: the predicate and who is counted. */
  private record Key(String predicate, Object subject) {
    Key(Draft d) {
      this(d.predicate(), Objects.requireNonNull(d.subject()).key());
    }
  }
}
