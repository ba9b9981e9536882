package io.github.claimcheck.robust;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimcheck.ClaimChecker;
import io.github.claimcheck.extract.ArticleAnalysis;
import io.github.claimcheck.input.ArticleReader;
import io.github.claimcheck.input.Corpus;
import io.github.claimcheck.json.ReportJson;
import io.github.claimcheck.model.Article;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A small corpus written for these tests (conflicts, agreements, growth, a weekday mismatch). */
final class Fixtures {

  static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

  /** The standard checker with today fixed. */
  static final ClaimChecker CHECKER = ClaimChecker.builder().today(TODAY).build();

  private Fixtures() {}

  static Corpus corpus() {
    try (InputStream in = Fixtures.class.getResourceAsStream("determinism.jsonl")) {
      String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      Corpus corpus = ArticleReader.standard().readJsonLines("determinism.jsonl", content);
      assertThat(corpus.problems()).isEmpty();
      return corpus;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads one article of {@code text} (id {@code a}) and checks the analysis's invariants. */
  static ArticleAnalysis analyse(String text) {
    Article article = Article.of("a", text);
    ArticleAnalysis analysis = CHECKER.analyse(article);
    Invariants.analysis(article, analysis);
    return analysis;
  }

  /** Variant {@code n} of the corpus: figures shifted and ids suffixed, so sets differ. */
  static List<Article> variant(int n) {
    List<Article> out = new ArrayList<>();
    for (Article a : corpus().articles()) {
      String text = a.text()
          .replace("120", String.valueOf(120 + n))
          .replace("131", String.valueOf(131 + 2 * n))
          .replace("600", String.valueOf(600 + 10 * n));
      out.add(Article.builder(a.id() + "-" + n, text)
          .source(a.source().orElse(null))
          .published(a.published().orElse(null))
          .language(a.language().orElse(null))
          .story(a.story().orElse(null))
          .build());
    }
    return out;
  }

  /** The JSON report of the corpus with a fresh checker and today fixed. */
  static String reportJson() {
    return ReportJson.toJson(ClaimChecker.builder().today(TODAY).build().check(corpus()));
  }

  /** Prints {@link #reportJson()}: run in a child JVM by {@code DeterminismTest}. */
  public static void main(String[] args) {
    System.out.print(reportJson());
    System.out.flush();
  }
}
