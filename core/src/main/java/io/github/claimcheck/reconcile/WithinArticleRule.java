package io.github.claimcheck.reconcile;

import io.github.claimcheck.render.text.FindingTexts;
import io.github.claimcheck.model.Reason;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.ClaimFlag;
import io.github.claimcheck.model.DateValue;
import io.github.claimcheck.model.Finding;
import io.github.claimcheck.model.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@value RuleSet#WITHIN_ARTICLE}: one article states a figure or a date twice, for the same
 * effective time (and time of day, when given), with values that do not overlap. Claims of each
 * article are bucketed by effective time and clustered; one conflict per pair of adjacent
 * clusters, or an explained finding when the sentences of the figures say the figure was revised
 * (see {@link RuleContext#revisionCue}). An article that gives each side from its own named
 * sources (no source word shared) reports their disagreement and does not contradict itself: no
 * finding; nor does a side made only of vague amounts ("ribuan", "thousands"), which describe a
 * size, not a count.
 */
final class WithinArticleRule implements BuiltInRule {

  @Override
  public String name() {
    return RuleSet.WITHIN_ARTICLE;
  }

  @Override
  public List<Finding> evaluate(ClaimGroup group, RuleContext ctx) {
    // Only an article's claims of one moment can disagree, so only articles with two or more
    // claims in the group are bucketed; the buckets are visited in one order.
    Map<Moment, List<Claim>> sorted = new TreeMap<>(Moment.ORDER);
    for (List<Claim> ofArticle : group.byArticle(ctx).lists()) {
      if (ofArticle.size() < 2) {
        continue;
      }
      List<Claim> totals = new ArrayList<>(ofArticle.size());
      for (Claim c : ofArticle) {
        if (ClaimGroup.isTotal(c) && !changedInItsSentence(c, group, ctx)) {
          totals.add(c);
        }
      }
      if (totals.size() < 2
          || totals.size() == 2 && !sameMoment(totals.get(0), totals.get(1), ctx)) {
        continue; // most articles: no two figures of one moment, and no map needed to see it
      }
      Map<Moment, List<Claim>> buckets = new HashMap<>();
      for (Claim c : totals) {
        buckets.computeIfAbsent(moment(c, ctx), k -> new ArrayList<>(2)).add(c);
      }
      buckets.forEach((k, v) -> {
        if (v.size() >= 2 && !onlyUndatedEarlierFigures(v)) {
          sorted.put(k, v);
        }
      });
    }
    List<Finding> out = new ArrayList<>();
    Reason.Topic topic = ctx.about(group);
    for (List<Claim> bucket : sorted.values()) {
      Claim first = bucket.get(0);
      Optional<DateValue> time = ctx.effectiveTime(first);
      String outlet = ctx.outlet(first.articleId());
      // an article's claims of one moment, in id order as the group holds them
      for (Clusters.Split s : Clusters.of(bucket, true, ctx).splits) {
        if (differentSources(s, ctx) || (!group.isDates()
            && (ValueConflictRule.allVague(s.lower) || ValueConflictRule.allVague(s.higher)))) {
          // a vague amount ("thousands injured" over "at least 37,000 injured") describes a size,
          // not a count: as between sources, it contradicts nothing on its own
          continue;
        }
        List<Claim> cited = new ArrayList<>(s.lower);
        cited.addAll(s.higher);
        Optional<String> cue = group.isDates() ? Optional.empty() : ctx.revisionCue(cited);
        Reason reason = new Reason.WithinArticle(outlet, topic, ctx.cite(s.lower),
            ctx.cite(s.higher), time, first.when().isPresent(), cue);
        out.add(Finding.of(name(), cue.isPresent() ? Verdict.EXPLAINED : Verdict.CONFLICT,
            group.predicate(), group.subject(), s.ids(List.of()), reason,
            FindingTexts.english(reason)));
      }
    }
    return out;
  }

  /**
   * One moment of one article: the article, the days of the time its figures refer to (MIN_VALUE
   * when unknown) and the time of day as written. An article's figures of one moment should agree.
   */
  private record Moment(String article, long start, long end, String clock) {
    static final Comparator<Moment> ORDER = Comparator.comparing(Moment::article)
        .thenComparingLong(Moment::start).thenComparingLong(Moment::end)
        .thenComparing(Moment::clock, Comparator.nullsFirst(Comparator.naturalOrder()));
  }

  /** Whether two claims of one article are of one {@link Moment}: their days first. */
  private static boolean sameMoment(Claim a, Claim b, RuleContext ctx) {
    DateValue x = ctx.effectiveTimeOrNull(a);
    DateValue y = ctx.effectiveTimeOrNull(b);
    if (x != null && y != null && (!x.start().equals(y.start()) || !x.end().equals(y.end()))) {
      return false;
    }
    return moment(a, ctx).equals(moment(b, ctx));
  }

  private static Moment moment(Claim c, RuleContext ctx) {
    DateValue time = ctx.effectiveTimeOrNull(c);
    return new Moment(c.articleId(),
        time == null ? Long.MIN_VALUE : time.start().toEpochDay(),
        time == null ? Long.MIN_VALUE : time.end().toEpochDay(),
        c.clock().map(Object::toString).orElse(null));
  }

  /**
   * Whether every claim of the bucket cites an earlier figure and names no day of its own
   * ("Earlier reports said 400 ... Earlier authorities had put the toll at 384"): each is of some
   * time before the report, not of one moment, so they need not agree.
   */
  private static boolean onlyUndatedEarlierFigures(List<Claim> bucket) {
    for (Claim c : bucket) {
      if (!c.has(ClaimFlag.EARLIER) || c.when().isPresent()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the claim is the value before a change its own sentence reports ("rose from 148 to
   * 154"): the article says the figure changed, so the old value contradicts nothing. Only the
   * claims of its own article are looked at.
   */
  private static boolean changedInItsSentence(Claim c, ClaimGroup group, RuleContext ctx) {
    if (!c.has(ClaimFlag.EARLIER)) {
      return false;
    }
    for (Claim o : group.byArticle(ctx).of(c.articleId())) {
      if (o != c && ClaimGroup.isTotal(o) && !o.has(ClaimFlag.EARLIER)
          && o.sentenceSpan().equals(c.sentenceSpan())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the article gives each side from its own named sources ("police say 40,000, the
   * organisers 8 million"): it reports a disagreement between them, it does not contradict itself.
   */
  private static boolean differentSources(Clusters.Split s, RuleContext ctx) {
    Set<String> lower = sourceWords(s.lower, ctx);
    Set<String> higher = sourceWords(s.higher, ctx);
    if (lower == null || higher == null) {
      return false;
    }
    for (String w : lower) {
      if (higher.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /** The words naming the sources of the claims; null when one of them names none. */
  private static Set<String> sourceWords(List<Claim> claims, RuleContext ctx) {
    Set<String> words = new HashSet<>();
    for (Claim c : claims) {
      Set<String> named = ctx.sources().cachedTokens(c.attribution().orElse(null));
      Set<String> cited = ctx.sources().cachedTokens(c.origin().orElse(null));
      if (named.isEmpty() && cited.isEmpty()) {
        return null;
      }
      words.addAll(named);
      words.addAll(cited);
    }
    return words;
  }

}
