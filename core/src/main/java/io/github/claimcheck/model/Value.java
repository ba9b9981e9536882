package io.github.claimcheck.model;

/**
 * What a claim states: either a {@link Quantity} (a number, range or bound) or a {@link
 * DateValue} (a day or a longer period).
 */
public sealed interface Value permits Quantity, DateValue {}
