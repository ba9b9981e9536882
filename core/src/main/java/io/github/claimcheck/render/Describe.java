package io.github.claimcheck.render;

import io.github.claimcheck.model.ArticleInfo;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.Report;
import java.util.HashMap;
import java.util.Map;

/** Short descriptions of report parts shared by the text and Markdown renderers. */
final class Describe {

  private final Map<String, ArticleInfo> articles = new HashMap<>();
  private final Map<String, Claim> claims = new HashMap<>();

  Describe(Report report) {
    for (ArticleInfo a : report.articles()) {
      articles.put(a.id(), a);
    }
    for (Claim c : report.claims()) {
      claims.put(c.id(), c);
    }
  }

  Claim claim(String id) {
    return claims.get(id);
  }

  /** "VOA Indonesia, 2024-06-12" or the article id when the outlet is unknown. */
  String source(Claim c) {
    ArticleInfo a = articles.get(c.articleId());
    String outlet = a == null ? c.articleId() : a.article().source().orElse(a.id());
    String time =
        c.when().map(Object::toString)
            .orElse(a == null ? "" : a.published().map(d -> "published " + d).orElse("undated"));
    return outlet + ", " + time;
  }

  static String value(Claim c) {
    return c.value().toString() + c.unit().map(u -> " " + u).orElse("");
  }

  /** The sentence with the evidence marked by the two markers. */
  static String evidence(Claim c, String open, String close) {
    String s = c.sentence();
    int from = c.span().start() - c.sentenceSpan().start();
    int to = c.span().end() - c.sentenceSpan().start();
    if (from < 0 || to > s.length() || from > to) {
      return s;
    }
    return s.substring(0, from) + open + s.substring(from, to) + close + s.substring(to);
  }
}
