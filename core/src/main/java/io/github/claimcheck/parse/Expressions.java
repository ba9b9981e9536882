package io.github.claimcheck.parse;

import io.github.claimcheck.model.Language;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Every number and date expression of a text, claim or not, as the {@code scan} command lists
 * them ({@link #scan}), or both scanners' own results ({@link #of}). The text is tokenised once
 * for both scanners (and not at all when it holds nothing either reads), so reading both costs
 * less than calling {@link NumberScanner} and {@link DateScanner} one after the other. Immutable.
 */
public final class Expressions {

  private final List<DateExpression> dates;
  private final List<NumberExpression> numbers;

  private Expressions(List<DateExpression> dates, List<NumberExpression> numbers) {
    this.dates = dates;
    this.numbers = numbers;
  }

  /**
   * Reads the text with both scanners, from one token stream.
   *
   * @param text the text; offsets and texts in the results point into it as given
   * @param language its language
   * @param reference the date relative dates are resolved against, or {@code null}
   * @return what {@link DateScanner#scan} and {@link NumberScanner#scan} return for the text
   * @throws NullPointerException if {@code text} or {@code language} is null
   */
  public static Expressions of(CharSequence text, Language language, LocalDate reference) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(language, "language");
    Reading r = Reading.of(text, language, Anchors.NUMBERS | Anchors.DATES);
    return new Expressions(r.dates(reference), r.numbers());
  }

  /** Returns the date expressions, as {@link DateScanner#scan} gives them. */
  public List<DateExpression> dates() {
    return dates;
  }

  /**
   * Returns the number expressions, as {@link NumberScanner#scan} gives them: numbers inside a
   * date ({@code 2024} in {@code 19 Juni 2024}) included.
   */
  public List<NumberExpression> numbers() {
    return numbers;
  }

  /**
   * Scans the text. Where a number lies inside a date ({@code 2024} in {@code 19 Juni 2024}),
   * the date is listed and the number is not.
   *
   * @param text the text
   * @param language its language
   * @param reference the date relative dates are resolved against, or {@code null}
   */
  public static List<Expression> scan(CharSequence text, Language language, LocalDate reference) {
    Expressions found = of(text, language, reference);
    List<Expression> out = new ArrayList<>();
    for (DateExpression d : found.dates) {
      out.add(Expression.of(d));
    }
    for (NumberExpression n : found.numbers) {
      if (found.dates.stream().noneMatch(d -> d.span().overlaps(n.span()))) {
        out.add(Expression.of(n));
      }
    }
    out.sort(Comparator.comparingInt((Expression e) -> e.span().start())
        .thenComparingInt(e -> e.span().end()));
    return List.copyOf(out);
  }
}
