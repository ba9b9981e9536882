package io.github.claimcheck.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimcheck.ClaimChecker;
import io.github.claimcheck.input.ArticleReader;
import io.github.claimcheck.input.ArticleStream;
import io.github.claimcheck.input.Corpus;
import io.github.claimcheck.json.ReportJson;
import io.github.claimcheck.model.Report;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The streaming check writes, byte for byte, the JSON report the in-memory check writes: on
 * 10,000 generated articles read from a JSONL file on disk (about 90,000 claims, so the claims go
 * to a temporary file while reconciling).
 */
class StreamingCheckTest {

  private static final int COUNT = Integer.getInteger("streaming.articles", 10_000);

  @TempDir Path dir;

  /** The first line where the two differ, with its number, or empty when they are equal. */
  static String firstDifference(String a, String b) {
    String[] x = a.split("\n", -1);
    String[] y = b.split("\n", -1);
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      if (!x[i].equals(y[i])) {
        return "line " + (i + 1) + ": " + x[i] + " <> " + y[i];
      }
    }
    return x.length == y.length ? "" : "lengths " + x.length + " <> " + y.length;
  }

  @Test
  void theStreamedJsonReportIsTheInMemoryOneByteForByte() throws IOException {
    Path file = dir.resolve("generated.jsonl");
    CorpusGenerator.standard().writeJsonLines(file, 0, COUNT);
    ClaimChecker checker =
        ClaimChecker.builder().today(LocalDate.of(2026, 11, 21)).parallelism(2).build();

    Corpus corpus = ArticleReader.standard().read(file);
    Report report = checker.check(corpus);
    String inMemory = ReportJson.toJson(report);

    StringWriter out = new StringWriter();
    try (ArticleStream in = ArticleReader.standard().stream(List.of(file))) {
      checker.check(in, ReportJson.writer(out));
    }

    assertThat(report.articles()).hasSize(COUNT);
    assertThat(report.claims()).hasSizeGreaterThan(5 * COUNT);
    assertThat(report.findings()).isNotEmpty();
    String streamed = out.toString();
    assertThat(firstDifference(streamed, inMemory)).isEmpty();
    assertThat(streamed).isEqualTo(inMemory);
  }
}
