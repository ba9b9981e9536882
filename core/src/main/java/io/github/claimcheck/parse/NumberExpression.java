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
 * @param unit the unit as written: a counting noun after the number lower-cased ({@code tentara},
 *     {@code kepala keluarga}, {@code troops}), a unit of measure, currency or percent sign as
 *     written ({@code GB}, {@code km/h}, {@code Rp}, {@code US$}, {@code dolar AS}, {@code %}), a
 *     multiplier ({@code kali lipat}, {@code times}), with what it is counted per when the text says
 *     ({@code $ a barrel}, {@code points per game}); {@code null} when there is none
 * @param unitSpan the span of the unit words (without the "per" part), {@code null} exactly when
 *     {@code unit} is
 * @param unitNormalized the unit from the unit tables of {@code lang/}: an ISO 4217 code for money
 *     ({@code IDR}, {@code USD}), a symbol for units of measure ({@code km}, {@code GB}, {@code
 *     km/h}, {@code hp}), {@code %} for percentages, an English singular for counting nouns
 *     ({@code person}, {@code soldier}, {@code household}), {@code times} for multipliers, with
 *     {@code /} and the normalised per-unit for rates ({@code USD/barrel}); a counting noun the
 *     tables do not know is its lower-cased self; {@code null} exactly when {@code unit} is
 * @param markers what the surrounding words say about the figure; empty when nothing
 */
public record NumberExpression(
    ExpressionType type,
    Span span,
    String text,
    Quantity value,
    String unit,
    Span unitSpan,
    String unitNormalized,
    Set<NumberMarker> markers) {

  /**
   * An expression whose normalised unit is the unit as given; the form before {@code
   * unitNormalized} was added.
   *
   * @throws NullPointerException if a required field is null
   * @throws IllegalArgumentException as the canonical constructor
   */
  public NumberExpression(ExpressionType type, Span span, String text, Quantity value, String unit,
      Span unitSpan, Set<NumberMarker> markers) {
    this(type, span, text, value, unit, unitSpan, unit, markers);
  }

  /**
   * Validates the fields and makes {@code markers} an immutable copy.
   *
   * @throws NullPointerException if a required field is null
   * @throws IllegalArgumentException if the type is {@code DATE}, the text does not match the span
   *     length, or only some of {@code unit}, {@code unitSpan} and {@code unitNormalized} are given
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
    if ((unit == null) != (unitSpan == null) || (unit == null) != (unitNormalized == null)) {
      throw new IllegalArgumentException("unit " + unit + ", unit span " + unitSpan
          + " and normalised unit " + unitNormalized + " must all be given or all be null");
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
