package io.github.claimcheck.reconcile;

import io.github.claimcheck.model.ArticleInfo;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.Finding;
import io.github.claimcheck.model.Verdict;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reconciles claims across articles: groups comparable claims, runs the {@link Rule}s of a {@link
 * RuleSet} on each group (and the {@link ClaimSetRule}s on all claims) and returns their findings.
 *
 * <pre>{@code
 * List<Finding> findings = Reconciler.standard().reconcile(claims, articlesById);
 * }</pre>
 *
 * <h2>Which claims are compared</h2>
 *
 * A {@link ClaimGroup} holds claims with the same story (articles of different stories are never
 * compared; an article without a story belongs to the default story), predicate and subject key,
 * no two different named events, compatible units (the same unit family, or either missing), and
 * values of the same type (quantities or dates).
 *
 * <h2>Results</h2>
 *
 * Findings are ordered conflicts, then explained, then agreements; within a verdict by predicate,
 * subject, first cited claim id, then rule name, cited ids and explanation, so the output does not
 * depend on the order of the input. Within a group, a conflict or explained finding is dropped
 * when an explained finding of another rule cites all of its claims (see {@link Rule}); findings
 * equal in rule, verdict, predicate, subject and cited ids are reported once.
 *
 * <h2>Cost</h2>
 *
 * Grouping is one hash pass; each built-in rule sorts a group once and sweeps it, so a call costs
 * O(n log n) in the number of claims.
 *
 * <p>Instances are immutable and thread-safe when their rules are.
 *
 * @since 0.1.0
 */
public final class Reconciler {

  private static final Reconciler STANDARD = new Reconciler(RuleSet.defaults());

  private static final Comparator<Finding> ORDER = Reconciler::compare;

  private final RuleSet rules;

  private Reconciler(RuleSet rules) {
    this.rules = rules;
  }

  /**
   * Returns a reconciler applying {@code rules}.
   *
   * @throws NullPointerException if {@code rules} is null
   */
  public static Reconciler of(RuleSet rules) {
    return new Reconciler(Objects.requireNonNull(rules, "rules"));
  }

  /** Returns a reconciler applying {@link RuleSet#defaults()}. */
  public static Reconciler standard() {
    return STANDARD;
  }

  /** Returns the rule set applied. */
  public RuleSet rules() {
    return rules;
  }

  /**
   * Returns the findings for the claims.
   *
   * @param claims the claims, in any order; ids must be unique
   * @param articles article id to info (outlet, story, effective publication date); a claim whose
   *     article is missing has its article id as outlet, the default story and no publication date
   * @return the findings in deterministic order: conflicts, then explained, then agreements;
   *     within a verdict by predicate, subject, first claim id
   * @throws NullPointerException if an argument or a claim is null
   * @throws IllegalArgumentException if two claims share an id
   * @throws IllegalStateException if a rule throws, returns null, or cites a claim outside what it
   *     was given
   */
  public List<Finding> reconcile(List<Claim> claims, Map<String, ArticleInfo> articles) {
    Objects.requireNonNull(claims, "claims");
    Objects.requireNonNull(articles, "articles");
    List<Claim> sorted = new ArrayList<>(claims.size());
    Set<String> ids = new HashSet<>(claims.size() * 2);
    for (Claim c : claims) {
      Objects.requireNonNull(c, "claim");
      if (!ids.add(c.id())) {
        throw new IllegalArgumentException("duplicate claim id '" + c.id() + "'");
      }
      sorted.add(c);
    }
    sorted.sort(ClaimGroup.BY_ID);
    List<Claim> all = Collections.unmodifiableList(sorted);
    RuleContext ctx = new RuleContext(rules, Map.copyOf(articles), sorted.size());

    List<Finding> out = new ArrayList<>();
    List<Rule> groupRules = new ArrayList<>();
    for (Rule r : rules.rules()) {
      if (r instanceof ClaimSetRule s) {
        out.addAll(checked(s, null, () -> s.evaluateAll(all, ctx), ids));
      } else {
        groupRules.add(r);
      }
    }
    if (!groupRules.isEmpty()) {
      for (ClaimGroup group : Grouping.groups(all, ctx)) {
        Set<String> groupIds = null;
        List<Finding> found = new ArrayList<>();
        List<Integer> ruleIndex = new ArrayList<>();
        for (int i = 0; i < groupRules.size(); i++) {
          Rule r = groupRules.get(i);
          if (groupIds == null) {
            groupIds = new HashSet<>(group.size() * 2);
            for (Claim c : group.claims()) {
              groupIds.add(c.id());
            }
          }
          for (Finding f : checked(r, group, () -> r.evaluate(group, ctx), groupIds)) {
            found.add(f);
            ruleIndex.add(i);
          }
        }
        out.addAll(dropSuperseded(found, ruleIndex));
      }
    }
    out.sort(ORDER);
    return dedupe(out);
  }

  private interface Call {
    List<Finding> run();
  }

  private static List<Finding> checked(Rule rule, ClaimGroup group, Call call, Set<String> ids) {
    List<Finding> result;
    try {
      result = call.run();
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          "rule '" + rule.name() + "' failed" + (group == null ? "" : " on " + group), e);
    }
    if (result == null) {
      throw new IllegalStateException("rule '" + rule.name() + "' returned null");
    }
    for (Finding f : result) {
      if (f == null) {
        throw new IllegalStateException("rule '" + rule.name() + "' returned a null finding");
      }
      for (String id : f.claimIds()) {
        if (!ids.contains(id)) {
          throw new IllegalStateException("rule '" + rule.name() + "' cites claim '" + id
              + "', which is not in " + (group == null ? "the input" : group.toString()));
        }
      }
    }
    return result;
  }

  /**
   * Drops conflict and explained findings that an explained finding of another rule covers: it
   * cites more claims including all of theirs, or the same claims when the finding dropped is a
   * conflict or comes from a later rule.
   */
  private static List<Finding> dropSuperseded(List<Finding> found, List<Integer> ruleIndex) {
    Map<String, List<Integer>> explainedByClaim = new HashMap<>();
    List<Set<String>> idSets = new ArrayList<>(Collections.nCopies(found.size(), null));
    for (int i = 0; i < found.size(); i++) {
      Finding f = found.get(i);
      if (f.verdict() == Verdict.EXPLAINED) {
        idSets.set(i, new HashSet<>(f.claimIds()));
        for (String id : f.claimIds()) {
          explainedByClaim.computeIfAbsent(id, k -> new ArrayList<>(2)).add(i);
        }
      }
    }
    if (explainedByClaim.isEmpty()) {
      return found;
    }
    List<Finding> kept = new ArrayList<>(found.size());
    for (int i = 0; i < found.size(); i++) {
      Finding f = found.get(i);
      boolean drop = false;
      if (f.verdict() != Verdict.AGREEMENT) {
        Set<String> mine = new HashSet<>(f.claimIds());
        for (int j : explainedByClaim.getOrDefault(f.claimIds().get(0), List.of())) {
          Finding g = found.get(j);
          if (j == i || g.rule().equals(f.rule()) || !idSets.get(j).containsAll(mine)) {
            continue;
          }
          boolean bigger = idSets.get(j).size() > mine.size();
          if (bigger || f.verdict() == Verdict.CONFLICT || ruleIndex.get(j) < ruleIndex.get(i)) {
            drop = true;
            break;
          }
        }
      }
      if (!drop) {
        kept.add(f);
      }
    }
    return kept;
  }

  private static List<Finding> dedupe(List<Finding> sorted) {
    Set<List<Object>> seen = new HashSet<>();
    List<Finding> out = new ArrayList<>(sorted.size());
    for (Finding f : sorted) {
      if (seen.add(List.of(f.rule(), f.verdict(), f.predicate(), f.subject(), f.claimIds()))) {
        out.add(f);
      }
    }
    return Collections.unmodifiableList(out);
  }

  private static int compare(Finding a, Finding b) {
    int c = a.verdict().compareTo(b.verdict());
    if (c == 0) {
      c = a.predicate().compareTo(b.predicate());
    }
    if (c == 0) {
      c = a.subject().compareTo(b.subject());
    }
    if (c == 0) {
      c = a.claimIds().get(0).compareTo(b.claimIds().get(0));
    }
    if (c == 0) {
      c = a.rule().compareTo(b.rule());
    }
    if (c == 0) {
      c = compareIds(a, b);
    }
    return c != 0 ? c : a.explanation().compareTo(b.explanation());
  }

  private static int compareIds(Finding a, Finding b) {
    List<String> x = a.claimIds();
    List<String> y = b.claimIds();
    for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
      int c = x.get(i).compareTo(y.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.size(), y.size());
  }

  @Override
  public String toString() {
    return "Reconciler{" + rules + "}";
  }
}
