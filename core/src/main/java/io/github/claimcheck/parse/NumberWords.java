package io.github.claimcheck.parse;

import io.github.claimcheck.model.Language;
import io.github.claimcheck.model.Quantity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads spelled-out cardinal numbers, in the words of each language's profile.
 *
 * <p>Reading accepts the compositions of the language ({@code dua ratus lima puluh ribu}, {@code
 * sepuluh ribu sebelas}, {@code twelve thousand five hundred}, {@code one hundred and five},
 * {@code ninety-nine}), the fused {@code se-} forms ({@code seratus}, {@code seribu}, {@code
 * sejuta}, {@code semiliar}, {@code setriliun}, {@code selusin}), halves ({@code satu setengah
 * juta}, {@code half a million}), {@code koma} / {@code point} decimals, dozens ({@code a dozen})
 * and digits with a scale word ({@code 10 ribu}, {@code 1,5 juta}). Case and spacing are ignored.
 */
public final class NumberWords {

  private NumberWords() {}

  /**
   * Reads a whole string as one number.
   *
   * @param words the number, for example {@code "dua ratus lima puluh ribu"} or {@code "sejuta"}
   * @param language the language of the words
   * @return the value with trailing zeros stripped, or empty if the whole string is not a number
   * @throws NullPointerException if an argument is null
   */
  public static Optional<BigDecimal> parse(String words, Language language) {
    Objects.requireNonNull(words, "words");
    Objects.requireNonNull(language, "language");
    Lexicon lex = Lexicon.of(language);
    List<Item> items = lex.segment(TextTokens.of(words, ScanWords.of(language)).numberTokens());
    if (items.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal v;
    int end;
    Item first = items.get(0);
    if (first.isNumber()) {
      boolean scale = items.size() > 1 && items.get(1).has(Kind.SCALE);
      v = DigitReader.read(first.first.text, lex.profile(), scale, false);
      if (v == null) {
        return Optional.empty();
      }
      end = 1;
      while (end < items.size() && (items.get(end).has(Kind.SCALE)
          || items.get(end).has(Kind.SCALE_ABBR))) {
        Entry e = items.get(end).has(Kind.SCALE) ? items.get(end).get(Kind.SCALE)
            : items.get(end).get(Kind.SCALE_ABBR);
        v = v.multiply(e.value());
        end++;
      }
    } else {
      WordNumberGrammar.Result r = WordNumberGrammar.parse(items, 0);
      if (r == null) {
        return Optional.empty();
      }
      v = r.value();
      end = r.end();
    }
    return end == items.size() ? Optional.of(Quantity.canonical(v)) : Optional.empty();
  }
}
