package io.github.claimcheck.extract;

import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.Quantity;
import io.github.claimcheck.model.Span;
import io.github.claimcheck.model.SubjectKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Gives each whole count the other whole counts its sentence states for the same subject ({@link
 * Claim#companions()}): "62 orang meninggal, 584 luka-luka dan 20 hilang" is one release, and its
 * dead, injured and missing are each other's companions. A predicate the sentence counts twice
 * with different values ("tadi empat, sekarang enam") gives no companion: which one belongs to the
 * release is not known.
 */
final class Companions {

  private Companions() {}

  /** The claims, in the same order, with their companions; the same list when none has any. */
  static List<Claim> attach(List<Claim> claims) {
    List<Claim> out = null;
    int from = 0;
    while (from < claims.size()) {
      // claims come in text order: those of one sentence are next to each other
      Span sentence = claims.get(from).sentenceSpan();
      int to = from + 1;
      while (to < claims.size() && claims.get(to).sentenceSpan().equals(sentence)) {
        to++;
      }
      Map<SubjectKey, Map<String, Quantity>> counts = wholeCounts(claims, from, to);
      for (int i = from; i < to && !counts.isEmpty(); i++) {
        Claim c = claims.get(i);
        Map<String, Quantity> of = counts.get(c.subjectKey());
        if (of == null || !whole(c)) {
          continue;
        }
        Map<String, Quantity> others = new TreeMap<>(of);
        others.remove(c.predicate());
        others.values().removeIf(Objects::isNull);
        if (!others.isEmpty()) {
          out = out == null ? new ArrayList<>(claims) : out;
          out.set(i, c.withCompanions(others));
        }
      }
      from = to;
    }
    return out == null ? claims : out;
  }

  /**
   * The whole counts of claims {@code [from, to)}, by subject and predicate; null for a predicate
   * counted with two values.
   */
  private static Map<SubjectKey, Map<String, Quantity>> wholeCounts(List<Claim> claims, int from,
      int to) {
    Map<SubjectKey, Map<String, Quantity>> counts = new HashMap<>();
    for (int i = from; i < to; i++) {
      Claim c = claims.get(i);
      if (whole(c)) {
        Quantity q = (Quantity) c.value();
        Map<String, Quantity> of = counts.computeIfAbsent(c.subjectKey(), k -> new HashMap<>());
        if (!of.containsKey(c.predicate())) {
          of.put(c.predicate(), q);
        } else if (!q.equals(of.get(c.predicate()))) {
          of.put(c.predicate(), null); // counted twice, with different values
        }
      }
    }
    counts.values().removeIf(m -> m.size() < 2);
    return counts;
  }

  /**
   * Whether the claim is a whole count of the moment that is not vague (a breakdown's items have
   * a scope, so they are none).
   */
  private static boolean whole(Claim c) {
    return c.value() instanceof Quantity q && !q.isVague() && c.scope().isEmpty()
        && Counts.ofTheMoment(c.flags());
  }
}
