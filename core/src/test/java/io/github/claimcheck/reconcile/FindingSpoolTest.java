package io.github.claimcheck.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimcheck.model.ArticleInfo;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.Finding;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Findings spooled as records come back in report order, each once, equal to those in memory. */
class FindingSpoolTest {

  /** Real findings (every verdict, reasons of several forms, likely values), in report order. */
  private static List<Finding> findings() {
    Map<String, ArticleInfo> articles = new HashMap<>();
    List<Claim> claims = ReconcilerTest.mixedBatch(articles);
    return Reconciler.standard().run(claims, articles).findings();
  }

  @ParameterizedTest
  @CsvSource({
      // run bytes, bytes on the heap: one run on the heap; many runs, in a file
      "4194304, 33554432",
      "600, 64",
  })
  void givesBackTheOrderAndFindingsOfOrderedWithoutDuplicatesOrDroppedTags(int runBytes,
      int memoryLimit) {
    List<Finding> expected = findings();
    assertThat(expected).hasSizeGreaterThan(5).anyMatch(f -> f.likely().isPresent());
    // Added shuffled, each twice (the second copy with another explanation, which the first
    // hides), and findings of a rule that failed (tag 1) mixed in.
    List<Finding> shuffled = new ArrayList<>(expected);
    Collections.shuffle(shuffled, new Random(7));
    List<Finding> added = new ArrayList<>();
    try (FindingSpool spool = new FindingSpool(runBytes, memoryLimit)) {
      for (Finding f : shuffled) {
        spool.add(f, new int[] {added.size(), 3}, -1);
        added.add(f);
        spool.add(Finding.of("failed-rule", f.verdict(), f.predicate(), f.subject(), f.claimIds(),
            "dropped"), new int[0], 1);
      }
      for (Finding f : shuffled) {
        spool.add(Finding.of(f.rule(), f.verdict(), f.predicate(), f.subject(), f.claimIds(),
            "a later duplicate"), new int[0], 0);
      }
      spool.finish(tag -> tag == 1);

      assertThat(spool.runs() > 1).isEqualTo(runBytes < 1000);
      assertThat(spool.onDisk()).isEqualTo(memoryLimit < 1000);
      List<Finding> back = new ArrayList<>();
      for (int i = 0; i < spool.size(); i++) {
        Finding f = spool.get(i);
        back.add(f);
        assertThat(f.reason()).isEqualTo(expected.get(i).reason());
        assertThat(spool.verdict(i)).isEqualTo(f.verdict());
        assertThat(spool.claims(i)).containsExactly(added.indexOf(expected.get(i)), 3);
      }
      assertThat(back).isEqualTo(Reconciler.ordered(new ArrayList<>(added))).isEqualTo(expected);
      // the heap keeps where each finding's record is: eight bytes a finding
      assertThat(spool.places()).hasSize(expected.size());
    }
  }

  @ParameterizedTest
  @CsvSource({"4194304, 33554432", "600, 64"})
  void aReplacedFindingReadsBackAndCanBeRestored(int runBytes, int memoryLimit) {
    List<Finding> expected = findings();
    try (FindingSpool spool = new FindingSpool(runBytes, memoryLimit)) {
      for (Finding f : expected) {
        spool.add(f, new int[] {1, 2}, -1);
      }
      spool.finish(tag -> false);
      long[] before = spool.places();
      Finding changed = Finding.of("rule", expected.get(0).verdict(), "p", "s", List.of("x#1"),
          "changed");
      spool.replace(0, changed);
      assertThat(spool.get(0)).isEqualTo(changed);
      assertThat(spool.claims(0)).containsExactly(1, 2);
      spool.restore(before);
      assertThat(spool.get(0)).isEqualTo(expected.get(0));
    }
  }
}
