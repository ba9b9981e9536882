package io.github.claimcheck.spark;

import io.github.claimcheck.model.ArticleInfo;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.Finding;
import io.github.claimcheck.model.Problem;
import io.github.claimcheck.reconcile.ComparisonKey;
import io.github.claimcheck.reconcile.Reconciler;
import io.github.claimcheck.reconcile.Reconciliation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Reconciliation split across the cluster. Each claim goes to two places: the group of its
 * {@link ComparisonKey} (where {@link Reconciler#runKey} compares it with every claim of the key)
 * and the group of its article (where {@link Reconciler#runArticle} runs the checks across keys
 * within one article). Together these calls find what one reconcile call on all claims finds.
 *
 * <p>Spark groups the tagged claims with a sort-based shuffle: each partition is sorted by group
 * (spilling to disk as needed) and handed over one group at a time, so a task holds only the
 * group it reconciles, and no group is ever one row (a story of a million claims is no 2 GB
 * record).
 */
final class Reconciling {

  /** A claim tagged with the group it is reconciled in. */
  static final StructType TAGGED = DataTypes.createStructType(List.of(
      DataTypes.createStructField("group", DataTypes.StringType, false),
      DataTypes.createStructField("claim", ClaimcheckRows.CLAIM, false)));

  /** What reconciling a group gives: a finding or a problem. */
  static final StructType RESULT = DataTypes.createStructType(List.of(
      DataTypes.createStructField("finding", ClaimcheckRows.FINDING, true),
      DataTypes.createStructField("problem", ClaimcheckRows.PROBLEM, true)));

  private Reconciling() {}

  /** The group key of a comparison key: 'K' and each part with its length, so it is injective. */
  static String keyGroup(ComparisonKey key) {
    return "K" + part(key.story()) + part(key.predicate()) + part(key.subject())
        + (key.isDates() ? 'D' : 'Q');
  }

  /** The group key of an article. */
  static String articleGroup(String articleId) {
    return "A" + articleId;
  }

  private static String part(String s) {
    return s.length() + ":" + s;
  }

  /**
   * Tags each claim row with its key's group and, unless the article part is done elsewhere (at
   * extraction, where each article's claims are at hand), its article's group.
   */
  static final class Tag implements FlatMapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final boolean articles;

    Tag(boolean articles) {
      this.articles = articles;
    }

    @Override
    public Iterator<Row> call(Row claim) {
      Claim c = ClaimcheckRows.claim(claim);
      ComparisonKey key = ComparisonKey.of(c, ClaimcheckRows.articleInfoOfClaim(claim));
      Row byKey = new GenericRowWithSchema(new Object[] {keyGroup(key), claim}, TAGGED);
      return (articles
          ? List.of(byKey, new GenericRowWithSchema(
              new Object[] {articleGroup(c.articleId()), claim}, TAGGED))
          : List.of(byKey)).iterator();
    }
  }


  /** The {@link #RESULT} rows of a reconciliation: each finding with its cited claims, then the problems. */
  static List<Row> results(Reconciliation r, List<Claim> claims, Map<String, ArticleInfo> articles) {
    List<Row> out = new ArrayList<>(r.findings().size() + r.problems().size());
    if (!r.findings().isEmpty()) {
      Map<String, Claim> byId = new HashMap<>();
      for (Claim c : claims) {
        byId.put(c.id(), c);
      }
      for (Finding f : r.findings()) {
        List<Row> cited = new ArrayList<>(f.claimIds().size());
        for (String id : f.claimIds()) {
          Claim c = byId.get(id);
          cited.add(ClaimcheckRows.claim(c, articles.get(c.articleId())));
        }
        out.add(new GenericRowWithSchema(
            new Object[] {ClaimcheckRows.finding(f, cited), null}, RESULT));
      }
    }
    for (Problem p : r.problems()) {
      out.add(new GenericRowWithSchema(new Object[] {null, ClaimcheckRows.problem(p)}, RESULT));
    }
    return out;
  }

  /** The group of a tagged claim. */
  static final class GroupOf implements MapFunction<Row, String> {
    private static final long serialVersionUID = 1L;

    @Override
    public String call(Row tagged) {
      return tagged.getString(0);
    }
  }

  /** Reconciles one group with this JVM's reconciler. */
  static final class Group implements FlatMapGroupsFunction<String, Row, Row> {
    private static final long serialVersionUID = 1L;
    private final Configuration config;
    private final boolean failFast;

    /**
     * @param failFast whether a failing rule fails the job (as {@link Reconciler#reconcile})
     *     rather than costing its findings on the group, with a problem (as {@link
     *     Reconciler#run})
     */
    Group(Configuration config, boolean failFast) {
      this.config = config;
      this.failFast = failFast;
    }

    @Override
    public Iterator<Row> call(String group, Iterator<Row> tagged) {
      Reconciler reconciler = config.reconciler(failFast);
      List<Claim> claims = new ArrayList<>();
      Map<String, ArticleInfo> articles = new HashMap<>();
      while (tagged.hasNext()) {
        Row claim = tagged.next().getStruct(1);
        Claim c = ClaimcheckRows.claim(claim);
        claims.add(c);
        if (!articles.containsKey(c.articleId())) {
          ArticleInfo info = ClaimcheckRows.articleInfoOfClaim(claim);
          if (info != null) {
            articles.put(c.articleId(), info);
          }
        }
      }
      Reconciliation r = group.startsWith("K")
          ? reconciler.runKey(claims, articles)
          : reconciler.runArticle(claims, articles);
      return results(r, claims, articles).iterator();
    }
  }
}
