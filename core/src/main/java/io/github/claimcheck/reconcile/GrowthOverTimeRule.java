package io.github.claimcheck.reconcile;

import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.Finding;
import io.github.claimcheck.model.Verdict;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@value RuleSet#GROWTH_OVER_TIME}: for a running count (see {@link CountKind}), a pair of
 * adjacent value clusters (from at least two articles) where the cited figures of one side all
 * refer to a time before those of the other is explained when the count may change that way: it
 * grew; it fell and is a count that {@linkplain CountKind#VARIES varies} (the explanation says
 * what a fall means, from the data); or it fell and the later figure's article says it was
 * revised (see {@link RuleContext#revisionCue}).
 */
final class GrowthOverTimeRule implements Rule {

  @Override
  public String name() {
    return RuleSet.GROWTH_OVER_TIME;
  }

  @Override
  public List<Finding> evaluate(ClaimGroup group, RuleContext ctx) {
    CountKind kind = ctx.countKind(group).orElse(null);
    if (group.isDates() || kind == null || !kind.isRunning()) {
      return List.of();
    }
    List<Finding> out = new ArrayList<>();
    String topic = Texts.capitalize(ctx.topic(group));
    for (Clusters.Split s : group.clusters(ctx).splits) {
      if (s.singleArticle()) {
        continue;
      }
      String text = null;
      if (ctx.allBefore(s.lower, s.higher)) {
        text = topic + " grew over time, so the figures do not conflict: "
            + Texts.list(s.lower, ctx::describe) + " earlier, then "
            + Texts.list(s.higher, ctx::describe) + " later.";
      } else {
        String change = Texts.list(s.higher, ctx::describe) + " earlier, then "
            + Texts.list(s.lower, ctx::describe) + " later";
        boolean fell = ctx.allBefore(s.higher, s.lower);
        if (fell && kind == CountKind.VARIES) {
          String meaning = ctx.fallMeaning(group);
          text = topic + " changed over time, as such a count may, so the figures do not"
              + " conflict: " + change + (meaning == null ? "." : "; " + meaning + ".");
        } else if (fell || revisedLater(s, ctx)) {
          Optional<String> cue = ctx.revisionCue(sameArticles(group, s.lower));
          if (cue.isPresent()) {
            text = "The figure for " + ctx.topic(group) + " was revised down, as the"
                + " later report itself says (\"" + cue.get() + "\"): " + change + ".";
          }
        }
      }
      if (text != null) {
        out.add(Finding.of(name(), Verdict.EXPLAINED, group.predicate(), group.subject(),
            s.ids(List.of()), text));
      }
    }
    return out;
  }

  /**
   * Whether each higher figure is either from an article of a lower figure (the earlier figure it
   * cites, "the previous toll of 115") or refers to a time before every lower figure.
   */
  private static boolean revisedLater(Clusters.Split s, RuleContext ctx) {
    Set<String> lowerArticles = new HashSet<>();
    s.lower.forEach(c -> lowerArticles.add(c.articleId()));
    List<Claim> others = new ArrayList<>();
    for (Claim h : s.higher) {
      if (!lowerArticles.contains(h.articleId())) {
        others.add(h);
      }
    }
    return others.isEmpty() || ctx.allBefore(others, s.lower);
  }

  /** The claims of the group from the articles of {@code claims}, those claims first. */
  static List<Claim> sameArticles(ClaimGroup group, List<Claim> claims) {
    Set<String> articles = new HashSet<>();
    Set<String> ids = new HashSet<>();
    for (Claim c : claims) {
      articles.add(c.articleId());
      ids.add(c.id());
    }
    List<Claim> out = new ArrayList<>(claims);
    for (Claim c : group.claims()) {
      if (articles.contains(c.articleId()) && !ids.contains(c.id())) {
        out.add(c);
      }
    }
    return out;
  }
}
