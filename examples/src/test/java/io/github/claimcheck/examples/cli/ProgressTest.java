package io.github.claimcheck.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimcheck.input.ArticleReader;
import io.github.claimcheck.input.ArticleStream;
import io.github.claimcheck.model.Article;
import io.github.claimcheck.model.ArticleInfo;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.Language;
import io.github.claimcheck.model.Quantity;
import io.github.claimcheck.model.Span;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The progress line's content, and that nothing is printed when it is not shown. */
class ProgressTest {

  @TempDir Path dir;

  private static ArticleInfo info(String id) {
    return ArticleInfo.of(Article.builder(id, "").build(), Language.INDONESIAN, false, null,
        false, null);
  }

  private static Claim claim(String id, String article) {
    return Claim.builder().id(id).articleId(article).predicate("killed").subject("people")
        .value(Quantity.exact(3)).span(Span.of(0, 1))
        .sentence(Span.of(0, 5), "Tiga.").build();
  }

  @Test
  void theLineCountsArticlesAndClaimsAndTellsHowMuchOfTheFilesIsRead() throws IOException {
    Path f = Files.writeString(dir.resolve("feed.jsonl"),
        "{\"id\": \"p1\", \"text\": \"Banjir merendam 40 rumah.\"}\n"
            + "{\"id\": \"p2\", \"text\": \"Banjir merendam 45 rumah.\"}\n");
    StringWriter err = new StringWriter();
    try (ArticleStream in = ArticleReader.standard().stream(List.of(f));
        Progress p = new Progress(new PrintWriter(err), in, false)) {
      in.next();
      p.article(info("p1"), List.of(claim("p1#1", "p1"), claim("p1#2", "p1")), List.of());
      String line = p.line();
      assertThat(line).startsWith("claimcheck: 1 articles, 2 claims, 0:0")
          .contains("articles/s").contains("% of 1 kB");
      p.allArticlesRead();
      assertThat(p.line()).startsWith("claimcheck: 1 articles, 2 claims").endsWith(", comparing claims");
      p.message("feed.jsonl:3: a \u001b[31mred\u001b[0m problem");
    }
    // not shown: no line, and messages still go out, made safe
    assertThat(err.toString()).doesNotContain("articles/s").doesNotContain("\u001b")
        .contains("feed.jsonl:3").contains("problem");
  }

  @Test
  void aQuietRunOfTheCommandPrintsNoProgress() throws IOException {
    Path f = Files.writeString(dir.resolve("one.txt"), "Gempa merusak 12 rumah warga.");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = ClaimcheckCommand.run(new String[] {"--quiet", "--today", "2026-01-01",
        f.toString()}, new PrintWriter(out), new PrintWriter(err));
    assertThat(status).isZero();
    assertThat(err.toString()).isEmpty();
    assertThat(out.toString()).contains("1 article");
  }
}
