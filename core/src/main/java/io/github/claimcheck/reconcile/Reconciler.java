package io.github.claimcheck.reconcile;

import io.github.claimcheck.model.ArticleInfo;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.Finding;
import io.github.claimcheck.model.Problem;
import io.github.claimcheck.model.SourceReliability;
import io.github.claimcheck.model.Verdict;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntUnaryOperator;

/**
 * Reconciles claims across articles: groups comparable claims, runs the {@link Rule}s of a {@link
 * RuleSet} on each group (and the {@link ClaimSetRule}s on all claims) and returns their findings.
 *
 * <pre>{@code
 * List<Finding> findings = Reconciler.standard().reconcile(claims, articlesById);
 * }</pre>
 *
 * <h2>Most likely values</h2>
 *
 * Each finding with verdict {@code conflict} or {@code unresolved} between values of one quantity
 * gets its {@linkplain Finding#likely() most likely value}, and {@link Reconciliation#sources()}
 * the reliability of every outlet and original source, estimated together over all claims: a
 * value backed by more independent and more reliable sources is more likely (the latest, for a
 * running count), and a source often alone against the rest is less reliable. The formula is in
 * the README ("Which figure is most likely"); {@link RuleSet#sourcePriors()} sets priors.
 *
 * <h2>Which claims are compared</h2>
 *
 * A {@link ClaimGroup} holds claims with the same story (articles of different stories are never
 * compared; an article without a story belongs to the default story), predicate, subject key and
 * scope (the part of the whole counted, or none for a total), no two different named events,
 * compatible units (the same unit family, or either missing), and values of the same type
 * (quantities or dates). A claim naming no event is compared with the claims of a named event
 * within an explicit story, and in the default story when the batch names only that one event
 * for the quantity; otherwise only with claims naming none.
 *
 * <h2>Results</h2>
 *
 * Findings are ordered conflicts, then explained, then agreements; within a verdict by predicate,
 * subject, first cited claim id, then rule name, cited ids and explanation, so the output does not
 * depend on the order of the input. Within a group, a conflict or explained finding is dropped
 * when an explained finding of another rule cites all of its claims (see {@link Rule}); findings
 * equal in rule, verdict, predicate, subject and cited ids are reported once.
 *
 * <h2>Cost</h2>
 *
 * Grouping is one hash pass; each built-in rule sorts a group once and sweeps it, so a call costs
 * O(n log n) in the number of claims. A call of 20,000 claims or more runs on a pool of one daemon
 * thread per core (made on first use): groups, the rules of a large group and the contests of the
 * most-likely-value estimate run at once, and their results are taken in the order one thread
 * gives, so the findings never depend on the threads. Rules must therefore be thread-safe, as
 * {@link Rule} says.
 *
 * <p>Instances are immutable and thread-safe when their rules are.
 *
 * @since 0.1.0
 */
public final class Reconciler {

  /**
   * A group of at least this many claims has its rules run at once on the common fork-join pool
   * (and a call on at least this many claims its claim-set rules beside its group rules, and the
   * likely-value estimate its contests): each rule's pass over a large group is long enough to be
   * worth a thread, and the rules of one group are independent (the contract of {@link Rule}).
   */
  static final int PARALLEL_GROUP = 20_000;

  private static final Reconciler STANDARD = new Reconciler(RuleSet.defaults(), PARALLEL_GROUP);

  /** Report order; see {@link #ordered}. */
  static final Comparator<Finding> ORDER = Reconciler::compare;

  private final RuleSet rules;
  /** From how many claims a call spreads its work over threads ({@link #PARALLEL_GROUP}). */
  private final int parallelFrom;

  private Reconciler(RuleSet rules, int parallelFrom) {
    this.rules = rules;
    this.parallelFrom = parallelFrom;
  }

  /**
   * A reconciler that spreads its work over threads from {@code parallelFrom} claims on (1:
   * always; {@link Integer#MAX_VALUE}: never), for tests that check it finds the same either way.
   */
  static Reconciler of(RuleSet rules, int parallelFrom) {
    return new Reconciler(Objects.requireNonNull(rules, "rules"), parallelFrom);
  }

  /**
   * Returns a reconciler applying {@code rules}.
   *
   * @throws NullPointerException if {@code rules} is null
   */
  public static Reconciler of(RuleSet rules) {
    return new Reconciler(Objects.requireNonNull(rules, "rules"), PARALLEL_GROUP);
  }

  /** Returns a reconciler applying {@link RuleSet#defaults()}. */
  public static Reconciler standard() {
    return STANDARD;
  }

  /** Returns the rule set applied. */
  public RuleSet rules() {
    return rules;
  }

  /**
   * Returns the findings for the claims, failing on the first rule that fails.
   *
   * <p>Fail-fast whatever the rule set says: use {@link #run(List, Map)} to have a failing rule
   * cost only the group it failed on (this is what {@code ClaimChecker} does).
   *
   * @param claims the claims, in any order; ids must be unique
   * @param articles article id to info (outlet, story, effective publication date); a claim whose
   *     article is missing has its article id as outlet, the default story and no publication date
   * @return the findings in deterministic order: conflicts, then explained, then agreements;
   *     within a verdict by predicate, subject, first claim id
   * @throws NullPointerException if an argument or a claim is null
   * @throws IllegalArgumentException if two claims share an id
   * @throws IllegalStateException if a rule throws an exception, returns null, or cites a claim
   *     outside what it was given; the message names the rule and the group, the cause is the
   *     rule's exception
   */
  public List<Finding> reconcile(List<Claim> claims, Map<String, ArticleInfo> articles) {
    return reconcile(claims, articles, true, Part.ALL).findings();
  }

  /**
   * Returns the findings for the claims and the problems of rules that failed.
   *
   * <p>A rule that throws an exception on a group, returns null, or cites a claim outside the
   * group costs that rule's findings on that group only: the failure is listed as a {@link
   * Problem} naming the rule, the group and the error, and every other rule and group is
   * evaluated as usual. With {@link RuleSet#failFast()} the first failure is thrown instead, as
   * {@link #reconcile(List, Map)} does. An {@link Error} thrown by a rule (such as {@link
   * OutOfMemoryError} or {@link StackOverflowError}) is never caught: it ends the call.
   *
   * @param claims the claims, in any order; ids must be unique
   * @param articles article id to info; see {@link #reconcile(List, Map)}
   * @return the findings, in the order of {@link #reconcile(List, Map)}, and the problems
   * @throws NullPointerException if an argument or a claim is null
   * @throws IllegalArgumentException if two claims share an id
   * @throws IllegalStateException only with {@link RuleSet#failFast()}, as {@link
   *     #reconcile(List, Map)}
   * @since 0.1.0
   */
  public Reconciliation run(List<Claim> claims, Map<String, ArticleInfo> articles) {
    return reconcile(claims, articles, rules.failFast(), Part.ALL);
  }

  /**
   * Returns the findings among the claims of one {@link ComparisonKey}, for a reconcile call
   * split by key and by article (see {@link ComparisonKey}): the group rules on the groups of the
   * claims, and the {@link SplittableRule#evaluateKey key part} of the claim-set rules. Together
   * with {@link #runArticle} on the claims of each article, the calls on the claims of each key
   * find exactly what {@link #run} finds on all the claims; no finding comes from two calls.
   * Failing rules are handled as {@link #run} handles them. The findings carry no {@linkplain
   * Finding#likely() most likely value} and the reconciliation no sources: those are estimated
   * over all claims at once.
   *
   * @param claims claims sharing one comparison key, in any order; ids must be unique
   * @param articles article id to info, at least for the articles of the claims
   * @return the findings and problems, in the order of {@link #run}
   * @throws NullPointerException if an argument or a claim is null
   * @throws IllegalArgumentException if two claims share an id, or the claims do not share one
   *     comparison key
   * @throws IllegalStateException if a {@link ClaimSetRule} of the rule set is not a {@link
   *     SplittableRule} (it needs all claims at once), or as {@link #run} with {@link
   *     RuleSet#failFast()}
   * @since 0.1.0
   */
  public Reconciliation runKey(List<Claim> claims, Map<String, ArticleInfo> articles) {
    return reconcile(claims, articles, rules.failFast(), Part.KEY);
  }

  /**
   * Returns the findings that compare claims of different comparison keys within one article (the
   * {@link SplittableRule#evaluateArticle article part} of the claim-set rules, such as combined
   * counts against their components), for a reconcile call split by key and by article; see
   * {@link #runKey}. Claims that all share one comparison key have nothing to compare across
   * keys: no rule is called on them.
   *
   * @param claims the claims of one article, in any order; ids must be unique
   * @param articles article id to info, at least for the article of the claims
   * @return the findings and problems, in the order of {@link #run}
   * @throws NullPointerException if an argument or a claim is null
   * @throws IllegalArgumentException if two claims share an id, or the claims are of several
   *     articles
   * @throws IllegalStateException as {@link #runKey}
   * @since 0.1.0
   */
  public Reconciliation runArticle(List<Claim> claims, Map<String, ArticleInfo> articles) {
    return reconcile(claims, articles, rules.failFast(), Part.ARTICLE);
  }

  /** Which claims a call is given: all, those of one comparison key, or those of one article. */
  private enum Part { ALL, KEY, ARTICLE }

  private Reconciliation reconcile(
      List<Claim> claims, Map<String, ArticleInfo> articles, boolean failFast, Part part) {
    Objects.requireNonNull(claims, "claims");
    Objects.requireNonNull(articles, "articles");
    // A large call is handed whole to the reconciling threads, so all cores share its parts.
    return claims.size() >= parallelFrom
        ? Workers.run(() -> reconcileHere(claims, articles, failFast, part))
        : reconcileHere(claims, articles, failFast, part);
  }

  @SuppressWarnings("unchecked") // the two tasks' results, taken back by their task number
  private Reconciliation reconcileHere(
      List<Claim> claims, Map<String, ArticleInfo> articles, boolean failFast, Part part) {
    // The articles are copied while the claims are sorted; a failure to copy them is thrown
    // after the claims' own faults, as when one was done after the other.
    boolean large = claims.size() >= parallelFrom;
    List<Object> made = InOrder.run(2, large, i -> {
      if (i == 0) {
        return byId(claims, large);
      }
      try {
        return Map.copyOf(articles);
      } catch (RuntimeException e) {
        return e;
      }
    });
    List<Claim> sorted = (List<Claim>) made.get(0);
    // In id order a null comes first and a duplicate next to its twin; only then is the input
    // read again, to name the first fault in input order.
    boolean faulty = !sorted.isEmpty() && sorted.get(0) == null;
    for (int i = 1; i < sorted.size() && !faulty; i++) {
      faulty = sorted.get(i - 1).id().equals(sorted.get(i).id());
    }
    if (faulty) {
      throw firstFault(claims);
    }
    if (made.get(1) instanceof RuntimeException e) {
      throw e;
    }
    // The rules of this package cite only the claims they are given: the ids are looked up only
    // for the findings of other rules.
    Set<String> ids = allBuiltIn(rules.rules()) ? Set.of() : idSet(sorted);
    List<Claim> all = Collections.unmodifiableList(sorted);
    RuleContext ctx = new RuleContext(rules, (Map<String, ArticleInfo>) made.get(1),
        sorted.size(), parallelFrom, true, all);
    if (large && part == Part.ALL) {
      // Read now, on every core: the estimate's sources and a large group's tables read them,
      // and a thread that asked first would make the others wait.
      ctx.columns();
    }
    String scope = part == Part.ALL ? "all claims" : requireOnePart(all, part, ctx);
    if (part != Part.ALL) {
      for (Rule r : rules.rules()) {
        if (r instanceof ClaimSetRule s) {
          splittable(s); // fails on a rule that needs all claims, whatever the claims
        }
      }
      if (part == Part.ARTICLE && oneKey(all, ctx)) {
        return new Reconciliation(List.of(), List.of(), List.of());
      }
    }

    List<ClaimSetRule> setRules = new ArrayList<>();
    List<Rule> groupRules = new ArrayList<>();
    for (Rule r : rules.rules()) {
      if (r instanceof ClaimSetRule s) {
        setRules.add(s);
      } else if (part != Part.ARTICLE) {
        groupRules.add(r);
      }
    }
    // The claim-set rules and the group rules read the same claims and write nothing shared: on
    // a large input they run at once (and the sources of the likely-value estimate are read
    // meanwhile); their results are taken in the order of one thread.
    boolean likely = part == Part.ALL;
    int tasks = setRules.size() + 1 + (likely ? 1 : 0);
    // The groups' task (grouping, then the groups' rules, which need both cores) is started
    // first and the claim-set rules last, so the other core does those while it groups; the
    // results, and the first failure, are taken in task order all the same.
    IntUnaryOperator task = e -> e == 0 ? setRules.size()
        : e == 1 && likely ? setRules.size() + 1 : e - (likely ? 2 : 1);
    List<Object> ran = InOrder.run(tasks, ctx.parallel(sorted.size()), e -> {
      try {
        return found(task.applyAsInt(e), setRules, part, all, ctx, scope, ids, failFast,
            groupRules, sorted.size());
      } catch (RuntimeException failure) {
        return failure;
      }
    });
    Object[] inOrder = new Object[tasks];
    for (int e = 0; e < tasks; e++) {
      inOrder[task.applyAsInt(e)] = ran.get(e);
    }
    List<Found> results = new ArrayList<>(tasks);
    for (Object o : inOrder) {
      if (o instanceof RuntimeException failure) {
        throw failure;
      }
      results.add((Found) o);
    }
    List<Finding> out = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (Found f : results) {
      out.addAll(f.findings());
      problems.addAll(f.problems());
    }
    // Likely values and sources' reliability are estimated over all claims at once: a call on
    // the claims of one key or one article gives its findings without them.
    return likely
        ? withLikelyValues(ordered(out), results.get(results.size() - 1).prepared(), failFast,
            problems)
        : new Reconciliation(ordered(out), problems, List.of());
  }

  /**
   * Task {@code i} of a call: claim-set rule {@code i}, then the groups and their rules, then
   * reading the sources of the likely-value estimate.
   */
  private Found found(int i, List<ClaimSetRule> setRules, Part part, List<Claim> all,
      RuleContext ctx, String scope, Set<String> ids, boolean failFast, List<Rule> groupRules,
      int size) {
    if (i == setRules.size() + 1) {
      return new Found(List.of(), List.of(), LikelyValues.prepare(all, ctx));
    }
    List<Problem> mine = new ArrayList<>(0);
    if (i < setRules.size()) {
      ClaimSetRule s = setRules.get(i);
      SplittableRule split = part == Part.ALL ? null : splittable(s);
      Call call = switch (part) {
        case ALL -> () -> s.evaluateAll(all, ctx);
        case KEY -> () -> split.evaluateKey(all, ctx);
        case ARTICLE -> () -> split.evaluateArticle(all, ctx);
      };
      return new Found(checked(s, null, scope, call, ids, failFast, mine), mine);
    }
    List<Finding> found = new ArrayList<>();
    if (!groupRules.isEmpty()) {
      // Groups are independent too: many small groups are spread over threads as well.
      List<ClaimGroup> groups = Grouping.groups(all, ctx);
      for (Found f : InOrder.run(groups.size(), ctx.parallel(size), g -> {
        List<Problem> its = new ArrayList<>(0);
        List<Finding> itsFindings = new ArrayList<>();
        evaluate(groups.get(g), groupRules, ctx, failFast, its, itsFindings, ids);
        return new Found(itsFindings, its);
      })) {
        found.addAll(f.findings());
        mine.addAll(f.problems());
      }
    }
    return new Found(found, mine);
  }

  /**
   * The claims sorted by id, nulls first; a large input as two halves sorted at once and merged.
   */
  private static List<Claim> byId(List<Claim> claims, boolean parallel) {
    Comparator<Claim> order = Comparator.nullsFirst(ClaimGroup.BY_ID);
    Claim[] a = claims.toArray(new Claim[0]);
    if (!parallel) {
      Arrays.sort(a, order);
      return Arrays.asList(a);
    }
    int mid = a.length / 2;
    InOrder.run(2, true, i -> {
      Arrays.sort(a, i == 0 ? 0 : mid, i == 0 ? mid : a.length, order);
      return null;
    });
    // The halves are merged from both ends at once: the front's first half of the output and
    // the back's second half are those of one merge from the front.
    Claim[] out = new Claim[a.length];
    int half = a.length / 2;
    InOrder.run(2, true, t -> {
      if (t == 0) {
        int i = 0;
        int j = mid;
        for (int k = 0; k < half; k++) {
          out[k] = j >= a.length || (i < mid && order.compare(a[i], a[j]) <= 0) ? a[i++] : a[j++];
        }
      } else {
        int i = mid - 1;
        int j = a.length - 1;
        for (int k = a.length - 1; k >= half; k--) {
          out[k] = i < 0 || (j >= mid && order.compare(a[i], a[j]) <= 0) ? a[j--] : a[i--];
        }
      }
      return null;
    });
    return Arrays.asList(out);
  }

  /** The first null or duplicate claim of the input, in input order, as the exception to throw. */
  private static RuntimeException firstFault(List<Claim> claims) {
    Set<String> seen = new HashSet<>(claims.size() * 2);
    for (Claim c : claims) {
      if (c == null) {
        return new NullPointerException("claim");
      }
      if (!seen.add(c.id())) {
        return new IllegalArgumentException("duplicate claim id '" + c.id() + "'");
      }
    }
    throw new AssertionError("no null and no duplicate");
  }

  /** Whether every rule is a {@link BuiltInRule}, whose citations need no check. */
  private static boolean allBuiltIn(List<? extends Rule> rules) {
    for (Rule r : rules) {
      if (!(r instanceof BuiltInRule)) {
        return false;
      }
    }
    return true;
  }

  private static Set<String> idSet(List<Claim> claims) {
    Set<String> ids = new HashSet<>(claims.size() * 2);
    for (Claim c : claims) {
      ids.add(c.id());
    }
    return ids;
  }

  /**
   * The reconciliation of the ordered findings: each disputed one with its most likely value, and
   * the reliability of every source, estimated over all claims ({@code prepared}: their sources,
   * read). When estimating fails, the findings stay as they are and a problem says so (thrown
   * when failing fast).
   */
  static Reconciliation withLikelyValues(List<Finding> ordered, LikelyValues.Prepared prepared,
      boolean failFast, List<Problem> problems) {
    List<Finding> findings = ordered;
    List<SourceReliability> sources = List.of();
    try {
      LikelyValues.Result likely = prepared.estimate(findings);
      findings = likely.findings();
      sources = likely.sources();
    } catch (RuntimeException e) {
      estimateFailed(e, failFast, problems);
    }
    return new Reconciliation(findings, problems, sources);
  }

  /**
   * The likely-value estimate failed with {@code e}: throws when failing fast, else lists the
   * problem (findings then have no likely value and sources no reliability).
   */
  static void estimateFailed(RuntimeException e, boolean failFast, List<Problem> problems) {
    IllegalStateException failure = new IllegalStateException(
        "estimating likely values failed: " + e.getClass().getSimpleName()
            + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
    if (failFast) {
      throw failure;
    }
    problems.add(Problem.of("likely values", failure.getMessage()
        + "; findings have no likely value and sources no reliability"));
  }

  /**
   * Returns a batch that takes articles and their claims one at a time and reconciles them with
   * this reconciler's rules, keeping the claims compact (on disk past a few tens of megabytes)
   * instead of as objects: for inputs whose claims do not fit the heap. Findings and problems are
   * those {@link #run(List, Map)} gives for the same claims.
   *
   * @since 0.1.0
   */
  public ReconcileBatch batch() {
    return new ReconcileBatch(rules);
  }


  /**
   * What one task found (a rule on one group, a claim-set rule, the groups of a call) and its
   * problems; the task that reads the likely-value estimate's sources gives them instead.
   */
  private record Found(List<Finding> findings, List<Problem> problems,
      LikelyValues.Prepared prepared) {

    Found(List<Finding> findings, List<Problem> problems) {
      this(findings, problems, null);
    }
  }

  /**
   * Runs the group rules on one group, adding their findings (less those superseded by an
   * explained finding) to {@code out}.
   *
   * @param known the ids of claims of which the group's are a subset, or null: when the group
   *     holds as many claims, they are its ids and need not be collected again
   */
  static void evaluate(ClaimGroup group, List<Rule> groupRules, RuleContext ctx, boolean failFast,
      List<Problem> problems, List<Finding> out, Set<String> known) {
    Set<String> groupIds;
    if (allBuiltIn(groupRules)) {
      groupIds = Set.of(); // never read: see BuiltInRule
    } else if (known != null && known.size() == group.size()) {
      groupIds = known;
    } else {
      groupIds = idSet(group.claims());
    }
    boolean parallel = ctx.parallel(group.size()) && groupRules.size() > 1;
    if (parallel) {
      group.prepare(ctx); // what several rules read is made once, before they share it
    }
    List<Found> results = InOrder.run(groupRules.size(), parallel, i -> {
      Rule r = groupRules.get(i);
      List<Problem> mine = new ArrayList<>(0);
      List<Finding> f = checked(r, group, "all claims", () -> r.evaluate(group, ctx), groupIds,
          failFast, mine);
      return new Found(f, mine);
    });
    List<Finding> found = new ArrayList<>();
    List<Integer> ruleIndex = new ArrayList<>();
    for (int i = 0; i < results.size(); i++) {
      problems.addAll(results.get(i).problems());
      for (Finding f : results.get(i).findings()) {
        found.add(f);
        ruleIndex.add(i);
      }
    }
    out.addAll(dropSuperseded(found, ruleIndex, groupRules));
  }

  /** {@link #evaluate(ClaimGroup, List, RuleContext, boolean, List, List, Set)} without known ids. */
  static void evaluate(ClaimGroup group, List<Rule> groupRules, RuleContext ctx, boolean failFast,
      List<Problem> problems, List<Finding> out) {
    evaluate(group, groupRules, ctx, failFast, problems, out, null);
  }

  /** The findings in report order, each reported once. */
  static List<Finding> ordered(List<Finding> out) {
    out.sort(ORDER);
    return dedupe(out);
  }

  interface Call {
    List<Finding> run();
  }

  /** The rule as a splittable one; fails when it needs all claims at once. */
  private static SplittableRule splittable(ClaimSetRule rule) {
    if (rule instanceof SplittableRule s) {
      return s;
    }
    throw new IllegalStateException("rule '" + rule.name() + "' needs all claims at once (a "
        + "ClaimSetRule that is not a SplittableRule), so reconciliation cannot be split by "
        + "comparison key and article");
  }

  /**
   * Checks that the claims are of one comparison key or of one article, and returns what they
   * are in words ("the claims of killed / people (quantities)", "the claims of article a1").
   */
  private static String requireOnePart(List<Claim> claims, Part part, RuleContext ctx) {
    if (claims.isEmpty()) {
      return "no claims";
    }
    Claim first = claims.get(0);
    if (part == Part.KEY) {
      ComparisonKey key = ComparisonKey.inContext(first, ctx);
      for (Claim c : claims) {
        ComparisonKey k = ComparisonKey.inContext(c, ctx);
        if (!k.equals(key)) {
          throw new IllegalArgumentException("claims of two comparison keys: " + first.id()
              + " is of " + key + ", " + c.id() + " of " + k);
        }
      }
      return "the claims of " + key;
    }
    for (Claim c : claims) {
      if (!c.articleId().equals(first.articleId())) {
        throw new IllegalArgumentException("claims of two articles: " + first.id() + " is of "
            + first.articleId() + ", " + c.id() + " of " + c.articleId());
      }
    }
    return "the claims of article " + first.articleId();
  }

  /** Whether the claims share one comparison key (true for none). */
  private static boolean oneKey(List<Claim> claims, RuleContext ctx) {
    ComparisonKey first = claims.isEmpty() ? null : ComparisonKey.inContext(claims.get(0), ctx);
    for (Claim c : claims) {
      if (!ComparisonKey.inContext(c, ctx).equals(first)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Runs one rule on one group (or on all the claims of the call, named by {@code scope}, when
   * {@code group} is null) and checks what it returns. A failure is thrown when failing fast,
   * else listed as a problem and no findings.
   */
  /** {@link #checked(Rule, ClaimGroup, String, Call, Set, boolean, List)} on all claims. */
  static List<Finding> checked(Rule rule, ClaimGroup group, Call call, Set<String> ids,
      boolean failFast, List<Problem> problems) {
    return checked(rule, group, "all claims", call, ids, failFast, problems);
  }

  static List<Finding> checked(Rule rule, ClaimGroup group, String scope, Call call,
      Set<String> ids, boolean failFast, List<Problem> problems) {
    List<Finding> result;
    try {
      result = call.run();
    } catch (RuntimeException e) {
      String where = group == null ? "" : " on " + group;
      String what = "failed on " + (group == null ? scope : describe(group)) + ": "
          + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
      return failed(rule, new IllegalStateException(
          "rule '" + rule.name() + "' failed" + where, e), what, failFast, problems);
    }
    String invalid = rule instanceof BuiltInRule && result != null ? null : invalid(result, ids);
    if (invalid != null) {
      String where = group == null ? "" : " on " + group; // written only for a failure
      String in = group == null ? "the input" : group.toString();
      return failed(rule, new IllegalStateException("rule '" + rule.name() + "' " + invalid
          + (invalid.startsWith("cites") ? ", which is not in " + in : where)),
          invalid + (group == null ? "" : " on " + describe(group)), failFast, problems);
    }
    return result;
  }

  /** Why a rule's result is invalid ("returned null", "cites claim 'x'"), or null when valid. */
  private static String invalid(List<Finding> result, Set<String> ids) {
    if (result == null) {
      return "returned null";
    }
    for (Finding f : result) {
      if (f == null) {
        return "returned a null finding";
      }
      for (String id : f.claimIds()) {
        if (!ids.contains(id)) {
          return "cites claim '" + id + "'";
        }
      }
    }
    return null;
  }

  private static List<Finding> failed(Rule rule, IllegalStateException failure, String what,
      boolean failFast, List<Problem> problems) {
    if (failFast) {
      throw failure;
    }
    problems.add(Problem.of("rule " + rule.name(), what + "; its findings there are missing"));
    return List.of();
  }

  /** The group for a person: "killed / people, story s, event e (a#1, b#2 and 3 more claims)". */
  private static String describe(ClaimGroup group) {
    StringBuilder sb = new StringBuilder(group.predicate()).append(" / ").append(group.subject());
    if (!group.story().isEmpty()) {
      sb.append(", story ").append(group.story());
    }
    group.event().ifPresent(e -> sb.append(", event ").append(e));
    List<Claim> claims = group.claims();
    int shown = Math.min(claims.size(), 5);
    sb.append(" (");
    for (int i = 0; i < shown; i++) {
      sb.append(i == 0 ? "" : ", ").append(claims.get(i).id());
    }
    if (claims.size() > shown) {
      sb.append(" and ").append(claims.size() - shown).append(" more claims");
    }
    return sb.append(')').toString();
  }

  /**
   * Drops conflict and explained findings that an explained finding of another rule covers: it
   * cites more claims including all of theirs, or the same claims when the finding dropped is a
   * conflict or comes from a later rule.
   */
  private static List<Finding> dropSuperseded(List<Finding> found, List<Integer> ruleIndex,
      List<Rule> rules) {
    // A finding can only be covered by an explained finding citing its first claim: explained
    // findings are indexed by the claims that are some other finding's first, not by all theirs.
    Set<String> firsts = new HashSet<>();
    boolean anyExplained = false;
    for (Finding f : found) {
      if (f.verdict() != Verdict.AGREEMENT) {
        firsts.add(f.claimIds().get(0));
      }
      anyExplained |= f.verdict() == Verdict.EXPLAINED;
    }
    if (!anyExplained) {
      return found;
    }
    Map<String, List<Integer>> explainedByClaim = new HashMap<>();
    for (int i = 0; i < found.size(); i++) {
      Finding f = found.get(i);
      if (f.verdict() == Verdict.EXPLAINED) {
        for (String id : f.claimIds()) {
          if (firsts.contains(id)) {
            explainedByClaim.computeIfAbsent(id, k -> new ArrayList<>(2)).add(i);
          }
        }
      }
    }
    if (explainedByClaim.isEmpty()) {
      return found;
    }
    CitedSets cited = new CitedSets(found, ruleIndex, rules);
    List<Finding> kept = new ArrayList<>(found.size());
    for (int i = 0; i < found.size(); i++) {
      Finding f = found.get(i);
      boolean drop = false;
      if (f.verdict() != Verdict.AGREEMENT) {
        for (int j : explainedByClaim.getOrDefault(f.claimIds().get(0), List.of())) {
          Finding g = found.get(j);
          if (j == i || g.rule().equals(f.rule()) || !cited.containsAll(j, i)) {
            continue;
          }
          boolean bigger = cited.size(j) > cited.size(i);
          if (bigger || f.verdict() == Verdict.CONFLICT || ruleIndex.get(j) < ruleIndex.get(i)) {
            drop = true;
            break;
          }
        }
      }
      if (!drop) {
        kept.add(f);
      }
    }
    return kept;
  }

  /**
   * The claims findings cite, as sets: built-in rules cite ids in strictly increasing order,
   * and two such lists are compared by one merge; other lists become hash sets, once each.
   */
  private static final class CitedSets {
    private final List<Finding> found;
    private final Boolean[] strictlySorted;
    private final List<Set<String>> sets;

    CitedSets(List<Finding> found, List<Integer> ruleIndex, List<Rule> rules) {
      this.found = found;
      this.strictlySorted = new Boolean[found.size()];
      for (int i = 0; i < found.size(); i++) {
        if (rules.get(ruleIndex.get(i)) instanceof BuiltInRule) {
          strictlySorted[i] = true; // so a built-in rule cites them: not checked again
        }
      }
      this.sets = new ArrayList<>(Collections.nCopies(found.size(), null));
    }

    /** The number of different claims finding {@code i} cites. */
    int size(int i) {
      return sorted(i) ? found.get(i).claimIds().size() : set(i).size();
    }

    /** Whether finding {@code j} cites every claim finding {@code i} cites. */
    boolean containsAll(int j, int i) {
      if (!sorted(i) || !sorted(j)) {
        return set(j).containsAll(set(i));
      }
      List<String> theirs = found.get(j).claimIds();
      List<String> mine = found.get(i).claimIds();
      int k = 0;
      for (String id : mine) {
        int c = -1;
        // the ids of one claim are mostly the same string: compared by reference first
        while (k < theirs.size() && (c = compareIds(theirs.get(k), id)) < 0) {
          k++;
        }
        if (c != 0) {
          return false;
        }
        k++;
      }
      return true;
    }

    private boolean sorted(int i) {
      Boolean b = strictlySorted[i];
      if (b == null) {
        List<String> ids = found.get(i).claimIds();
        b = true;
        for (int k = 1; k < ids.size() && b; k++) {
          b = ids.get(k - 1).compareTo(ids.get(k)) < 0;
        }
        strictlySorted[i] = b;
      }
      return b;
    }

    private Set<String> set(int i) {
      Set<String> s = sets.get(i);
      if (s == null) {
        s = new HashSet<>(found.get(i).claimIds());
        sets.set(i, s);
      }
      return s;
    }
  }

  private static int compareIds(String a, String b) {
    return a == b ? 0 : a.compareTo(b);
  }

  /**
   * The findings (in {@link #ORDER}) each once: findings equal in rule, verdict, predicate,
   * subject and cited ids are equal in every part of the order, so they are neighbours, and
   * only neighbours are compared (no hash of a million cited ids).
   */
  private static List<Finding> dedupe(List<Finding> sorted) {
    List<Finding> out = new ArrayList<>(sorted.size());
    for (Finding f : sorted) {
      if (out.isEmpty() || compare(out.get(out.size() - 1), f) != 0) {
        out.add(f);
      }
    }
    return Collections.unmodifiableList(out);
  }

  private static int compare(Finding a, Finding b) {
    int c = a.verdict().compareTo(b.verdict());
    if (c == 0) {
      c = a.predicate().compareTo(b.predicate());
    }
    if (c == 0) {
      c = a.subject().compareTo(b.subject());
    }
    if (c == 0) {
      c = a.claimIds().get(0).compareTo(b.claimIds().get(0));
    }
    if (c == 0) {
      c = a.rule().compareTo(b.rule());
    }
    // Findings equal in all of these are duplicates; the sort is stable, so the one a rule gave
    // first is kept, and the order never depends on the wording.
    return c != 0 ? c : compareIds(a, b);
  }

  private static int compareIds(Finding a, Finding b) {
    List<String> x = a.claimIds();
    List<String> y = b.claimIds();
    for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
      int c = x.get(i).compareTo(y.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.size(), y.size());
  }

  @Override
  public String toString() {
    return "Reconciler{" + rules + "}";
  }
}
