package io.github.claimcheck.parse;

import io.github.claimcheck.model.Language;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Finds date expressions in Indonesian or English text and resolves them against a reference date
 * (usually the article's publication date; see {@link ReferenceDates}).
 *
 * <p>What is read: absolute dates ({@code 19 Juni 2024}, {@code Sabtu (22/3/2025)}, {@code (12/6)},
 * {@code Jumat, 9 Mei}, {@code Dec. 20}, {@code June 19, 2024}, {@code 2024-06-19}), months and
 * years after a preposition or with a direction ({@code pada Maret}, {@code April lalu}, {@code
 * tahun 2019}, {@code in 2024}), and relative expressions ({@code kemarin}, {@code Jumat lalu},
 * {@code pekan lalu}, {@code akhir pekan lalu}, {@code awal bulan ini}, {@code akhir Februari},
 * {@code 3 hari lalu}, {@code musim gugur tahun lalu}, {@code last week}, {@code two days ago}).
 * Day/month numbers are always day first.
 *
 * <p>Resolution rules, with reference date P:
 *
 * <ul>
 *   <li>A date without a year takes the nearest year that puts it on or before P, or on or after P
 *       when a future cue governs it; when a weekday is named, the nearest year (within seven) in
 *       which the weekday matches wins. A bare weekday is the latest such day on or before P
 *       ({@code lalu}/{@code last}: before P; {@code depan}/{@code next}: after P).
 *   <li>Weeks run Monday to Sunday; a weekend is its Saturday and Sunday. Parts of a month are
 *       days 1–10, 11–20 and 21–end; parts of a year January–April, May–August, September–December;
 *       {@code earlier}/{@code later this month/year} run from the period's start to P or from P to
 *       its end. Seasons are meteorological, northern hemisphere; winter runs December to February
 *       and belongs to the year of its December.
 * </ul>
 *
 * <p>Not dates: durations ({@code selama tiga bulan}, {@code dalam dua gelombang}), ordinals
 * ({@code ulang tahun ke-80}), year ranges ({@code 2025-2030}), times of day. Invalid dates
 * ({@code 31 Februari 2025}, {@code (45/13/2025)}) produce no expression, and their words are not
 * read again as something else. Lower-case {@code minggu} is a week; {@code Minggu} is Sunday when
 * capitalised mid-sentence, after {@code hari} or with a date, and a week when it opens a sentence
 * followed by {@code lalu}/{@code ini}/{@code depan}.
 *
 * <p>The words are data: {@code io/github/claimcheck/lang/<code>/dates.tsv}. The scan is one pass
 * over the tokens with bounded look-ahead, linear in the length of the text. Instances are
 * immutable and thread-safe.
 */
public final class DateScanner {

  private static final DateScanner STANDARD = new DateScanner();

  private DateScanner() {}

  /**
   * Returns the scanner using the bundled vocabularies. It is shared and thread-safe; the
   * vocabulary of a language is loaded once, on first use.
   *
   * @return the standard scanner
   */
  public static DateScanner standard() {
    return STANDARD;
  }

  /**
   * Returns every date expression in the text, in text order, non-overlapping.
   *
   * <p>The text is read as a reader sees it, as {@link NumberScanner#scan} documents.
   *
   * @param text the text to read; offsets and texts in the result point into it as given
   * @param language the language of the text
   * @param reference the date relative expressions are resolved against, usually the article's
   *     publication date; may be {@code null}, in which case relative expressions are still
   *     returned but with an empty value
   * @return the expressions, an unmodifiable list
   * @throws NullPointerException if {@code text} or {@code language} is null
   */
  public List<DateExpression> scan(CharSequence text, Language language, LocalDate reference) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(language, "language");
    return Reading.of(text, language, Anchors.DATES).dates(reference);
  }

  @Override
  public String toString() {
    return "DateScanner.standard()";
  }
}
