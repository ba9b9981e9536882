package io.github.claimcheck.extract;

import io.github.claimcheck.model.Span;

/**
 * One sentence of an article: its span in the original text and its text.
 *
 * @param span where the sentence is in the article text
 * @param text the sentence as written
 * @param paragraph index of the line (paragraph) the sentence belongs to
 */
record Sentence(Span span, String text, int paragraph) {}
