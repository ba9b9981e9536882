package io.github.claimcheck.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Why a rule reached its {@link Finding}, as data: what kind of reasoning it was (values that
 * cannot both be true, a count that grew over time, an addition that explains a gap, …), the
 * group it is about and the claims on each side with what the reader needs to weigh them (value,
 * outlet, source, time). Rules build a reason; {@code io.github.claimcheck.render.text.FindingTexts}
 * turns it into a sentence in a reader's language, and {@link Finding#explanation()} is its
 * English rendering.
 *
 * <p>All forms are immutable records; lists are copied. A finding made by a rule of your own with
 * {@link Finding#of(String, Verdict, String, String, List, String)} carries a {@link Text}: its
 * own words, shown as written in every language.
 *
 * @since 0.1.0
 */
public sealed interface Reason {

  /**
   * What a group of claims is about: predicate, subject, event and part of the whole.
   *
   * @param predicate what is claimed ({@code killed}, {@code deployed}, {@code signed})
   * @param subject who or what is counted or dated
   * @param event the event, when the claims name one
   * @param scope the part of the whole, when the group is about one
   * @param dates whether the values are dates (else quantities)
   */
  record Topic(
      String predicate,
      SubjectKey subject,
      Optional<EventKey> event,
      Optional<Scope> scope,
      boolean dates) {
    /** Checks the parts. */
    public Topic {
      Objects.requireNonNull(predicate, "predicate");
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(event, "event");
      Objects.requireNonNull(scope, "scope");
    }

    /** Returns the topic of one claim. */
    public static Topic of(Claim c) {
      return new Topic(c.predicate(), c.subjectKey(), c.eventKey(), c.scope(), c.date().isPresent());
    }
  }

  /** How a cited claim is dated for the reader. */
  enum Dating {
    /** The text gives the time the figure refers to. */
    STATED,
    /** The figure is as of its report's time. */
    AS_OF,
    /** The figure is from before its report's time (an earlier value the text recalls). */
    BEFORE,
    /** No time is known. */
    NONE
  }

  /**
   * The items a finding lists on one side, at most {@link #MAX_SHOWN} of them spelled out: a group
   * of a million claims is cited by its first few and counted.
   *
   * @param shown the items spelled out, in order
   * @param count how many there are in all, at least {@code shown.size()}
   * @param <T> the kind of item
   */
  record Listed<T>(List<T> shown, int count) {
    /** At most this many items are spelled out. */
    public static final int MAX_SHOWN = 4;

    /** Copies the items and checks the count. */
    public Listed {
      shown = List.copyOf(shown);
      if (count < shown.size() || shown.size() > MAX_SHOWN) {
        throw new IllegalArgumentException(
            "shown " + shown.size() + " of " + count + " (at most " + MAX_SHOWN + " shown)");
      }
    }

    /** Returns the first items of {@code all} mapped by {@code f}, and how many there are. */
    public static <S, T> Listed<T> of(List<S> all, java.util.function.Function<S, T> f) {
      int n = Math.min(all.size(), MAX_SHOWN);
      List<T> shown = new java.util.ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        shown.add(f.apply(all.get(i)));
      }
      return new Listed<>(shown, all.size());
    }

    /** Returns whether there is nothing to list. */
    public boolean isEmpty() {
      return count == 0;
    }
  }

  /**
   * One claim as a finding cites it.
   *
   * @param claimId the claim's id
   * @param value its value
   * @param outlet the outlet that published it (or the article id)
   * @param attribution who the text says gave the figure
   * @param origin the source that one cites
   * @param dating how it is dated
   * @param time the time it refers to (stated) or was reported at (as of, before)
   * @param clock the time of day, when given
   */
  record Cited(
      String claimId,
      Value value,
      String outlet,
      Optional<String> attribution,
      Optional<String> origin,
      Dating dating,
      Optional<DateValue> time,
      Optional<ClockTime> clock) {
    /** Checks the parts. */
    public Cited {
      Objects.requireNonNull(claimId, "claimId");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(outlet, "outlet");
      Objects.requireNonNull(attribution, "attribution");
      Objects.requireNonNull(origin, "origin");
      Objects.requireNonNull(dating, "dating");
      Objects.requireNonNull(time, "time");
      Objects.requireNonNull(clock, "clock");
      if (time.isEmpty() != (dating == Dating.NONE)) {
        throw new IllegalArgumentException("a time goes with every dating but NONE: " + dating);
      }
    }
  }

  /**
   * A part of a whole as cited: the claim and the part it counts.
   *
   * @param cited the claim
   * @param scope the part
   */
  record Part(Cited cited, Scope scope) {
    /** Checks the parts. */
    public Part {
      Objects.requireNonNull(cited, "cited");
      Objects.requireNonNull(scope, "scope");
    }
  }

  /** Sources give values that cannot both be true: {@code lower} vs {@code higher}. */
  record Disagree(Topic topic, Listed<Cited> lower, Listed<Cited> higher) implements Reason {
    /** Checks the parts. */
    public Disagree {
      Objects.requireNonNull(topic, "topic");
      Objects.requireNonNull(lower, "lower");
      Objects.requireNonNull(higher, "higher");
    }
  }

  /** Sources disagree, and the lower figure was reported before the higher one. */
  record DisagreeOverTime(Topic topic, Listed<Cited> earlier, Listed<Cited> later) implements Reason {
    /** Checks the parts. */
    public DisagreeOverTime {
      Objects.requireNonNull(topic, "topic");
      Objects.requireNonNull(earlier, "earlier");
      Objects.requireNonNull(later, "later");
    }
  }

  /** A count that should only grow fell: the higher figure is the earlier one. */
  record FellOverTime(Topic topic, Listed<Cited> earlier, Listed<Cited> later) implements Reason {
    /** Checks the parts. */
    public FellOverTime {
      Objects.requireNonNull(topic, "topic");
      Objects.requireNonNull(earlier, "earlier");
      Objects.requireNonNull(later, "later");
    }
  }

  /**
   * Figures of a running count differ and their times cannot say whether it grew in between.
   *
   * @param topic the group
   * @param lower the lower figures
   * @param higher the higher figures
   * @param timeUnknown those whose report time is unknown
   * @param dateInferred those whose report date was inferred, not certain
   * @param earlierUndated earlier figures the text recalls without a date
   */
  record UnresolvedTime(
      Topic topic,
      Listed<Cited> lower,
      Listed<Cited> higher,
      Listed<Cited> timeUnknown,
      Listed<Cited> dateInferred,
      Listed<Cited> earlierUndated)
      implements Reason {
    /** Checks the parts. */
    public UnresolvedTime {
      Objects.requireNonNull(topic, "topic");
      Objects.requireNonNull(lower, "lower");
      Objects.requireNonNull(higher, "higher");
      Objects.requireNonNull(timeUnknown, "timeUnknown");
      Objects.requireNonNull(dateInferred, "dateInferred");
      Objects.requireNonNull(earlierUndated, "earlierUndated");
    }
  }

  /**
   * Articles agree; when they all rest on one original source, it is named.
   *
   * @param topic the group
   * @param articles how many articles agree
   * @param claims the agreeing claims
   * @param commonSource the original source all of them rest on, if one
   */
  record Agree(Topic topic, int articles, Listed<Cited> claims, Optional<String> commonSource)
      implements Reason {
    /** Checks the parts. */
    public Agree {
      Objects.requireNonNull(topic, "topic");
      Objects.requireNonNull(commonSource, "commonSource");
      Objects.requireNonNull(claims, "claims");
    }
  }

  /** A running count grew between reports: no conflict. */
  record GrewOverTime(Topic topic, Listed<Cited> earlier, Listed<Cited> later) implements Reason {
    /** Checks the parts. */
    public GrewOverTime {
      Objects.requireNonNull(topic, "topic");
      Objects.requireNonNull(earlier, "earlier");
      Objects.requireNonNull(later, "later");
    }
  }

  /**
   * A count that may go down did (people missing are found): no conflict.
   *
   * @param topic the group
   * @param earlier the earlier, higher figures
   * @param later the later, lower figures
   * @param meaning what a fall of this count means, from the count data, if known
   */
  record ChangedOverTime(Topic topic, Listed<Cited> earlier, Listed<Cited> later, Optional<String> meaning)
      implements Reason {
    /** Checks the parts. */
    public ChangedOverTime {
      Objects.requireNonNull(topic, "topic");
      Objects.requireNonNull(meaning, "meaning");
      Objects.requireNonNull(earlier, "earlier");
      Objects.requireNonNull(later, "later");
    }
  }

  /**
   * A count was revised down, as the later report itself says.
   *
   * @param topic the group
   * @param earlier the earlier, higher figures
   * @param later the later, lower figures
   * @param cue the words of the later report that say so
   */
  record RevisedDown(Topic topic, Listed<Cited> earlier, Listed<Cited> later, String cue)
      implements Reason {
    /** Checks the parts. */
    public RevisedDown {
      Objects.requireNonNull(topic, "topic");
      Objects.requireNonNull(cue, "cue");
      Objects.requireNonNull(earlier, "earlier");
      Objects.requireNonNull(later, "later");
    }
  }

  /**
   * The sum an addition explanation rests on: {@code earlier} plus {@code addition} gives {@code
   * sum}, which contains (or only overlaps) the later totals.
   *
   * @param earlier the earlier total
   * @param addition the addition
   * @param sum their sum
   * @param contains whether the sum contains every later total (else it overlaps them)
   * @param totals the later totals' values
   */
  record Sum(Value earlier, Value addition, Value sum, boolean contains, Listed<Value> totals) {
    /** Checks the parts. */
    public Sum {
      Objects.requireNonNull(earlier, "earlier");
      Objects.requireNonNull(addition, "addition");
      Objects.requireNonNull(sum, "sum");
      Objects.requireNonNull(totals, "totals");
    }
  }

  /**
   * A later total is an earlier one plus an addition the sources report.
   *
   * @param topic the group
   * @param later the later totals
   * @param earlier the earlier totals
   * @param addition the addition
   * @param grewOverTime whether the earlier totals were all reported before the later ones
   * @param sum the arithmetic, when the values are quantities
   */
  record AdditionExplains(
      Topic topic,
      Listed<Cited> later,
      Listed<Cited> earlier,
      Cited addition,
      boolean grewOverTime,
      Optional<Sum> sum)
      implements Reason {
    /** Checks the parts. */
    public AdditionExplains {
      Objects.requireNonNull(topic, "topic");
      Objects.requireNonNull(addition, "addition");
      Objects.requireNonNull(sum, "sum");
      Objects.requireNonNull(later, "later");
      Objects.requireNonNull(earlier, "earlier");
    }
  }

  /** A total is smaller than parts of it. */
  record PartsExceedTotal(Topic topic, Listed<Cited> totals, Listed<Part> parts) implements Reason {
    /** Checks the parts. */
    public PartsExceedTotal {
      Objects.requireNonNull(topic, "topic");
      Objects.requireNonNull(totals, "totals");
      Objects.requireNonNull(parts, "parts");
    }
  }

  /**
   * An article lists the parts of a whole as complete, and they do not add up to its total.
   *
   * @param outlet the article's outlet
   * @param topic the group
   * @param parts the listed parts
   * @param sum what the parts make
   * @param totals the article's totals
   */
  record PartsDoNotAddUp(String outlet, Topic topic, Listed<Part> parts, Value sum, Listed<Cited> totals)
      implements Reason {
    /** Checks the parts. */
    public PartsDoNotAddUp {
      Objects.requireNonNull(outlet, "outlet");
      Objects.requireNonNull(topic, "topic");
      Objects.requireNonNull(sum, "sum");
      Objects.requireNonNull(parts, "parts");
      Objects.requireNonNull(totals, "totals");
    }
  }

  /**
   * A count is larger than a combined count it belongs to (the killed and the missing together).
   *
   * @param topic what the counts are about
   * @param counts the larger counts
   * @param combinedTopic what the combined count is about
   * @param combined the combined count
   */
  record ExceedsCombined(Topic topic, Listed<Cited> counts, Topic combinedTopic, Cited combined)
      implements Reason {
    /** Checks the parts. */
    public ExceedsCombined {
      Objects.requireNonNull(topic, "topic");
      Objects.requireNonNull(combinedTopic, "combinedTopic");
      Objects.requireNonNull(combined, "combined");
      Objects.requireNonNull(counts, "counts");
    }
  }

  /**
   * One article gives a figure more than once with values that do not agree.
   *
   * @param outlet the article's outlet
   * @param topic the group
   * @param lower the lower values
   * @param higher the higher values
   * @param sameTime the time both refer to, when known
   * @param timeStated whether the text states that time (else it is the report's)
   * @param revisionCue the words saying the figure was revised, when the article says so
   */
  record WithinArticle(
      String outlet,
      Topic topic,
      Listed<Cited> lower,
      Listed<Cited> higher,
      Optional<DateValue> sameTime,
      boolean timeStated,
      Optional<String> revisionCue)
      implements Reason {
    /** Checks the parts. */
    public WithinArticle {
      Objects.requireNonNull(outlet, "outlet");
      Objects.requireNonNull(topic, "topic");
      Objects.requireNonNull(sameTime, "sameTime");
      Objects.requireNonNull(revisionCue, "revisionCue");
      Objects.requireNonNull(lower, "lower");
      Objects.requireNonNull(higher, "higher");
    }
  }

  /**
   * An article names a weekday that does not match the date it gives.
   *
   * @param outlet the article's outlet
   * @param topic what is dated
   * @param date the date given, when known
   * @param words the words the date was read from
   */
  record WeekdayMismatch(String outlet, Topic topic, Optional<DateValue> date, Optional<String> words)
      implements Reason {
    /** Checks the parts. */
    public WeekdayMismatch {
      Objects.requireNonNull(outlet, "outlet");
      Objects.requireNonNull(topic, "topic");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(words, "words");
    }
  }

  /**
   * Figures differ for a reason the rule set's author gave ({@code Rules.forPredicate(…).explain}).
   *
   * @param topic the group
   * @param totals the differing figures
   * @param because the author's explanation, as written
   */
  record ExplainedByRule(Topic topic, Listed<Cited> totals, String because) implements Reason {
    /** Checks the parts. */
    public ExplainedByRule {
      Objects.requireNonNull(topic, "topic");
      Objects.requireNonNull(because, "because");
      Objects.requireNonNull(totals, "totals");
    }
  }

  /**
   * A figure that should not fall went down between two reports.
   *
   * @param topic the group
   * @param earlier the earlier, higher figure
   * @param later the later, lower figure
   * @param official whether only officials' figures were compared
   */
  record WentDown(Topic topic, Cited earlier, Cited later, boolean official) implements Reason {
    /** Checks the parts. */
    public WentDown {
      Objects.requireNonNull(topic, "topic");
      Objects.requireNonNull(earlier, "earlier");
      Objects.requireNonNull(later, "later");
    }
  }

  /**
   * A reason given as words only, by a rule of your own; shown as written in every language.
   *
   * @param text the explanation
   */
  record Text(String text) implements Reason {
    /** Checks the text. */
    public Text {
      Objects.requireNonNull(text, "text");
    }
  }
}
