package io.github.claimcheck.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class QuickStartTest {

  @Test
  void theReadmeExampleFindsTheConflictAndPrintsTheClaims() {
    PrintStream original = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
      QuickStart.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    String out = buffer.toString(StandardCharsets.UTF_8);
    assertThat(out).contains("CONFLICT: Sources disagree on people killed in the Garut flood")
        .contains("120").contains("131")
        .contains("a1#1 killed people 120 people")
        .contains("  a1#1 killed people 120 people @2025-10-02 event flood:garut [polisi]\n"
            + "    Banjir bandang di Garut menewaskan 120 orang, kata polisi, Kamis (2/10/2025).")
        .contains("  most likely 131: 131 has the most support: 1 independent source (BPBD) vs"
            + " 120: 1 (polisi).")
        .contains("\nBPBD 0.")
        .contains("chars of JSON");
  }
}
