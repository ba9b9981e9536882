package io.github.claimcheck.reconcile;

import io.github.claimcheck.render.text.FindingTexts;
import io.github.claimcheck.model.Reason;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.Finding;
import io.github.claimcheck.model.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@value RuleSet#AGREEMENT}: one agreement per value cluster with claims from at least two
 * articles. When all of them rest on the same original source (see {@link Sources}), the
 * explanation says the corroboration is not independent.
 */
final class AgreementRule implements BuiltInRule {

  @Override
  public String name() {
    return RuleSet.AGREEMENT;
  }

  @Override
  public List<Finding> evaluate(ClaimGroup group, RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    Clusters clusters = group.clusters(ctx);
    for (Clusters.Cluster cluster : clusters.clusters) {
      if (!cluster.multiArticle()) {
        continue;
      }
      List<Claim> claims = cluster.claims();
      int articles = clusters.times(ctx).articlesOf(cluster.at).cardinality();
      // In a large group, the claims' positions among the call's give their wordings at once.
      int[] callAt = clusters.callPositions(cluster.at);
      Optional<String> source = callAt == null ? ctx.sources().commonSource(claims)
          : ctx.sources().commonSource(callAt, ctx.columns().wordings());
      Reason reason = new Reason.Agree(ctx.about(group), articles, ctx.cite(claims), source);
      out.add(Finding.of(name(), Verdict.AGREEMENT, group.predicate(), group.subject(),
          clusters.ids(cluster.at.clone()), reason, FindingTexts.english(reason)));
    }
    return out;
  }
}
