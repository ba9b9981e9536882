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

  private Expression(ExpressionType type, Span span, String text, Value value, String unit) {
    this.type = Objects.requireNonNull(type, "type");
    this.span = Objects.requireNonNull(span, "span");
    this.text = Objects.requireNonNull(text, "text");
    this.value = value;
    this.unit = unit;
  }

  /** Returns the expression for a number expression. */
  public static Expression of(NumberExpression n) {
    return new Expression(n.type(), n.span(), n.text(), n.value(), n.unit());
  }

  /** Returns the expression for a date expression; its value is empty when unresolved. */
  public static Expression of(DateExpression d) {
    return new Expression(ExpressionType.DATE, d.span(), d.text(), d.value().orElse(null), null);
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

  /** Returns the unit noun or currency; empty when none. */
  public Optional<String> unit() {
    return Optional.ofNullable(unit);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Expression e
        && type == e.type
        && span.equals(e.span)
        && text.equals(e.text)
        && Objects.equals(value, e.value)
        && Objects.equals(unit, e.unit);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, span, text, value, unit);
  }

  @Override
  public String toString() {
    return type.jsonName() + " " + span.start() + ".." + span.end() + " \"" + text + "\" = "
        + (value == null ? "unresolved" : value) + (unit == null ? "" : " " + unit);
  }
}
