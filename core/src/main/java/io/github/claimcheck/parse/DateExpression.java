package io.github.claimcheck.parse;

import io.github.claimcheck.model.DateValue;
import io.github.claimcheck.model.Span;
import java.time.DayOfWeek;
import java.util.Optional;

/** TEMPORARY stub, replaced by the dates branch. */
public final class DateExpression {
  public Span span() {
    return null;
  }

  public String text() {
    return null;
  }

  public Optional<DateValue> value() {
    return Optional.empty();
  }

  public boolean relative() {
    return false;
  }

  public boolean explicitYear() {
    return false;
  }

  public Optional<DayOfWeek> weekday() {
    return Optional.empty();
  }

  public boolean weekdayMismatch() {
    return false;
  }

  public boolean asOf() {
    return false;
  }

  public boolean future() {
    return false;
  }
}
