package io.github.claimcheck.reconcile;

import io.github.claimcheck.model.ArticleInfo;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.Finding;
import java.util.List;
import java.util.Map;

/** TEMPORARY stub, replaced by the reconcile branch. */
public final class Reconciler {
  public static Reconciler standard() {
    return new Reconciler();
  }

  public List<Finding> reconcile(List<Claim> claims, Map<String, ArticleInfo> articles) {
    return List.of();
  }
}
