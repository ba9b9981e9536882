package io.github.claimcheck.parse;

import io.github.claimcheck.model.Language;
import java.util.List;

/** TEMPORARY stub, replaced by the numbers branch. */
public final class NumberScanner {
  private NumberScanner() {}

  public static NumberScanner standard() {
    return new NumberScanner();
  }

  public List<NumberExpression> scan(CharSequence text, Language language) {
    return List.of();
  }
}
