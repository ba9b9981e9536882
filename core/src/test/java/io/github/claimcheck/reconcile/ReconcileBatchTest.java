package io.github.claimcheck.reconcile;

import static io.github.claimcheck.reconcile.TestClaims.article;
import static io.github.claimcheck.reconcile.TestClaims.claim;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.claimcheck.model.ArticleInfo;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.ClaimFlag;
import io.github.claimcheck.model.ClockTime;
import io.github.claimcheck.model.DateValue;
import io.github.claimcheck.model.Finding;
import io.github.claimcheck.model.Granularity;
import io.github.claimcheck.model.Quantity;
import io.github.claimcheck.model.Scope;
import io.github.claimcheck.model.Span;
import io.github.claimcheck.model.Verdict;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** A batch reconciles what {@link Reconciler#run} reconciles, from compact records. */
class ReconcileBatchTest {

  /** The claims of {@link ReconcilerTest#mixedBatch}, by article, in the order first met. */
  private static Map<String, List<Claim>> byArticle(List<Claim> claims) {
    Map<String, List<Claim>> out = new LinkedHashMap<>();
    for (Claim c : claims) {
      out.computeIfAbsent(c.articleId(), k -> new ArrayList<>()).add(c);
    }
    return out;
  }

  private static ReconcileBatch fill(RuleSet rules, int memoryLimit, List<Claim> claims,
      Map<String, ArticleInfo> articles) {
    return fill(rules, memoryLimit, FindingSpool.RUN_BYTES, claims, articles);
  }

  private static ReconcileBatch fill(RuleSet rules, int memoryLimit, int runBytes,
      List<Claim> claims, Map<String, ArticleInfo> articles) {
    ReconcileBatch batch = new ReconcileBatch(rules, memoryLimit, runBytes);
    byArticle(claims).forEach((id, cs) -> batch.add(articles.get(id), cs));
    return batch;
  }

  @ParameterizedTest
  @CsvSource({"64, 600", "64, 4194304", "33554432, 4194304"})
  void givesTheFindingsAndProblemsOfRunOnHeapAndOnDisk(int memoryLimit, int runBytes) {
    Map<String, ArticleInfo> articles = new HashMap<>();
    List<Claim> claims = ReconcilerTest.mixedBatch(articles);
    Reconciliation expected = Reconciler.standard().run(claims, articles);
    try (ReconcileBatch batch = fill(RuleSet.defaults(), memoryLimit, runBytes, claims,
        articles)) {
      Reconciliation actual = batch.reconcile();
      assertThat(batch.onDisk()).isEqualTo(memoryLimit == 64);
      assertThat(batch.findingsOnDisk()).isEqualTo(memoryLimit == 64);
      assertThat(batch.findingRuns() > 1).isEqualTo(runBytes == 600);
      assertThat(actual.findings()).isEqualTo(expected.findings());
      assertThat(actual.sources()).isEqualTo(expected.sources());
      assertThat(actual.findings()).anyMatch(f -> f.likely().isPresent());
      assertThat(actual.problems()).isEqualTo(expected.problems());
      assertThat(expected.findings()).extracting(Finding::verdict)
          .contains(Verdict.CONFLICT, Verdict.EXPLAINED, Verdict.AGREEMENT);
      // every claim reads back equal, by id and in the order added
      List<Claim> back = new ArrayList<>();
      batch.forEachClaim(back::add);
      assertThat(back).isEqualTo(new ArrayList<>(byArticle(claims).values()).stream()
          .flatMap(List::stream).toList());
      for (Claim c : claims) {
        assertThat(batch.claim(c.id())).contains(c);
      }
      assertThat(batch.claim("art0#999")).isEmpty();
      assertThat(batch.claim("nothing")).isEmpty();
    }
  }

  @Test
  void everyFieldOfAClaimReadsBackEqualEvenFromDisk() {
    ArticleInfo info = article("a#b", "Outlet", "2025-10-02", "story");
    String sentence = "Sebanyak 120 orang 🌊 tewas di Garut, kata polisi \ud800 (tanpa pasangan).";
    List<Claim> claims = List.of(
        claim("a#b#1", "a#b", "killed", "people", Quantity.of(
            io.github.claimcheck.model.QuantityKind.RANGE, new BigDecimal("1.5"),
            new BigDecimal("123456789012345678901234567890.25"), true, false, false, true))
            .unit("people").when(DateValue.of(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 30),
                Granularity.MONTH)).whenText("September lalu").attribution("polisi")
            .origin("BPBD").event("flood:garut").scope(Scope.place("garut", "Garut"))
            .clock(ClockTime.of(LocalTime.of(17, 5), ZoneOffset.ofHours(7)), "pukul 17.05 WIB")
            .sentence(Span.of(10, 80), sentence).span(Span.of(19, 40))
            .flag(ClaimFlag.BREAKDOWN).flag(ClaimFlag.EARLIER).build(),
        claim("other-id", "a#b", "killed", "people", Quantity.lessThan(new BigDecimal("-0.001")))
            .clock(ClockTime.of(LocalTime.of(8, 0)), "pagi").sentence(Span.of(10, 80), sentence)
            .companion("wounded", Quantity.exact(584)).companion("missing", Quantity.atLeast(20))
            .build(),
        claim("a#b#3", "a#b", "met", "met@a:1", DateValue.day(LocalDate.of(1900, 1, 1))).build());
    try (ReconcileBatch batch = new ReconcileBatch(RuleSet.defaults(), 16)) {
      batch.add(info, claims);
      batch.add(article("plain", "Other", null), List.of(
          claim("plain#1", "plain", "killed", "people", Quantity.atLeast(7)).build()));
      List<Claim> back = new ArrayList<>();
      batch.forEachClaim(back::add);
      assertThat(back.subList(0, 3)).isEqualTo(claims);
      assertThat(back.get(0).sentence()).isEqualTo(sentence);
      for (Claim c : claims) {
        assertThat(batch.claim(c.id())).contains(c);
      }
      assertThat(batch.onDisk()).isTrue();
      assertThat(batch.article("plain")).hasValueSatisfying(a -> {
        assertThat(a.article().source()).contains("Other");
        assertThat(a.article().text()).isEmpty();
      });
    }
  }

  @Test
  void refusesARepeatedArticleAClaimOfAnotherArticleAndARepeatedClaimId() {
    try (ReconcileBatch batch = Reconciler.standard().batch()) {
      ArticleInfo a = article("a", "A", "2025-01-01");
      batch.add(a, List.of(claim("a#1", "a", "killed", "people", Quantity.exact(1)).build()));
      assertThatThrownBy(() -> batch.add(a, List.of()))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"a\"");
      assertThatThrownBy(() -> batch.add(article("b", "B", null),
          List.of(claim("b#1", "a", "killed", "people", Quantity.exact(1)).build())))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("of article 'a'");
      assertThatThrownBy(() -> batch.add(article("c", "C", null),
          List.of(claim("c#1", "c", "killed", "people", Quantity.exact(1)).build(),
              claim("c#1", "c", "killed", "people", Quantity.exact(2)).build())))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("duplicate claim id");
      batch.reconcile();
      assertThatThrownBy(batch::reconcile).isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void failingRulesCostWhatTheyCostInRunAndUserClaimSetRulesSeeAllClaimsById() {
    Map<String, ArticleInfo> articles = new HashMap<>();
    List<Claim> claims = ReconcilerTest.mixedBatch(articles);
    Rule failing = new Rule() {
      @Override
      public String name() {
        return "fails-on-wounded";
      }

      @Override
      public List<Finding> evaluate(ClaimGroup group, RuleContext ctx) {
        if (group.predicate().equals("wounded")) {
          throw new IllegalStateException("no wounded today");
        }
        return List.of();
      }
    };
    List<List<String>> seen = new ArrayList<>();
    ClaimSetRule all = new ClaimSetRule() {
      @Override
      public String name() {
        return "first-and-last";
      }

      @Override
      public List<Finding> evaluateAll(List<Claim> cs, RuleContext ctx) {
        List<String> ids = new ArrayList<>();
        cs.forEach(c -> ids.add(c.id()));
        seen.add(ids);
        Claim first = cs.get(0);
        return List.of(Finding.of(name(), Verdict.AGREEMENT, first.predicate(), first.subject(),
            List.of(first.id(), cs.get(cs.size() - 1).id()), "first and last"));
      }
    };
    RuleSet rules = RuleSet.defaults().with(failing).with(all);
    Reconciliation expected = Reconciler.of(rules).run(claims, articles);
    try (ReconcileBatch batch = fill(rules, 128, claims, articles)) {
      Reconciliation actual = batch.reconcile();
      assertThat(actual.problems()).isEqualTo(expected.problems()).isNotEmpty();
      assertThat(actual.findings()).isEqualTo(expected.findings());
    }
    assertThat(seen).hasSize(2);
    assertThat(seen.get(1)).isEqualTo(seen.get(0)).isSorted().hasSize(claims.size());
  }

  @Test
  void claimsComeInIdOrderWhateverTheirIdsAndTheLikelyValuesAreThoseOfRun() {
    // Article ids that start others ("a", "a!", "a0"), one with '#', claims numbered past 9,
    // and ids that are not their article's id, '#' and a suffix.
    Map<String, ArticleInfo> articles = new LinkedHashMap<>();
    Map<String, List<String>> ids = new LinkedHashMap<>();
    ids.put("a0", List.of("a0#1", "a#15", "a0#2"));
    ids.put("a", List.of("a#1", "a#2", "a#10", "zz", "a#"));
    ids.put("b#x", List.of("b#x#1", "b#x#2"));
    ids.put("a!", List.of("a!#1", "a!#3", "a!#20"));
    List<Claim> claims = new ArrayList<>();
    int n = 0;
    for (Map.Entry<String, List<String>> e : ids.entrySet()) {
      articles.put(e.getKey(), article(e.getKey(), "Outlet " + e.getKey(), "2025-10-02", "s"));
      for (String id : e.getValue()) {
        claims.add(claim(id, e.getKey(), "killed", "people", Quantity.exact(100 + (n++ % 3) * 50))
            .attribution(n % 2 == 0 ? "polisi" : "BPBD").build());
      }
    }
    List<List<String>> seen = new ArrayList<>();
    ClaimSetRule all = new ClaimSetRule() {
      @Override
      public String name() {
        return "sees-all";
      }

      @Override
      public List<Finding> evaluateAll(List<Claim> cs, RuleContext ctx) {
        seen.add(cs.stream().map(Claim::id).toList());
        return List.of();
      }
    };
    RuleSet rules = RuleSet.defaults().with(all);
    Reconciliation expected = Reconciler.of(rules).run(claims, articles);
    try (ReconcileBatch batch = fill(rules, 64, claims, articles)) {
      Reconciliation actual = batch.reconcile();
      assertThat(actual.findings()).isEqualTo(expected.findings())
          .anyMatch(f -> f.likely().isPresent());
      assertThat(actual.sources()).isEqualTo(expected.sources());
    }
    assertThat(seen).hasSize(2);
    assertThat(seen.get(1)).isEqualTo(seen.get(0)).isSorted().hasSize(claims.size());
  }

  @Test
  void localSubjectsGroupAsTheirStringsDoWithoutAStringEach() {
    // Dates local to their article (what@article:offset), some given twice in one article, one
    // cited by another article, look-alikes that are not their own article's (a leading zero, an
    // article id that ends another), beside counted subjects.
    Map<String, ArticleInfo> articles = new LinkedHashMap<>();
    List<Claim> claims = new ArrayList<>();
    for (int a = 0; a < 40; a++) {
      String id = "g" + a;
      articles.put(id, article(id, "Outlet " + a % 6, "2025-10-0" + (1 + a % 5), "s" + a / 8));
      int k = 0;
      for (String what : List.of("began", "statement", "began")) {
        String subject = what + "@" + id + ":" + (what.equals("began") ? 100 : 7 * a);
        claims.add(claim(id + "#" + ++k, id, "dated", subject,
            TestClaims.day("2025-09-1" + (a + k) % 3)).build());
      }
      for (int cited : new int[] {a / 2, a + 1}) {
        claims.add(claim(id + "#" + ++k, id, "dated", "began@g" + cited + ":100",
            TestClaims.day("2025-09-12")).build());
      }
      claims.add(claim(id + "#" + ++k, id, "dated", "began@" + id + ":0100",
          TestClaims.day("2025-09-13")).build());
      claims.add(claim(id + "#" + ++k, id, "killed", a % 2 == 0 ? "people" : "id:residents",
          Quantity.exact(100 + a % 3 * 20)).attribution(a % 2 == 0 ? "polisi" : "BPBD").build());
    }
    Reconciliation expected = Reconciler.standard().run(claims, articles);
    try (ReconcileBatch batch = fill(RuleSet.defaults(), 64, claims, articles)) {
      // strings: people, id:residents, every ":0100" and each date of the next article, met
      // before that article's own claims (which then take the string's number)
      assertThat(batch.subjectStrings()).isEqualTo(2 + 40 + 40);
      Reconciliation actual = batch.reconcile();
      assertThat(actual.findings()).isEqualTo(expected.findings()).isNotEmpty();
      assertThat(actual.problems()).isEqualTo(expected.problems());
      assertThat(actual.sources()).isEqualTo(expected.sources());
    }
  }
}
