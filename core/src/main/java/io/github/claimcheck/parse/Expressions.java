package io.github.claimcheck.parse;

import io.github.claimcheck.model.Language;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every number and date expression of a text, claim or not, as the {@code scan} command lists
 * them. Where a number lies inside a date ({@code 2024} in {@code 19 Juni 2024}), the date is
 * listed and the number is not.
 */
public final class Expressions {

  private Expressions() {}

  /**
   * Scans the text.
   *
   * @param text the text
   * @param language its language
   * @param reference the date relative dates are resolved against, or {@code null}
   */
  public static List<Expression> scan(CharSequence text, Language language, LocalDate reference) {
    List<DateExpression> dates = DateScanner.standard().scan(text, language, reference);
    List<Expression> out = new ArrayList<>();
    for (DateExpression d : dates) {
      out.add(Expression.of(d));
    }
    for (NumberExpression n : NumberScanner.standard().scan(text, language)) {
      if (dates.stream().noneMatch(d -> d.span().overlaps(n.span()))) {
        out.add(Expression.of(n));
      }
    }
    out.sort(Comparator.comparingInt((Expression e) -> e.span().start())
        .thenComparingInt(e -> e.span().end()));
    return List.copyOf(out);
  }
}
