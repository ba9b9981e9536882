package io.github.claimcheck.reconcile;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.claimcheck.model.Finding;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * 200,000 claims in one group (50,000 spread over tens of thousands of clusters) reconcile within
 * a generous bound: about 3 s when the rules are O(n log n) on 2 shared cores, minutes when one
 * turns quadratic. A wall-clock check, so only {@code mvn verify -Pslow-tests} runs it; what is
 * found is checked by {@code ReconcilerTest} in the default build, and throughput by JMH.
 */
class ReconcilerScaleIT {

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void twoHundredThousandClaimsInOneGroupReconcileQuickly(boolean spread) {
    int n = spread ? 50_000 : 200_000;
    List<Finding> findings = assertTimeoutPreemptively(Duration.ofSeconds(60),
        () -> ReconcilerTest.reconcileOneBigGroup(n, spread));
    ReconcilerTest.assertManyClaimsFindings(findings, spread, 100_000);
  }
}
