package io.github.claimcheck.parse;

import io.github.claimcheck.model.Language;
import java.util.List;
import java.util.Objects;

/**
 * Finds every number expression in a text: counts and measures with their hedges, bounds, ranges
 * and units ({@code 256GB}, {@code 65 mph}, {@code 5 ton}), vague amounts ({@code ribuan}, {@code
 * dozens of}), multipliers ({@code sixfold}, {@code dua kali lipat}), fractions ({@code a third},
 * {@code sepertiga}, {@code one in three}), ordinals, percentages, money ({@code US$58.24}, {@code
 * 10.5 million Australian dollars}, {@code $80 a barrel}) and years. Names and codes are no
 * amounts and produce nothing: {@code Flight 610}, {@code iPhone 15}, scores ({@code 3-2}), phone
 * numbers.
 *
 * <p>Dates are not read here: day numbers of dates ({@code 19 Juni}, {@code (22/3/2025)}, {@code
 * Dec. 20}) and times of day ({@code 18:17 WIB}, {@code pukul 10.30}) produce no expression; the
 * year of a date may be reported as {@link ExpressionType#YEAR}.
 *
 * <p>A scan tokenises the text once (with the tokens the date scanner reads; see {@link
 * Expressions#of}) and walks the tokens once, left to right, so its cost is
 * linear in the length of the text, whatever the input. The word lists are read once per language
 * from resource files (see {@code io/github/claimcheck/lang/README.md}) and shared. Instances are
 * immutable and thread-safe.
 *
 * <pre>{@code
 * List<NumberExpression> found = NumberScanner.standard()
 *     .scan("Sekitar 10.000 hingga 12.000 tentara dikirim.", Language.INDONESIAN);
 * // one QUANTITY: range [10000, 12000], hedged, unit "tentara"
 * }</pre>
 */
public final class NumberScanner {

  private static final class Holder {
    static final NumberScanner STANDARD = new NumberScanner();
  }

  private NumberScanner() {}

  /** Returns the shared scanner using the built-in word lists. */
  public static NumberScanner standard() {
    return Holder.STANDARD;
  }

  /**
   * Returns every number expression in {@code text}, in text order, without overlaps.
   *
   * <p>The text is read as a reader sees it: invisible format characters (a zero-width space
   * inside {@code 1​20}, a soft hyphen) are skipped, fullwidth and other-script digits are read as
   * digits, a thin or no-break space between digit groups ({@code 10 000}) is a thousands
   * separator when the grouping is valid, and digits displayed in another order than they are
   * stored (a right-to-left override around {@code 021}) are not read at all.
   *
   * @param text the text to scan; offsets and texts in the result point into it as given
   * @param language the language the text is written in; it decides the digit convention
   *     ({@code 10.000} is ten thousand in Indonesian) and the words read
   * @return the expressions found, an immutable list, empty when none
   * @throws NullPointerException if an argument is null
   */
  public List<NumberExpression> scan(CharSequence text, Language language) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(language, "language");
    return Reading.of(text, language, Anchors.NUMBERS).numbers();
  }
}
