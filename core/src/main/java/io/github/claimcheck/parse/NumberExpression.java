package io.github.claimcheck.parse;

import io.github.claimcheck.model.Quantity;
import io.github.claimcheck.model.Span;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One number expression found in text by {@link NumberScanner}.
 *
 * <p>The span covers the whole expression including hedge, bound and scale words but not the unit
 * noun: {@code sekitar 10.000 hingga 12.000}, {@code lebih dari 10.000}, {@code hingga sembilan
 * juta}, {@code ribuan}, {@code 700-an}. A currency sign before the number ({@code Rp}, {@code
 * US$}) and a percent word after it are part of the span.
 *
 * @param type what the expression is: {@link ExpressionType#QUANTITY}, {@link
 *     ExpressionType#ORDINAL}, {@link ExpressionType#PERCENT}, {@link ExpressionType#MONEY} or
 *     {@link ExpressionType#YEAR}; never {@link ExpressionType#DATE}
 * @param span the char offsets of the expression in the scanned text
 * @param text the text covered by {@code span}
 * @param value the normalised value; for ordinals and years an exact quantity of the number
 * @param unit the counting noun right after the number, lower-cased as written ({@code tentara},
 *     {@code kepala keluarga}, {@code troops}), or the ISO currency code for money ({@code IDR},
 *     {@code USD}); {@code null} when there is none
 * @param unitSpan the span of the unit words, {@code null} exactly when {@code unit} is
 * @param markers what the surrounding words say about the figure; empty when nothing
 */
public record NumberExpression(
    ExpressionType type,
    Span span,
    String text,
    Quantity value,
    String unit,
    Span unitSpan,
    Set<NumberMarker> markers) {

  /**
   * Validates the fields and makes {@code markers} an immutable copy.
   *
   * @throws NullPointerException if a required field is null
   * @throws IllegalArgumentException if the type is {@code DATE}, the text does not match the span
   *     length, or only one of {@code unit} and {@code unitSpan} is given
   */
  public NumberExpression {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(markers, "markers");
    if (type == ExpressionType.DATE) {
      throw new IllegalArgumentException("number expressions are never dates");
    }
    if (text.length() != span.length()) {
      throw new IllegalArgumentException(
          "text '" + text + "' does not match span " + span);
    }
    if ((unit == null) != (unitSpan == null)) {
      throw new IllegalArgumentException("unit " + unit + " and unit span " + unitSpan
          + " must both be given or both be null");
    }
    markers = markers.isEmpty()
        ? Collections.emptySet()
        : Collections.unmodifiableSet(EnumSet.copyOf(markers));
  }

  /** Returns whether the expression carries the marker. */
  public boolean has(NumberMarker marker) {
    return markers.contains(marker);
  }
}
