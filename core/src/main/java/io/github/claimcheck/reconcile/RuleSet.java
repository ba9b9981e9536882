package io.github.claimcheck.reconcile;

import com.google.errorprone.annotations.CheckReturnValue;
import io.github.claimcheck.model.SubjectKey;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An immutable, ordered set of {@link Rule}s plus the settings they read: the tolerance for
 * approximate figures (default 10 %, overridable per predicate) and how the figures of each
 * predicate behave over time (its {@link CountKind}: a running count that only grows, such as
 * {@code killed}, one that may rise and fall, such as {@code missing}, or a fixed quantity, such
 * as the people aboard a ship). The running counts are the <em>cumulative</em> predicates.
 *
 * <p>Start from a preset and adjust; every adjustment returns a new set:
 *
 * <pre>{@code
 * RuleSet rules = RuleSet.defaults()
 *     .without("agreement")
 *     .withTolerance("shipped", 0.20)
 *     .with(myRule);
 * }</pre>
 *
 * <p>or build one from scratch with {@link #builder()}. {@link Rules} makes the common rules and
 * settings in a line each; {@link #with(RuleSet)} composes two sets, {@link #replacing(Rule)}
 * swaps a rule for another of the same name. Configuration mistakes fail at once with an {@link
 * IllegalArgumentException} naming the bad value: a rule name used twice, an unknown rule name, a
 * negative tolerance, a tolerance given twice for one predicate. Instances are thread-safe.
 *
 * <h2>Story tags</h2>
 *
 * Rules can be limited to stories with a tag ({@link Rules.ForPredicate#inStoriesTagged(String)}).
 * A story ({@code Article.story()}) has as tags every {@code /}-separated segment of its name but
 * the last, so {@code disaster/garut-flood} is tagged {@code disaster} and {@code
 * disaster/flood/garut} is tagged {@code disaster} and {@code flood}; and the tags the set gives
 * it with {@link Builder#tagStory(String, String...)}, for story names you do not control. Tags
 * compare ignoring case.
 *
 * <h2>Source priors</h2>
 *
 * For every conflict and unresolved finding the checker estimates the most likely value and, over
 * the whole input, the reliability of each source (see {@link
 * io.github.claimcheck.model.Finding#likely()}). Every source starts from {@value
 * #DEFAULT_SOURCE_RELIABILITY}; {@link #withSourcePrior(String, double)} (or {@link
 * Rules#sourcePrior(String, double)}) gives a source you know another prior, which the estimate
 * starts from and is drawn towards (see {@link #sourcePriors()}).
 *
 * <h2>Built-in rules ({@link #defaults()} order)</h2>
 *
 * <ol>
 *   <li>{@value #WEEKDAY_MISMATCH}: a claim flagged {@code WEEKDAY_MISMATCH} is a conflict;
 *   <li>{@value #WITHIN_ARTICLE}: one article states a figure or date twice, for the same time,
 *       with values that do not overlap (explained when it says the figure was revised);
 *   <li>{@value #PARTS_AND_TOTALS}: a part (a claim with a scope) larger than its total, the parts
 *       of a complete list that do not add up to their total, or a component larger than the
 *       combined count it belongs to;
 *   <li>{@value #ADDITION_EXPLAINS}: an earlier figure plus a reported addition accounts for a
 *       later, larger total (explained);
 *   <li>{@value #GROWTH_OVER_TIME}: a running count that changed over time the way its {@link
 *       CountKind} allows is explained (it grew; it fell and may fall; it fell and the article says
 *       it was revised);
 *   <li>{@value #VALUE_CONFLICT}: sources give values that do not overlap for the same time, a
 *       count that only grows falls over time, or a fixed quantity differs; a running count whose
 *       time is unknown is {@code unresolved};
 *   <li>{@value #AGREEMENT}: two or more articles give overlapping values, with a note when they
 *       rest on the same original source.
 * </ol>
 *
 * @since 0.1.0
 */
@CheckReturnValue // every with… returns a new set: ignoring it loses the change
public final class RuleSet {

  /** Name of the built-in rule for weekdays that do not match their date. */
  public static final String WEEKDAY_MISMATCH = "weekday-mismatch";
  /** Name of the built-in rule for one article contradicting itself. */
  public static final String WITHIN_ARTICLE = "within-article";
  /**
   * Name of the built-in rule comparing parts with their totals and components with combined
   * counts.
   *
   * @since 0.1.0
   */
  public static final String PARTS_AND_TOTALS = "parts-and-totals";
  /** Name of the built-in rule for an addition explaining a later total. */
  public static final String ADDITION_EXPLAINS = "addition-explains";
  /** Name of the built-in rule for cumulative figures that grew over time. */
  public static final String GROWTH_OVER_TIME = "growth-over-time";
  /** Name of the built-in rule for values that do not overlap. */
  public static final String VALUE_CONFLICT = "value-conflict";
  /** Name of the built-in rule for values that agree. */
  public static final String AGREEMENT = "agreement";

  /** The default relative tolerance for approximate figures: 10 %. */
  public static final double DEFAULT_TOLERANCE = 0.10;

  /**
   * The prior reliability of a source no {@linkplain #sourcePriors() prior} names: 0.8.
   *
   * @since 0.1.0
   */
  public static final double DEFAULT_SOURCE_RELIABILITY = 0.8;

  /**
   * The built-in count kinds, sorted by key ({@code predicate}, or {@code predicate:kind} for a
   * subject kind of that predicate), read from the data file {@code
   * io/github/claimcheck/reconcile/counts.tsv} (listed in the README).
   *
   * @since 0.1.0
   */
  public static final Map<String, CountKind> DEFAULT_COUNTS = CountData.KINDS;

  /**
   * The default cumulative predicates: those whose figures are running counts ({@link
   * CountKind#GROWS} or {@link CountKind#VARIES}) in {@link #DEFAULT_COUNTS}.
   */
  public static final Set<String> DEFAULT_CUMULATIVE = CountData.predicatesOf(DEFAULT_COUNTS, true);

  private static final RuleSet DEFAULTS =
      builder()
          .add(new WeekdayMismatchRule())
          .add(new WithinArticleRule())
          .add(new PartsAndTotalsRule())
          .add(new AdditionExplainsRule())
          .add(new GrowthOverTimeRule())
          .add(new ValueConflictRule())
          .add(new AgreementRule())
          .build();

  private final List<Rule> rules;
  private final Map<String, Double> tolerances;
  private final double defaultTolerance;
  private final Map<String, CountKind> counts;
  private final Set<String> cumulative;
  private final Map<String, Set<String>> storyTags;
  private final Map<String, Double> sourcePriors;
  private final boolean failFast;

  private RuleSet(
      List<Rule> rules,
      Map<String, Double> tolerances,
      double defaultTolerance,
      Map<String, CountKind> counts,
      Map<String, Set<String>> storyTags,
      Map<String, Double> sourcePriors,
      boolean failFast) {
    this.failFast = failFast;
    this.sourcePriors = Collections.unmodifiableMap(new TreeMap<>(sourcePriors));
    this.rules = List.copyOf(rules);
    this.tolerances = Collections.unmodifiableMap(new TreeMap<>(tolerances));
    this.defaultTolerance = defaultTolerance;
    this.counts = Collections.unmodifiableMap(new TreeMap<>(counts));
    this.cumulative = CountData.predicatesOf(this.counts, true);
    Map<String, Set<String>> tags = new TreeMap<>();
    storyTags.forEach((k, v) -> tags.put(k, Collections.unmodifiableSet(new TreeSet<>(v))));
    this.storyTags = Collections.unmodifiableMap(tags);
  }

  /**
   * Returns the built-in rules in the order listed in the class documentation, a 10 % default
   * tolerance and the {@linkplain #DEFAULT_COUNTS default count kinds}.
   */
  public static RuleSet defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a builder with no rules, a 10 % default tolerance and the {@linkplain #DEFAULT_COUNTS
   * default count kinds}.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this set's rules and settings. */
  public Builder toBuilder() {
    Builder b = new Builder();
    rules.forEach(b::add);
    b.tolerances.putAll(tolerances);
    b.defaultTolerance = defaultTolerance;
    b.counts.clear();
    b.counts.putAll(counts);
    storyTags.forEach((k, v) -> b.storyTags.put(k, new TreeSet<>(v)));
    b.sourcePriors.putAll(sourcePriors);
    b.failFast = failFast;
    return b;
  }

  /**
   * Returns this set with a setting applied, replacing an earlier tolerance for the same
   * predicate; see {@link Rules#tolerate(String, double)}.
   *
   * @throws NullPointerException if {@code setting} is null
   */
  public RuleSet with(RuleSetting setting) {
    Objects.requireNonNull(setting, "setting");
    Builder b = toBuilder();
    if (setting.kind == RuleSetting.Kind.TOLERANCE) {
      b.tolerances.remove(setting.key);
    } else if (setting.kind == RuleSetting.Kind.SOURCE_PRIOR) {
      b.sourcePriors.keySet().removeIf(setting.key::equalsIgnoreCase);
    }
    return b.apply(setting).build();
  }

  /**
   * Returns the composition of this set and {@code other}: this set's rules, then the other's;
   * the tolerance overrides, count kinds (the other's where both give one), story tags and source
   * priors of both; this set's default tolerance and {@linkplain #failFast() fail-fast} setting.
   *
   * @throws IllegalArgumentException if both sets have a rule of the same name, or give different
   *     tolerances for one predicate or different priors for one source
   */
  public RuleSet with(RuleSet other) {
    return toBuilder().addAll(other).build();
  }

  /**
   * Returns this set with the rule of the same name as {@code rule} replaced by it, in the same
   * place; for example a built-in rule by a stricter version of your own.
   *
   * @throws IllegalArgumentException if the set has no rule of that name
   */
  public RuleSet replacing(Rule rule) {
    return toBuilder().replace(rule).build();
  }

  /**
   * Returns this set with {@code rule} added last.
   *
   * @throws IllegalArgumentException if a rule of the same name is already in the set, or the
   *     name is blank
   */
  public RuleSet with(Rule rule) {
    return toBuilder().add(rule).build();
  }

  /**
   * Returns this set without the rule named {@code ruleName}.
   *
   * @throws IllegalArgumentException if no rule has that name
   */
  public RuleSet without(String ruleName) {
    return toBuilder().remove(ruleName).build();
  }

  /**
   * Returns this set with a prior reliability for a source, replacing an earlier one for the same
   * name; see {@link Rules#sourcePrior(String, double)} and {@link #sourcePriors()}.
   *
   * @throws IllegalArgumentException if the source is blank or the reliability is not strictly
   *     between 0 and 1
   * @since 0.1.0
   */
  public RuleSet withSourcePrior(String source, double reliability) {
    Builder b = toBuilder();
    b.sourcePriors.keySet().removeIf(checkSource(source)::equalsIgnoreCase);
    return b.sourcePrior(source, reliability).build();
  }

  /**
   * Returns the prior reliability of sources, by name as given (stripped), sorted. A prior
   * applies to an outlet or an original source whose name equals it ignoring case, or, failing
   * that, whose name holds all its words ({@code BNPB} applies to {@code Kepala Pusat Data BNPB};
   * words are compared as the same-source test compares them: lower case, a few Indonesian
   * words translated, titles such as "kepala" kept, common words such as "according to" or
   * "agency" dropped); when several priors hold, the one with the most words, then the first by
   * name. A source no prior names starts from {@value #DEFAULT_SOURCE_RELIABILITY}.
   *
   * @since 0.1.0
   */
  public Map<String, Double> sourcePriors() {
    return sourcePriors;
  }

  /**
   * Returns this set with the tolerance for approximate figures of {@code predicate} set to
   * {@code fraction} (0.2 means ±20 %), replacing any earlier override for that predicate.
   *
   * @throws IllegalArgumentException if {@code fraction} is negative, infinite or not a number,
   *     or the predicate is blank
   */
  public RuleSet withTolerance(String predicate, double fraction) {
    Builder b = toBuilder();
    b.tolerances.remove(checkPredicate(predicate));
    return b.tolerance(predicate, fraction).build();
  }

  /**
   * Returns this set with the default tolerance for predicates without an override.
   *
   * @throws IllegalArgumentException if {@code fraction} is negative, infinite or not a number
   */
  public RuleSet withDefaultTolerance(double fraction) {
    Builder b = toBuilder();
    b.defaultToleranceSet = false;
    return b.defaultTolerance(fraction).build();
  }

  /**
   * Returns this set with {@code predicate} treated as cumulative (its figures may grow over time
   * but not fall): its count kind becomes {@link CountKind#GROWS}.
   *
   * @throws IllegalArgumentException if the predicate is blank
   */
  public RuleSet withCumulative(String predicate) {
    return toBuilder().cumulative(predicate).build();
  }

  /**
   * Returns this set with {@code predicate} no longer cumulative: it has no count kind, and its
   * figures are compared only for the same time.
   *
   * @throws IllegalArgumentException if the predicate is not cumulative in this set
   */
  public RuleSet withoutCumulative(String predicate) {
    return toBuilder().notCumulative(predicate).build();
  }

  /**
   * Returns this set with the figures of {@code key} counted as {@code kind}, replacing its
   * earlier kind.
   *
   * @param key a predicate ({@code missing}), or a predicate and a subject kind ({@code
   *     other:aboard}: subjects {@code aboard} or {@code actor:aboard} of predicate {@code other})
   * @param kind how its figures behave over time
   * @throws IllegalArgumentException if the key is blank or not {@code predicate[:kind]}
   * @since 0.1.0
   */
  public RuleSet withCounting(String key, CountKind kind) {
    return toBuilder().counting(key, kind).build();
  }

  /**
   * Returns this set with failing fast on or off; see {@link #failFast()}.
   *
   * @since 0.1.0
   */
  public RuleSet withFailFast(boolean failFast) {
    Builder b = toBuilder();
    b.failFast = failFast;
    return b.build();
  }

  /**
   * Returns whether a rule that fails ends the check. Off by default: a rule that throws an
   * exception on a group of claims, returns null or cites claims outside the group costs only its
   * findings on that group, and the failure is listed as a problem of the report (see {@link
   * Reconciler#run}). On, the first failure is thrown as an {@link IllegalStateException} naming
   * the rule and the group, which is handy while writing and testing a rule.
   *
   * @since 0.1.0
   */
  public boolean failFast() {
    return failFast;
  }

  /** Returns the rules, in evaluation order. */
  public List<Rule> rules() {
    return rules;
  }

  /** Returns the rule names, in evaluation order. */
  public List<String> ruleNames() {
    List<String> names = new ArrayList<>(rules.size());
    rules.forEach(r -> names.add(r.name()));
    return Collections.unmodifiableList(names);
  }

  /** Returns the rule named {@code ruleName}, if the set has one. */
  public Optional<Rule> rule(String ruleName) {
    return rules.stream().filter(r -> r.name().equals(ruleName)).findFirst();
  }

  /** Returns the tolerance for approximate figures of {@code predicate}: its override or the default. */
  public double tolerance(String predicate) {
    return tolerances.getOrDefault(predicate, defaultTolerance);
  }

  /** Returns the per-predicate tolerance overrides, sorted by predicate. */
  public Map<String, Double> toleranceOverrides() {
    return tolerances;
  }

  /** Returns the tolerance used for predicates without an override. */
  public double defaultTolerance() {
    return defaultTolerance;
  }

  /**
   * Returns whether figures of {@code predicate} are cumulative: running counts compared over time
   * ({@link CountKind#GROWS} or {@link CountKind#VARIES}); see {@link #countKind(String, SubjectKey)}
   * for whether they may fall.
   */
  public boolean isCumulative(String predicate) {
    return cumulative.contains(predicate);
  }

  /** Returns the cumulative predicates, sorted. */
  public Set<String> cumulativePredicates() {
    return cumulative;
  }

  /**
   * Returns how figures of {@code predicate} about {@code subject} behave over time: the kind
   * given for {@code predicate:kind} (the subject's {@linkplain SubjectKey#kind() kind}), else for
   * {@code predicate}; empty when neither has one (figures are then compared only for the same
   * time).
   *
   * @since 0.1.0
   */
  public Optional<CountKind> countKind(String predicate, SubjectKey subject) {
    return Optional.ofNullable(CountData.lookup(counts, predicate, subject));
  }


  /**
   * Returns the count kinds by key ({@code predicate} or {@code predicate:kind}), sorted.
   *
   * @since 0.1.0
   */
  public Map<String, CountKind> counts() {
    return counts;
  }

  /**
   * Returns the tags of a story, lower case and sorted: the segments of its name before the last
   * {@code /}, and the tags given with {@link Builder#tagStory(String, String...)}. The default
   * story (the empty string) has only the tags given for it.
   */
  public Set<String> storyTags(String story) {
    Objects.requireNonNull(story, "story");
    Set<String> tags = new TreeSet<>();
    String[] parts = story.split("/");
    for (int i = 0; i < parts.length - 1; i++) {
      if (!parts[i].isBlank()) {
        tags.add(parts[i].strip().toLowerCase(Locale.ROOT));
      }
    }
    tags.addAll(storyTags.getOrDefault(story, Set.of()));
    return Collections.unmodifiableSet(tags);
  }

  @Override
  public String toString() {
    return "RuleSet" + ruleNames() + " tolerance=" + defaultTolerance + " " + tolerances
        + (storyTags.isEmpty() ? "" : " tags=" + storyTags)
        + (sourcePriors.isEmpty() ? "" : " priors=" + sourcePriors) + (failFast ? " fail-fast" : "");
  }

  static String checkPredicate(String predicate) {
    Objects.requireNonNull(predicate, "predicate");
    if (predicate.isBlank()) {
      throw new IllegalArgumentException("predicate is blank");
    }
    return predicate;
  }

  /** Returns a tag lower-cased, or fails if it is blank or holds a '/'. */
  static String checkTag(String tag) {
    Objects.requireNonNull(tag, "tag");
    if (tag.isBlank() || tag.contains("/")) {
      throw new IllegalArgumentException("a story tag must be a non-blank word without '/', got '"
          + tag + "'");
    }
    return tag.strip().toLowerCase(Locale.ROOT);
  }

  static String checkSource(String source) {
    Objects.requireNonNull(source, "source");
    if (source.isBlank()) {
      throw new IllegalArgumentException("source name is blank");
    }
    return source.strip();
  }

  static double checkReliability(String source, double reliability) {
    if (!(reliability > 0 && reliability < 1)) {
      throw new IllegalArgumentException("prior reliability of '" + source
          + "' must be strictly between 0 and 1, got " + reliability);
    }
    return reliability;
  }

  static double checkFraction(String what, double fraction) {
    if (!(fraction >= 0) || Double.isInfinite(fraction)) {
      throw new IllegalArgumentException(
          what + " must be a finite fraction >= 0 (0.1 means 10 %), got " + fraction);
    }
    return fraction;
  }

  /**
   * Builds a {@link RuleSet}. Not thread-safe; the set it builds is. Each method fails fast with
   * an {@link IllegalArgumentException} on a mistake, so the stack trace points at the bad call.
   */
  public static final class Builder {
    private final LinkedHashMap<String, Rule> rules = new LinkedHashMap<>();
    private final Map<String, Double> tolerances = new TreeMap<>();
    private double defaultTolerance = DEFAULT_TOLERANCE;
    private boolean defaultToleranceSet;
    private final Map<String, CountKind> counts = new TreeMap<>(DEFAULT_COUNTS);
    private final Map<String, Set<String>> storyTags = new TreeMap<>();
    private final Map<String, Double> sourcePriors = new TreeMap<>();
    private boolean failFast;

    private Builder() {}

    /**
     * Gives a source a prior reliability; see {@link Rules#sourcePrior(String, double)} and
     * {@link RuleSet#sourcePriors()}.
     *
     * @param source an outlet or an original source (an agency, an official)
     * @param reliability the prior, strictly between 0 and 1
     * @throws IllegalArgumentException if the source is blank, the reliability is not strictly
     *     between 0 and 1, or a prior was already given for that name (ignoring case)
     * @since 0.1.0
     */
    public Builder sourcePrior(String source, double reliability) {
      String key = checkSource(source);
      checkReliability(key, reliability);
      for (String k : sourcePriors.keySet()) {
        if (k.equalsIgnoreCase(key)) {
          throw new IllegalArgumentException("prior reliability of '" + key + "' is already set ("
              + sourcePriors.get(k) + ")");
        }
      }
      sourcePriors.put(key, reliability);
      return this;
    }

    /**
     * Sets whether the first rule that fails ends the check (default: off, a failing rule costs
     * only the group it failed on); see {@link RuleSet#failFast()}.
     *
     * @since 0.1.0
     */
    public Builder failFast(boolean failFast) {
      this.failFast = failFast;
      return this;
    }

    /**
     * Applies a setting made by {@link Rules}.
     *
     * @throws IllegalArgumentException as the builder method the setting stands for, for example a
     *     tolerance already set for the predicate
     */
    public Builder apply(RuleSetting setting) {
      Objects.requireNonNull(setting, "setting").applyTo(this);
      return this;
    }

    /**
     * Adds the rules of another set after those already added, with its tolerance overrides,
     * count kinds (replacing this builder's for the same key), story tags and source priors. The default tolerance stays this builder's.
     *
     * @throws IllegalArgumentException if a rule name is already taken, or a predicate gets two
     *     different tolerances, or a source two different priors
     */
    public Builder addAll(RuleSet other) {
      Objects.requireNonNull(other, "other");
      for (Map.Entry<String, Double> e : other.tolerances.entrySet()) {
        Double mine = tolerances.get(e.getKey());
        if (mine != null && !mine.equals(e.getValue())) {
          throw new IllegalArgumentException("tolerance for '" + e.getKey()
              + "' is defined twice: " + mine + " and " + e.getValue());
        }
      }
      for (Map.Entry<String, Double> e : other.sourcePriors.entrySet()) {
        for (Map.Entry<String, Double> mine : sourcePriors.entrySet()) {
          if (mine.getKey().equalsIgnoreCase(e.getKey()) && !mine.getValue().equals(e.getValue())) {
            throw new IllegalArgumentException("prior reliability of '" + e.getKey()
                + "' is defined twice: " + mine.getValue() + " and " + e.getValue());
          }
        }
      }
      for (Rule r : other.rules) {
        if (rules.containsKey(r.name())) {
          throw new IllegalArgumentException("rule '" + r.name() + "' is in both rule sets");
        }
      }
      other.rules.forEach(this::add);
      tolerances.putAll(other.tolerances);
      counts.putAll(other.counts);
      other.storyTags.forEach((k, v) -> storyTags.computeIfAbsent(k, x -> new TreeSet<>()).addAll(v));
      other.sourcePriors.forEach((k, v) -> {
        if (sourcePriors.keySet().stream().noneMatch(k::equalsIgnoreCase)) {
          sourcePriors.put(k, v);
        }
      });
      return this;
    }

    /**
     * Replaces the rule of the same name, keeping its place.
     *
     * @throws IllegalArgumentException if no rule has that name; the message lists the names
     */
    public Builder replace(Rule rule) {
      Objects.requireNonNull(rule, "rule");
      String name = rule.name();
      if (name == null || !rules.containsKey(name)) {
        throw new IllegalArgumentException(
            "unknown rule '" + name + "' to replace; rules in the set: " + rules.keySet());
      }
      rules.put(name, rule);
      return this;
    }

    /**
     * Gives a story tags, in addition to those in its name; see {@link RuleSet#storyTags(String)}.
     *
     * @param story the story exactly as {@code Article.story()} gives it
     * @param tags one or more tags, each a non-blank word without {@code /}
     * @throws IllegalArgumentException if no tag is given, or a tag is blank or holds a {@code /}
     */
    public Builder tagStory(String story, String... tags) {
      Objects.requireNonNull(story, "story");
      Objects.requireNonNull(tags, "tags");
      if (tags.length == 0) {
        throw new IllegalArgumentException("no tags given for story '" + story + "'");
      }
      Set<String> set = storyTags.computeIfAbsent(story, k -> new TreeSet<>());
      for (String t : tags) {
        set.add(checkTag(t));
      }
      return this;
    }

    /**
     * Removes {@code predicate} from the cumulative predicates.
     *
     * @throws IllegalArgumentException if it is not one of them
     */
    public Builder notCumulative(String predicate) {
      CountKind kind = counts.get(checkPredicate(predicate));
      if (kind == null || !kind.isRunning()) {
        throw new IllegalArgumentException("'" + predicate + "' is not cumulative; cumulative"
            + " predicates: " + CountData.predicatesOf(counts, true));
      }
      counts.remove(predicate);
      return this;
    }

    /**
     * Adds a rule after those already added.
     *
     * @throws IllegalArgumentException if a rule of the same name was already added, or its name
     *     is null or blank
     */
    public Builder add(Rule rule) {
      Objects.requireNonNull(rule, "rule");
      String name = rule.name();
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("rule name is blank: " + rule.getClass().getName());
      }
      if (rules.containsKey(name)) {
        throw new IllegalArgumentException("rule '" + name + "' is already in the rule set");
      }
      rules.put(name, rule);
      return this;
    }

    /**
     * Adds the built-in rules of {@link RuleSet#defaults()}, in that order.
     *
     * @throws IllegalArgumentException if one of their names was already added
     */
    public Builder addDefaults() {
      DEFAULTS.rules.forEach(this::add);
      return this;
    }

    /**
     * Removes the rule named {@code ruleName}.
     *
     * @throws IllegalArgumentException if no rule has that name; the message lists the names
     */
    public Builder remove(String ruleName) {
      Objects.requireNonNull(ruleName, "ruleName");
      if (rules.remove(ruleName) == null) {
        throw new IllegalArgumentException(
            "unknown rule '" + ruleName + "'; rules in the set: " + rules.keySet());
      }
      return this;
    }

    /**
     * Sets the tolerance for approximate figures of {@code predicate}.
     *
     * @param predicate the predicate, for example {@code shipped}
     * @param fraction the relative tolerance, at least 0 (0.2 means ±20 %)
     * @throws IllegalArgumentException if {@code fraction} is negative, infinite or not a number,
     *     if the predicate is blank, or if a tolerance was already set for it
     */
    public Builder tolerance(String predicate, double fraction) {
      checkPredicate(predicate);
      checkFraction("tolerance for '" + predicate + "'", fraction);
      if (tolerances.containsKey(predicate)) {
        throw new IllegalArgumentException("tolerance for '" + predicate + "' is already set");
      }
      tolerances.put(predicate, fraction);
      return this;
    }

    /**
     * Sets the tolerance for predicates without an override (default 0.1).
     *
     * @throws IllegalArgumentException if {@code fraction} is negative, infinite or not a number,
     *     or if the default tolerance was already set on this builder
     */
    public Builder defaultTolerance(double fraction) {
      checkFraction("default tolerance", fraction);
      if (defaultToleranceSet) {
        throw new IllegalArgumentException("default tolerance is already set");
      }
      defaultToleranceSet = true;
      defaultTolerance = fraction;
      return this;
    }

    /**
     * Marks {@code predicate} as cumulative: its count kind becomes {@link CountKind#GROWS}.
     *
     * @throws IllegalArgumentException if the predicate is blank
     */
    public Builder cumulative(String predicate) {
      counts.put(checkPredicate(predicate), CountKind.GROWS);
      return this;
    }

    /**
     * Counts the figures of {@code key} as {@code kind}; see {@link RuleSet#withCounting(String,
     * CountKind)}.
     *
     * @throws IllegalArgumentException if the key is blank or not {@code predicate[:kind]}
     * @since 0.1.0
     */
    public Builder counting(String key, CountKind kind) {
      Objects.requireNonNull(kind, "kind");
      String k = checkPredicate(key).strip();
      if (!k.matches("[^:\\s]+(:[^:\\s]+)?")) {
        throw new IllegalArgumentException(
            "count key must be a predicate or predicate:kind, got '" + key + "'");
      }
      counts.put(k, kind);
      return this;
    }

    /**
     * Removes all cumulative predicates (running counts), including the defaults; fixed
     * quantities stay.
     */
    public Builder clearCumulative() {
      counts.values().removeIf(CountKind::isRunning);
      return this;
    }

    /** Returns the rule set. */
    public RuleSet build() {
      return new RuleSet(
          new ArrayList<>(rules.values()), tolerances, defaultTolerance, counts, storyTags,
          sourcePriors, failFast);
    }
  }
}
