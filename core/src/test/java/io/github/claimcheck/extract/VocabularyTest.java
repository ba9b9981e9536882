package io.github.claimcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VocabularyTest {

  @Test
  void wordsKeepTheirNumbersAsTheTableGrows() {
    Vocabulary v = new Vocabulary();
    for (int i = 0; i < 5000; i++) {
      assertThat(v.id("w" + i)).isEqualTo(i);
    }
    for (int i = 0; i < 5000; i++) {
      assertThat(v.find("w" + i)).isEqualTo(i);
      assertThat(v.id("w" + i)).isEqualTo(i);
    }
    assertThat(v.find("x")).isEqualTo(-1);
    assertThat(v.find("")).isEqualTo(-1);
  }

  @Test
  void aWordKnowsWhichTablesHaveAPhraseStartingWithIt() {
    Vocabulary v = new Vocabulary();
    int first = v.newTable();
    int second = v.newTable();
    int korban = v.id("korban");
    int jiwa = v.id("jiwa");
    v.markFirst(korban, second);
    for (int i = 0; i < 3000; i++) {
      v.markFirst(v.id("w" + i), first); // numbers past the first array
    }
    assertThat(Vocabulary.mayHold(v.firstOf(korban), second)).isTrue();
    assertThat(Vocabulary.mayHold(v.firstOf(korban), first)).isFalse();
    assertThat(Vocabulary.mayHold(v.firstOf(jiwa), first)).isFalse();
    assertThat(Vocabulary.mayHold(v.firstOf(v.find("w2999")), first)).isTrue();
    assertThat(v.firstOf(-1)).isZero();
    // tables past the kept bits are always "maybe"
    assertThat(Vocabulary.mayHold(0, Vocabulary.MARKED_TABLES)).isTrue();
  }
}
