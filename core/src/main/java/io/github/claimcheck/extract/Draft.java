package io.github.claimcheck.extract;

import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.Quantity;
import io.github.claimcheck.model.Scope;

/**
 * A claim before its id is known, with what later figures and the sentence's post-pass read:
 * its predicate and subject, the place named next to its figure (a part of the whole only if
 * the sentence says so), whether that place opens the sentence, and the sentence index.
 *
 * @param builder the claim, but for its id
 * @param start where its evidence starts: drafts are numbered in this order
 * @param predicate the predicate the discourse carries (before an "other" count is named)
 * @param subject who or what it counts, as the discourse carries it
 * @param place the place named next to its figure, or null
 * @param frontedPlace whether that place opens the sentence
 * @param scope its part of the whole, or null
 * @param subset whether it counts a part of a group
 * @param sentence the index of its sentence, or -1 for a date claim
 * @param value its value, or null for a date claim
 * @param figureAt where its figure starts (its evidence may start before, at a predicate word)
 * @param asOf whether its time is a date the text gives as the time the count holds ("hingga
 *     Kamis"), which no later sentence replaces
 * @param namedPredicate whether a word of its own names its predicate (not only a generic noun
 *     such as "korban", nor the discourse)
 * @param planned whether it is flagged planned (a future, not a fact)
 * @param ofTheMoment whether its flags leave it a count of the moment ({@link
 *     Counts#ofTheMoment}): a total or a part of one
 */
record Draft(
    Claim.Builder builder, int start, String predicate, Subject subject, PartFinder.Place place,
    boolean frontedPlace, Scope scope, boolean subset, int sentence, Quantity value,
    int figureAt, boolean asOf, boolean namedPredicate, boolean planned, boolean ofTheMoment) {
  /** A date claim or a zero count: no discourse reads it. */
  Draft(Claim.Builder builder, int start) {
    this(builder, start, null, null, null, false, null, false, -1, null, start, false, false,
        false, false);
  }
}
