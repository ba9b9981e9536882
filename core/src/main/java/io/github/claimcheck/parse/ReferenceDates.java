package io.github.claimcheck.parse;

import io.github.claimcheck.model.Language;
import java.time.LocalDate;
import java.util.Optional;

/** TEMPORARY stub, replaced by the dates branch. */
public final class ReferenceDates {
  public static Optional<InferredDate> infer(
      CharSequence text, Language language, LocalDate today) {
    return Optional.empty();
  }
}
