package io.github.claimcheck.spark;

import static io.github.claimcheck.spark.SparkTests.TODAY;
import static io.github.claimcheck.spark.SparkTests.assertSameAsReport;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimcheck.ClaimChecker;
import io.github.claimcheck.input.ArticleReader;
import io.github.claimcheck.input.Corpus;
import io.github.claimcheck.model.Article;
import io.github.claimcheck.model.Problem;
import io.github.claimcheck.model.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runnable job: JSONL in, JSON lines or Parquet out, read back as the report. */
class JobSparkIT {

  private static final ClaimChecker CHECKER = ClaimChecker.builder().today(TODAY).build();

  private static Dataset<Row> read(Path out, String folder, String format) {
    SparkSession spark = SparkTests.spark();
    String path = out.resolve(folder).toString();
    return format.equals("json")
        ? spark.read().schema(schemaOf(folder)).json(path)
        : spark.read().parquet(path);
  }

  private static org.apache.spark.sql.types.StructType schemaOf(String folder) {
    return switch (folder) {
      case "articles" -> ClaimcheckRows.ARTICLE;
      case "claims" -> ClaimcheckRows.CLAIM;
      case "findings" -> ClaimcheckRows.FINDING;
      default -> ClaimcheckRows.PROBLEM;
    };
  }

  private static void assertOutputIsTheReport(Path out, String format, Report report) {
    assertSameAsReport(read(out, "articles", format), read(out, "claims", format),
        read(out, "findings", format).collectAsList(), read(out, "problems", format), report);
  }

  @Test
  void theDemoCorpusWrittenAsJsonLinesReadsBackAsTheReport(@TempDir Path dir) {
    Report report = CHECKER.check(ArticleReader.standard().read(List.of(SparkTests.DEMO)));
    Path out = dir.resolve("out");
    int status = ClaimcheckSparkJob.run("--input", SparkTests.DEMO.toString(),
        "--output", out.toString(), "--today", TODAY.toString());
    assertThat(status).isZero();
    assertOutputIsTheReport(out, "json", report);
    // JSON lines: one object per line, absent values written as null.
    assertThat(out.resolve("claims")).isDirectoryContaining("glob:**.json");
  }

  @Test
  void parquetReadsBackAsTheReportToo(@TempDir Path dir) throws IOException {
    // A folder of JSONL files, one of them with a bad line and an id given twice.
    Path in = Files.createDirectory(dir.resolve("in"));
    List<String> demo = Files.readAllLines(SparkTests.DEMO, StandardCharsets.UTF_8);
    Files.write(in.resolve("a.jsonl"), demo.subList(0, 3), StandardCharsets.UTF_8);
    Files.write(in.resolve("b.jsonl"), List.of(demo.get(3), "{\"id\": \"x\"}", "",
        demo.get(0).replace("\"text\"", "\"txt\"").replace("}", ", \"text\": \"Dua orang.\"}")),
        StandardCharsets.UTF_8);
    Files.writeString(in.resolve("notes.txt"), "not read: only *.jsonl files of a folder");
    Corpus corpus = ArticleReader.standard().read(
        List.of(in.resolve("a.jsonl"), in.resolve("b.jsonl")));
    Report expected = CHECKER.check(corpus);
    assertThat(corpus.articles()).extracting(Article::id)
        .contains(corpus.articles().get(0).id() + "~2");

    Path out = dir.resolve("out");
    assertThat(ClaimcheckSparkJob.run("--input", in.toString(), "--output", out.toString(),
        "--today", TODAY.toString(), "--format", "parquet")).isZero();
    // The same problems as the tool's, naming the line by file and byte offset, not number.
    String id = corpus.articles().get(0).id();
    long line2 = demo.get(3).getBytes(StandardCharsets.UTF_8).length + 1;
    long line4 = line2 + "{\"id\": \"x\"}".length() + 2;
    List<Problem> reading = List.of(
        Problem.of("b.jsonl at byte " + line2, "missing required field \"text\""),
        Problem.of("b.jsonl at byte " + line4, "unknown field 'txt' (did you mean 'text'?)"),
        Problem.of("b.jsonl at byte " + line4, "duplicate article id \"" + id + "\" (first at"
            + " a.jsonl at byte 0); kept as \"" + id + "~2\", not merged"));
    assertThat(corpus.problems()).extracting(Problem::message).containsExactly(
        reading.get(0).message(), reading.get(1).message(),
        "duplicate article id \"" + id + "\"; kept as \"" + id + "~2\", not merged");
    List<Problem> problems = new java.util.ArrayList<>(reading);
    problems.addAll(expected.problems().subList(corpus.problems().size(),
        expected.problems().size()));
    assertOutputIsTheReport(out, "parquet", Report.of(expected.articles(), expected.claims(),
        SparkTests.withoutLikely(expected.findings()), problems));
  }

  @Test
  void usageErrorsExitWithTwo(@TempDir Path dir) throws IOException {
    assertThat(ClaimcheckSparkJob.run("--input", dir.resolve("missing.jsonl").toString(),
        "--output", dir.resolve("out").toString())).isEqualTo(2);
    Path taken = Files.createDirectory(dir.resolve("taken"));
    assertThat(ClaimcheckSparkJob.run("--input", SparkTests.DEMO.toString(),
        "--output", taken.toString())).isEqualTo(2);
    assertThat(ClaimcheckSparkJob.run("--input", SparkTests.DEMO.toString())).isEqualTo(2);
  }
}
