package io.github.claimcheck.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.claimcheck.model.Language;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberWordsTest {

  @ParameterizedTest(name = "{0}: {1} = {2}")
  @CsvSource(delimiter = '|', textBlock = """
      id | dua ratus lima puluh ribu            | 250000
      id | satu setengah juta                   | 1500000
      id | setengah juta                        | 500000
      id | sejuta                               | 1000000
      id | Sembilan  Juta                       | 9000000
      id | satu koma lima                       | 1.5
      id | satu koma dua lima juta              | 1250000
      id | sepuluh ribu sebelas                 | 10011
      id | sebelas ribu                         | 11000
      id | seratus dua belas                    | 112
      id | tujuh puluh lima                     | 75
      id | sembilan belas                       | 19
      id | seribu dua ratus                     | 1200
      id | semiliar                             | 1000000000
      id | dua milyar                           | 2000000000
      id | seratus triliun                      | 100000000000000
      id | seribu triliun                       | 1000000000000000
      id | selusin                              | 12
      id | dua lusin                            | 24
      id | nol                                  | 0
      id | 10 ribu                              | 10000
      id | 1,5 juta                             | 1500000
      id | 2.5 juta                             | 2500000
      id | 10.000                               | 10000
      en | twelve thousand five hundred         | 12500
      en | one million two hundred fifty thousand | 1250000
      en | one hundred and five                 | 105
      en | ninety-nine                          | 99
      en | a hundred                            | 100
      en | a dozen                              | 12
      en | half a million                       | 500000
      en | twelve hundred                       | 1200
      en | one point five                       | 1.5
      en | 1.5 million                          | 1500000
      en | 10,000                               | 10000
      """)
  void parsesNumbers(String lang, String words, String expected) {
    assertThat(NumberWords.parse(words, language(lang)))
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(new BigDecimal(expected)));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      id | sebanyak
      id | sekitar
      id | setidaknya
      id | sejumlah
      id | sebagian
      id | semua
      id | sejak
      id | sebelum
      id | setelah
      id | sedang
      id | sebesar
      id | seperti
      id | dua tentara
      id | satu dua
      id | ribu
      id | dua puluh dua belas
      id | setengah
      id | 1.000,000.5
      en | several
      en | one two
      en | thousand
      en | hundred and
      en | the
      """)
  void rejectsWhatIsNotOneNumber(String lang, String words) {
    assertThat(NumberWords.parse(words, language(lang))).isEmpty();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      id | 0             | nol
      id | 11            | sebelas
      id | 100           | seratus
      id | 1000          | seribu
      id | 1250000       | satu juta dua ratus lima puluh ribu
      id | 1000000000000 | satu triliun
      id | 2000015       | dua juta lima belas
      en | 0             | zero
      en | 21            | twenty-one
      en | 1250000       | one million two hundred fifty thousand
      en | 1000000000000 | one trillion
      """)
  void spellsOut(String lang, long n, String expected) {
    assertThat(SpellOut.spellOut(n, language(lang))).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void rejectsNegativeNumbers() {
    assertThatThrownBy(() -> SpellOut.spellOut(-1, Language.ENGLISH))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Language language(String code) {
    return Language.fromCode(code).orElseThrow();
  }
}
