package io.github.claimcheck.benchmarks;

import io.github.claimcheck.model.Article;
import io.github.claimcheck.model.ArticleInfo;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.ClaimFlag;
import io.github.claimcheck.model.DateValue;
import io.github.claimcheck.model.Language;
import io.github.claimcheck.model.Quantity;
import io.github.claimcheck.model.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.BiConsumer;

/**
 * Hand-built claims for the reconciliation benchmark, two per article, seeded. In one group, every
 * claim counts the dead of one flood, reported by thousands of outlets citing dozens of sources:
 * mostly the agreed figure, hedged or exact, sometimes a later or a wrong one. Spread out, the
 * same mix falls into groups of ten claims (five articles per story, predicates and subjects
 * varying by story).
 */
final class ClaimFactory {

  private static final String[] PREDICATES = {"killed", "wounded", "displaced", "deployed"};
  private static final String[] SUBJECTS = {"people", "soldiers", "north_korea:soldiers", "civilians"};
  private static final LocalDate DAY = LocalDate.of(2025, 5, 9);
  private static final String SENTENCE = "A sentence that carries the figure, as a report would quote it.";

  private final List<Claim> claims;
  private final Map<String, ArticleInfo> articles;

  ClaimFactory(int count, boolean oneGroup) {
    claims = new ArrayList<>(count);
    articles = new HashMap<>(count + 1);
    generate(count, oneGroup, 2, (info, its) -> {
      articles.put(info.id(), info);
      claims.addAll(its);
    });
  }

  /**
   * Makes {@code count} claims, {@code perArticle} to an article, and gives each article's info and
   * claims to {@code sink} as they are made (none is kept). Stories are of five articles; with more
   * than two claims to an article, its claims count different things (predicates) in turn.
   */
  static void generate(int count, boolean oneGroup, int perArticle,
      BiConsumer<ArticleInfo, List<Claim>> sink) {
    SplittableRandom r = new SplittableRandom(CorpusGenerator.DEFAULT_SEED + count);
    int articleCount = (count + perArticle - 1) / perArticle;
    int made = 0;
    for (int a = 0; a < articleCount; a++) {
      String id = "a" + a;
      int story = oneGroup ? 0 : a / 5;
      LocalDate published = DAY.plusDays(a % 4);
      Article article = Article.builder(id, "")
          .source("outlet-" + (a % 5000))
          .story("story-" + story)
          .published(published)
          .build();
      String subject = oneGroup ? "people" : SUBJECTS[(story / 4) % SUBJECTS.length];
      long agreed = oneGroup ? 1200 : 100 + story % 900;
      List<Claim> its = new ArrayList<>(perArticle);
      for (int k = 0; k < perArticle && made < count; k++, made++) {
        String predicate = oneGroup ? "killed"
            : PREDICATES[(story + (perArticle > 2 ? k : 0)) % PREDICATES.length];
        its.add(claim(r, id + "#" + (k + 1), id, predicate, subject, agreed, published, a, k));
      }
      sink.accept(ArticleInfo.of(article, Language.INDONESIAN, false, published, false, null), its);
    }
  }

  private static Claim claim(
      SplittableRandom r, String id, String articleId, String predicate, String subject,
      long agreed, LocalDate published, int a, int k) {
    int p = r.nextInt(100);
    long v = p < 80 ? agreed : p < 95 ? agreed + 1 + r.nextInt(50) : agreed / 2 + r.nextInt(10);
    Quantity q;
    switch (r.nextInt(4)) {
      case 0:
        q = Quantity.approximately(v);
        break;
      case 1:
        q = Quantity.atLeast(v);
        break;
      default:
        q = Quantity.exact(v);
    }
    Claim.Builder b = Claim.builder()
        .id(id)
        .articleId(articleId)
        .predicate(predicate)
        .subject(subject)
        .value(q)
        .unit("people")
        .when(DateValue.day(published.minusDays(k)))
        .attribution("source " + (a % 40))
        .event("flood:garut")
        .span(Span.of(10 + 80 * k, 30 + 80 * k))
        .sentence(Span.of(80 * k, 64 + 80 * k), SENTENCE);
    int f = r.nextInt(100);
    if (f < 5) {
      b.flag(ClaimFlag.AS_OF);
    } else if (f < 8) {
      b.flag(ClaimFlag.ADDITION);
    }
    return b.build();
  }

  List<Claim> claims() {
    return claims;
  }

  Map<String, ArticleInfo> articles() {
    return articles;
  }
}
