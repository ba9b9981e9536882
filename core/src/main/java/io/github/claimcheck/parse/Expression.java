package io.github.claimcheck.parse;

import io.github.claimcheck.model.Span;
import io.github.claimcheck.model.Value;
import java.util.Objects;
import java.util.Optional;

/**
 * A number or date expression as the {@code scan} listing shows it: what it is, where, and its
 * normalised value.
 */
public final class Expression {

  private final ExpressionType type;
  private final Span span;
  private final String text;
  private final Value value;
  private final String unit;
  private final String unitNormalized;

  private Expression(ExpressionType type, Span span, String text, Value value, String unit,
      String unitNormalized) {
    this.type = Objects.requireNonNull(type, "type");
    this.span = Objects.requireNonNull(span, "span");
    this.text = Objects.requireNonNull(text, "text");
    this.value = value;
    this.unit = unit;
    this.unitNormalized = unitNormalized;
  }

  /** Returns the expression for a number expression. */
  public static Expression of(NumberExpression n) {
    return new Expression(n.type(), n.span(), n.text(), n.value(), n.unit(), n.unitNormalized());
  }

  /** Returns the expression for a date expression; its value is empty when unresolved. */
  public static Expression of(DateExpression d) {
    return new Expression(ExpressionType.DATE, d.span(), d.text(), d.value().orElse(null), null,
        null);
  }

  /** Returns the type. */
  public ExpressionType type() {
    return type;
  }

  /** Returns where the expression is in the scanned text. */
  public Span span() {
    return span;
  }

  /** Returns the words as written. */
  public String text() {
    return text;
  }

  /** Returns the normalised value; empty for a relative date without a reference date. */
  public Optional<Value> value() {
    return Optional.ofNullable(value);
  }

  /**
   * Returns the unit as written (a counting noun, unit of measure, currency or percent sign);
   * empty when none. See {@link NumberExpression#unit()}.
   */
  public Optional<String> unit() {
    return Optional.ofNullable(unit);
  }

  /**
   * Returns the unit from the unit tables ({@code USD}, {@code km}, {@code %}, {@code person});
   * empty exactly when {@link #unit()} is. See {@link NumberExpression#unitNormalized()}.
   *
   * @since 0.1.0
   */
  public Optional<String> unitNormalized() {
    return Optional.ofNullable(unitNormalized);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Expression e
        && type == e.type
        && span.equals(e.span)
        && text.equals(e.text)
        && Objects.equals(value, e.value)
        && Objects.equals(unit, e.unit)
        && Objects.equals(unitNormalized, e.unitNormalized);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, span, text, value, unit, unitNormalized);
  }

  @Override
  public String toString() {
    return type.jsonName() + " " + span.start() + ".." + span.end() + " \"" + text + "\" = "
        + (value == null ? "unresolved" : value) + (unit == null ? "" : " " + unitNormalized)
        + (unit == null || unit.equals(unitNormalized) ? "" : " (" + unit + ")");
  }
}
