package io.github.claimcheck.extract;

import io.github.claimcheck.model.Quantity;
import io.github.claimcheck.model.QuantityKind;
import io.github.claimcheck.model.Scope;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Counts that add up to a total just stated are its parts, whatever names them: "korban meninggal
 * dunia sebanyak 19 jiwa. Korban dari longsor utama sebanyak 8 jiwa, sedangkan korban pada longsor
 * susulan sebanyak 11 jiwa". The words that name such parts (a slide, a church, the people of a
 * village) are too many for a lexicon; the sum is not. The parts are two or more exact counts of
 * the total's predicate and subject with no flag, after it in its sentence or the next three, and
 * their sum must equal the total exactly. A part no word names is compared with nothing and never
 * taken for the total ({@link Scope#unnamedPart}).
 */
final class SummedParts {

  private SummedParts() {}

  /** How many sentences after a total its parts may reach (its own and the next three). */
  private static final int SENTENCES = 3;

  /** How many counts after a total are added up at most: a long list is no breakdown of it. */
  private static final int COUNTS = 12;

  /** How many counts after a total are looked at, of any predicate: the work stays linear. */
  private static final int LOOK_AHEAD = 48;

  /**
   * Gives the drafts (in text order) that add up to a total its part, and adds them to {@code
   * scoped}. For each whole count, the counts of its predicate and subject that follow it, in its
   * sentence and the next three, are added up (parts already named count too) until the sum
   * reaches it, passes it or meets a restatement of it: when two or more reach it exactly, those
   * no word names become unnamed parts ("Sebanyak 17 korban jiwa kini berada di tempat yang
   * berbeda. Delapan korban di RSUD X dan dua di RSUPN Y. Tujuh korban ... di Koramil").
   * Linear in the drafts: each looks at most {@value #LOOK_AHEAD} ahead.
   */
  static void mark(List<Draft> all, Set<Draft> scoped) {
    List<Draft> drafts = new ArrayList<>(all.size());
    List<Boolean> named = new ArrayList<>(all.size());
    for (Draft d : all) {
      if (d.sentence() >= 0 && exactOfTheMoment(d)) { // date claims stand between counts
        drafts.add(d);
        named.add(d.scope() != null || scoped.contains(d));
      }
    }
    for (int i = 0; i < drafts.size(); i++) {
      Draft total = drafts.get(i);
      if (named.get(i)) {
        continue;
      }
      Key key = new Key(total);
      BigDecimal target = value(total);
      BigDecimal sum = BigDecimal.ZERO;
      List<Integer> parts = new ArrayList<>();
      for (int j = i + 1; j < Math.min(drafts.size(), i + 1 + LOOK_AHEAD) && parts.size() < COUNTS;
          j++) {
        Draft d = drafts.get(j);
        if (d.sentence() > total.sentence() + SENTENCES) {
          break;
        }
        if (!key.equals(new Key(d))) {
          continue;
        }
        if (value(d).compareTo(target) >= 0) {
          break; // a restatement of the total, or a later, larger one
        }
        parts.add(j);
        sum = sum.add(value(d));
        if (sum.compareTo(target) >= 0) {
          break;
        }
      }
      if (parts.size() >= 2 && sum.compareTo(target) == 0) {
        for (int j : parts) {
          if (!named.get(j)) {
            Draft d = drafts.get(j);
            d.builder().scope(Scope.unnamedPart(Scope.Kind.STATUS, d.figureAt(),
                value(d).toPlainString()));
            scoped.add(d);
            named.set(j, true);
          }
        }
      }
    }
  }

  private static BigDecimal value(Draft d) {
    return d.value().low().orElseThrow();
  }

  /**
   * Whether the draft is an exact count of the moment that may be a total or a part of a sum (a
   * part a word already names counts in the sum).
   */
  private static boolean exactOfTheMoment(Draft d) {
    Quantity q = d.value();
    return q != null && q.kind() == QuantityKind.EXACT && !q.isVague() && q.low().isPresent()
        && d.predicate() != null && d.subject() != null && d.ofTheMoment();
  }

  /** What a total and its parts share: the predicate and who is counted. */
  private record Key(String predicate, Object subject) {
    Key(Draft d) {
      this(d.predicate(), Objects.requireNonNull(d.subject()).key());
    }
  }
}
