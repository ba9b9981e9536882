package io.github.claimcheck.robust;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.claimcheck.input.ArticleReader;
import java.nio.charset.StandardCharsets;

/**
 * Fuzz target for the JSON Lines reader: any content gives articles and problems, never an
 * exception. Seeds: {@code JsonLinesFuzzTestInputs/readJsonLines/}.
 */
class JsonLinesFuzzTest {

  @FuzzTest(maxDuration = "60s")
  void readJsonLines(byte[] input) {
    String content = new String(input, StandardCharsets.UTF_8);
    Invariants.corpus("fuzz.jsonl", ArticleReader.standard().readJsonLines("fuzz.jsonl", content));
  }
}
