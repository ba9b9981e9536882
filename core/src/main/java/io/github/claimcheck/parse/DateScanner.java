package io.github.claimcheck.parse;

import io.github.claimcheck.model.Language;
import java.time.LocalDate;
import java.util.List;

/** TEMPORARY stub, replaced by the dates branch. */
public final class DateScanner {
  public static DateScanner standard() {
    return new DateScanner();
  }

  public List<DateExpression> scan(CharSequence text, Language language, LocalDate reference) {
    return List.of();
  }
}
