package io.github.claimcheck.reconcile;

import static io.github.claimcheck.reconcile.TestClaims.article;
import static io.github.claimcheck.reconcile.TestClaims.articles;
import static io.github.claimcheck.reconcile.TestClaims.claim;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.claimcheck.model.ArticleInfo;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.ClaimFlag;
import io.github.claimcheck.model.Finding;
import io.github.claimcheck.model.Problem;
import io.github.claimcheck.model.Quantity;
import io.github.claimcheck.model.Scope;
import io.github.claimcheck.model.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Reconciliation split by comparison key and by article ({@link Reconciler#runKey}, {@link
 * Reconciler#runArticle}) finds what one call on all claims finds.
 */
class SplitReconcileTest {

  private static final Map<String, ArticleInfo> ARTICLES = articles(
      article("a", "Harian A", "2025-10-02", "quake"),
      article("b", "Warta B", "2025-10-02", "quake"),
      article("c", "Kabar C", "2025-10-05", "quake"),
      article("d", "Suara D", "2025-10-02", null),
      article("e", "Suara E", "2025-10-03", null));

  private static final Scope NORTH = Scope.place("utara", "Kabupaten Utara");

  /** Claims that give every built-in rule something to say, across several keys and stories. */
  private static List<Claim> claims() {
    return List.of(
        claim("a#1", "a", "killed", "people", Quantity.exact(50)).event("earthquake").build(),
        claim("a#2", "a", "other", "people:killed_or_missing", Quantity.exact(41))
            .event("earthquake").build(),
        claim("a#3", "a", "killed", "people", Quantity.exact(70)).scope(NORTH)
            .event("earthquake").build(),
        claim("a#4", "a", "killed", "people", Quantity.exact(48)).event("earthquake").build(),
        claim("b#1", "b", "killed", "people", Quantity.exact(60)).event("earthquake").build(),
        claim("b#2", "b", "wounded", "people", Quantity.exact(90)).build(),
        claim("b#3", "b", "casualties", "people", Quantity.exact(80)).build(),
        claim("c#1", "c", "killed", "people", Quantity.exact(75)).event("earthquake").build(),
        claim("c#2", "c", "visited", "kim:embassy", TestClaims.day("2025-05-10"))
            .flag(ClaimFlag.WEEKDAY_MISMATCH).build(),
        claim("d#1", "d", "killed", "people", Quantity.exact(60)).event("earthquake").build(),
        claim("e#1", "e", "killed", "people", Quantity.exact(60)).event("earthquake").build(),
        claim("e#2", "e", "displaced", "people", Quantity.approximately(1000)).build(),
        claim("d#2", "d", "displaced", "people", Quantity.exact(2500)).build());
  }

  /** Runs the reconciler once per comparison key and once per article. */
  private static Reconciliation split(Reconciler reconciler, List<Claim> claims) {
    Map<ComparisonKey, List<Claim>> byKey = new TreeMap<>();
    Map<String, List<Claim>> byArticle = new TreeMap<>();
    for (Claim c : claims) {
      byKey.computeIfAbsent(ComparisonKey.of(c, ARTICLES.get(c.articleId())),
          k -> new ArrayList<>()).add(c);
      byArticle.computeIfAbsent(c.articleId(), k -> new ArrayList<>()).add(c);
    }
    List<Finding> findings = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (List<Claim> part : byKey.values()) {
      Reconciliation r = reconciler.runKey(part, ARTICLES);
      findings.addAll(r.findings());
      problems.addAll(r.problems());
    }
    for (List<Claim> part : byArticle.values()) {
      Reconciliation r = reconciler.runArticle(part, ARTICLES);
      findings.addAll(r.findings());
      problems.addAll(r.problems());
    }
    return new Reconciliation(findings, problems, List.of());
  }

  /** Likely values are estimated over all claims at once: split calls give findings without. */
  private static List<Finding> withoutLikely(List<Finding> findings) {
    return findings.stream().map(f -> Finding.of(f.rule(), f.verdict(), f.predicate(), f.subject(),
        f.claimIds(), f.explanation())).toList();
  }

  @Test
  void splitByKeyAndArticleFindsExactlyWhatOneCallFinds() {
    List<Finding> whole = Reconciler.standard().reconcile(claims(), ARTICLES);
    // Every built-in rule has a finding here, combined counts (across keys) included.
    assertThat(whole).extracting(Finding::rule).contains(RuleSet.PARTS_AND_TOTALS,
        RuleSet.WEEKDAY_MISMATCH, RuleSet.VALUE_CONFLICT, RuleSet.AGREEMENT,
        RuleSet.WITHIN_ARTICLE);
    assertThat(whole).anySatisfy(f -> assertThat(f.claimIds()).containsExactly("a#1", "a#2", "a#4"));

    Reconciliation parts = split(Reconciler.standard(), claims());
    assertThat(parts.findings()).containsExactlyInAnyOrderElementsOf(withoutLikely(whole));
    assertThat(parts.findings()).allSatisfy(f -> assertThat(f.likely()).isEmpty());
    assertThat(parts.problems()).isEmpty();
  }

  @Test
  void theArticlePartFindsOnlyWhatComparesKeys() {
    List<Claim> ofA = claims().stream().filter(c -> c.articleId().equals("a")).toList();
    assertThat(Reconciler.standard().runArticle(ofA, ARTICLES).findings())
        .singleElement()
        .satisfies(f -> {
          assertThat(f.rule()).isEqualTo(RuleSet.PARTS_AND_TOTALS);
          assertThat(f.claimIds()).containsExactly("a#1", "a#2", "a#4");
        });
  }

  @Test
  void keysSeparateStoriesPredicatesSubjectsAndValueTypes() {
    Claim killed = claim("a#1", "a", "killed", "people", Quantity.exact(5)).build();
    ComparisonKey key = ComparisonKey.of(killed, ARTICLES.get("a"));
    assertThat(key.story()).isEqualTo("quake");
    assertThat(key.predicate()).isEqualTo("killed");
    assertThat(key.subject()).isEqualTo("people");
    assertThat(key.isDates()).isFalse();
    assertThat(ComparisonKey.of(killed, null).story()).isEmpty();
    assertThat(ComparisonKey.of(killed, null)).isNotEqualTo(key);
    Claim scoped = claim("a#2", "a", "killed", "people", Quantity.exact(2)).scope(NORTH)
        .event("flood").build();
    assertThat(ComparisonKey.of(scoped, ARTICLES.get("a"))).isEqualTo(key).hasSameHashCodeAs(key);
    Claim dated = claim("a#3", "a", "killed", "people", TestClaims.day("2025-05-10")).build();
    assertThat(ComparisonKey.of(dated, ARTICLES.get("a")).isDates()).isTrue();
    assertThat(ComparisonKey.of(dated, ARTICLES.get("a"))).isLessThan(key);
    assertThat(key).hasToString("killed / people (quantities, story quake)");
    assertThatThrownBy(() -> ComparisonKey.of(killed, ARTICLES.get("b")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("claim a#1 is of article a, not of b");
  }

  @Test
  void aPartMustHoldOneKeyOrOneArticle() {
    List<Claim> claims = claims();
    assertThatThrownBy(() -> Reconciler.standard().runKey(claims, ARTICLES))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("claims of two comparison keys: a#1 is of killed / people");
    assertThatThrownBy(() -> Reconciler.standard().runArticle(claims, ARTICLES))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("claims of two articles: a#1 is of a, b#1 of b");
    assertThat(Reconciler.standard().runKey(List.of(), ARTICLES).findings()).isEmpty();
  }

  @Test
  void aClaimSetRuleThatIsNotSplittableCannotRunSplit() {
    ClaimSetRule all = new ClaimSetRule() {
      @Override
      public String name() {
        return "needs-all";
      }

      @Override
      public List<Finding> evaluateAll(List<Claim> claims, RuleContext ctx) {
        return List.of();
      }
    };
    Reconciler reconciler = Reconciler.of(RuleSet.defaults().with(all));
    List<Claim> one = List.of(claims().get(0));
    assertThat(reconciler.run(one, ARTICLES).problems()).isEmpty();
    assertThatThrownBy(() -> reconciler.runKey(one, ARTICLES))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("rule 'needs-all' needs all claims at once");
    assertThatThrownBy(() -> reconciler.runArticle(one, ARTICLES))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aFailingSplittableRuleIsAProblemNamingThePart() {
    SplittableRule failing = new SplittableRule() {
      @Override
      public String name() {
        return "boom";
      }

      @Override
      public List<Finding> evaluateAll(List<Claim> claims, RuleContext ctx) {
        throw new IllegalStateException("nope");
      }

      @Override
      public List<Finding> evaluateArticle(List<Claim> claims, RuleContext ctx) {
        throw new IllegalStateException("nope");
      }
    };
    Reconciler reconciler = Reconciler.of(RuleSet.defaults().with(failing));
    List<Claim> one = List.of(claims().get(0));
    assertThat(reconciler.runKey(one, ARTICLES).problems()).containsExactly(Problem.of("rule boom",
        "failed on the claims of killed / people (quantities, story quake): "
            + "IllegalStateException: nope; its findings there are missing"));
    List<Claim> twoKeys = List.of(claims().get(0), claims().get(1));
    assertThat(reconciler.runArticle(twoKeys, ARTICLES).problems()).containsExactly(Problem.of(
        "rule boom", "failed on the claims of article a: IllegalStateException: nope; its"
            + " findings there are missing"));
    // Claims of one key have nothing to compare across keys: no rule is called on them.
    assertThat(reconciler.runArticle(one, ARTICLES).problems()).isEmpty();
    assertThat(reconciler.runKey(one, ARTICLES).findings()).extracting(Finding::verdict)
        .doesNotContain(Verdict.CONFLICT);
  }
}
