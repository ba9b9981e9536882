package io.github.claimcheck.spark;

import static org.apache.spark.sql.functions.array_position;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import io.github.claimcheck.model.Verdict;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * The result of {@link ClaimcheckSpark#check}: the articles read, their claims, the findings
 * and the problems, as datasets of the rows {@link ClaimcheckRows} describes. Extraction and
 * reconciliation results are persisted; call {@link #unpersist()} when done.
 *
 * @since 0.1.0
 */
public final class SparkCheck {

  /** How the results are written. */
  public enum Format {
    /** JSON lines: one JSON object per row, null values written as {@code null}. */
    JSON,
    /** Parquet. */
    PARQUET
  }

  private final Dataset<Row> articles;
  private final Dataset<Row> claims;
  private final Dataset<Row> findings;
  private final Dataset<Row> problems;
  private final Dataset<?>[] persisted;

  SparkCheck(Dataset<Row> articles, Dataset<Row> claims, Dataset<Row> findings,
      Dataset<Row> problems, Dataset<?>... persisted) {
    this.articles = articles;
    this.claims = claims;
    this.findings = findings;
    this.problems = problems;
    this.persisted = persisted.clone();
  }

  /** Returns the same result with {@code more} problems first (those of reading the input). */
  SparkCheck withProblemsFirst(Dataset<Row> more) {
    return new SparkCheck(articles, claims, findings, more.union(problems), persisted);
  }

  /** Returns the articles read, one {@link ClaimcheckRows#ARTICLE} row each. */
  public Dataset<Row> articles() {
    return articles;
  }

  /** Returns the claims, one {@link ClaimcheckRows#CLAIM} row each. */
  public Dataset<Row> claims() {
    return claims;
  }

  /** Returns the findings, one {@link ClaimcheckRows#FINDING} row each, in no particular order. */
  public Dataset<Row> findings() {
    return findings;
  }

  /**
   * Returns the findings in the order of a report: conflicts, unresolved, explained, agreements;
   * within a verdict by predicate, subject, first cited claim, rule, cited claims and
   * explanation.
   */
  public Dataset<Row> sortedFindings() {
    Column[] verdicts = Arrays.stream(Verdict.values()).map(v -> lit(v.jsonName()))
        .toArray(Column[]::new);
    return findings.orderBy(array_position(functions.array(verdicts), col("verdict")),
        col("predicate"), col("subject"), col("claims").getItem(0), col("rule"), col("claims"),
        col("explanation"));
  }

  /** Returns the problems, one {@link ClaimcheckRows#PROBLEM} row each. */
  public Dataset<Row> problems() {
    return problems;
  }

  /**
   * Writes the results into four folders of {@code directory}: {@code articles}, {@code claims},
   * {@code findings} (sorted as {@link #sortedFindings()}) and {@code problems} (sorted by
   * source and message), each of Spark's part files. Fails if a folder exists.
   *
   * @throws NullPointerException if an argument is null
   */
  public void write(String directory, Format format) {
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(format, "format");
    String dir = directory.endsWith("/") ? directory : directory + "/";
    write(articles, dir + "articles", format);
    write(claims, dir + "claims", format);
    write(sortedFindings(), dir + "findings", format);
    write(problems.orderBy(col("source"), col("message")), dir + "problems", format);
  }

  private static void write(Dataset<Row> rows, String path, Format format) {
    if (format == Format.JSON) {
      rows.write().option("ignoreNullFields", "false").json(path);
    } else {
      rows.write().parquet(path);
    }
  }

  /** Releases what the check persisted. */
  public void unpersist() {
    for (Dataset<?> d : persisted) {
      d.unpersist();
    }
  }

  @Override
  public String toString() {
    return "SparkCheck{" + String.join(", ", Arrays.stream(persisted).map(d -> "" + d.storageLevel())
        .toArray(String[]::new)).toLowerCase(Locale.ROOT) + "}";
  }
}
