package io.github.claimcheck.parse;

import java.math.BigDecimal;

/**
 * One lexicon entry: a role and its values (a number, two bounds, or a code).
 *
 * @param kind the role
 * @param value the first value column as a number, or null
 * @param value2 the second value column as a number, or null
 * @param code the first value column as text, or null
 */
record Entry(Kind kind, BigDecimal value, BigDecimal value2, String code) {}
