package io.github.claimcheck.reconcile;

import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.EventKey;
import io.github.claimcheck.model.SubjectKey;
import io.github.claimcheck.model.ClaimFlag;
import io.github.claimcheck.model.Scope;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * An immutable view of comparable claims: same story, predicate, subject and {@linkplain
 * Claim#scope() scope} (the same part of the whole, or all totals), no two different named
 * events, compatible units, and all quantities or all dates. The {@link Reconciler} builds the
 * groups; rules read them.
 *
 * <p>A claim that names no event (or no unit) is comparable with claims that do (in the default
 * story, only when the batch names a single event for the quantity; see {@link Reconciler}); when
 * a story names several events for the same predicate and subject, such a claim is put in the
 * group of each event.
 *
 * @since 0.1.0
 */
public final class ClaimGroup {

  /** Orders claims by id. */
  static final Comparator<Claim> BY_ID = Comparator.comparing(Claim::id);

  private final String story;
  private final String predicate;
  private final SubjectKey subject;
  private final String subjectId;
  private final EventKey event;
  private final String unit;
  private final Scope scope;
  private final boolean dates;
  /** Whether all claims are of {@link #scope} (groups of parts and totals together are not). */
  private final boolean oneScope;
  private final List<Claim> claims;
  private final List<Claim> totals;
  private final List<Claim> additions;
  // Made on first use; volatile, so rules running at once on one group see whole values.
  private volatile Clusters clusters;
  private volatile ClaimsByArticle byArticle;
  private volatile Boolean anyRevisionCue;
  /** The totals' positions among the call's claims (null inside: not known); see totalsAt. */
  private volatile int[][] totalsAt;
  /** All claims' positions among the call's claims, the same way; see claimsAt. */
  private volatile int[][] claimsAt;

  /**
   * @param byId whether {@code claims} are known to be in id order (else they are sorted here)
   * @param oneScope whether the claims are all of the group's scope (else parts and totals mix)
   */
  ClaimGroup(
      String story,
      String predicate,
      SubjectKey subject,
      EventKey event,
      String unit,
      Scope scope,
      boolean dates,
      List<Claim> claims,
      boolean byId,
      boolean oneScope) {
    this.story = story;
    this.oneScope = oneScope;
    this.predicate = predicate;
    this.subject = subject;
    this.subjectId = subject.id();
    this.event = event;
    this.unit = unit;
    this.scope = scope;
    this.dates = dates;
    List<Claim> sorted = new ArrayList<>(claims);
    if (!byId) { // a million claims known to be in id order need not be compared again
      sorted.sort(BY_ID);
    }
    this.claims = Collections.unmodifiableList(sorted);
    List<Claim> t = new ArrayList<>();
    List<Claim> a = new ArrayList<>();
    for (Claim c : sorted) {
      if (isTotal(c)) {
        t.add(c);
      } else if (isAddition(c)) {
        a.add(c);
      }
    }
    this.totals = Collections.unmodifiableList(t);
    this.additions = Collections.unmodifiableList(a);
  }

  /** Whether a claim is compared as a total: see {@link #totals()}. */
  static boolean isTotal(Claim c) {
    return !c.has(ClaimFlag.PLANNED) && !c.has(ClaimFlag.CHANGE) && !c.has(ClaimFlag.ADDITION)
        && !c.has(ClaimFlag.INCREMENT);
  }

  /** Whether a claim is what growth rules may add to an earlier figure: see {@link #additions()}. */
  static boolean isAddition(Claim c) {
    return !c.has(ClaimFlag.PLANNED) && !c.has(ClaimFlag.CHANGE)
        && (c.has(ClaimFlag.ADDITION) || c.has(ClaimFlag.INCREMENT));
  }

  /** Returns the story key of the articles the claims come from; empty string for the default story. */
  public String story() {
    return story;
  }

  /** Returns the predicate shared by the claims. */
  public String predicate() {
    return predicate;
  }

  /** Returns the subject key shared by the claims, in its string form. */
  public String subject() {
    return subjectId;
  }

  /**
   * Returns the typed subject key shared by the claims.
   *
   * @since 0.1.0
   */
  public SubjectKey subjectKey() {
    return subject;
  }

  /** Returns the event the group is about, when a claim names one (as first written, by claim id). */
  public Optional<String> event() {
    return event == null ? Optional.empty() : Optional.of(event.name().strip());
  }

  /**
   * Returns the typed key of the event the group is about, when a claim names one.
   *
   * @since 0.1.0
   */
  public Optional<EventKey> eventKey() {
    return Optional.ofNullable(event);
  }

  /**
   * Returns the canonical unit family of the group when a claim names a unit: {@code people} for
   * people, soldiers, troops and similar, otherwise the unit itself in lower case.
   */
  public Optional<String> unit() {
    return Optional.ofNullable(unit);
  }

  /**
   * Returns the part of the whole the claims count (a place, a category, a status), or empty when
   * they count the whole.
   *
   * @since 0.1.0
   */
  public Optional<Scope> scope() {
    return Optional.ofNullable(scope);
  }

  /** Returns whether the values are dates ({@link io.github.claimcheck.model.DateValue}s). */
  public boolean isDates() {
    return dates;
  }

  /** Returns every claim of the group, sorted by id. */
  public List<Claim> claims() {
    return claims;
  }

  /**
   * Returns the claims compared as totals, sorted by id: all claims except those flagged {@link
   * ClaimFlag#PLANNED} (not facts), {@link ClaimFlag#CHANGE} (deltas), {@link ClaimFlag#ADDITION}
   * (parts added to an earlier figure) or {@link ClaimFlag#INCREMENT} (increments of a running
   * count). In a group of parts ({@link #scope()} present) these are the figures for that part.
   */
  public List<Claim> totals() {
    return totals;
  }

  /**
   * Returns the claims flagged {@link ClaimFlag#ADDITION} or {@link ClaimFlag#INCREMENT} (and not
   * planned or a change), sorted by id: what growth rules may add to an earlier figure.
   */
  public List<Claim> additions() {
    return additions;
  }

  /** Returns the ids of the articles the claims come from, sorted. */
  public Set<String> articleIds() {
    Set<String> ids = new TreeSet<>();
    claims.forEach(c -> ids.add(c.articleId()));
    return Collections.unmodifiableSet(ids);
  }

  /** Returns the number of claims. */
  public int size() {
    return claims.size();
  }

  /**
   * The claims of each article, in id order, computed once per group: a large group's by the
   * article numbers of the call's columns.
   */
  ClaimsByArticle byArticle(RuleContext context) {
    ClaimsByArticle m = byArticle;
    if (m == null) {
      int[] at = claimsAt(context);
      m = ClaimsByArticle.of(claims, at == null ? null : context.columns(), at);
      byArticle = m;
    }
    return m;
  }

  /**
   * The positions of the claims among the claims of the call ({@link RuleContext#columnsFor}),
   * found once per group; null when the group is small or not of the call's claims.
   */
  int[] claimsAt(RuleContext context) {
    int[][] at = claimsAt;
    if (at == null) {
      at = positions(claims, context);
      claimsAt = at;
    }
    return at[0];
  }

  /** The positions of {@code part} among the call's claims, or null (see claimsAt), wrapped. */
  private static int[][] positions(List<Claim> part, RuleContext context) {
    ClaimColumns columns = context.columnsFor(part);
    return new int[][] {columns == null ? null : columns.positions(part)};
  }

  /** The totals clustered by value, computed once per group with the context's tolerances. */
  Clusters clusters(RuleContext context) {
    Clusters c = clusters;
    if (c == null) {
      int[] at = totalsAt(context);
      c = Clusters.of(totals, true, context, at); // totals are in id order
      if (at != null && oneScope) { // claims of one predicate, subject and scope: see positioned
        context.positioned(c);
      }
      clusters = c;
    }
    return c;
  }

  /**
   * The positions of the totals among the claims of the call ({@link RuleContext#columnsFor}),
   * found once per group; null when the group is small or not of the call's claims.
   */
  int[] totalsAt(RuleContext context) {
    int[][] at = totalsAt;
    if (at == null) {
      at = positions(totals, context);
      totalsAt = at;
    }
    return at[0];
  }

  /**
   * Whether the sentence of some claim of the group says a figure was revised ({@link
   * RuleContext#revisionCue}), computed once per group: most groups have none, and then no
   * subset of their claims needs to be searched.
   */
  boolean anyRevisionCue(RuleContext context) {
    Boolean any = anyRevisionCue;
    if (any == null) {
      any = context.revisionCue(claims, claimsAt(context)).isPresent();
      anyRevisionCue = any;
    }
    return any;
  }

  /**
   * Makes what several rules read (clusters and the times of the claims clustered, claims by
   * article, revision cues) before they run at once; each part on a thread of its own.
   */
  void prepare(RuleContext context) {
    int[] at = totalsAt(context); // read by both of the first two
    claimsAt(context); // read by the last two
    List<Object> made = InOrder.run(4, true, i -> switch (i) {
      case 0 -> clusters(context);
      case 1 -> TimeTable.of(totals, context, at); // what the clusters would read after clustering
      case 2 -> byArticle(context);
      default -> anyRevisionCue(context);
    });
    clusters(context).useTimes((TimeTable) made.get(1));
  }

  @Override
  public String toString() {
    return "ClaimGroup{" + predicate + " " + subject
        + (story.isEmpty() ? "" : ", story " + story)
        + (event == null ? "" : ", event " + event)
        + (unit == null ? "" : ", unit " + unit)
        + (scope == null ? "" : ", scope " + scope)
        + ", " + claims.size() + " claims}";
  }
}
