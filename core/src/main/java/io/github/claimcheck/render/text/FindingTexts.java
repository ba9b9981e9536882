package io.github.claimcheck.render.text;

import io.github.claimcheck.model.ClockTime;
import io.github.claimcheck.model.DateValue;
import io.github.claimcheck.model.Finding;
import io.github.claimcheck.model.Reason;
import io.github.claimcheck.model.SubjectKey;
import io.github.claimcheck.model.Value;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The sentences readers see for findings, in their language: every {@link Reason} a built-in rule
 * gives has a wording in English and in Indonesian ({@link Locale} {@code id}); any other locale
 * gets English. The words are data ({@code render/texts-en.tsv}, {@code render/texts-id.tsv} and
 * their word lists), so a translation is a pair of files. {@link Finding#explanation()} is the
 * English rendering, which the JSON report keeps.
 *
 * <pre>{@code
 * for (Finding f : report.findings()) {
 *   System.out.println(FindingTexts.render(f, Locale.forLanguageTag("id")));
 * }
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class FindingTexts {

  private FindingTexts() {}

  /**
   * Returns the finding's reason in the locale's language; a {@link Reason.Text} (words only, from
   * a rule of your own) as written.
   */
  public static String render(Finding finding, Locale locale) {
    return render(finding.reason(), locale);
  }

  /** Returns the English sentence for a reason, as {@link Finding#explanation()} gives it. */
  public static String english(Reason reason) {
    return render(reason, Locale.ENGLISH);
  }

  /** Returns the sentence for a reason in the locale's language (English when it has none). */
  public static String render(Reason reason, Locale locale) {
    Objects.requireNonNull(reason, "reason");
    return sentence(reason, Wording.of(Objects.requireNonNull(locale, "locale")));
  }

  /** Returns a claim as cited in English: {@code about 10,000 (Kompas, NIS, as of 19 Oct 2024)}. */
  public static String describe(Reason.Cited cited, Locale locale) {
    return Wording.of(locale).describe(cited);
  }

  /** Returns a subject in words: {@code North Korean soldiers}, {@code tentara Korea Utara}. */
  public static String subject(SubjectKey subject, Locale locale) {
    return Wording.of(locale).subject(subject);
  }

  /** Returns what a group is about: {@code North Korean soldiers deployed in the Kursk fighting}. */
  public static String topic(Reason.Topic topic, Locale locale) {
    return Wording.of(locale).topic(topic);
  }

  /** Returns a value in words: {@code about 10,000–12,000}, {@code at least 41}, {@code 19 Jun 2024}. */
  public static String value(Value value, Locale locale) {
    return Wording.of(locale).value(value);
  }

  /** Returns a time of day: {@code 17:00}, {@code 17:00 UTC+7}, {@code 19:30 UTC+5:30}. */
  public static String clock(ClockTime clock) {
    return Wording.clock(clock);
  }

  /** Returns a time in words: {@code 19 Jun 2024}, {@code Sep–Nov 2024}. */
  public static String time(DateValue time, Locale locale) {
    return Wording.of(locale).time(time);
  }

  /**
   * Returns items joined as the language lists them ({@code a, b and c}), at most four spelled
   * out and the rest counted ({@code and 3 more}).
   */
  public static String list(List<String> items, Locale locale) {
    return Wording.of(locale).list(items, s -> s);
  }

  private static String sentence(Reason reason, Wording w) {
    if (reason instanceof Reason.Text r) {
      return r.text();
    }
    if (reason instanceof Reason.Disagree r) {
      return w.fill("disagree", w.topic(r.topic()), cited(w, r.lower()), cited(w, r.higher()));
    }
    if (reason instanceof Reason.DisagreeOverTime r) {
      return w.fill("disagree.over-time", w.topic(r.topic()), cited(w, r.earlier()),
          cited(w, r.later()));
    }
    if (reason instanceof Reason.FellOverTime r) {
      return w.fill("fell", w.topic(r.topic()), cited(w, r.earlier()), cited(w, r.later()));
    }
    if (reason instanceof Reason.UnresolvedTime r) {
      String missing = missing(w, "unresolved.time-unknown", r.timeUnknown())
          + missing(w, "unresolved.date-inferred", r.dateInferred())
          + missing(w, "unresolved.earlier-undated", r.earlierUndated());
      return w.fill("unresolved", w.topic(r.topic()), cited(w, r.lower()), cited(w, r.higher()),
          missing);
    }
    if (reason instanceof Reason.Agree r) {
      return w.fill("agree", String.valueOf(r.articles()), w.topic(r.topic()), cited(w, r.claims()))
          + r.commonSource().map(s -> w.fill("agree.one-source", s)).orElse("");
    }
    if (reason instanceof Reason.GrewOverTime r) {
      return w.fill("grew", Wording.capitalize(w.topic(r.topic())), cited(w, r.earlier()),
          cited(w, r.later()));
    }
    if (reason instanceof Reason.ChangedOverTime r) {
      return w.fill("changed", Wording.capitalize(w.topic(r.topic())), cited(w, r.earlier()),
          cited(w, r.later()), r.meaning().map(m -> w.fill("changed.meaning", m)).orElse(""));
    }
    if (reason instanceof Reason.RevisedDown r) {
      return w.fill("revised", w.topic(r.topic()), r.cue(), cited(w, r.earlier()),
          cited(w, r.later()));
    }
    if (reason instanceof Reason.AdditionExplains r) {
      String sum = r.sum().map(s -> w.fill(s.contains() ? "addition.contains" : "addition.overlaps",
          w.value(s.earlier()), w.value(s.addition()), w.value(s.sum()),
          w.list(s.totals(), w::value))).orElse("");
      return w.fill("addition", Wording.capitalize(w.topic(r.topic())), cited(w, r.later()),
          cited(w, r.earlier()), w.describe(r.addition()),
          w.template(r.grewOverTime() ? "addition.grew" : "addition.plain"), sum);
    }
    if (reason instanceof Reason.PartsExceedTotal r) {
      return w.fill("parts-exceed", cited(w, r.totals()), w.topic(r.topic()),
          w.list(r.parts(), p -> w.describe(p.cited()) + " " + w.scope(p.scope())));
    }
    if (reason instanceof Reason.PartsDoNotAddUp r) {
      return w.fill("parts-add-up", r.outlet(), w.topic(r.topic()),
          w.list(r.parts(), p -> p.scope().text().strip() + " " + w.value(p.cited().value())),
          w.value(r.sum()), cited(w, r.totals()));
    }
    if (reason instanceof Reason.ExceedsCombined r) {
      return w.fill("exceeds-combined", cited(w, r.counts()), w.topic(r.topic()),
          w.describe(r.combined()), w.topic(r.combinedTopic()));
    }
    if (reason instanceof Reason.WithinArticle r) {
      String values = w.list(r.lower(), w::valueWithSource) + w.template("vs")
          + w.list(r.higher(), w::valueWithSource);
      if (r.revisionCue().isPresent()) {
        return w.fill("within.revised", r.outlet(), w.topic(r.topic()), r.revisionCue().get(),
            values);
      }
      String when = r.sameTime().map(t -> w.fill("within.same-time",
          r.timeStated() ? w.time(t) : w.fill("as-of", w.time(t)))).orElse("");
      return w.fill("within", r.outlet(), w.topic(r.topic()), when, values);
    }
    if (reason instanceof Reason.WeekdayMismatch r) {
      String date = r.date().map(d -> d.start().equals(d.end())
          ? w.fill("weekday.day", w.time(d), w.weekday(d.start()))
          : w.fill("weekday.date", w.time(d))).orElse("");
      return w.fill("weekday", r.outlet(), w.topic(r.topic()), date,
          r.words().map(t -> w.fill("weekday.words", t)).orElse(""));
    }
    if (reason instanceof Reason.ExplainedByRule r) {
      return w.fill("explained", Wording.capitalize(w.topic(r.topic())), cited(w, r.totals()),
          r.because()) + (r.because().endsWith(".") ? "" : ".");
    }
    if (reason instanceof Reason.WentDown r) {
      return w.fill(r.official() ? "went-down.official" : "went-down", w.topic(r.topic()),
          w.describe(r.earlier()), w.describe(r.later()));
    }
    throw new AssertionError(reason.getClass());
  }

  private static String cited(Wording w, Reason.Listed<Reason.Cited> claims) {
    return w.list(claims, w::describe);
  }

  /** " Time of report unknown for about 3,000 (Kompas)." or nothing. */
  private static String missing(Wording w, String key, Reason.Listed<Reason.Cited> claims) {
    return claims.isEmpty() ? ""
        : w.fill(key, w.list(claims, c -> w.value(c.value()) + " (" + c.outlet() + ")"));
  }
}
