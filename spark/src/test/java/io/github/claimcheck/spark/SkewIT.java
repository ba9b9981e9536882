package io.github.claimcheck.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimcheck.model.Article;
import io.github.claimcheck.model.ArticleInfo;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.DateValue;
import io.github.claimcheck.model.Finding;
import io.github.claimcheck.model.Language;
import io.github.claimcheck.model.Quantity;
import io.github.claimcheck.model.Span;
import io.github.claimcheck.reconcile.Reconciler;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import org.junit.jupiter.api.Test;

/**
 * Skew: one story whose 200,000 claims share one comparison key (people killed), in local[2],
 * reconciles to the findings of one JVM. Run by {@code mvn verify -Pslow-tests}.
 */
class SkewIT {

  private static final int CLAIMS = 200_000;

  /** Claim {@code i}: article {@code s<i>}, a toll that grows over 50 days, some outlets off. */
  static Claim claim(long i) {
    long day = i % 50;
    long value = 100 + day * 3 + (i % 97 == 0 ? 40 : 0);
    return Claim.builder().id("s" + i + "#1").articleId("s" + i).predicate("killed")
        .subject("people").value(Quantity.exact(value)).unit("people").event("flood")
        .span(Span.of(0, 10)).sentence(Span.of(0, 40), "Banjir menewaskan " + value + " orang.")
        .when(DateValue.day(LocalDate.of(2025, 1, 1).plusDays(day)))
        .attribution(i % 3 == 0 ? "BPBD" : "polisi").build();
  }

  static ArticleInfo info(long i) {
    Article a = Article.builder("s" + i, "").source("Outlet " + (i % 5_000)).story("banjir-besar")
        .published(LocalDate.of(2025, 1, 1).plusDays(i % 50)).build();
    return ArticleInfo.of(a, Language.INDONESIAN, false, a.published().orElseThrow(), false, null);
  }

  @Test
  void oneKeyOfTwoHundredThousandClaimsReconcilesAsInOneJvm() {
    List<Claim> claims = new ArrayList<>(CLAIMS);
    Map<String, ArticleInfo> infos = new HashMap<>();
    for (long i = 0; i < CLAIMS; i++) {
      claims.add(claim(i));
      infos.put("s" + i, info(i));
    }
    List<Finding> expected =
        SparkTests.withoutLikely(Reconciler.standard().run(claims, infos).findings());
    assertThat(expected).isNotEmpty();

    Dataset<Row> rows = SparkTests.spark().range(0, CLAIMS, 1, 8)
        .map((MapFunction<Long, Row>) i -> ClaimcheckRows.claim(claim(i), info(i)),
            Encoders.row(ClaimcheckRows.CLAIM));
    long start = System.nanoTime();
    Dataset<Row> findings = ClaimcheckSpark.builder().build().reconcile(rows)
        .persist(StorageLevel.MEMORY_AND_DISK());
    // The findings cite thousands of claims each: compare the findings on the driver, and check
    // the claims they cite where they are.
    List<Row> found = findings.drop("cited").collectAsList();
    System.out.printf("%,d claims in one key: %,d findings in %.1f s%n", CLAIMS, found.size(),
        (System.nanoTime() - start) / 1e9);
    assertThat(SparkTests.findings(found)).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(findings.where("transform(cited, c -> c.id) = claims").count())
        .isEqualTo(found.size());
    findings.unpersist();
  }
}
