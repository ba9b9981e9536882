package io.github.claimcheck.reconcile;

import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.ClaimFlag;
import io.github.claimcheck.model.DateValue;
import io.github.claimcheck.model.Finding;
import io.github.claimcheck.model.Verdict;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@value RuleSet#WEEKDAY_MISMATCH}: every claim flagged {@link ClaimFlag#WEEKDAY_MISMATCH} (the
 * text names a weekday that does not match the date) is a conflict citing that claim. It looks at
 * each claim on its own, so it splits by comparison key as it is.
 */
final class WeekdayMismatchRule implements SplittableRule {

  @Override
  public String name() {
    return RuleSet.WEEKDAY_MISMATCH;
  }

  @Override
  public List<Finding> evaluateAll(List<Claim> claims, RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (Claim c : claims) {
      if (!c.has(ClaimFlag.WEEKDAY_MISMATCH)) {
        continue;
      }
      DateValue date = c.date().orElseGet(() -> c.when().orElse(null));
      StringBuilder text = new StringBuilder(ctx.outlet(c.articleId()))
          .append(" names a weekday that does not match the date it gives for ")
          .append(Texts.topic(c.predicate(), c.subject(), c.event().orElse(null),
              c.date().isPresent(), c.scope().orElse(null)));
      if (date != null) {
        text.append(": ").append(ctx.formatTime(date));
        if (date.start().equals(date.end())) {
          text.append(" is a ")
              .append(date.start().getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        }
      }
      c.whenText().ifPresent(w -> text.append(" (\"").append(w).append("\")"));
      text.append(". Either the day or the date is wrong.");
      out.add(Finding.of(name(), Verdict.CONFLICT, c.predicate(), c.subject(), List.of(c.id()),
          text.toString()));
    }
    return out;
  }
}
