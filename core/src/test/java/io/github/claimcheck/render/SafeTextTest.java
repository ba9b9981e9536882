package io.github.claimcheck.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeTextTest {

  @Test
  void escapeSequencesBecomeVisibleAndInert() {
    assertThat(SafeText.clean("\u001b[2J\u001b[1;1H1. CONFLICT"))
        .isEqualTo("\u241b[2J\u241b[1;1H1. CONFLICT");
    assertThat(SafeText.clean("\u001b]52;c;aGk=\u0007")).isEqualTo("\u241b]52;c;aGk=\u2407");
    assertThat(SafeText.clean("a\u0000b\u007fc")).isEqualTo("a\u2400b\u2421c");
  }

  @Test
  void lineBreaksAndTabsBecomeSpacesSoNoFieldForgesALine() {
    assertThat(SafeText.clean("Harian\nclaimcheck: all fine\r\tx\u0085y\u2028z\u2029"))
        .isEqualTo("Harian claimcheck: all fine  x y z ");
  }

  @Test
  void c1ControlsBidiControlsAndLoneSurrogatesBecomeReplacementCharacters() {
    assertThat(SafeText.clean("\u009b31mred\u0090")).isEqualTo("\ufffd31mred\ufffd");
    assertThat(SafeText.clean("\u202e021\u202c \u2067x\u2069 \u200e\u200f\u061c"))
        .isEqualTo("\ufffd021\ufffd \ufffdx\ufffd \ufffd\ufffd\ufffd");
    assertThat(SafeText.clean("a\ud800b\udc00")).isEqualTo("a\ufffdb\ufffd");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Banjir di Garut menewaskan 120 orang.", "Ünïcödé — 中文 🙂 a\u200bb",
      "", "rumah\u00a0rusak"})
  void safeTextIsReturnedAsItIs(String text) {
    assertThat(SafeText.clean(text)).isSameAs(text);
  }

  @Test
  void theLengthNeverChangesSoOffsetsStillHold() {
    String hostile = "x\u001b[31m\ud83d\ude00\u202e\ud800\n\u009b";
    String clean = SafeText.clean(hostile);
    assertThat(clean).hasSameSizeAs(hostile).contains("\ud83d\ude00");
    assertThat(clean.chars()).noneMatch(SafeText::isUnsafe);
  }

  @Test
  void isUnsafeNamesControlsSeparatorsAndBidiFormatting() {
    assertThat(SafeText.isUnsafe('\u001b')).isTrue();
    assertThat(SafeText.isUnsafe('\n')).isTrue();
    assertThat(SafeText.isUnsafe(0x9b)).isTrue();
    assertThat(SafeText.isUnsafe(0x2066)).isTrue();
    assertThat(SafeText.isUnsafe('a')).isFalse();
    assertThat(SafeText.isUnsafe(0x200b)).isFalse(); // a zero-width space moves nothing
    assertThat(SafeText.isUnsafe(0xa0)).isFalse();
  }
}
