package io.github.claimcheck.testkit;

import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.Finding;
import io.github.claimcheck.model.Quantity;
import io.github.claimcheck.model.Report;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;

/** The matching rules the assertions share, so that all of them read ids and values alike. */
final class Matching {

  private Matching() {}

  /** Claim id to article id, from the report when there is one. */
  static Map<String, String> articleOfClaim(Report report) {
    Map<String, String> m = new HashMap<>();
    if (report != null) {
      for (Claim c : report.claims()) {
        m.put(c.id(), c.articleId());
      }
    }
    return m;
  }

  /**
   * Whether {@code id} names a claim the finding cites: its claim id, or the id of its article
   * (from the report, or else the part of the claim id before {@code #}, as the extractor writes
   * ids).
   */
  static boolean cites(Finding f, String id, Map<String, String> articleOfClaim) {
    for (String claimId : f.claimIds()) {
      if (claimId.equals(id) || article(claimId, articleOfClaim).equals(id)) {
        return true;
      }
    }
    return false;
  }

  /** Whether every claim the finding cites is named by one of {@code ids}, and every id is used. */
  static boolean citesExactly(Finding f, List<String> ids, Map<String, String> articleOfClaim) {
    for (String claimId : f.claimIds()) {
      String article = article(claimId, articleOfClaim);
      if (!ids.contains(claimId) && !ids.contains(article)) {
        return false;
      }
    }
    return ids.stream().allMatch(id -> cites(f, id, articleOfClaim));
  }

  private static String article(String claimId, Map<String, String> articleOfClaim) {
    String a = articleOfClaim.get(claimId);
    if (a != null) {
      return a;
    }
    int hash = claimId.lastIndexOf('#');
    return hash > 0 ? claimId.substring(0, hash) : claimId;
  }

  /** Whether {@code text} contains {@code part}, ignoring case. */
  static boolean containsIgnoringCase(String text, String part) {
    return text.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
  }

  /** Whether the claim is a quantity with exactly these bounds (null: unbounded). */
  static boolean hasBounds(Claim c, Long low, Long high) {
    Optional<Quantity> q = c.quantity();
    return q.isPresent() && same(q.get().low(), low) && same(q.get().high(), high);
  }

  private static boolean same(Optional<BigDecimal> bound, Long expected) {
    if (expected == null) {
      return bound.isEmpty();
    }
    return bound.isPresent() && bound.get().compareTo(BigDecimal.valueOf(expected)) == 0;
  }

  /** Whether the attribution, or the source it cites, contains {@code who}, ignoring case. */
  static boolean attributedTo(Claim c, String who) {
    return c.attribution().map(a -> containsIgnoringCase(a, who)).orElse(false)
        || c.origin().map(o -> containsIgnoringCase(o, who)).orElse(false);
  }

  /** Carries the description ({@code as(...)}) of one assertion over to the next in a chain. */
  static <A extends AbstractAssert<?, ?>> A carry(AbstractAssert<?, ?> from, A to) {
    if (from.info.hasDescription()) {
      to.info.description(from.info.description());
    }
    if (from.info.overridingErrorMessage() != null) {
      to.info.overridingErrorMessage(from.info.overridingErrorMessage());
    }
    return to;
  }

  /** Quotes a string for messages. */
  static String q(String s) {
    return "\"" + s + "\"";
  }
}
