package io.github.claimcheck.parse;

import io.github.claimcheck.model.Span;
import java.time.LocalDate;

/** TEMPORARY stub, replaced by the dates branch. */
public record InferredDate(LocalDate date, Span evidence, String words, Basis basis) {
  public enum Basis {
    DATELINE,
    REPORT_DAY,
    LATEST_DATE,
    WEEKDAY_YEAR
  }
}
