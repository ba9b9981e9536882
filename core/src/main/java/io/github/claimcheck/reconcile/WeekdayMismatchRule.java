package io.github.claimcheck.reconcile;

import java.util.Optional;
import io.github.claimcheck.render.text.FindingTexts;
import io.github.claimcheck.model.Reason;
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
final class WeekdayMismatchRule implements SplittableRule, BuiltInRule {

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
      Optional<DateValue> date = c.date().or(c::when);
      Reason reason = new Reason.WeekdayMismatch(ctx.outlet(c.articleId()), Reason.Topic.of(c),
          date, c.whenText());
      out.add(Finding.of(name(), Verdict.CONFLICT, c.predicate(), c.subject(), List.of(c.id()),
          reason, FindingTexts.english(reason)));
    }
    return out;
  }
}
