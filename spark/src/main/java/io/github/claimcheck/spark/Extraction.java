package io.github.claimcheck.spark;

import io.github.claimcheck.ClaimChecker;
import io.github.claimcheck.extract.ArticleAnalysis;
import io.github.claimcheck.model.Article;
import io.github.claimcheck.model.ArticleInfo;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.Problem;
import io.github.claimcheck.reconcile.Reconciler;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Extracts the claims of one partition of articles with this JVM's checker: one {@link
 * #ANALYSIS} row per article (its info, claims and problems), lazily, article by article.
 */
final class Extraction implements MapPartitionsFunction<Row, Row> {

  private static final long serialVersionUID = 1L;

  /**
   * How one article was read: its info (null when the row is no article), claims, problems, and
   * what reconciliation finds within the article across comparison keys ({@link
   * Reconciler#runArticle}: done here, where the article's claims are at hand).
   */
  static final StructType ANALYSIS = DataTypes.createStructType(List.of(
      DataTypes.createStructField("article", ClaimcheckRows.ARTICLE, true),
      DataTypes.createStructField("claims", DataTypes.createArrayType(ClaimcheckRows.CLAIM), true),
      DataTypes.createStructField("problems", DataTypes.createArrayType(ClaimcheckRows.PROBLEM),
          true),
      DataTypes.createStructField("results", DataTypes.createArrayType(Reconciling.RESULT),
          true)));

  private final Configuration config;
  private final boolean reconcileArticles;

  /**
   * @param reconcileArticles whether to run the article part of reconciliation too (the check
   *     does; extraction alone does not)
   */
  Extraction(Configuration config, boolean reconcileArticles) {
    this.config = config;
    this.reconcileArticles = reconcileArticles;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> articles) {
    ClaimChecker checker = config.checker();
    Reconciler reconciler = reconcileArticles ? config.reconciler(false) : null;
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return articles.hasNext();
      }

      @Override
      public Row next() {
        return analyse(checker, reconciler, articles.next());
      }
    };
  }

  /**
   * The analysis row of one input row; a row that is no article gives a problem only. Without a
   * reconciler, no results.
   */
  static Row analyse(ClaimChecker checker, Reconciler reconciler, Row row) {
    Article article;
    try {
      article = ClaimcheckRows.article(row);
    } catch (IllegalArgumentException e) {
      Object id = row.schema() != null && row.schema().getFieldIndex("id").isDefined()
          ? row.getAs("id") : null;
      Problem p = Problem.of(id == null ? "articles" : "article " + id,
          "not checked: " + e.getMessage());
      return new GenericRowWithSchema(new Object[] {null, ClaimcheckRows.seq(List.of()),
          ClaimcheckRows.seq(List.of(ClaimcheckRows.problem(p))), ClaimcheckRows.seq(List.of())},
          ANALYSIS);
    }
    ArticleAnalysis a = checker.analyseOrReport(article);
    List<Row> claims = new ArrayList<>(a.claims().size());
    for (Claim c : a.claims()) {
      claims.add(ClaimcheckRows.claim(c, a.info()));
    }
    List<Row> problems = new ArrayList<>(a.problems().size());
    for (Problem p : a.problems()) {
      problems.add(ClaimcheckRows.problem(p));
    }
    List<Row> results = List.of();
    if (reconciler != null && !a.claims().isEmpty()) {
      Map<String, ArticleInfo> info = Map.of(article.id(), a.info());
      results = Reconciling.results(reconciler.runArticle(a.claims(), info), a.claims(), info);
    }
    return new GenericRowWithSchema(new Object[] {
        ClaimcheckRows.article(a.info(), claims.size()), ClaimcheckRows.seq(claims),
        ClaimcheckRows.seq(problems), ClaimcheckRows.seq(results)}, ANALYSIS);
  }
}
