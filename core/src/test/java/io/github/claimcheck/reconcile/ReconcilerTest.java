package io.github.claimcheck.reconcile;

import static io.github.claimcheck.reconcile.TestClaims.article;
import static io.github.claimcheck.reconcile.TestClaims.claim;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimcheck.model.ArticleInfo;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.ClaimFlag;
import io.github.claimcheck.model.Finding;
import io.github.claimcheck.model.Quantity;
import io.github.claimcheck.model.Verdict;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ReconcilerTest {

  /**
   * Findings equal in rule, verdict, predicate, subject and cited ids are reported once, the one
   * given first, wherever the copies stand in the input.
   */
  @Test
  void orderedReportsEachFindingOnceTheFirstGiven() {
    List<Finding> unique = new ArrayList<>();
    for (String rule : List.of("agreement", "value-conflict")) {
      for (List<String> ids : List.of(List.of("a#1", "b#1"), List.of("a#1", "b#1", "c#1"),
          List.of("a#1", "c#1"), List.of("b#1", "c#1"))) {
        for (String subject : List.of("people", "soldiers")) {
          unique.add(Finding.of(rule, rule.equals("agreement") ? Verdict.AGREEMENT
              : Verdict.CONFLICT, "killed", subject, ids, "first"));
        }
      }
    }
    List<Finding> input = new ArrayList<>(unique);
    for (Finding f : unique) {
      input.add(Finding.of(f.rule(), f.verdict(), f.predicate(), f.subject(),
          new ArrayList<>(f.claimIds()), "a later copy"));
    }
    Collections.shuffle(input.subList(0, unique.size()), new Random(3));
    List<Finding> out = Reconciler.ordered(input);
    assertThat(out).hasSize(unique.size()).allMatch(f -> f.explanation().equals("first"));
    assertThat(out).containsExactlyInAnyOrderElementsOf(unique);
  }

  /** A mixed batch: several groups, stories, events, dates, flags and agreeing/clashing values. */
  static List<Claim> mixedBatch(Map<String, ArticleInfo> articles) {
    Random r = new Random(42);
    List<Claim> claims = new ArrayList<>();
    claims.addAll(AdditionExplainsRuleTest.SEED);
    articles.putAll(AdditionExplainsRuleTest.SEED_ARTICLES);
    String[] predicates = {"killed", "wounded", "evacuated", "hospitalised"};
    for (int a = 0; a < 30; a++) {
      String id = "art" + a;
      articles.put(id, article(id, "Outlet " + (a % 7), "2025-10-0" + (1 + a % 5),
          a % 3 == 0 ? "quake" : "flood"));
      for (int k = 0; k < 8; k++) {
        String p = predicates[r.nextInt(predicates.length)];
        Quantity q = switch (r.nextInt(4)) {
          case 0 -> Quantity.exact(100 + r.nextInt(40));
          case 1 -> Quantity.approximately(100 + r.nextInt(40));
          case 2 -> {
            int low = 90 + r.nextInt(40);
            yield r.nextBoolean() ? Quantity.atLeast(low) : Quantity.greaterThan(low);
          }
          default -> Quantity.range(90 + r.nextInt(20), 120 + r.nextInt(20));
        };
        Claim.Builder b = claim(id + "#" + k, id, p, r.nextBoolean() ? "people" : "id:residents", q)
            .attribution(r.nextBoolean() ? "police" : "BPBD");
        if (r.nextInt(5) == 0) {
          b.event(r.nextBoolean() ? "Garut" : "Bandung");
        }
        if (r.nextInt(10) == 0) {
          b.flag(ClaimFlag.ADDITION);
        }
        claims.add(b.build());
      }
      claims.add(claim(id + "#d", id, "signed", "treaty",
          TestClaims.day("2024-06-1" + r.nextInt(3))).build());
    }
    return claims;
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void outputDoesNotDependOnInputOrder(long seed) {
    Map<String, ArticleInfo> articles = new HashMap<>();
    List<Claim> claims = mixedBatch(articles);
    List<Finding> expected = Reconciler.standard().reconcile(claims, articles);

    List<Claim> shuffled = new ArrayList<>(claims);
    Collections.shuffle(shuffled, new Random(seed));
    List<Finding> actual = Reconciler.standard().reconcile(shuffled, articles);

    assertThat(actual).isEqualTo(expected);
    assertThat(expected).extracting(Finding::verdict)
        .contains(Verdict.CONFLICT, Verdict.EXPLAINED, Verdict.AGREEMENT);
  }

  @Test
  void findingsAreOrderedByVerdictThenPredicateSubjectAndFirstClaim() {
    Map<String, ArticleInfo> articles = new HashMap<>();
    List<Finding> findings = Reconciler.standard().reconcile(mixedBatch(articles), articles);
    for (int i = 1; i < findings.size(); i++) {
      Finding a = findings.get(i - 1);
      Finding b = findings.get(i);
      int c = a.verdict().compareTo(b.verdict());
      if (c == 0) {
        c = a.predicate().compareTo(b.predicate());
      }
      if (c == 0) {
        c = a.subject().compareTo(b.subject());
      }
      if (c == 0) {
        c = a.claimIds().get(0).compareTo(b.claimIds().get(0));
      }
      assertThat(c).as("%s before %s", a, b).isLessThanOrEqualTo(0);
    }
  }

  @Test
  void resultIsUnmodifiableAndEmptyInputGivesNoFindings() {
    assertThat(Reconciler.standard().reconcile(List.of(), Map.of())).isEmpty();
    Map<String, ArticleInfo> articles = new HashMap<>();
    assertThat(Reconciler.standard().reconcile(mixedBatch(articles), articles)).isUnmodifiable();
  }

  /**
   * Many claims in one group from 2,000 outlets reporting four figures (the realistic case: many
   * sources, few findings), and a spread of values giving thousands of clusters and findings. How
   * long 200,000 claims take is checked by {@code ReconcilerScaleIT} ({@code -Pslow-tests}); here
   * only what is found.
   */
  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void manyClaimsInOneGroupGiveOneFindingPerDisagreement(boolean spread) {
    List<Finding> findings = reconcileOneBigGroup(spread ? 5_000 : 20_000, spread);
    assertManyClaimsFindings(findings, spread, 10_000);
  }

  /** {@code n} claims of one group; {@code spread}: values anywhere in 1,000 to 101,000. */
  static List<Finding> reconcileOneBigGroup(int n, boolean spread) {
    Random r = new Random(7);
    Map<String, ArticleInfo> articles = new HashMap<>();
    List<Claim> claims = new ArrayList<>(n);
    for (int a = 0; a < 2_000; a++) {
      articles.put("a" + a, article("a" + a, "Outlet " + a, "2025-10-" + (10 + a % 3)));
    }
    for (int i = 0; i < n; i++) {
      int a = r.nextInt(2_000);
      Quantity q = spread ? spreadValue(r, i) : switch (a % 4) {
        case 0 -> Quantity.exact(1_200);
        case 1 -> Quantity.approximately(1_250);
        case 2 -> Quantity.greaterThan(1_000);
        default -> Quantity.range(1_400, 1_600);
      };
      claims.add(claim("c" + i, "a" + a, "killed", "people", q).attribution("police").build());
    }
    Collections.shuffle(claims, r);
    return Reconciler.standard().reconcile(claims, articles);
  }

  static void assertManyClaimsFindings(List<Finding> findings, boolean spread, int minCited) {
    assertThat(findings).extracting(Finding::verdict).contains(Verdict.CONFLICT, Verdict.AGREEMENT);
    if (!spread) {
      // {1,200, ≈1,250, >1,000} vs {1,400–1,600, >1,000}: one conflict, two agreements
      assertThat(findings).hasSize(3);
      assertThat(findings.get(0).verdict()).isEqualTo(Verdict.CONFLICT);
      assertThat(findings.get(0).claimIds()).hasSizeGreaterThan(minCited);
      assertThat(findings.get(0).explanation()).containsPattern("and [0-9,]+ more");
    } else {
      assertThat(findings).hasSizeGreaterThan(100);
    }
  }

  private static Quantity spreadValue(Random r, int i) {
    switch (i % 4) {
      case 0:
        return Quantity.exact(1_000 + r.nextInt(100_000));
      case 1:
        return Quantity.approximately(1_000 + r.nextInt(100_000));
      case 2:
        int low = 1_000 + r.nextInt(100_000);
        return r.nextBoolean() ? Quantity.atLeast(low) : Quantity.greaterThan(low);
      default:
        int lo = 1_000 + r.nextInt(100_000);
        return Quantity.range(lo, lo + r.nextInt(500));
    }
  }
}
