package io.github.claimcheck.reconcile;

import io.github.claimcheck.render.text.FindingTexts;
import io.github.claimcheck.model.Reason;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.Finding;
import io.github.claimcheck.model.Verdict;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@value RuleSet#GROWTH_OVER_TIME}: for a running count (see {@link CountKind}), a pair of
 * adjacent value clusters (from at least two articles) where the cited figures of one side all
 * refer to a time before those of the other (figures of unknown time left out: they may be
 * either) is explained when the count may change that way: it
 * grew; it fell and is a count that {@linkplain CountKind#VARIES varies} (the explanation says
 * what a fall means, from the data); or, for a count that only grows, the lower figure's article
 * says it was revised (see {@link
 * RuleContext#revisionCue}) and the higher figures are earlier, or the old figure that article
 * itself cites and that no other source reported later. When no time orders the sides, their
 * reports may ({@link Releases#inTurn}).
 */
final class GrowthOverTimeRule implements BuiltInRule {

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
    Reason.Topic topic = ctx.about(group);
    Clusters clusters = group.clusters(ctx);
    TimeTable times = clusters.times(ctx);
    for (Clusters.Split s : clusters.splits) {
      if (s.singleArticle()) {
        continue;
      }
      Reason reason = null;
      boolean rose = times.allBeforeDated(s.lowerAt, s.higherAt);
      boolean fell = !rose && times.allBeforeDated(s.higherAt, s.lowerAt);
      // no time orders them, but their reports may
      Releases.Order inTurn = rose || fell ? Releases.Order.UNKNOWN
          : Releases.inTurn(s.lower, s.higher, kind, ctx.rules());
      if (rose || inTurn == Releases.Order.HIGHER_LATER) {
        reason = new Reason.GrewOverTime(topic, ctx.cite(s.lower), ctx.cite(s.higher));
      } else if (inTurn == Releases.Order.LOWER_LATER || (fell && kind == CountKind.VARIES)) {
        reason = new Reason.ChangedOverTime(topic, ctx.cite(s.higher), ctx.cite(s.lower),
            Optional.ofNullable(ctx.fallMeaning(group)));
      } else if (kind == CountKind.GROWS && group.anyRevisionCue(ctx)) {
        Optional<String> cue = ctx.revisionCue(sameArticles(group, s.lower, ctx));
        if (cue.isPresent() && (fell || revisedLater(s, times))) {
          reason = new Reason.RevisedDown(topic, ctx.cite(s.higher), ctx.cite(s.lower), cue.get());
        }
      }
      if (reason != null) {
        out.add(Finding.of(name(), Verdict.EXPLAINED, group.predicate(), group.subject(),
            s.ids(List.of()), reason, FindingTexts.english(reason)));
      }
    }
    return out;
  }

  /**
   * Whether the higher figures are the old figure of a revision the lower figures' articles
   * report: each refers to a time before every lower figure; or the lower figures' articles cite
   * the old figure themselves ("down from the previous toll of 115") and no higher figure of
   * another article is certainly later than the lower ones.
   */
  private static boolean revisedLater(Clusters.Split s, TimeTable times) {
    BitSet lowerArticles = times.articlesOf(s.lowerAt);
    int[] others = new int[s.higherAt.length];
    int n = 0;
    for (int h : s.higherAt) {
      if (!lowerArticles.get(times.article(h))) {
        others[n++] = h;
      }
    }
    others = Arrays.copyOf(others, n);
    if (n == 0 || times.allBefore(others, s.lowerAt)) {
      return true;
    }
    if (n == s.higherAt.length) {
      return false;
    }
    // The other figure reported last is the one that could postdate the revision.
    int last = others[0];
    for (int h : others) {
      if (times.known(h) && (!times.known(last) || times.start(h) > times.start(last))) {
        last = h;
      }
    }
    return !times.allBefore(s.lowerAt, new int[] {last});
  }

  /** The claims of the group from the articles of {@code claims}, those claims first. */
  static List<Claim> sameArticles(ClaimGroup group, List<Claim> claims, RuleContext ctx) {
    Set<String> articles = new LinkedHashSet<>();
    Set<String> ids = new HashSet<>();
    for (Claim c : claims) {
      articles.add(c.articleId());
      ids.add(c.id());
    }
    // the others in group (id) order, found through the group's claims by article
    List<Claim> others = new ArrayList<>();
    for (String a : articles) {
      for (Claim c : group.byArticle(ctx).of(a)) {
        if (!ids.contains(c.id())) {
          others.add(c);
        }
      }
    }
    others.sort(ClaimGroup.BY_ID);
    List<Claim> out = new ArrayList<>(claims.size() + others.size());
    out.addAll(claims);
    out.addAll(others);
    return out;
  }
}
