package io.github.claimcheck.parse;

import io.github.claimcheck.model.Language;
import io.github.claimcheck.model.Quantity;
import java.util.Objects;
import java.util.Optional;

/** Normalises a single quantity expression, such as a value typed by a user or read from a table. */
public final class Quantities {

  private Quantities() {}

  /**
   * Normalises one expression on its own, for example {@code parse("sekitar 10.000 hingga 12.000",
   * INDONESIAN)} gives the hedged range {@code [10000, 12000]}. The text is scanned with {@link
   * NumberScanner#standard()} and the value of the first count, percentage or amount of money is
   * returned; ordinals and years are not quantities.
   *
   * @param text the expression, possibly with a unit ({@code "lebih dari 10.000 tentara"})
   * @param language the language of the text
   * @return the quantity, or empty when the text holds none
   * @throws NullPointerException if an argument is null
   */
  public static Optional<Quantity> parse(String text, Language language) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(language, "language");
    for (NumberExpression e : NumberScanner.standard().scan(text, language)) {
      if (e.type() == ExpressionType.QUANTITY || e.type() == ExpressionType.PERCENT
          || e.type() == ExpressionType.MONEY) {
        return Optional.of(e.value());
      }
    }
    return Optional.empty();
  }
}
