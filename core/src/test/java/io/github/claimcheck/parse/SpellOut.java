package io.github.claimcheck.parse;

import io.github.claimcheck.model.Language;
import java.util.Objects;

/**
 * Spells out whole numbers in Indonesian and English, for tests that read them back with {@link
 * NumberWords#parse(String, Language)}. Test code: the library itself only reads numbers, in the
 * words of each language's data files.
 */
final class SpellOut {

  private static final String[] ID_DIGITS = {
    "nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"
  };
  private static final String[] EN_SMALL = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen"
  };
  private static final String[] EN_TENS = {
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"
  };
  // Spelling out needs one canonical word per value, which the lexicon (listing variants such as
  // miliar/milyar) does not give; these short tables are the canonical forms.
  private static final long[] SCALES = {
    1_000_000_000_000_000_000L, 1_000_000_000_000_000L, 1_000_000_000_000L, 1_000_000_000L,
    1_000_000L, 1_000L
  };
  private static final String[] EN_SCALES = {
    "quintillion", "quadrillion", "trillion", "billion", "million", "thousand"
  };

  private SpellOut() {}

  /**
   * Spells out a non-negative whole number: {@code 1_250_000} is {@code "satu juta dua ratus lima
   * puluh ribu"} in Indonesian and {@code "one million two hundred fifty thousand"} in English.
   * Indonesian uses {@code seratus} and {@code seribu} but {@code satu juta}; above a trillion it
   * nests scales ({@code seribu triliun}). English hyphenates 21–99 and writes no "and". {@link
   * NumberWords#parse(String, Language)} reads every result back.
   *
   * @param n the number, at least 0
   * @param language the language to write
   * @return the words, lower case, single spaces
   * @throws IllegalArgumentException if {@code n} is negative
   * @throws NullPointerException if {@code language} is null
   */
  static String spellOut(long n, Language language) {
    Objects.requireNonNull(language, "language");
    if (n < 0) {
      throw new IllegalArgumentException("negative number " + n);
    }
    if (n == 0) {
      return language == Language.INDONESIAN ? "nol" : "zero";
    }
    StringBuilder sb = new StringBuilder();
    if (language == Language.INDONESIAN) {
      spellId(n, sb);
    } else {
      spellEn(n, sb);
    }
    return sb.toString().trim();
  }

  private static void spellId(long n, StringBuilder sb) {
    long trillion = 1_000_000_000_000L;
    if (n >= trillion * 1000) {
      // Indonesian has no common word above triliun: nest ("seribu triliun").
      spellId(n / trillion, sb);
      sb.append(" triliun");
      n %= trillion;
    }
    String[] names = {"triliun", "miliar", "juta", "ribu"};
    long[] values = {trillion, 1_000_000_000L, 1_000_000L, 1_000L};
    for (int k = 0; k < values.length; k++) {
      long g = n / values[k];
      if (g > 0) {
        if (g == 1 && values[k] == 1000) {
          sb.append(" seribu");
        } else {
          idBelowThousand((int) g, sb);
          sb.append(' ').append(names[k]);
        }
        n %= values[k];
      }
    }
    if (n > 0) {
      idBelowThousand((int) n, sb);
    }
  }

  private static void idBelowThousand(int n, StringBuilder sb) {
    int h = n / 100;
    int r = n % 100;
    if (h == 1) {
      sb.append(" seratus");
    } else if (h > 1) {
      sb.append(' ').append(ID_DIGITS[h]).append(" ratus");
    }
    if (r == 0) {
      return;
    }
    if (r < 10) {
      sb.append(' ').append(ID_DIGITS[r]);
    } else if (r == 10) {
      sb.append(" sepuluh");
    } else if (r == 11) {
      sb.append(" sebelas");
    } else if (r < 20) {
      sb.append(' ').append(ID_DIGITS[r - 10]).append(" belas");
    } else {
      sb.append(' ').append(ID_DIGITS[r / 10]).append(" puluh");
      if (r % 10 > 0) {
        sb.append(' ').append(ID_DIGITS[r % 10]);
      }
    }
  }

  private static void spellEn(long n, StringBuilder sb) {
    for (int k = 0; k < SCALES.length; k++) {
      long g = n / SCALES[k];
      if (g > 0) {
        enBelowThousand((int) g, sb);
        sb.append(' ').append(EN_SCALES[k]);
        n %= SCALES[k];
      }
    }
    if (n > 0) {
      enBelowThousand((int) n, sb);
    }
  }

  private static void enBelowThousand(int n, StringBuilder sb) {
    int h = n / 100;
    int r = n % 100;
    if (h > 0) {
      sb.append(' ').append(EN_SMALL[h]).append(" hundred");
    }
    if (r == 0) {
      return;
    }
    if (r < 20) {
      sb.append(' ').append(EN_SMALL[r]);
    } else {
      sb.append(' ').append(EN_TENS[r / 10]);
      if (r % 10 > 0) {
        sb.append('-').append(EN_SMALL[r % 10]);
      }
    }
  }
}
