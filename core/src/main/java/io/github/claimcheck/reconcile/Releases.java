package io.github.claimcheck.reconcile;

import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.ClaimFlag;
import io.github.claimcheck.model.Quantity;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which side of a split is the later update when their times do not say. A running toll's
 * releases of one day (62 dead and 584 injured at ten, 168 and 745 at one) often reach the news
 * without a time of day. Two things order them:
 * <ul>
 *   <li>what the reports state beside the figures ({@link Claim#companions()}): the release that
 *       counts more of what only grows is the later one. The companions decide only when every
 *       count that only grows and that both sides state beside their figures is larger on one
 *       side, in reports of other articles; a count equal on both sides means the same release,
 *       whose figures then disagree;
 *   <li>a report of the higher figures that cites the lower value as its earlier figure
 *       ("Sebelumnya, kementerian melaporkan 296 orang" beside "bertambah menjadi 632"), when
 *       another report gives that lower value: that report is of the earlier release.
 * </ul>
 * {@value RuleSet#VALUE_CONFLICT} and {@value RuleSet#GROWTH_OVER_TIME} both read {@link
 * #inTurn}, so a change one leaves out the other explains.
 */
final class Releases {

  /** What the companions say of a split. */
  enum Order {
    /** The higher figures are of the later release. */
    HIGHER_LATER,
    /** The lower figures are of the later release. */
    LOWER_LATER,
    /** Nothing, or the same release, or mixed signs. */
    UNKNOWN
  }

  private Releases() {}

  /**
   * The order of the releases of {@code lower} and {@code higher} when it makes their change one
   * the count kind allows: {@link Order#HIGHER_LATER} (a rise), {@link Order#LOWER_LATER} only
   * for a count that {@linkplain CountKind#VARIES varies}; else {@link Order#UNKNOWN}.
   */
  static Order inTurn(List<Claim> lower, List<Claim> higher, CountKind kind, RuleSet rules) {
    Order byCompanions = order(lower, higher, rules);
    if (byCompanions == Order.HIGHER_LATER
        || (byCompanions == Order.LOWER_LATER && kind == CountKind.VARIES)) {
      return byCompanions;
    }
    return citedAsEarlier(lower, higher) ? Order.HIGHER_LATER : Order.UNKNOWN;
  }

  /** Whether a report of the higher figures cites the lower value, given elsewhere, as earlier. */
  private static boolean citedAsEarlier(List<Claim> lower, List<Claim> higher) {
    Set<String> current = new HashSet<>();
    for (Claim c : higher) {
      if (!c.has(ClaimFlag.EARLIER)) {
        current.add(c.articleId());
      }
    }
    boolean cited = false;
    boolean elsewhere = false;
    for (Claim c : lower) {
      if (current.contains(c.articleId())) {
        cited |= c.has(ClaimFlag.EARLIER);
      } else {
        elsewhere = true;
      }
    }
    return cited && elsewhere;
  }

  /**
   * The order of the releases of {@code lower} and {@code higher}, claims of one group, read from
   * the companions whose predicates only grow ({@link CountKind#GROWS}). Linear in the claims.
   */
  private static Order order(List<Claim> lower, List<Claim> higher, RuleSet rules) {
    Map<String, Bounds> low = bounds(lower, rules);
    if (low.isEmpty()) {
      return Order.UNKNOWN;
    }
    Map<String, Bounds> high = bounds(higher, rules);
    boolean higherLater = false;
    boolean lowerLater = false;
    for (Map.Entry<String, Bounds> e : low.entrySet()) {
      Bounds h = high.get(e.getKey());
      Bounds l = e.getValue();
      if (h == null || !disjoint(l.articles, h.articles)) {
        continue;
      }
      if (h.min.compareTo(l.max) > 0) {
        higherLater = true;
      } else if (l.min.compareTo(h.max) > 0) {
        lowerLater = true;
      } else {
        return Order.UNKNOWN; // the same count beside both: one release, or no order
      }
    }
    if (higherLater == lowerLater) {
      return Order.UNKNOWN;
    }
    return higherLater ? Order.HIGHER_LATER : Order.LOWER_LATER;
  }

  /** The least and greatest companion of each growing predicate, and the articles stating it. */
  private static Map<String, Bounds> bounds(List<Claim> claims, RuleSet rules) {
    Map<String, Bounds> out = new HashMap<>();
    for (Claim c : claims) {
      for (Map.Entry<String, Quantity> e : c.companions().entrySet()) {
        Quantity q = e.getValue();
        if (rules.countKind(e.getKey(), c.subjectKey()).orElse(null) != CountKind.GROWS
            || q.low().isEmpty() || q.high().isEmpty()) {
          continue;
        }
        out.computeIfAbsent(e.getKey(), k -> new Bounds()).add(q, c.articleId());
      }
    }
    return out;
  }

  private static boolean disjoint(Set<String> a, Set<String> b) {
    for (String x : a) {
      if (b.contains(x)) {
        return false;
      }
    }
    return true;
  }

  /** The bounds of one predicate's companions on one side. */
  private static final class Bounds {
    BigDecimal min;
    BigDecimal max;
    final Set<String> articles = new HashSet<>();

    void add(Quantity q, String article) {
      BigDecimal lo = q.low().orElseThrow();
      BigDecimal hi = q.high().orElseThrow();
      min = min == null || lo.compareTo(min) < 0 ? lo : min;
      max = max == null || hi.compareTo(max) > 0 ? hi : max;
      articles.add(article);
    }
  }
}
