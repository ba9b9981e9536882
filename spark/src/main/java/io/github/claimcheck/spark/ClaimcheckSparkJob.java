package io.github.claimcheck.spark;

import static org.apache.spark.sql.functions.col;

import io.github.claimcheck.model.Verdict;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The claimcheck job: reads JSONL articles, checks them on Spark and writes the articles, claims,
 * findings and problems as JSON lines (or Parquet).
 *
 * <pre>
 * spark-submit --class io.github.claimcheck.spark.ClaimcheckSparkJob claimcheck-spark.jar \
 *     --input articles.jsonl --output out/
 * java [Spark's --add-opens options] -jar claimcheck-spark.jar --input articles.jsonl --output out/
 * </pre>
 *
 * <p>Under {@code spark-submit} the master is the one it was given; from {@code java -jar} it is
 * {@code local[*]} (every core of this machine) unless {@code --master} says otherwise. In local
 * mode shuffles make two partitions per core unless {@code spark.sql.shuffle.partitions} is set.
 */
@Command(
    name = "claimcheck-spark",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Checks JSONL news articles on Apache Spark: extracts claims per partition, reconciles them"
          + " per comparison key, and writes articles/, claims/, findings/ and problems/ under"
          + " the output folder.",
      ""
    },
    footer = {
      "",
      "Exit status: 0 when the results were written; 1 when the job failed; 2 for a usage error"
          + " (an unknown option, an input that does not exist, an output folder that does).",
      "",
      "Examples:",
      "  spark-submit --class io.github.claimcheck.spark.ClaimcheckSparkJob claimcheck-spark.jar"
          + " --input hdfs:///news/2025/ --output hdfs:///checks/2025/",
      "  java <Spark's --add-opens options> -jar claimcheck-spark.jar --input a.jsonl --output out/"
    })
public final class ClaimcheckSparkJob implements Callable<Integer> {

  @Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--input", required = true, paramLabel = "PATH",
      description = "A JSONL file, a folder of them (its *.jsonl files) or a glob pattern;"
          + " repeatable. Any file system Spark reads (hdfs:, s3a:, file:).")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--output", required = true, paramLabel = "DIR",
      description = "The folder to write into; must not exist.")
  String output;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  SparkCheck.Format format = SparkCheck.Format.JSON;

  @Option(names = "--today", paramLabel = "YYYY-MM-DD",
      description = "The date taken as today when guessing the year of an undated article"
          + " (default: today, UTC).")
  LocalDate today;

  @Option(names = "--setup", paramLabel = "CLASS",
      description = "A CheckerSetup class (public, with a public constructor without arguments)"
          + " that adds language packs and rules; its jar goes with spark-submit --jars.")
  String setupClass;

  @Option(names = "--language-pack", paramLabel = "DIR",
      description = "A language pack folder laid out like the built-in lang/ folder, read here"
          + " and sent to every executor. Replaces a language pack that --setup sets.")
  Path languagePack;

  @Option(names = "--master", paramLabel = "URL",
      description = "The Spark master when spark-submit gives none (default: local[*]).")
  String master;

  private CheckerSetup pack;

  /** Runs the job; exits with its status. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the job and returns its exit status; for tests and embedding. */
  public static int run(String... args) {
    CommandLine cli = new CommandLine(new ClaimcheckSparkJob())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler((e, line, parsed) -> {
          if (e instanceof IllegalArgumentException) {
            line.getErr().println("claimcheck-spark: " + e.getMessage());
            return 2;
          }
          throw e;
        });
    return cli.execute(args);
  }

  @Override
  public Integer call() {
    // spark-submit passes the master as a system property. Under java -jar, Spark logs warnings
    // only, on standard error, instead of every step: set before any Spark class starts logging.
    boolean submitted = System.getProperty("spark.master") != null;
    if (!submitted && System.getProperty(LOG_CONFIG) == null) {
      System.setProperty(LOG_CONFIG, "classpath:io/github/claimcheck/spark/log4j2-local.properties");
    }
    // Read on the driver: a pack that does not read fails before the job starts.
    pack = languagePack == null ? null : Setups.PackFiles.read(languagePack);
    // A session that already runs (a test, a notebook) is used and left running.
    scala.Option<SparkSession> running = SparkSession.getDefaultSession();
    if (running.isDefined()) {
      return check(running.get());
    }
    SparkSession.Builder builder = SparkSession.builder().appName("claimcheck");
    String local = master != null ? master : submitted ? null : "local[*]";
    if (local != null) {
      builder.master(local);
    }
    if (local != null && local.startsWith("local") && System.getProperty(PARTITIONS) == null) {
      // One machine: a few partitions per core after each shuffle, not Spark's 200 (each a task
      // to schedule and a file to write; with them the job takes half again as much CPU time).
      builder.config(PARTITIONS, 2 * Runtime.getRuntime().availableProcessors());
    }
    SparkSession spark = builder.getOrCreate();
    try {
      return check(spark);
    } finally {
      spark.stop();
    }
  }

  private static final String LOG_CONFIG = "log4j2.configurationFile";
  private static final String PARTITIONS = "spark.sql.shuffle.partitions";

  private int check(SparkSession spark) {
    try {
      org.apache.hadoop.fs.Path out = new org.apache.hadoop.fs.Path(output);
      if (out.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(out)) {
        throw new IllegalArgumentException("output folder exists: " + output);
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    CheckerSetup setup = setupClass == null ? CheckerSetup.standard()
        : CheckerSetup.ofClass(setupClass);
    if (pack != null) {
      setup = setup.andThen(pack);
    }
    ClaimcheckSpark.Builder b = ClaimcheckSpark.builder().setup(setup);
    if (today != null) {
      b.today(today);
    }
    long start = System.nanoTime();
    JsonLinesInput.Input input = JsonLinesInput.read(spark, inputs);
    SparkCheck result = b.build().check(input.articles()).withProblemsFirst(input.problems());
    result.write(output, format);
    double seconds = (System.nanoTime() - start) / 1e9;
    PrintWriter out = spec.commandLine().getOut();
    out.println(summary(result, seconds));
    out.flush();
    result.unpersist();
    input.lines().unpersist();
    return 0;
  }

  /** "1,234 articles, 9,876 claims, 12 findings (3 conflict, ...), 2 problems in 8.1 s: out/". */
  private String summary(SparkCheck result, double seconds) {
    Map<String, Long> byVerdict = new TreeMap<>();
    for (Row r : result.findings().groupBy(col("verdict")).count().collectAsList()) {
      byVerdict.put(r.getString(0), r.getLong(1));
    }
    List<String> verdicts = new ArrayList<>();
    long findings = 0;
    for (Verdict v : Verdict.values()) {
      long n = byVerdict.getOrDefault(v.jsonName(), 0L);
      findings += n;
      if (n > 0) {
        verdicts.add(String.format(Locale.ROOT, "%,d %s", n, v.jsonName()));
      }
    }
    return String.format(Locale.ROOT,
        "%,d articles, %,d claims, %,d findings%s, %,d problems in %.1f s: %s",
        result.articles().count(), result.claims().count(), findings,
        verdicts.isEmpty() ? "" : " (" + String.join(", ", verdicts) + ")",
        result.problems().count(), seconds, output);
  }
}
