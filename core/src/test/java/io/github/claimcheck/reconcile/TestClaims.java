package io.github.claimcheck.reconcile;

import io.github.claimcheck.model.Article;
import io.github.claimcheck.model.ArticleInfo;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.DateValue;
import io.github.claimcheck.model.Finding;
import io.github.claimcheck.model.Granularity;
import io.github.claimcheck.model.Language;
import io.github.claimcheck.model.Span;
import io.github.claimcheck.model.Value;
import io.github.claimcheck.model.Verdict;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds claims and articles concisely for reconciliation tests. */
final class TestClaims {

  private TestClaims() {}

  /** A claim builder with id, article, predicate, subject and value set (span 0..1). */
  static Claim.Builder claim(String id, String article, String predicate, String subject, Value v) {
    return Claim.builder()
        .id(id)
        .articleId(article)
        .predicate(predicate)
        .subject(subject)
        .value(v)
        .span(Span.of(0, 1));
  }

  /** An article info with outlet and publication date (either may be null). */
  static ArticleInfo article(String id, String outlet, String published) {
    return article(id, outlet, published, null);
  }

  /** An article info with outlet, publication date and story (any may be null). */
  static ArticleInfo article(String id, String outlet, String published, String story) {
    Article a = Article.builder(id, "text").source(outlet).story(story).build();
    return ArticleInfo.of(a, Language.INDONESIAN, false,
        published == null ? null : LocalDate.parse(published), false, null);
  }

  /** An article info whose publication date was inferred on {@code basis}. */
  static ArticleInfo inferred(String id, String outlet, String published, ArticleInfo.DateBasis basis) {
    Article a = Article.builder(id, "text").source(outlet).build();
    return ArticleInfo.of(a, Language.INDONESIAN, false, LocalDate.parse(published), basis, "Rabu");
  }

  /** Articles keyed by id. */
  static Map<String, ArticleInfo> articles(ArticleInfo... infos) {
    Map<String, ArticleInfo> m = new LinkedHashMap<>();
    for (ArticleInfo i : infos) {
      m.put(i.id(), i);
    }
    return m;
  }

  static DateValue day(String iso) {
    return DateValue.day(LocalDate.parse(iso));
  }

  static DateValue period(String start, String end, Granularity g) {
    return DateValue.of(LocalDate.parse(start), LocalDate.parse(end), g);
  }

  static DateValue year(int y) {
    return period(y + "-01-01", y + "-12-31", Granularity.YEAR);
  }

  static List<Finding> withVerdict(List<Finding> findings, Verdict v) {
    return findings.stream().filter(f -> f.verdict() == v).collect(Collectors.toList());
  }

  static List<Finding> byRule(List<Finding> findings, String rule) {
    return findings.stream().filter(f -> f.rule().equals(rule)).collect(Collectors.toList());
  }
}
