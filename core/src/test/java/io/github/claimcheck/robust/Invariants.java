package io.github.claimcheck.robust;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimcheck.extract.ArticleAnalysis;
import io.github.claimcheck.input.Corpus;
import io.github.claimcheck.model.Article;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.Finding;
import io.github.claimcheck.model.Problem;
import io.github.claimcheck.model.Report;
import io.github.claimcheck.model.Span;
import io.github.claimcheck.parse.DateExpression;
import io.github.claimcheck.parse.NumberExpression;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What every result must satisfy, whatever the input: shared by the fuzz and bad-input tests. */
final class Invariants {

  private Invariants() {}

  static void numbers(CharSequence text, List<NumberExpression> found) {
    int last = 0;
    for (NumberExpression e : found) {
      inside(text, e.span());
      assertThat(e.span().start()).as("in order, no overlap: %s", e).isGreaterThanOrEqualTo(last);
      assertThat(e.text()).isEqualTo(e.span().of(text));
      if (e.unitSpan() != null) {
        inside(text, e.unitSpan());
      }
      last = e.span().end();
    }
  }

  static void dates(CharSequence text, List<DateExpression> found) {
    int last = 0;
    for (DateExpression e : found) {
      inside(text, e.span());
      assertThat(e.span().start()).as("in order, no overlap: %s", e).isGreaterThanOrEqualTo(last);
      assertThat(e.text()).isEqualTo(e.span().of(text));
      last = e.span().end();
    }
  }

  static void analysis(Article article, ArticleAnalysis analysis) {
    assertThat(analysis.info().id()).isEqualTo(article.id());
    Set<String> ids = new HashSet<>();
    for (Claim c : analysis.claims()) {
      assertThat(c.articleId()).isEqualTo(article.id());
      assertThat(ids.add(c.id())).as("claim ids are unique: %s", c.id()).isTrue();
      inside(article.text(), c.span());
      inside(article.text(), c.sentenceSpan());
      assertThat(c.sentenceSpan().contains(c.span())).as("sentence holds claim %s", c).isTrue();
    }
  }

  /**
   * A report of a check of {@code articles}: every article listed in order, claims inside their
   * article's text, findings citing claims of the report, problems that say something.
   */
  static void report(List<Article> articles, Report report) {
    assertThat(report.articles()).extracting(a -> a.id())
        .containsExactlyElementsOf(articles.stream().map(Article::id).toList());
    Set<String> claimIds = new HashSet<>();
    for (Article a : articles) {
      for (Claim c : report.claimsOf(a.id())) {
        inside(a.text(), c.span());
        claimIds.add(c.id());
      }
    }
    assertThat(claimIds).hasSize(report.claims().size());
    for (Finding f : report.findings()) {
      assertThat(claimIds).as("claims cited by %s", f).containsAll(f.claimIds());
    }
    for (Problem p : report.problems()) {
      assertThat(p.message()).isNotBlank();
    }
  }

  static void corpus(String sourceName, Corpus corpus) {
    Set<String> ids = new HashSet<>();
    for (Article a : corpus.articles()) {
      assertThat(ids.add(a.id())).as("article ids are unique: %s", a.id()).isTrue();
    }
    for (Problem p : corpus.problems()) {
      assertThat(p.source()).startsWith(sourceName);
      assertThat(p.message()).isNotBlank();
    }
  }

  private static void inside(CharSequence text, Span span) {
    assertThat(span.start()).isBetween(0, text.length());
    assertThat(span.end()).isBetween(span.start(), text.length());
  }
}
