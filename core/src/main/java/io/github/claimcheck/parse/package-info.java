/**
 * The parsing layer, usable on its own: finds number expressions (counts, hedges, ranges, vague
 * amounts, ordinals, percentages, money, years) and date expressions (absolute and relative,
 * resolved against a reference date) in Indonesian and English text, with their spans and
 * normalised values.
 *
 * <p>Language knowledge (number words, hedge words, month and weekday names) is kept as data in
 * resource files under {@code io/github/claimcheck/lang/}. All public types are immutable and
 * thread-safe.
 */
package io.github.claimcheck.parse;
