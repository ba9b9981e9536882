package io.github.claimcheck.spark;

import io.github.claimcheck.ClaimChecker;
import io.github.claimcheck.extract.ArticleAnalysis;
import io.github.claimcheck.model.Article;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.Problem;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
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

  /** How one article was read: its info (null when the row is no article), claims, problems. */
  static final StructType ANALYSIS = DataTypes.createStructType(List.of(
      DataTypes.createStructField("article", ClaimcheckRows.ARTICLE, true),
      DataTypes.createStructField("claims", DataTypes.createArrayType(ClaimcheckRows.CLAIM), true),
      DataTypes.createStructField("problems", DataTypes.createArrayType(ClaimcheckRows.PROBLEM),
          true)));

  private final Configuration config;

  Extraction(Configuration config) {
    this.config = config;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> articles) {
    ClaimChecker checker = config.checker();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return articles.hasNext();
      }

      @Override
      public Row next() {
        return analyse(checker, articles.next());
      }
    };
  }

  /** The analysis row of one input row; a row that is no article gives a problem only. */
  static Row analyse(ClaimChecker checker, Row row) {
    Article article;
    try {
      article = ClaimcheckRows.article(row);
    } catch (IllegalArgumentException e) {
      Object id = row.schema() != null && row.schema().getFieldIndex("id").isDefined()
          ? row.getAs("id") : null;
      Problem p = Problem.of(id == null ? "articles" : "article " + id,
          "not checked: " + e.getMessage());
      return new GenericRowWithSchema(new Object[] {null, ClaimcheckRows.seq(List.of()),
          ClaimcheckRows.seq(List.of(ClaimcheckRows.problem(p)))}, ANALYSIS);
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
    return new GenericRowWithSchema(new Object[] {
        ClaimcheckRows.article(a.info(), claims.size()), ClaimcheckRows.seq(claims), ClaimcheckRows.seq(problems)}, ANALYSIS);
  }
}
