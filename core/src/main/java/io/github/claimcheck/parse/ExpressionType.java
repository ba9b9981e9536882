package io.github.claimcheck.parse;

import java.util.Locale;

/** What a number or date expression found in text is. */
public enum ExpressionType {
  /** A count or amount ({@code sekitar 600 tentara}, {@code ribuan}). */
  QUANTITY,
  /** An ordinal ({@code ke-11}, {@code kesebelas}); never a quantity. */
  ORDINAL,
  /** A percentage ({@code 5,3 persen}). */
  PERCENT,
  /** An amount of money ({@code Rp 5 M}, {@code US$ 2 juta}). */
  MONEY,
  /** A year on its own ({@code tahun 2024}); never a quantity. */
  YEAR,
  /** A date or period ({@code 19 Juni 2024}, {@code pekan lalu}). */
  DATE;

  /** Returns the name used in JSON, for example {@code quantity}. */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
