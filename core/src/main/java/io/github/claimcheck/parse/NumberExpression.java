package io.github.claimcheck.parse;

import io.github.claimcheck.model.Quantity;
import io.github.claimcheck.model.Span;
import java.util.Set;

/** TEMPORARY stub, replaced by the numbers branch. */
public record NumberExpression(
    ExpressionType type,
    Span span,
    String text,
    Quantity value,
    String unit,
    Span unitSpan,
    Set<NumberMarker> markers) {}
