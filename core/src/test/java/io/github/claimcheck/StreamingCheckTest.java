package io.github.claimcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.claimcheck.input.ArticleReader;
import io.github.claimcheck.input.ArticleStream;
import io.github.claimcheck.input.Corpus;
import io.github.claimcheck.json.ReportJson;
import io.github.claimcheck.model.Article;
import io.github.claimcheck.model.ArticleInfo;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.Finding;
import io.github.claimcheck.model.Problem;
import io.github.claimcheck.model.Report;
import io.github.claimcheck.model.Verdict;
import io.github.claimcheck.render.ReportDigest;
import io.github.claimcheck.render.TextReport;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The streaming check ({@link ClaimChecker#check(ArticleStream, ReportListener)}) against the
 * in-memory one, on small inputs of our own with reading problems; the large comparison is in the
 * benchmarks module (10,000 generated articles).
 */
class StreamingCheckTest {

  @TempDir Path dir;

  private static String line(String id, String outlet, String text) {
    return "{\"id\": \"" + id + "\", \"source\": \"" + outlet + "\", \"published\": \"2025-03-04\","
        + " \"story\": \"longsor\", \"text\": \"" + text + "\"}";
  }

  /** A feed of four articles on one landslide, two of them disagreeing, and two bad lines. */
  private Path feed() throws IOException {
    return Files.writeString(dir.resolve("feed.jsonl"), String.join("\n",
        line("s1", "Kabar Satu", "Tanah longsor di Cianjur menewaskan 14 orang, ujar petugas."),
        "{broken",
        line("s2", "Warta Dua", "Longsor di Cianjur menelan korban jiwa 19 orang, kata BPBD."),
        line("s3", "Harian Tiga", "Sebanyak 14 orang tewas akibat longsor di Cianjur."),
        "{\"id\": \"s4\"}",
        line("s5", "Suara Lima", "Petugas mengevakuasi 230 warga setelah longsor di Cianjur.")));
  }

  private static ClaimChecker checker(int parallelism) {
    return ClaimChecker.builder().today(LocalDate.of(2025, 3, 10)).parallelism(parallelism).build();
  }

  @Test
  void theStreamedJsonIsTheInMemoryJsonWithTheSameProblems() throws IOException {
    Path file = feed();
    for (int threads : new int[] {1, 3}) {
      ClaimChecker checker = checker(threads);
      Report report = checker.check(ArticleReader.standard().read(file));
      StringWriter out = new StringWriter();
      try (ArticleStream in = ArticleReader.standard().stream(List.of(file))) {
        checker.check(in, ReportJson.writer(out));
      }
      assertThat(report.articles()).hasSize(4);
      assertThat(report.problems()).extracting(Problem::source)
          .contains(file + ":2", file + ":5");
      assertThat(report.findings(Verdict.CONFLICT)).isNotEmpty();
      assertThat(out.toString()).isEqualTo(ReportJson.toJson(report));
    }
  }

  @Test
  void theListenerHearsEachArticleInInputOrderAndEveryProblem() throws IOException {
    Path file = feed();
    List<String> order = new ArrayList<>();
    List<Problem> heard = new ArrayList<>();
    List<CheckResult> results = new ArrayList<>();
    List<Claim> readBack = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    try (ArticleStream in = ArticleReader.standard().stream(List.of(file))) {
      checker(2).check(in, new ReportListener() {
        @Override
        public void article(ArticleInfo info, List<Claim> claims, List<Problem> problems) {
          order.add(info.id() + ":" + claims.size());
        }

        @Override
        public void problem(Problem problem) {
          heard.add(problem);
        }

        @Override
        public void allArticlesRead() {
          order.add("read");
        }

        @Override
        public void finished(CheckResult result) {
          results.add(result);
          result.forEachClaim(readBack::add);
          findings.addAll(result.findings()); // read back during the call only
        }
      });
    }
    Report report = checker(1).check(ArticleReader.standard().read(file));
    assertThat(order).extracting(s -> s.substring(0, 2)).containsExactly("s1", "s2", "s3", "s5", "re");
    assertThat(results).singleElement().satisfies(r -> {
      assertThat(r.articleCount()).isEqualTo(4);
      assertThat(r.claimCount()).isEqualTo(report.claims().size());
      assertThat(r.problems()).isEqualTo(report.problems());
    });
    assertThat(heard).containsExactlyInAnyOrderElementsOf(report.problems());
    assertThat(readBack).isEqualTo(report.claims());
    assertThat(findings).isEqualTo(report.findings()).isNotEmpty();
  }

  @Test
  void articlesFromAnIterableAreCheckedLikeACorpus() {
    List<Article> articles = List.of(
        Article.builder("k1", "Gempa di Palu merusak 300 rumah, kata BNPB.").source("Satu")
            .published(LocalDate.of(2025, 3, 4)).story("palu").build(),
        Article.builder("k2", "Sebanyak 340 rumah rusak akibat gempa di Palu, kata BNPB.")
            .source("Dua").published(LocalDate.of(2025, 3, 4)).story("palu").build());
    StringWriter out = new StringWriter();
    checker(1).check(ArticleStream.of(articles), ReportJson.writer(out));
    assertThat(out.toString()).isEqualTo(ReportJson.toJson(checker(1).check(Corpus.of(articles))));
  }

  @Test
  void anUndatedArticleTakesTheYearNearestToTheDatesTheInputGives() {
    // 2 January was a Thursday in 2020 and in 2025: alone, the latest year up to today wins
    String text = "Banjir merendam ratusan rumah pada Kamis (2/1) malam. Sebanyak 12 orang "
        + "meninggal dunia, kata petugas.";
    Article first = Article.builder("u1", text).source("Satu").build();
    Article dated = Article.builder("u2", "Korban meninggal akibat banjir menjadi 16 orang.")
        .source("Dua").published(LocalDate.of(2020, 1, 3)).build();
    Article later = Article.builder("u3", text).source("Tiga").build();
    List<Article> articles = List.of(first, dated, later);
    ClaimChecker checker =
        ClaimChecker.builder().today(LocalDate.of(2026, 11, 30)).parallelism(1).build();
    assertThat(checker.check(Corpus.of(List.of(first))).articles())
        .extracting(a -> a.published().orElseThrow()).containsExactly(LocalDate.of(2025, 1, 2));
    for (int threads : new int[] {1, 3}) {
      ClaimChecker c = ClaimChecker.builder().today(LocalDate.of(2026, 11, 30))
          .parallelism(threads).build();
      Report report = c.check(Corpus.of(articles));
      assertThat(report.articles()).extracting(ArticleInfo::id).containsExactly("u1", "u2", "u3");
      assertThat(report.articles()).extracting(a -> a.published().orElseThrow())
          .containsExactly(LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 3),
              LocalDate.of(2020, 1, 2));
      StringWriter out = new StringWriter();
      c.check(ArticleStream.of(articles), ReportJson.writer(out));
      assertThat(out.toString()).as("streamed, %d threads", threads)
          .isEqualTo(ReportJson.toJson(report));
    }
  }

  @Test
  void aRepeatedIdIsRefusedWhenItIsRead() {
    List<Article> articles = List.of(
        Article.builder("same", "Banjir merendam 40 rumah.").build(),
        Article.builder("same", "Banjir merendam 50 rumah.").build());
    assertThatThrownBy(() -> checker(1).check(ArticleStream.of(articles), r -> {}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("same");
  }

  @Test
  void aDigestListsTheFirstArticlesAndSaysHowMuchItLeavesOut() throws IOException {
    Path file = feed();
    Report whole = checker(1).check(ArticleReader.standard().read(file));
    ReportDigest small = ReportDigest.keeping(1, 0, 1);
    try (ArticleStream in = ArticleReader.standard().stream(List.of(file))) {
      checker(1).check(in, small);
    }
    Report part = small.report();
    assertThat(part.articles()).extracting(ArticleInfo::id).containsExactly("s1");
    assertThat(part.findings()).isEmpty();
    assertThat(part.problems()).hasSize(1);
    Report.Omitted left = part.omitted();
    assertThat(left.articles()).isEqualTo(3);
    assertThat(left.claims()).isEqualTo(whole.claims().size() - part.claims().size());
    assertThat(left.findings()).isEqualTo(whole.findings().size());
    assertThat(left.conflicts()).isEqualTo(whole.findings(Verdict.CONFLICT).size());
    assertThat(left.problems()).isEqualTo(whole.problems().size() - 1);
    String text = TextReport.plain().render(part);
    assertThat(text).contains("Not listed here (a large input): 3 articles")
        .contains(TextReport.summary(whole));

    // Within the limits, the digest is the whole report less the article texts.
    ReportDigest all = ReportDigest.standard();
    try (ArticleStream in = ArticleReader.standard().stream(List.of(file))) {
      checker(1).check(in, all);
    }
    assertThat(all.report().omitted().any()).isFalse();
    assertThat(all.report().claims()).isEqualTo(whole.claims());
    assertThat(all.report().findings()).isEqualTo(whole.findings());
    assertThat(TextReport.plain().render(all.report()))
        .isEqualTo(TextReport.plain().render(whole));
  }
}
