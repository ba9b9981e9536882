package io.github.claimcheck.reconcile;

import io.github.claimcheck.model.Claim;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The claims of a group by article, each article's in the group's (id) order: what rules that
 * compare an article's figures with each other read. A large group of the call's claims is
 * bucketed by the article numbers of the call's {@link ClaimColumns} (a counting sort, no claim
 * read); a small one by article id in a map.
 */
final class ClaimsByArticle {

  /** Each article's claims, in order of first claim. */
  private final List<List<Claim>> lists;
  /** Article id to its claims; null when the columns find them. */
  private final Map<String, List<Claim>> byId;
  private final ClaimColumns columns;
  /** With the columns: per article number of the call, its index in {@link #lists}, or -1. */
  private final int[] listOf;

  private ClaimsByArticle(List<List<Claim>> lists, Map<String, List<Claim>> byId,
      ClaimColumns columns, int[] listOf) {
    this.lists = Collections.unmodifiableList(lists);
    this.byId = byId;
    this.columns = columns;
    this.listOf = listOf;
  }

  /**
   * Buckets {@code claims} (in id order); {@code at}: their positions among the call's claims,
   * whose {@code columns} number their articles, or null to bucket them by article id.
   */
  static ClaimsByArticle of(List<Claim> claims, ClaimColumns columns, int[] at) {
    if (at == null) {
      Map<String, List<Claim>> m = new HashMap<>();
      List<List<Claim>> lists = new ArrayList<>();
      for (Claim c : claims) {
        m.computeIfAbsent(c.articleId(), k -> {
          List<Claim> l = new ArrayList<>(2);
          lists.add(l);
          return l;
        }).add(c);
      }
      return new ClaimsByArticle(lists, m, null, null);
    }
    int n = claims.size();
    int[] listOf = new int[columns.articles()];
    Arrays.fill(listOf, -1);
    int[] count = new int[Math.min(n, columns.articles()) + 1];
    int lists = 0;
    for (int i = 0; i < n; i++) {
      int a = columns.article(at[i]);
      if (listOf[a] < 0) {
        listOf[a] = lists++;
      }
      count[listOf[a] + 1]++;
    }
    for (int k = 0; k < lists; k++) {
      count[k + 1] += count[k];
    }
    Claim[] sorted = new Claim[n];
    int[] fill = Arrays.copyOf(count, lists);
    for (int i = 0; i < n; i++) {
      sorted[fill[listOf[columns.article(at[i])]]++] = claims.get(i);
    }
    List<Claim> all = Arrays.asList(sorted);
    List<List<Claim>> out = new ArrayList<>(lists);
    for (int k = 0; k < lists; k++) {
      out.add(Collections.unmodifiableList(all.subList(count[k], count[k + 1])));
    }
    return new ClaimsByArticle(out, null, columns, listOf);
  }

  /** Each article's claims, in order of first claim; read-only. */
  List<List<Claim>> lists() {
    return lists;
  }

  /** The claims of article {@code articleId} (id order), empty when none is of it. */
  List<Claim> of(String articleId) {
    if (byId != null) {
      List<Claim> l = byId.get(articleId);
      return l == null ? List.of() : Collections.unmodifiableList(l);
    }
    int a = columns.articleNumber(articleId);
    return a < 0 || listOf[a] < 0 ? List.of() : lists.get(listOf[a]);
  }
}
