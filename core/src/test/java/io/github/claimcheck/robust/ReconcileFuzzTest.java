package io.github.claimcheck.robust;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.claimcheck.model.ArticleInfo;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.Finding;
import io.github.claimcheck.model.Report;
import io.github.claimcheck.reconcile.Reconciler;
import io.github.claimcheck.reconcile.Reconciliation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Fuzz target for reconciliation and the renderers on claims of any value: exact, approximate,
 * ranges, open bounds (included or not, below zero), figures beyond the range of doubles, dates.
 * No rule fails, and every renderer renders the report. The input is one claim per line ({@code
 * article<TAB>kind<TAB>low<TAB>high}; see {@link FuzzInput#claims}). Seeds: {@code
 * ReconcileFuzzTestInputs/reconcile/}.
 */
class ReconcileFuzzTest {

  @FuzzTest(maxDuration = "60s")
  void reconcile(byte[] input) {
    List<Claim> claims = FuzzInput.claims(new String(input, StandardCharsets.UTF_8));
    Map<String, ArticleInfo> infos = FuzzInput.infos(claims);
    Reconciliation result = Reconciler.standard().run(claims, infos);

    assertThat(result.problems()).as("no built-in rule fails").isEmpty();
    Set<String> ids = claims.stream().map(Claim::id).collect(Collectors.toSet());
    for (Finding f : result.findings()) {
      assertThat(ids).containsAll(f.claimIds());
    }
    Printable.rendersSafely(Report.of(new ArrayList<>(infos.values()), claims, result.findings(),
        result.problems()));
  }
}
