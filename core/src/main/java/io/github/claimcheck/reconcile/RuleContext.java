package io.github.claimcheck.reconcile;

import java.util.Locale;
import io.github.claimcheck.render.text.FindingTexts;
import io.github.claimcheck.model.Reason;
import io.github.claimcheck.model.SubjectKey;
import io.github.claimcheck.model.ArticleInfo;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.DateValue;
import io.github.claimcheck.model.Granularity;
import io.github.claimcheck.model.Interval;
import io.github.claimcheck.model.Language;
import io.github.claimcheck.model.ClaimFlag;
import io.github.claimcheck.model.ClockTime;
import io.github.claimcheck.model.Quantity;
import io.github.claimcheck.model.QuantityKind;
import io.github.claimcheck.model.Value;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What a {@link Rule} may read besides its group: the articles, the effective time of a claim,
 * the tolerances and cumulative predicates of the {@link RuleSet}, value intervals, and helpers
 * that write values, sources and times the way built-in findings do. One context serves one
 * {@link Reconciler#reconcile reconcile} call; it is safe to use from several threads (values it
 * computes, such as intervals, are cached for the call).
 *
 * @since 0.1.0
 */
public final class RuleContext {

  private final RuleSet rules;
  private final Map<String, ArticleInfo> articles;
  /** Intervals by claim id; claim ids are unique within a reconcile call. */
  private final Map<String, Interval> intervals;
  private final Sources sources = new Sources();
  /** Revision cues found per language (or {@link #NO_LANGUAGE}) and sentence. */
  private final Map<Object, Map<String, Optional<String>>> cues = new ConcurrentHashMap<>();
  private static final Object NO_LANGUAGE = new Object();
  /** From how many claims work is spread over threads; see {@link #parallel(int)}. */
  private final int parallelFrom;
  private final boolean articlesHeld;
  /** See {@link #latestPublishedYear()}; made on first use. */
  private volatile Integer latestPublishedYear;
  /** The call's claims in id order, when known; {@link #columns} are read of them on first use. */
  private final List<Claim> claims;
  private volatile ClaimColumns columns;
  /**
   * What built-in rules cite in large groups: by the identity of a finding's list of claim ids,
   * the positions of those claims in the call's claims, so that the estimate need not look a
   * million ids up again.
   */
  private final Map<List<String>, int[]> citedAt =
      Collections.synchronizedMap(new IdentityHashMap<>());

  /**
   * The clusters of the totals of large groups of one scope, whose positions among the call's
   * claims are known: the likely-value estimate reads the intervals and times of claims it weighs
   * from these instead of from the claims again, and knows that claims all found in one of these
   * are of one predicate, subject, scope and type of value.
   */
  private final List<Clusters> positioned = new CopyOnWriteArrayList<>();

  RuleContext(RuleSet rules, Map<String, ArticleInfo> articles) {
    this(rules, articles, 16);
  }

  RuleContext(RuleSet rules, Map<String, ArticleInfo> articles, int expectedClaims) {
    this(rules, articles, expectedClaims, Reconciler.PARALLEL_GROUP, false);
  }

  /**
   * @param articlesHeld whether {@code articles} is a map of every article of the call that does
   *     not change (a batch's reads its articles back, one at a time)
   */
  RuleContext(RuleSet rules, Map<String, ArticleInfo> articles, int expectedClaims,
      int parallelFrom, boolean articlesHeld) {
    this(rules, articles, expectedClaims, parallelFrom, articlesHeld, null);
  }

  /**
   * @param claims every claim of the call, sorted by id, when the caller holds them: their
   *     {@link #columns()} are then read once and shared
   */
  RuleContext(RuleSet rules, Map<String, ArticleInfo> articles, int expectedClaims,
      int parallelFrom, boolean articlesHeld, List<Claim> claims) {
    this.claims = claims;
    this.rules = rules;
    this.articles = articles;
    this.articlesHeld = articlesHeld;
    this.intervals = new ConcurrentHashMap<>(Math.max(16, expectedClaims * 2));
    this.parallelFrom = parallelFrom;
  }

  /**
   * Whether work over {@code claims} claims is worth spreading over several threads (the rules
   * of one group, the contests of the likely-value estimate); results never depend on it.
   */
  boolean parallel(int claims) {
    return claims >= parallelFrom;
  }

  /**
   * Forgets the values cached so far (intervals, source tokens): a batch reconciles one piece of
   * its claims at a time and keeps the caches of one piece only.
   */
  void forget() {
    intervals.clear();
    positioned.clear();
    sources.forget();
    cues.clear();
  }

  /**
   * The columns of the call's claims (read on first use, by one thread while others wait), or
   * null when the context was not given them (a batch's, a rule test's).
   */
  ClaimColumns columns() {
    ClaimColumns c = columns;
    if (c == null && claims != null) {
      synchronized (this) {
        c = columns;
        if (c == null) {
          c = ClaimColumns.of(claims, articles, parallel(claims.size()));
          columns = c;
        }
      }
    }
    return c;
  }

  /**
   * The columns when {@code list} is the call's own list of claims and large, else null: its
   * claims' positions are then their indices in it.
   */
  ClaimColumns columnsOfCall(List<Claim> list) {
    return list == claims && claims != null && parallel(list.size()) ? columns() : null;
  }

  /**
   * The columns when {@code part} (in id order) is a large part of the call's claims: a small
   * group's claims are faster read from the claims themselves than found among a million.
   */
  ClaimColumns columnsFor(List<Claim> part) {
    return claims != null && parallel(part.size()) ? columns() : null;
  }

  /**
   * Notes that {@code ids}, a list of claim ids a finding will hold as it is (an immutable list,
   * which {@code Finding} keeps), are the claims at {@code positions} of the call's {@link
   * #columns()}, in the same order.
   */
  void cites(List<String> ids, int[] positions) {
    citedAt.put(ids, positions);
  }

  /** The positions noted for this very list of ids by {@link #cites}, or null. */
  int[] citedAt(List<String> ids) {
    return citedAt.get(ids);
  }

  /**
   * Notes the clusters of the totals of a group of one scope, whose positions among the call's
   * claims are known.
   */
  void positioned(Clusters c) {
    positioned.add(c);
  }

  /**
   * Clusters noted by {@link #positioned} that hold every claim at {@code at} (positions among
   * the call's claims, increasing), with the claims' positions there; null when none does. Any
   * such clusters will do: their intervals and times are those of the same claims.
   */
  Clusters.Within positionedWithin(int[] at) {
    for (Clusters c : positioned) {
      int[] index = c.indices(at);
      if (index != null) {
        return new Clusters.Within(c, index);
      }
    }
    return null;
  }

  /** The same-source heuristic, with a token cache for this call. */
  Sources sources() {
    return sources;
  }

  /** Returns the rule set being applied. */
  public RuleSet rules() {
    return rules;
  }

  /** The articles of the call by id, as the caller gave them. */
  Map<String, ArticleInfo> articles() {
    return articles;
  }

  /** Returns the info of the article with id {@code articleId}, when the caller gave it. */
  public Optional<ArticleInfo> article(String articleId) {
    return Optional.ofNullable(articles.get(articleId));
  }

  /** Returns the outlet of the article ({@code Article.source()}), or else the article id. */
  public String outlet(String articleId) {
    ArticleInfo info = articles.get(articleId);
    return info == null ? articleId : info.outlet();
  }

  /** Returns the story of the article, or the empty string (the default story) when none is known. */
  public String story(String articleId) {
    return ComparisonKey.storyOf(articles.get(articleId));
  }

  /**
   * Returns the tags of the group's story; see {@link RuleSet#storyTags(String)}.
   */
  public Set<String> storyTags(ClaimGroup group) {
    return rules.storyTags(group.story());
  }

  /**
   * Returns the time a claim's figure refers to: its {@link Claim#when() time scope}, or else the
   * effective publication date of its article as a single day, or else empty (unknown, which rules
   * treat as "the same time as anything").
   */
  public Optional<DateValue> effectiveTime(Claim claim) {
    return Optional.ofNullable(effectiveTimeOrNull(claim));
  }

  /**
   * {@link #effectiveTime}, or null when unknown: read for every claim of a large group, where
   * the {@code Optional}s returned were an eighth of the bytes a call allocated.
   */
  DateValue effectiveTimeOrNull(Claim claim) {
    DateValue when = claim.when().orElse(null);
    return when != null ? when : ofArticle(claim, articles.get(claim.articleId()));
  }

  /**
   * {@link #effectiveTimeOrNull(Claim)} with the claim's article info at hand ({@code info},
   * null when unknown), so no article is looked up.
   */
  static DateValue effectiveTimeOrNull(Claim claim, ArticleInfo info) {
    DateValue when = claim.when().orElse(null);
    return when != null ? when : ofArticle(claim, info);
  }

  /** The effective time of a claim without a time scope of its own, from its article's info. */
  private static DateValue ofArticle(Claim claim, ArticleInfo info) {
    LocalDate published = info == null ? null : info.published().orElse(null);
    if (published == null) {
      return null;
    }
    if (claim.has(ClaimFlag.EARLIER)) {
      return earlierThan(published);
    }
    return DateValue.day(published);
  }

  /**
   * The time of a figure an article of {@code published} says was earlier ("Sebelumnya, ... 334
   * orang"): some time before the article, not its own day.
   */
  static DateValue earlierThan(LocalDate published) {
    return DateValue.of(published.minusYears(100), published.minusDays(1), Granularity.YEAR);
  }

  /**
   * Returns whether every claim of {@code earlier} refers to a time that ends before every claim of
   * {@code later} begins. Within one day, the {@linkplain Claim#clock() time of day} orders claims
   * that both give one (17:00 WIB is before 20:00 WITA). False when either collection is empty or
   * any effective time is unknown.
   */
  public boolean allBefore(Collection<Claim> earlier, Collection<Claim> later) {
    if (earlier.isEmpty() || later.isEmpty()) {
      return false;
    }
    // The latest end of the earlier claims, and on that day the latest clock (null: not every
    // claim ending that day is a single day with a clock, so the whole day counts).
    LocalDate maxEnd = null;
    ClockTime maxClock = null;
    boolean clocked = true;
    for (Claim c : earlier) {
      Optional<DateValue> t = effectiveTime(c);
      if (t.isEmpty()) {
        return false;
      }
      LocalDate end = t.get().end();
      ClockTime clock = dayClock(c, t.get());
      if (maxEnd == null || end.isAfter(maxEnd)) {
        maxEnd = end;
        maxClock = clock;
        clocked = clock != null;
      } else if (end.equals(maxEnd)) {
        clocked &= clock != null;
        maxClock = !clocked ? null : maxClock.isBefore(clock) ? clock : maxClock;
      }
    }
    for (Claim c : later) {
      Optional<DateValue> t = effectiveTime(c);
      if (t.isEmpty()) {
        return false;
      }
      LocalDate start = t.get().start();
      if (start.isAfter(maxEnd)) {
        continue;
      }
      ClockTime clock = dayClock(c, t.get());
      if (!start.equals(maxEnd) || !clocked || clock == null || !maxClock.isBefore(clock)) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@link #allBefore} over the claims whose time is known at all (those of unknown time are left
   * out, as they may be either); false when a side has none.
   */
  boolean allBeforeDated(Collection<Claim> earlier, Collection<Claim> later) {
    List<Claim> e = new ArrayList<>(earlier.size());
    List<Claim> l = new ArrayList<>(later.size());
    earlier.stream().filter(c -> effectiveTime(c).isPresent()).forEach(e::add);
    later.stream().filter(c -> effectiveTime(c).isPresent()).forEach(l::add);
    return allBefore(e, l);
  }

  /** Whether {@code a} refers to a time before {@code b}; see {@link #allBefore}. */
  boolean before(Claim a, Claim b) {
    return allBefore(List.of(a), List.of(b));
  }

  /** The clock of a claim whose time is a single day, else null. */
  private static ClockTime dayClock(Claim c, DateValue t) {
    return t.start().equals(t.end()) ? c.clock().orElse(null) : null;
  }

  /**
   * Returns whether the time a claim's figure refers to is known: it has a time scope, or its
   * article has a publication date whose {@linkplain ArticleInfo#publishedBasis() basis} is
   * {@linkplain ArticleInfo.DateBasis#certain() certain} (given, or read from a dateline) and the
   * figure is not an earlier one the article cites without saying when ({@link
   * ClaimFlag#EARLIER}). A running count whose time is not known cannot be placed before or after
   * another, so a difference is {@linkplain io.github.claimcheck.model.Verdict#UNRESOLVED
   * unresolved}, not a conflict.
   *
   * @since 0.1.0
   */
  public boolean isTimeKnown(Claim claim) {
    return timeBound(claim) == TimeBound.KNOWN;
  }

  /** How much is known of the time a claim's figure refers to. */
  enum TimeBound {
    /** A time scope, or a publication date given or read from a dateline. */
    KNOWN,
    /** A publication date inferred from weaker evidence: the report is on that day or later. */
    ON_OR_AFTER,
    /** An earlier figure the article cites without saying when: before the publication day. */
    BEFORE,
    /** No time scope and no publication date. */
    UNKNOWN
  }

  /** The {@link TimeBound} of a claim's time; see {@link #isTimeKnown(Claim)}. */
  TimeBound timeBound(Claim claim) {
    return claim.when().isPresent() ? TimeBound.KNOWN
        : timeBound(claim, articles.get(claim.articleId()));
  }

  /**
   * {@link #timeBound(Claim)} of a claim without a time scope of its own, with its article's
   * info at hand ({@code info}, null when unknown).
   */
  static TimeBound timeBound(Claim claim, ArticleInfo info) {
    return timeBound(claim.has(ClaimFlag.EARLIER), articleBound(info));
  }

  /**
   * {@link #timeBound(Claim)} of a claim without a time scope of its own, flagged earlier or not,
   * whose article's date gives {@code article} ({@link #articleBound}).
   */
  static TimeBound timeBound(boolean earlier, TimeBound article) {
    return article == TimeBound.UNKNOWN ? TimeBound.UNKNOWN
        : earlier ? TimeBound.BEFORE : article;
  }

  /**
   * How much an article's date ({@code info}, null when unknown) tells of the time of its
   * figures without a time scope of their own and not flagged earlier.
   */
  static TimeBound articleBound(ArticleInfo info) {
    if (info == null || info.published().isEmpty()) {
      return TimeBound.UNKNOWN;
    }
    return info.publishedBasis().map(ArticleInfo.DateBasis::certain).orElse(true)
        ? TimeBound.KNOWN
        : TimeBound.ON_OR_AFTER;
  }

  /**
   * Returns how the figures of the group behave over time: see {@link RuleSet#countKind(String,
   * SubjectKey)}.
   *
   * @since 0.1.0
   */
  public Optional<CountKind> countKind(ClaimGroup group) {
    return rules.countKind(group.predicate(), group.subjectKey());
  }

  /** What a fall of a {@code varies} count means, from the data; null when the data does not say. */
  String fallMeaning(ClaimGroup group) {
    return CountData.lookup(CountData.FALLS, group.predicate(), group.subjectKey());
  }

  /**
   * Returns the words by which the article of {@code claim} says that a figure was revised
   * ("revised", "direvisi", "previous toll"), found in the sentences of the given claims of that
   * article; empty when it says nothing of the kind. The words are language data ({@code
   * lang/<code>/revisions.txt}).
   *
   * @since 0.1.0
   */
  public Optional<String> revisionCue(Collection<Claim> claims) {
    return revisionCue(claims, null);
  }

  /**
   * {@link #revisionCue(Collection)}; {@code at}: the claims' positions among the call's claims,
   * in the same order, whose columns give their articles' languages without a look-up by id (or
   * null).
   */
  Optional<String> revisionCue(Collection<Claim> claims, int[] at) {
    ClaimColumns columns = at == null ? null : columns();
    String lastArticle = null;
    int lastNumber = -1;
    Language language = null;
    Object lastLanguage = this; // no claim's
    String lastSentence = null;
    int i = 0;
    for (Claim c : claims) {
      if (columns != null) {
        int a = columns.article(at[i++]);
        if (a != lastNumber) {
          lastNumber = a;
          ArticleInfo info = columns.info(a);
          language = info == null ? null : info.language();
        }
      } else if (!c.articleId().equals(lastArticle)) { // an article's claims often come together
        lastArticle = c.articleId();
        ArticleInfo info = articles.get(lastArticle);
        language = info == null ? null : info.language();
      }
      String sentence = c.sentence();
      if (sentence == lastSentence && language == lastLanguage) {
        continue; // the sentence just searched in vain, again (claims share sentence texts)
      }
      lastSentence = sentence;
      lastLanguage = language;
      // Many claims share a sentence (and a large group asks again for each split): each
      // sentence is searched once per language.
      Language in = language;
      Map<String, Optional<String>> known =
          cues.computeIfAbsent(in == null ? NO_LANGUAGE : in, k -> new ConcurrentHashMap<>());
      Optional<String> cue = sentence == null ? Optional.empty()
          : known.computeIfAbsent(sentence,
              t -> Optional.ofNullable(CountData.revisionCue(t, in)));
      if (cue.isPresent()) {
        return cue;
      }
    }
    return Optional.empty();
  }

  /**
   * The latest year an article of the call (of its claims, when the context holds them) was
   * published in, or {@link Integer#MIN_VALUE} when none has a date; read once per call. {@link
   * Integer#MAX_VALUE} when the articles are not all
   * at hand (a batch's come and go).
   */
  int latestPublishedYear() {
    if (!articlesHeld) {
      return Integer.MAX_VALUE;
    }
    if (claims != null) {
      // Of the claims' articles only: a claim is bygone by its own article's year, which is
      // never later than that, so an article without claims tells nothing.
      return columns().latestPublishedYear();
    }
    Integer y = latestPublishedYear;
    if (y == null) {
      int latest = Integer.MIN_VALUE;
      for (ArticleInfo info : articles.values()) {
        LocalDate d = info.published().orElse(null);
        if (d != null) {
          latest = Math.max(latest, d.getYear());
        }
      }
      y = latest;
      latestPublishedYear = y;
    }
    return y;
  }

  /** Returns the tolerance for approximate figures of {@code predicate}. */
  public double tolerance(String predicate) {
    return rules.tolerance(predicate);
  }

  /**
   * Returns whether figures of {@code predicate} are cumulative: running counts compared over
   * time; see {@link RuleSet#isCumulative(String)}.
   */
  public boolean isCumulative(String predicate) {
    return rules.isCumulative(predicate);
  }

  /**
   * Returns the interval a claim's value stands for when compared: see {@link Interval#of(Quantity,
   * double)} with the predicate's tolerance, and {@link Interval#of(DateValue)}, except that a
   * bound a figure is said to pass or fall short of is counted in ("more than 120" is {@code [120,
   * ∞)}, "nearly 3,000" is {@code [0, 3000]}). News writes "more than 120" of a toll another outlet
   * gives as 120, and "nearly 3,000" of a round 3,000: the two do not contradict each other. An
   * exact figure of whole thousands is read as rounded: 96,000 is {@code [95500, 96500]}, 10,000
   * is {@code [9900, 10100]} (half its last place, at most 1 % of it).
   */
  public Interval interval(Claim claim) {
    Interval cached = intervals.get(claim.id());
    if (cached == null) {
      cached = computeInterval(claim);
      intervals.put(claim.id(), cached);
    }
    return cached;
  }

  private Interval computeInterval(Claim claim) {
    Value v = claim.value();
    return v instanceof Quantity q ? Interval.of(compared(q), tolerance(claim.predicate()))
        : Interval.of((DateValue) v);
  }

  /**
   * The quantity a value is compared as ({@link #interval}): a bound the figure is said to pass or
   * fall short of counts in; "less than 0" keeps its excluded bound, which alone says the figure
   * is negative; an exact figure of whole thousands is a rounded one. The one place this rule is
   * written: {@link IntervalTable} reads it too.
   */
  static Quantity compared(Quantity q) {
    if (q.kind() == QuantityKind.AT_LEAST && !q.lowInclusive()) {
      return Quantity.atLeast(q.low().orElseThrow());
    }
    if (q.kind() == QuantityKind.AT_MOST && !q.highInclusive() && q.high().orElseThrow().signum() > 0) {
      return Quantity.atMost(q.high().orElseThrow());
    }
    if (q.kind() == QuantityKind.EXACT && !q.isHedged()) {
      return rounded(q.low().orElseThrow(), q);
    }
    return q;
  }

  /** The least round figure read as rounded: a thousand ("96 ribu" and 96.086 agree). */
  private static final BigDecimal ROUND_FROM = BigDecimal.valueOf(1000);
  /** How far, as a share of itself, a round figure stretches at most. */
  private static final BigDecimal ROUND_SHARE = new BigDecimal("0.01");

  /**
   * An exact figure of whole thousands ("96 ribu", "96.000") as the rounded figure news makes of
   * a count: everything within half its last place, and within 1 % of it, rounds to it. Any
   * other figure is compared as it is.
   */
  private static Quantity rounded(BigDecimal v, Quantity q) {
    if (v.compareTo(ROUND_FROM) < 0 || v.signum() <= 0) {
      return q;
    }
    BigDecimal whole = v.stripTrailingZeros();
    if (whole.scale() > -3) {
      return q; // not whole thousands
    }
    BigDecimal half = BigDecimal.ONE.movePointRight(-whole.scale()).divide(BigDecimal.valueOf(2));
    half = half.min(v.multiply(ROUND_SHARE));
    return Quantity.range(v.subtract(half), v.add(half));
  }

  /**
   * Returns a readable form of a subject key: {@code north_korea:soldiers} gives {@code North
   * Korean soldiers}. Known country prefixes are turned into adjectives; anything else has its
   * separators replaced by spaces.
   */
  public String subjectLabel(SubjectKey subjectKey) {
    return FindingTexts.subject(subjectKey, Locale.ENGLISH);
  }

  /**
   * Returns what a group is about, as data for a {@link Reason}.
   *
   * @since 0.1.0
   */
  public Reason.Topic about(ClaimGroup group) {
    return new Reason.Topic(group.predicate(), group.subjectKey(), group.eventKey(), group.scope(),
        group.isDates());
  }

  /**
   * Returns a claim as a {@link Reason} cites it: value, outlet, attribution and source, and the
   * time it refers to or was reported at (the publication date when the text gives none).
   *
   * @since 0.1.0
   */
  public Reason.Cited cite(Claim claim) {
    Reason.Dating dating = Reason.Dating.NONE;
    Optional<DateValue> time = claim.when();
    if (time.isPresent()) {
      dating = Reason.Dating.STATED;
    } else {
      time = effectiveTime(claim);
      if (time.isPresent()) {
        dating = claim.has(ClaimFlag.EARLIER) ? Reason.Dating.BEFORE : Reason.Dating.AS_OF;
      }
    }
    return new Reason.Cited(claim.id(), claim.value(), outlet(claim.articleId()),
        claim.attribution(), claim.origin(), dating, time, claim.clock());
  }

  /**
   * Returns the claims as a {@link Reason} lists them: the first few cited, all counted.
   *
   * @since 0.1.0
   */
  public Reason.Listed<Reason.Cited> cite(List<Claim> claims) {
    return Reason.Listed.of(claims, this::cite);
  }

  /**
   * Returns what a group is about in words, such as {@code North Korean soldiers deployed}, {@code
   * people killed in the Garut flood} or, for a part, {@code people killed in Lombok Barat in the
   * Lombok earthquake}.
   */
  public String topic(ClaimGroup group) {
    return FindingTexts.topic(about(group), Locale.ENGLISH);
  }

  /**
   * Returns a value in words: {@code 15,000}, {@code about 600}, {@code 10,000–12,000}, {@code
   * more than 10,000}, {@code up to 9,000,000}, {@code 13 Sep 2023}, {@code 2023}.
   */
  public String formatValue(Value value) {
    return FindingTexts.value(value, Locale.ENGLISH);
  }

  /** Returns a date or period in words: {@code 2 Oct 2025}, {@code Oct 2025}, {@code Sep–Nov 2024}. */
  public String formatTime(DateValue time) {
    return FindingTexts.time(time, Locale.ENGLISH);
  }

  /**
   * Returns a claim as findings cite it: value, then in brackets the outlet, the attribution (and
   * the source it cites) and the time, such as {@code 120 (Harian A, police, 2 Oct 2025)}. A time
   * taken from the publication date reads {@code as of 2 Oct 2025}.
   */
  public String describe(Claim claim) {
    return FindingTexts.describe(cite(claim), Locale.ENGLISH);
  }
}
