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
}
