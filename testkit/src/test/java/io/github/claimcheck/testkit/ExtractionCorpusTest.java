package io.github.claimcheck.testkit;

import io.github.claimcheck.ClaimChecker;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs claimcheck's own extraction corpus, {@code corpus/claims.txt} (Indonesian and English
 * sentences and the claims each must yield; see the file's header), through {@link ClaimCorpus}.
 */
class ExtractionCorpusTest {

  @TestFactory
  Stream<DynamicTest> corpus() {
    ClaimChecker checker = ClaimChecker.builder().today(LocalDate.of(2026, 1, 1)).build();
    return ClaimCorpus.fromResource(ExtractionCorpusTest.class, "/corpus/claims.txt").using(checker).tests();
  }
}
