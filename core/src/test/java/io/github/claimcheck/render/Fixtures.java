package io.github.claimcheck.render;

import io.github.claimcheck.model.Article;
import io.github.claimcheck.model.ArticleInfo;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.DateValue;
import io.github.claimcheck.model.Finding;
import io.github.claimcheck.model.Language;
import io.github.claimcheck.model.Likely;
import io.github.claimcheck.model.Problem;
import io.github.claimcheck.model.Quantity;
import io.github.claimcheck.model.Report;
import io.github.claimcheck.model.SourceReliability;
import io.github.claimcheck.model.Span;
import io.github.claimcheck.model.Value;
import io.github.claimcheck.model.Verdict;
import java.time.LocalDate;
import java.util.List;

/**
 * A small hand-made report that exercises every renderer path: markup characters in outlets and
 * sentences, a one-sided bound, values that span orders of magnitude, a date conflict, an
 * explained difference and an agreement listed before the conflicts.
 */
final class Fixtures {

  private Fixtures() {}

  static final LocalDate OCT_2 = LocalDate.of(2025, 10, 2);

  static Report report() {
    List<ArticleInfo> articles = List.of(
        info("pipe-news", "Harian | Satu", OCT_2, Language.INDONESIAN),
        info("amp-news", "Warta <B> & Co", OCT_2, Language.INDONESIAN),
        info("no-outlet", null, LocalDate.of(2025, 10, 6), Language.INDONESIAN),
        info("wire", "Wire *Daily*", LocalDate.of(2024, 6, 20), Language.ENGLISH),
        info("pos", "Pos_Kota", LocalDate.of(2024, 6, 21), Language.INDONESIAN));
    List<Claim> claims = List.of(
        claim("pipe-news#1", "killed", "people", Quantity.exact(120), "people",
            "Banjir menewaskan 120 orang | kata *polisi* & tim.", "menewaskan 120 orang"),
        claim("amp-news#1", "killed", "people", Quantity.greaterThan(130), "people",
            "<script>alert(1)</script> Lebih dari 130 orang tewas.", "Lebih dari 130 orang tewas"),
        claim("no-outlet#1", "killed", "people", Quantity.exact(131), "people",
            "# Korban mencapai 131 orang.", "131 orang"),
        claim("pipe-news#2", "shipped", "ammunition", Quantity.atMost(9_000_000), "rounds",
            "Hingga 9 juta butir peluru dikirim.", "Hingga 9 juta butir peluru"),
        claim("amp-news#2", "shipped", "ammunition", Quantity.range(1_000, 50_000), "rounds",
            "Antara 1.000 dan 50.000 butir peluru dikirim.", "1.000 dan 50.000 butir peluru"),
        claim("wire#1", "signed", "treaty", DateValue.day(LocalDate.of(2024, 6, 19)), null,
            "The treaty was signed on June 19.", "signed on June 19"),
        claim("pos#1", "signed", "treaty", DateValue.day(LocalDate.of(2024, 6, 18)), null,
            "Perjanjian ditandatangani pada 18 Juni.", "ditandatangani pada 18 Juni"),
        claim("pipe-news#3", "displaced", "people", Quantity.exact(2300), "people",
            "1. Sebanyak 2.300 warga mengungsi.", "2.300 warga mengungsi"),
        claim("amp-news#3", "displaced", "people", Quantity.approximately(2300), "people",
            "Sekitar 2.300 warga mengungsi.", "Sekitar 2.300 warga"),
        claim("wire#2", "deployed", "soldiers", Quantity.range(10_000, 12_000).hedged(), "soldiers",
            "About 10,000 to 12,000 troops were sent.", "10,000 to 12,000 troops"),
        claim("pos#2", "deployed", "soldiers", Quantity.approximately(15_000), "soldiers",
            "Sekitar 15.000 tentara dikirim.", "Sekitar 15.000 tentara"));
    List<Finding> findings = List.of(
        Finding.of("agreement", Verdict.AGREEMENT, "displaced", "people",
            List.of("pipe-news#3", "amp-news#3"), "2 articles agree on people displaced."),
        Finding.of("value-conflict", Verdict.CONFLICT, "killed", "people",
            List.of("pipe-news#1", "amp-news#1", "no-outlet#1"),
            "Sources disagree: 120 vs more than 130 and 131."),
        Finding.of("value-conflict", Verdict.CONFLICT, "shipped", "ammunition",
            List.of("pipe-news#2", "amp-news#2"), "Up to 9,000,000 vs 1,000–50,000 | rounds."),
        Finding.of("date-conflict", Verdict.CONFLICT, "signed", "treaty",
            List.of("wire#1", "pos#1"), "Signed on 19 June or on 18 June?"),
        Finding.of("addition-explains", Verdict.EXPLAINED, "deployed", "soldiers",
            List.of("wire#2", "pos#2"), "The later total is explained by an addition."));
    return Report.of(articles, claims, findings,
        List.of(Problem.of("feed.jsonl:2", "not valid JSON: <broken>")));
  }

  static ArticleInfo info(String id, String source, LocalDate published, Language language) {
    Article.Builder b = Article.builder(id, "text of " + id).published(published);
    if (source != null) {
      b.source(source);
    }
    return ArticleInfo.of(b.build(), language, false, published, false, null);
  }

  static Claim claim(String id, String predicate, String subject, Value value, String unit,
      String sentence, String figure) {
    int at = sentence.indexOf(figure);
    if (at < 0) {
      throw new IllegalArgumentException(figure + " not in " + sentence);
    }
    Claim.Builder b = Claim.builder()
        .id(id)
        .articleId(id.substring(0, id.indexOf('#')))
        .predicate(predicate)
        .subject(subject)
        .value(value)
        .span(Span.of(100 + at, 100 + at + figure.length()))
        .sentence(Span.of(100, 100 + sentence.length()), sentence);
    if (unit != null) {
      b.unit(unit);
    }
    return b.build();
  }

  /**
   * {@link #report()} with the most likely value of each conflict (a figure, a range, a day) and a
   * table of sources; reasons and source names hold markup and control characters.
   */
  static Report withLikely() {
    Report r = report();
    List<Finding> findings = new java.util.ArrayList<>();
    for (Finding f : r.findings()) {
      Likely likely = switch (f.predicate()) {
        case "killed" -> new Likely(Quantity.exact(131), List.of("amp-news#1", "no-outlet#1"), 2,
            0.8, "131 has the most support: 2 <b>independent</b> sources (Warta <B> & Co,"
                + " no-outlet) vs 120: 1 (Harian | Satu \u001b[2J).");
        case "shipped" -> new Likely(Quantity.range(1_000, 50_000), List.of("amp-news#2"), 1, 0.5,
            "A tie: *both* have the same support, so neither is more likely.");
        case "signed" -> new Likely(DateValue.day(LocalDate.of(2024, 6, 19)), List.of("wire#1"),
            1, 0.622, "19 Jun 2024 has the most support.");
        default -> null;
      };
      findings.add(likely == null ? f : f.withLikely(likely));
    }
    List<SourceReliability> sources = List.of(
        new SourceReliability("Harian | Satu \u001b[2J", SourceReliability.Kind.OUTLET, 0.412, 3, 1,
            2),
        new SourceReliability("kata *polisi* <i>", SourceReliability.Kind.ORIGIN, 0.6, 1, 0, 1),
        new SourceReliability("Warta <B> & Co", SourceReliability.Kind.OUTLET, 0.875, 3, 3, 0));
    return Report.of(r.articles(), r.claims(), findings, r.problems(), sources);
  }

  /** One article with one claim of the event {@code flood:garut}, another of no event. */
  static Report withEvents() {
    Claim flood = claim("garut#1", "killed", "people", Quantity.exact(120), "people",
        "Banjir menewaskan 120 orang.", "120 orang").toBuilder().event("flood:garut").build();
    Claim none = claim("garut#2", "displaced", "people", Quantity.exact(40), "people",
        "Sebanyak 40 warga mengungsi.", "40 warga");
    return Report.of(List.of(info("garut", "Harian A", OCT_2, Language.INDONESIAN)),
        List.of(flood, none), List.of(), List.of());
  }
}
