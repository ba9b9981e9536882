/**
 * Claim extraction: from one article's text to typed, attributed, evidenced {@link
 * io.github.claimcheck.model.Claim}s. {@link io.github.claimcheck.extract.Extractor} does the
 * whole job for one article; {@link io.github.claimcheck.extract.LanguageDetector} tells
 * Indonesian from English. Language knowledge (predicates, subjects, attribution cues,
 * boilerplate) is kept in resource files under {@code io/github/claimcheck/lang/}.
 */
package io.github.claimcheck.extract;
