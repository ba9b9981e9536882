package io.github.claimcheck.reconcile;

import io.github.claimcheck.render.text.FindingTexts;
import io.github.claimcheck.model.Reason;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.ClaimFlag;
import io.github.claimcheck.model.DateValue;
import io.github.claimcheck.model.Finding;
import io.github.claimcheck.model.Verdict;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Declarative helpers so that a typical rule or setting is a line or two:
 *
 * <pre>{@code
 * RuleSet disaster = RuleSet.defaults()
 *     .with(Rules.forPredicate("killed")
 *         .inStoriesTagged("disaster")
 *         .officialSources("BNPB", "BPBD")
 *         .laterLowerOfficialFigureIsConflict())
 *     .with(Rules.tolerate("evacuated", 0.20))
 *     .with(Rules.of("my-rule", (group, ctx) -> List.of()));
 * }</pre>
 *
 * <p>Every rule made here is an ordinary {@link Rule} with a stable name (derived from what it
 * does unless you give one with {@link ForPredicate#named(String)}), so {@link
 * RuleSet#without(String)} removes it and adding two rules of one name fails. Arguments are
 * checked when the rule or setting is made: a blank predicate, tag or name, or a negative
 * tolerance, fails there with an {@link IllegalArgumentException}.
 *
 * @since 0.1.0
 */
public final class Rules {

  private Rules() {}

  /**
   * The body of a rule as a lambda: the findings for one group of comparable claims. Same
   * contract as {@link Rule#evaluate(ClaimGroup, RuleContext)}.
   */
  @FunctionalInterface
  public interface GroupRule {
    /**
     * Returns the findings for one group.
     *
     * @param group the claims compared
     * @param context what else a rule may read
     * @return the findings, never {@code null}
     */
    List<Finding> evaluate(ClaimGroup group, RuleContext context);
  }

  /**
   * Returns a rule named {@code name} evaluating {@code body} on every group.
   *
   * @throws IllegalArgumentException if the name is blank
   */
  public static Rule of(String name, GroupRule body) {
    return new Scoped(checkName(name), null, null, Objects.requireNonNull(body, "body"));
  }

  /**
   * Starts a rule about one predicate; it sees only groups of that predicate.
   *
   * @throws IllegalArgumentException if the predicate is blank
   */
  public static ForPredicate forPredicate(String predicate) {
    return new ForPredicate(RuleSet.checkPredicate(predicate), null, List.of(), null);
  }

  /**
   * Returns the setting "tolerate {@code fraction} for approximate figures of {@code predicate}":
   * {@code tolerate("shipped", 0.20)} is ±20 %.
   *
   * @throws IllegalArgumentException if the predicate is blank, or {@code fraction} is negative,
   *     infinite or not a number
   */
  public static RuleSetting tolerate(String predicate, double fraction) {
    RuleSet.checkPredicate(predicate);
    RuleSet.checkFraction("tolerance for '" + predicate + "'", fraction);
    return new RuleSetting(RuleSetting.Kind.TOLERANCE, predicate, fraction, List.of());
  }

  /**
   * Returns the setting "figures of {@code predicate} are cumulative": they may grow over time,
   * not fall.
   *
   * @throws IllegalArgumentException if the predicate is blank
   */
  public static RuleSetting cumulative(String predicate) {
    return new RuleSetting(
        RuleSetting.Kind.CUMULATIVE, RuleSet.checkPredicate(predicate), 0, List.of());
  }

  /**
   * Returns the setting "the story {@code story} has these tags"; see {@link
   * RuleSet#storyTags(String)}.
   *
   * @throws IllegalArgumentException if no tag is given, or a tag is blank or holds a {@code /}
   */
  public static RuleSetting tagStory(String story, String... tags) {
    Objects.requireNonNull(story, "story");
    if (tags.length == 0) {
      throw new IllegalArgumentException("no tags given for story '" + story + "'");
    }
    List<String> list = new ArrayList<>();
    for (String t : tags) {
      list.add(RuleSet.checkTag(t));
    }
    return new RuleSetting(RuleSetting.Kind.STORY_TAGS, story, 0, list);
  }

  /**
   * Returns the setting "the source {@code source} has the prior reliability {@code
   * reliability}": a national disaster agency or a wire service you trust more than the default
   * ({@value RuleSet#DEFAULT_SOURCE_RELIABILITY}), an outlet you trust less. The prior is where the
   * estimate of the source's reliability starts and what it is drawn towards; the claims of the
   * check then move it (see {@link RuleSet#sourcePriors()}).
   *
   * <pre>{@code
   * RuleSet rules = RuleSet.defaults().with(Rules.sourcePrior("BNPB", 0.95));
   * }</pre>
   *
   * @param source an outlet or an original source, matched as {@link RuleSet#sourcePriors()} says
   * @param reliability the prior, strictly between 0 and 1
   * @throws IllegalArgumentException if the source is blank or the reliability is not strictly
   *     between 0 and 1
   * @since 0.1.0
   */
  public static RuleSetting sourcePrior(String source, double reliability) {
    return new RuleSetting(RuleSetting.Kind.SOURCE_PRIOR, RuleSet.checkSource(source),
        RuleSet.checkReliability(source, reliability), List.of());
  }

  /**
   * A rule about one predicate in the making: narrow it ({@link #inStoriesTagged(String)},
   * {@link #officialSources(String...)}, {@link #named(String)}), then finish it with what it
   * concludes. Immutable: each step returns a new value.
   */
  public static final class ForPredicate {
    private final String predicate;
    private final String tag;
    private final List<String> officials;
    private final String name;

    private ForPredicate(String predicate, String tag, List<String> officials, String name) {
      this.predicate = predicate;
      this.tag = tag;
      this.officials = officials;
      this.name = name;
    }

    /**
     * Limits the rule to stories with {@code tag}; see {@link RuleSet#storyTags(String)}.
     *
     * @throws IllegalArgumentException if the tag is blank or holds a {@code /}
     */
    public ForPredicate inStoriesTagged(String tag) {
      return new ForPredicate(predicate, RuleSet.checkTag(tag), officials, name);
    }

    /**
     * Says which sources are official: a claim is official when its attribution (or the source
     * that attribution cites) contains one of {@code names} as whole words, ignoring case. Without
     * this call, every claim with a named attribution is official.
     *
     * @throws IllegalArgumentException if no name is given or one is blank
     */
    public ForPredicate officialSources(String... names) {
      if (names.length == 0) {
        throw new IllegalArgumentException("no official source names given");
      }
      List<String> list = new ArrayList<>();
      for (String n : names) {
        if (n == null || n.isBlank()) {
          throw new IllegalArgumentException("an official source name is blank");
        }
        list.add(n.strip());
      }
      return new ForPredicate(predicate, tag, List.copyOf(list), name);
    }

    /**
     * Names the rule, instead of the name derived from what it does.
     *
     * @throws IllegalArgumentException if the name is blank
     */
    public ForPredicate named(String ruleName) {
      return new ForPredicate(predicate, tag, officials, checkName(ruleName));
    }

    /**
     * Finishes the rule: when an official figure is lower than an official figure for an earlier
     * time, that is a conflict (an official count should not go down without a correction). It
     * cites the later figure and the latest earlier one above it; figures whose time is unknown
     * are not compared. Default name {@code <predicate>-later-lower-official[-in-<tag>]}.
     */
    public Rule laterLowerOfficialFigureIsConflict() {
      return fall(true, "later-lower-official");
    }

    /**
     * Finishes the rule: like {@link #laterLowerOfficialFigureIsConflict()}, for figures from any
     * source. Default name {@code <predicate>-later-lower[-in-<tag>]}.
     */
    public Rule laterLowerFigureIsConflict() {
      return fall(false, "later-lower");
    }

    /**
     * Finishes the rule: when the figures of two or more articles do not all agree, the
     * difference is explained by {@code because} (for example "BNPB counts only identified
     * victims"). The finding cites every total of the group, so it replaces the conflicts of other
     * rules on those claims. Default name {@code <predicate>-disagreement-explained[-in-<tag>]}.
     *
     * @throws IllegalArgumentException if {@code because} is blank
     */
    public Rule disagreementIsExplained(String because) {
      Objects.requireNonNull(because, "because");
      if (because.isBlank()) {
        throw new IllegalArgumentException("the explanation is blank");
      }
      String reason = because.strip();
      String ruleName = nameOr("disagreement-explained");
      return new Scoped(ruleName, predicate, tag, (group, ctx) -> {
        List<Claim> totals = group.totals();
        if (group.articleIds().size() < 2 || totals.size() < 2 || allOverlap(totals, ctx)) {
          return List.of();
        }
        List<String> ids = new ArrayList<>();
        totals.forEach(c -> ids.add(c.id()));
        Reason explained = new Reason.ExplainedByRule(ctx.about(group), ctx.cite(totals), reason);
        return List.of(Finding.of(ruleName, Verdict.EXPLAINED, group.predicate(),
            group.subject(), ids, explained, FindingTexts.english(explained)));
      });
    }

    /**
     * Finishes the rule with your own body, run only on the groups this rule is narrowed to.
     *
     * @throws IllegalArgumentException if the name is blank
     */
    public Rule rule(String ruleName, GroupRule body) {
      return new Scoped(checkName(ruleName), predicate, tag, Objects.requireNonNull(body, "body"));
    }

    private String nameOr(String what) {
      return name != null ? name : predicate + "-" + what + (tag == null ? "" : "-in-" + tag);
    }

    private Rule fall(boolean officialOnly, String what) {
      String ruleName = nameOr(what);
      List<Pattern> patterns = new ArrayList<>();
      for (String n : officials) {
        patterns.add(Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(n) + "(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
      }
      return new Scoped(ruleName, predicate, tag, (group, ctx) -> {
        if (group.isDates()) {
          return List.of();
        }
        List<Claim> pool = new ArrayList<>();
        for (Claim c : group.totals()) {
          if (ctx.effectiveTime(c).isPresent() && (!officialOnly || official(c, patterns))) {
            pool.add(c);
          }
        }
        Comparator<Claim> byEnd = Comparator.comparing((Claim c) -> end(ctx.effectiveTime(c)))
            .thenComparing(Claim::id);
        List<Finding> out = new ArrayList<>();
        for (Claim later : pool) {
          Claim earlier = pool.stream()
              .filter(a -> ctx.allBefore(List.of(a), List.of(later))
                  && ctx.interval(later).isBelow(ctx.interval(a)))
              .max(byEnd)
              .orElse(null);
          if (earlier == null) {
            continue;
          }
          Set<String> ids = new TreeSet<>(List.of(earlier.id(), later.id()));
          Reason reason = new Reason.WentDown(ctx.about(group), ctx.cite(earlier),
              ctx.cite(later), officialOnly);
          out.add(Finding.of(ruleName, Verdict.CONFLICT, group.predicate(), group.subject(),
              new ArrayList<>(ids), reason, FindingTexts.english(reason)));
        }
        return out;
      });
    }

    @Override
    public String toString() {
      return "Rules.forPredicate(" + predicate + ")" + (tag == null ? "" : " tagged " + tag)
          + (officials.isEmpty() ? "" : " official " + officials);
    }
  }

  private static LocalDate end(Optional<DateValue> time) {
    return time.map(DateValue::end).orElse(LocalDate.MIN);
  }

  private static boolean official(Claim c, List<Pattern> names) {
    if (names.isEmpty()) {
      return c.attribution().isPresent() && !c.has(ClaimFlag.UNNAMED_SOURCE);
    }
    String who = c.attribution().orElse("") + " " + c.origin().orElse("");
    return names.stream().anyMatch(p -> p.matcher(who).find());
  }

  private static boolean allOverlap(List<Claim> claims, RuleContext ctx) {
    for (int i = 0; i < claims.size(); i++) {
      for (int j = i + 1; j < claims.size(); j++) {
        if (!ctx.interval(claims.get(i)).overlaps(ctx.interval(claims.get(j)))) {
          return false;
        }
      }
    }
    return true;
  }

  private static String checkName(String name) {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("rule name is blank");
    }
    return name.strip();
  }

  /** A rule limited to one predicate and story tag (either may be null: any). */
  private static final class Scoped implements Rule {
    private final String name;
    private final String predicate;
    private final String tag;
    private final GroupRule body;

    Scoped(String name, String predicate, String tag, GroupRule body) {
      this.name = name;
      this.predicate = predicate;
      this.tag = tag;
      this.body = body;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public List<Finding> evaluate(ClaimGroup group, RuleContext context) {
      if (predicate != null && !predicate.equals(group.predicate())) {
        return List.of();
      }
      if (tag != null && !context.storyTags(group).contains(tag)) {
        return List.of();
      }
      return body.evaluate(group, context);
    }

    @Override
    public String toString() {
      return "Rule[" + name + "]";
    }
  }
}
