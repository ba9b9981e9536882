package io.github.claimcheck.examples.malay;

import io.github.claimcheck.ClaimChecker;
import io.github.claimcheck.testkit.ClaimCorpus;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The Malay profile, data only, read by an unchanged core: every case of {@code malay/claims.txt}. */
class MalayProfileTest {

  @TestFactory
  Stream<DynamicTest> corpus() {
    ClaimChecker checker = ClaimChecker.builder().language(Malay.profile()).today(LocalDate.of(2026, 1, 1)).build();
    return ClaimCorpus.fromResource(MalayProfileTest.class, "/malay/claims.txt").using(checker).tests();
  }
}
