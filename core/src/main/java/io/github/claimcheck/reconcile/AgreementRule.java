package io.github.claimcheck.reconcile;

import io.github.claimcheck.render.text.FindingTexts;
import io.github.claimcheck.model.Reason;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.Finding;
import io.github.claimcheck.model.Verdict;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@value RuleSet#AGREEMENT}: one agreement per value cluster with claims from at least two
 * articles. When all of them rest on the same original source (see {@link Sources}), the
 * explanation says the corroboration is not independent.
 */
final class AgreementRule implements Rule {

  @Override
  public String name() {
    return RuleSet.AGREEMENT;
  }

  @Override
  public List<Finding> evaluate(ClaimGroup group, RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (Clusters.Cluster cluster : group.clusters(ctx).clusters) {
      if (!cluster.multiArticle()) {
        continue;
      }
      List<Claim> claims = cluster.claims();
      Set<String> articles = new HashSet<>(); // only counted
      claims.forEach(c -> articles.add(c.articleId()));
      Reason reason = new Reason.Agree(ctx.about(group), articles.size(), ctx.cite(claims),
          ctx.sources().commonSource(claims));
      List<String> ids = new ArrayList<>(claims.size());
      claims.forEach(c -> ids.add(c.id()));
      Collections.sort(ids);
      out.add(Finding.of(name(), Verdict.AGREEMENT, group.predicate(), group.subject(), ids,
          reason, FindingTexts.english(reason)));
    }
    return out;
  }
}
