package io.github.claimcheck.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import io.github.claimcheck.ClaimChecker;
import io.github.claimcheck.reconcile.ComparisonKey;
import io.github.claimcheck.reconcile.Reconciler;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

/**
 * claimcheck on Apache Spark: extracts claims from a dataset of articles, partition by partition,
 * and reconciles them, comparison key by comparison key, with the results {@link
 * ClaimChecker#check} gives on one machine (the same claim ids, values, findings and cited
 * claims).
 *
 * <pre>{@code
 * SparkSession spark = SparkSession.builder().appName("claims").getOrCreate();
 * Dataset<Row> articles = spark.read().schema(ClaimcheckRows.ARTICLE_INPUT).json("articles.jsonl");
 * ClaimcheckSpark claimcheck = ClaimcheckSpark.builder()
 *     .setup(b -> b.language(MyWords.pack()).ruleSet(MyRules.rules()))
 *     .build();
 * Dataset<Row> claims = claimcheck.extract(articles);
 * Dataset<Row> findings = claimcheck.reconcile(claims);
 * findings.write().json("out/findings");
 * }</pre>
 *
 * <h2>How it runs</h2>
 *
 * <ul>
 *   <li><b>Extraction</b> runs per partition of the articles, with one {@link ClaimChecker} per
 *       executor JVM: built from the {@link CheckerSetup} the first time a task of this instance
 *       runs in that JVM, then shared by every task and partition (a checker is immutable and
 *       thread-safe). The articles are never shuffled.
 *   <li><b>Reconciliation</b> sends each claim to the group of its {@link ComparisonKey} (story,
 *       predicate, subject, dates or quantities: the key the single-JVM reconciler groups by,
 *       from core) and calls {@link Reconciler#runKey} on each group where it lands. Claims of
 *       different keys are never compared, except by checks within one article (combined
 *       counts), which {@link Reconciler#runArticle} runs on the claims of each article: in
 *       {@link #check} right after extraction, where they are at hand; in {@link #reconcile} on
 *       a second group per claim, its article's. So the findings are those of one call on all
 *       claims.
 *   <li><b>Skew</b>: one story with hundreds of thousands of claims is split into its keys, and
 *       each key is a group that Spark's sort-based shuffle hands over as a stream of claims:
 *       no group is ever one row or one array, and a task holds only the group it reconciles
 *       (reconciliation is O(n log n) in the group's size). The largest group must fit in one
 *       executor's memory: about 1 KB per claim.
 * </ul>
 *
 * <p>The rows are described in {@link ClaimcheckRows}. The date an undated article's year is
 * guessed against is fixed when the instance is built (by default the driver's date in UTC), so
 * every executor reads the same. Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ClaimcheckSpark {

  private final Configuration config;

  private ClaimcheckSpark(Configuration config) {
    this.config = config;
  }

  /** Returns an instance with the built-in language knowledge and rules, dated today (UTC). */
  public static ClaimcheckSpark standard() {
    return builder().build();
  }

  /** Returns a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the date the executors take as today. */
  public LocalDate today() {
    return config.today();
  }

  /** Returns the setup applied on each executor. */
  public CheckerSetup setup() {
    return config.setup();
  }

  /**
   * Returns the claims of the articles, one {@link ClaimcheckRows#CLAIM} row per claim, in the
   * order of the articles' partitions and, within an article, in text order. Lazy, as Spark
   * transformations are.
   *
   * <p>Problems met in the texts (and rows that are no article: no id, a bad date) are not
   * rows of this dataset: {@link #check(Dataset)} lists them.
   *
   * @param articles rows with the columns of {@link ClaimcheckRows#ARTICLE_INPUT} (by name;
   *     optional ones may be missing); ids must be unique
   */
  public Dataset<Row> extract(Dataset<Row> articles) {
    return claimsOf(analyse(articles, false));
  }

  /**
   * Returns the findings on the claims, one {@link ClaimcheckRows#FINDING} row per finding, with
   * the claims it cites, in no particular order ({@link SparkCheck#write} sorts them). As {@link
   * Reconciler#reconcile}, a rule that fails fails the job; {@link #check(Dataset)} lists such a
   * failure as a problem instead, as {@link ClaimChecker#check} does.
   *
   * @param claims rows with the columns of {@link ClaimcheckRows#CLAIM}, such as {@link
   *     #extract(Dataset)} gives or a dataset of them read back; claim ids must be unique
   */
  public Dataset<Row> reconcile(Dataset<Row> claims) {
    Dataset<Row> results = reconcileResults(claims, true, true);
    return results.where(col("finding").isNotNull()).select("finding.*");
  }

  /**
   * Checks the articles: their claims, the findings and every problem, as {@link
   * ClaimChecker#check} reports them. Extraction runs once: its results are persisted (memory,
   * then disk) until {@link SparkCheck#unpersist()}.
   *
   * @param articles rows with the columns of {@link ClaimcheckRows#ARTICLE_INPUT}; ids must be
   *     unique
   */
  public SparkCheck check(Dataset<Row> articles) {
    Dataset<Row> analysis = analyse(articles, true).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> claims = claimsOf(analysis);
    // The article part of reconciliation ran at extraction; the key part runs here.
    Dataset<Row> results = analysis.select(explode(col("results")).as("r")).select("r.*")
        .union(reconcileResults(claims, false, false))
        .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> articleRows = analysis.where(col("article").isNotNull()).select("article.*");
    Dataset<Row> problems = analysis.select(explode(col("problems")).as("p")).select("p.*")
        .union(results.where(col("problem").isNotNull()).select("problem.*"));
    Dataset<Row> findings = results.where(col("finding").isNotNull()).select("finding.*");
    return new SparkCheck(articleRows, claims, findings, problems, analysis, results);
  }

  private Dataset<Row> analyse(Dataset<Row> articles, boolean reconcileArticles) {
    Objects.requireNonNull(articles, "articles");
    return articles.mapPartitions(new Extraction(config, reconcileArticles),
        Encoders.row(Extraction.ANALYSIS));
  }

  private static Dataset<Row> claimsOf(Dataset<Row> analysis) {
    return analysis.select(explode(col("claims")).as("c")).select("c.*");
  }

  /**
   * Reconciles per comparison key and, when {@code articles} is true, per article (else the
   * article part ran at extraction).
   */
  private Dataset<Row> reconcileResults(Dataset<Row> claims, boolean failFast, boolean articles) {
    Objects.requireNonNull(claims, "claims");
    Column[] columns = Arrays.stream(ClaimcheckRows.CLAIM.fieldNames()).map(claims::col)
        .toArray(Column[]::new);
    return claims.select(columns)
        .flatMap(new Reconciling.Tag(articles), Encoders.row(Reconciling.TAGGED))
        .groupByKey(new Reconciling.GroupOf(), Encoders.STRING())
        .flatMapGroups(new Reconciling.Group(config, failFast), Encoders.row(Reconciling.RESULT));
  }

  @Override
  public String toString() {
    return "ClaimcheckSpark{setup " + config.setup() + ", today " + config.today() + "}";
  }

  /** Builds a {@link ClaimcheckSpark}. Not thread-safe; what it builds is. */
  public static final class Builder {
    private CheckerSetup setup = CheckerSetup.standard();
    private LocalDate today;

    private Builder() {}

    /**
     * Sets what each executor adds to the built-in language knowledge and rules; see {@link
     * CheckerSetup}.
     *
     * @throws NullPointerException if {@code setup} is null
     */
    public Builder setup(CheckerSetup setup) {
      this.setup = Objects.requireNonNull(setup, "setup");
      return this;
    }

    /**
     * Fixes the date taken as today (the upper bound when guessing the year of an undated
     * article); defaults to the driver's date in UTC when {@link #build()} is called.
     *
     * @throws NullPointerException if {@code today} is null
     */
    public Builder today(LocalDate today) {
      this.today = Objects.requireNonNull(today, "today");
      return this;
    }

    /** Returns the instance. */
    public ClaimcheckSpark build() {
      LocalDate date = today != null ? today : LocalDate.now(Clock.systemUTC());
      return new ClaimcheckSpark(
          new Configuration(UUID.randomUUID().toString(), setup, date));
    }
  }
}
