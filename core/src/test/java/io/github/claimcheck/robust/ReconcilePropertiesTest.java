package io.github.claimcheck.robust;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimcheck.ClaimChecker;
import io.github.claimcheck.json.ReportJson;
import io.github.claimcheck.model.Article;
import io.github.claimcheck.model.ArticleInfo;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.Finding;
import io.github.claimcheck.model.Language;
import io.github.claimcheck.model.Quantity;
import io.github.claimcheck.model.Report;
import io.github.claimcheck.model.Span;
import io.github.claimcheck.model.Verdict;
import io.github.claimcheck.reconcile.Reconciler;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * Reconciliation properties: a claim that agrees with a group never creates a conflict, and the
 * order of the articles never changes the findings. (jqwik, kept apart from JUnit.)
 */
class ReconcilePropertiesTest {

  private static final LocalDate DAY = LocalDate.of(2025, 10, 2);

  /** How a claim's value relates to the figure {@code v} it agrees with: all contain {@code v}. */
  private record Shape(int kind, long below, long above) {
    Quantity around(long v) {
      switch (kind) {
        case 0:
          return Quantity.exact(v);
        case 1:
          return Quantity.approximately(v);
        case 2:
          return Quantity.range(Math.max(0, v - below), v + above);
        case 3:
          return below == 0 ? Quantity.atLeast(Math.max(0, v - below))
              : Quantity.greaterThan(Math.max(0, v - below));
        default:
          return above == 0 ? Quantity.atMost(v + above) : Quantity.lessThan(v + above);
      }
    }
  }

  @Provide
  Arbitrary<List<Shape>> shapes() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 4),
            Arbitraries.longs().between(0, 50),
            Arbitraries.longs().between(0, 50))
        .as(Shape::new)
        .list()
        .ofMinSize(1)
        .ofMaxSize(6);
  }

  private static Claim killed(int article, Quantity q) {
    return Claim.builder()
        .id("a" + article + "#1")
        .articleId("a" + article)
        .predicate("killed")
        .subject("people")
        .unit("people")
        .event("Garut flood")
        .value(q)
        .span(Span.of(0, 1))
        .build();
  }

  private static Map<String, ArticleInfo> articles(int n) {
    Map<String, ArticleInfo> m = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      Article a = Article.builder("a" + i, "text").source("Outlet " + i).build();
      m.put(a.id(), ArticleInfo.of(a, Language.INDONESIAN, false, DAY, false, null));
    }
    return m;
  }

  private static List<Finding> conflicts(List<Claim> claims) {
    return Reconciler.standard().reconcile(claims, articles(claims.size())).stream()
        .filter(f -> f.verdict() == Verdict.CONFLICT)
        .toList();
  }

  @Property(tries = 500)
  void aClaimThatAgreesWithAGroupNeverCreatesAConflict(
      @ForAll @LongRange(min = 1, max = 1_000_000) long figure,
      @ForAll("shapes") List<Shape> group,
      @ForAll @IntRange(min = 0, max = 4) int newKind) {
    List<Claim> claims = new ArrayList<>();
    for (Shape s : group) {
      claims.add(killed(claims.size(), s.around(figure)));
    }
    Assume.that(conflicts(claims).isEmpty());
    claims.add(killed(claims.size(), new Shape(newKind, 3, 3).around(figure)));
    assertThat(conflicts(claims)).as("group %s + agreeing claim", group).isEmpty();
  }

  @Property(tries = 200)
  void aClaimOutsideTheGroupDoesCreateAConflict(
      @ForAll @LongRange(min = 1, max = 1_000_000) long figure, @ForAll("shapes") List<Shape> group) {
    // the control for the property above: the setup can show a conflict at all
    List<Claim> claims = new ArrayList<>();
    for (Shape s : group) {
      claims.add(killed(claims.size(), s.around(figure)));
    }
    Assume.that(conflicts(claims).isEmpty());
    Assume.that(claims.stream().noneMatch(c -> c.quantity().orElseThrow().high().isEmpty()));
    claims.add(killed(claims.size(), Quantity.exact(figure * 10 + 1_000)));
    assertThat(conflicts(claims)).isNotEmpty();
  }

  // ---- reordering articles

  private static final ClaimChecker CHECKER =
      ClaimChecker.builder().today(LocalDate.of(2026, 1, 1)).build();

  private static final String[] OUTLETS = {"Harian A", "Warta B", "Kabar C", "Pos D", "Suara E"};

  @Provide
  Arbitrary<List<Article>> corpora() {
    Arbitrary<String> text =
        Combinators.combine(
                Arbitraries.integers().between(1, 400),
                Arbitraries.integers().between(100, 5000),
                Arbitraries.integers().between(1, 28),
                Arbitraries.of(OUTLETS),
                Arbitraries.of(true, false))
            .as((killed, displaced, day, outlet, english) -> english
                ? "Floods in Garut killed " + killed + " people on Oct. " + day
                    + ", 2025, police said. About " + displaced + " residents were displaced."
                : "Banjir bandang di Garut pada " + day + " Oktober 2025 menewaskan " + killed
                    + " orang, kata polisi. Sekitar " + displaced + " warga mengungsi.");
    return text.list()
            .ofMinSize(2)
            .ofMaxSize(6)
            .map(texts -> {
              List<Article> out = new ArrayList<>();
              for (int i = 0; i < texts.size(); i++) {
                out.add(Article.builder("art" + i, texts.get(i))
                    .source(OUTLETS[i % OUTLETS.length])
                    .published(LocalDate.of(2025, 10, 2 + i % 3))
                    .build());
              }
              return out;
            });
  }

  /**
   * Findings are identical, in the same order, whatever the order of the articles; the claims
   * and the whole JSON report are the same once the article order is the same.
   */
  @Property(tries = 60)
  void reorderingArticlesNeverChangesTheFindings(
      @ForAll("corpora") List<Article> articles, @ForAll long seed) {
    List<Article> shuffled = new ArrayList<>(articles);
    Collections.shuffle(shuffled, new Random(seed));
    Report original = CHECKER.check(articles);
    Report reordered = CHECKER.check(shuffled);
    assertThat(reordered.findings()).isEqualTo(original.findings());
    for (Article a : articles) {
      assertThat(reordered.claimsOf(a.id())).isEqualTo(original.claimsOf(a.id()));
    }
    // ReportJson lists articles and claims in input order; its findings part is order-free
    assertThat(findingsPart(ReportJson.toJson(reordered)))
        .isEqualTo(findingsPart(ReportJson.toJson(original)));
    assertThat(ReportJson.toJson(CHECKER.check(articles))).isEqualTo(ReportJson.toJson(original));
  }

  private static String findingsPart(String json) {
    int at = json.indexOf("\"findings\"");
    int end = json.indexOf("\"problems\"");
    assertThat(at).isNotNegative();
    return end > at ? json.substring(at, end) : json.substring(at);
  }
}
