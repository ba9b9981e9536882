package io.github.claimcheck.extract;

import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.Quantity;
import io.github.claimcheck.model.Scope;

/**
 * A claim before its id is known, with what later figures and the sentence's post-pass read:
 * its predicate and subject, the place named next to its figure (a part of the whole only if
 * the sentence says so), whether that place opens the sentence, and the sentence index.
 */
record Draft(
    Claim.Builder builder, int start, String predicate, Subject subject, PartFinder.Place place,
    boolean frontedPlace, Scope scope, boolean subset, int sentence, Quantity value) {
  Draft(Claim.Builder builder, int start) {
    this(builder, start, null, null, null, false, null, false, -1, null);
  }
}
