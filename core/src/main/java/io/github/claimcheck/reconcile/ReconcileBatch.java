package io.github.claimcheck.reconcile;

import io.github.claimcheck.model.ArticleInfo;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.DateValue;
import io.github.claimcheck.model.Finding;
import io.github.claimcheck.model.Problem;
import io.github.claimcheck.model.Scope;
import io.github.claimcheck.model.SourceReliability;
import io.github.claimcheck.model.Verdict;
import java.util.AbstractList;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reconciles claims that arrive one article at a time, without keeping them as objects: each claim
 * is written as a compact record (on the heap up to a few tens of megabytes, then in a temporary
 * file), and the heap holds per claim only where its record is and which group key it has
 * (eight bytes), per article its id and a few numbers, per group key five numbers (a subject
 * that only its own article speaks of, such as a date's, is three numbers, not a string). {@link #reconcile()} then reads back one
 * family of comparable claims (one story, predicate, subject and type of value, all scopes) at a
 * time, runs the rules on it and forgets it: the heap needed is that of the largest family. The
 * findings go the same way, as records sorted into report order in a temporary file (eight bytes
 * each stay on the heap), and the most likely values are estimated on claim numbers and flat
 * arrays (some forty bytes per claim, twelve per claim a disputed finding cites), not objects.
 *
 * <pre>{@code
 * try (ReconcileBatch batch = Reconciler.standard().batch()) {
 *   for (ArticleAnalysis a : analyses) {
 *     batch.add(a.info(), a.claims());
 *   }
 *   Reconciliation r = batch.reconcile();
 *   r.findings().forEach(f -> System.out.println(batch.claim(f.claimIds().get(0))));
 * }
 * }</pre>
 *
 * <p>The findings and problems are those {@link Reconciler#run(List, Map)} returns for the same
 * claims and articles. Rules see the articles as the batch keeps them: id, outlet, story,
 * language and publication date with its basis; not the text, the URL or the words a date was
 * read from. A {@link ClaimSetRule} other than the built-in ones is given all claims as a list
 * that reads each claim back when asked (sorted by id, as always).
 *
 * <p>Not thread-safe: one thread adds and reconciles. {@link #close()} deletes the temporary
 * files; claims and the findings of {@link #reconcile()} can be read back until then.
 *
 * @since 0.1.0
 */
public final class ReconcileBatch implements AutoCloseable {

  private final RuleSet rules;
  private final ArticleTable articles = new ArticleTable();
  private final ClaimSpool spool;
  private final ClaimCodec codec = new ClaimCodec();
  /** The findings so far, then in report order. */
  private final FindingSpool found;
  private final RuleContext ctx;
  private final List<Rule> groupRules = new ArrayList<>();
  /** The claim-set rules, in rule-set order, with their tags and first failure. */
  private final Map<ClaimSetRule, SetRuleResult> setRules = new LinkedHashMap<>();
  private final PartsAndTotalsRule partsAndTotals;

  private final Offsets offsets = new Offsets();
  private int[] bucketOf = new int[1024];
  private int claims;
  /** The first claim of each article; entry {@code articles.size()} is the number of claims. */
  private int[] firstClaim = new int[65];

  private final Names stories = new Names();
  private final Names predicates = new Names();
  /** Subjects and group keys: needed until the claims are grouped, then let go. */
  private SubjectTable subjects = new SubjectTable(articles);
  private final Names scopes = new Names();
  private Buckets buckets = new Buckets();
  /** Claims whose id is not their article's id, '#' and a suffix; and ids needing a full check. */
  private final Map<String, Integer> otherIds = new HashMap<>();

  private boolean reconciled;
  private boolean closed;

  /** The tag of the group rules' findings in {@link #found}. */
  private static final int GROUP_RULES = -1;

  ReconcileBatch(RuleSet rules) {
    this(rules, ClaimSpool.MEMORY_LIMIT);
  }

  ReconcileBatch(RuleSet rules, int memoryLimit) {
    this(rules, memoryLimit, FindingSpool.RUN_BYTES);
  }

  /**
   * A batch keeping at most {@code memoryLimit} bytes of claims and of findings on the heap
   * before each goes to a file, and sorting findings in runs of {@code runBytes}.
   */
  ReconcileBatch(RuleSet rules, int memoryLimit, int runBytes) {
    this.rules = rules;
    this.spool = new ClaimSpool(memoryLimit);
    this.found = new FindingSpool(runBytes, memoryLimit);
    this.ctx = new RuleContext(rules, articles.asMap(), 16);
    PartsAndTotalsRule pt = null;
    for (Rule r : rules.rules()) {
      if (r instanceof ClaimSetRule s) {
        setRules.put(s, new SetRuleResult(setRules.size()));
        if (s instanceof PartsAndTotalsRule p) {
          pt = p;
        }
      } else {
        groupRules.add(r);
      }
    }
    this.partsAndTotals = pt;
  }

  /**
   * The problems of one claim-set rule so far; its findings are in {@link #found}, with its
   * number as their tag (group rules' findings have {@link #GROUP_RULES}), and left out if it fails.
   */
  private static final class SetRuleResult {
    final int tag;
    final List<Problem> problems = new ArrayList<>(1);

    SetRuleResult(int tag) {
      this.tag = tag;
    }

    boolean failed() {
      return !problems.isEmpty();
    }
  }

  /** Returns the number of articles added. */
  public int articleCount() {
    return articles.size();
  }

  /** Returns the number of claims added. */
  public int claimCount() {
    return claims;
  }

  /** Returns whether the claims went to a temporary file. */
  boolean onDisk() {
    return spool.onDisk();
  }

  /** Returns whether the findings went to a temporary file. */
  boolean findingsOnDisk() {
    return found.onDisk();
  }

  /** Returns how many subjects are held as strings until the claims are grouped (local ones are not). */
  int subjectStrings() {
    return subjects.strings();
  }

  /** Returns in how many runs the findings were sorted. */
  int findingRuns() {
    return found.runs();
  }

  /**
   * Adds an article and its claims (in text order). Rules that look at the claims of one article
   * at a time run now, on this article.
   *
   * @throws NullPointerException if an argument or a claim is null
   * @throws IllegalArgumentException if an article with the same id was added, a claim is not of
   *     this article, or two claims share an id
   * @throws IllegalStateException if the batch was reconciled or closed, or a rule fails and the
   *     rule set {@linkplain RuleSet#failFast() fails fast}
   */
  public void add(ArticleInfo info, List<Claim> articleClaims) {
    Objects.requireNonNull(info, "info");
    Objects.requireNonNull(articleClaims, "claims");
    requireOpen();
    String articleId = info.id();
    for (Claim c : articleClaims) {
      Objects.requireNonNull(c, "claim");
      if (!c.articleId().equals(articleId)) {
        throw new IllegalArgumentException("claim '" + c.id() + "' is of article '"
            + c.articleId() + "', not '" + articleId + "'");
      }
    }
    Set<String> ids = new HashSet<>(articleClaims.size() * 2);
    for (Claim c : articleClaims) {
      if (!ids.add(c.id()) || otherIds.containsKey(c.id())) {
        throw new IllegalArgumentException("duplicate claim id '" + c.id() + "'");
      }
    }
    int a = articles.add(info);
    if (a + 2 > firstClaim.length) {
      firstClaim = Arrays.copyOf(firstClaim, firstClaim.length * 2);
    }
    int story = stories.id(articles.story(a));
    boolean plainIds = articleId.indexOf('#') < 0;
    for (Claim c : articleClaims) {
      if (claims == bucketOf.length) {
        // by half, not double: ten million claims leave less spare room and copy less at once
        bucketOf = Arrays.copyOf(bucketOf, claims + (claims >> 1));
      }
      if (!plainIds || !c.id().startsWith(articleId + "#")) {
        otherIds.put(c.id(), claims);
      }
      offsets.add(codec.write(spool, c, a, articleId));
      bucketOf[claims] = buckets.id(story, predicates.id(c.predicate()), subjects.id(c.subject(), a),
          scopes.id(c.scope().map(p -> p.groupingId(articleId)).orElse("")),
          c.value() instanceof DateValue);
      claims++;
    }
    firstClaim[a + 1] = claims;
    if (!articleClaims.isEmpty()) {
      Map<String, Integer> at = new HashMap<>(articleClaims.size() * 2);
      for (int k = 0; k < articleClaims.size(); k++) {
        at.put(articleClaims.get(k).id(), firstClaim[a] + k);
      }
      perArticle(articleClaims, ids, at);
    }
    ctx.forget();
    articles.forget();
  }

  /**
   * The built-in claim-set rules that compare only claims of one article: run on this one ({@code
   * at}: each claim's number by id).
   */
  private void perArticle(List<Claim> articleClaims, Set<String> ids, Map<String, Integer> at) {
    List<Claim> byId = new ArrayList<>(articleClaims);
    byId.sort(ClaimGroup.BY_ID);
    for (Map.Entry<ClaimSetRule, SetRuleResult> e : setRules.entrySet()) {
      ClaimSetRule rule = e.getKey();
      SetRuleResult result = e.getValue();
      if (result.failed()) {
        continue;
      }
      if (rule instanceof WeekdayMismatchRule) {
        store(Reconciler.checked(rule, null, () -> rule.evaluateAll(byId, ctx), ids,
            rules.failFast(), result.problems), at, result.tag);
      } else if (rule == partsAndTotals) {
        List<Claim> usable = new ArrayList<>();
        for (Claim c : byId) {
          if (PartsAndTotalsRule.usable(c)) {
            usable.add(c);
          }
        }
        if (!usable.isEmpty()) {
          store(Reconciler.checked(rule, null, () -> {
            List<Finding> out = new ArrayList<>();
            partsAndTotals.components(usable, ctx, out);
            return out;
          }, ids, rules.failFast(), result.problems), at, result.tag);
        }
      }
    }
  }

  /**
   * Reconciles every claim added: the findings and problems {@link Reconciler#run(List, Map)}
   * gives for them. Can be called once; claims can still be read back afterwards. The findings
   * are not held as objects: the reconciliation's list reads each back when asked, until {@link
   * #close()}.
   *
   * @throws IllegalStateException if called twice or after {@link #close()}, or if a rule fails
   *     and the rule set {@linkplain RuleSet#failFast() fails fast}
   */
  public Reconciliation reconcile() {
    requireOpen();
    reconciled = true;
    List<Problem> groupProblems = new ArrayList<>();
    // no more claims: let go of spare room and look-up indexes before the grouping's arrays
    offsets.trim();
    bucketOf = Arrays.copyOf(bucketOf, claims);
    buckets.trim();
    subjects.trim();
    int n = buckets.size();
    // Buckets in key order (so groups come out in the order Reconciler.run gives), then the
    // claims of each bucket, by a counting sort.
    int[] order = new int[n];
    for (int b = 0; b < n; b++) {
      order[b] = b;
    }
    // no two buckets compare equal; an int sort, as a million articles can make millions of keys
    int[] rank = new int[n]; // the sort's room first
    Clusters.mergeSort(order, rank, 0, n, this::compareBuckets);
    for (int r = 0; r < n; r++) {
      rank[order[r]] = r;
    }
    int[] start = new int[n + 1];
    for (int i = 0; i < claims; i++) {
      start[rank[bucketOf[i]] + 1]++;
    }
    for (int r = 0; r < n; r++) {
      start[r + 1] += start[r];
    }
    int[] members = new int[claims];
    int[] fill = Arrays.copyOf(start, n);
    for (int i = 0; i < claims; i++) {
      members[fill[rank[bucketOf[i]]]++] = i;
    }
    fill = null;
    rank = null;
    SetRuleResult pt = partsAndTotals == null ? null : setRules.get(partsAndTotals);
    Map<String, Integer> at = new HashMap<>(); // the family's claims' numbers by id
    for (int r = 0; r < n; ) {
      int end = r + 1;
      while (end < n && sameFamily(order[r], order[end])) {
        end++;
      }
      List<Claim> family = new ArrayList<>();
      at.clear();
      for (int k = r; k < end; k++) {
        List<Claim> bucket = new ArrayList<>(start[k + 1] - start[k]);
        for (int m = start[k]; m < start[k + 1]; m++) {
          Claim c = read(members[m]);
          bucket.add(c);
          at.put(c.id(), members[m]);
        }
        bucket.sort(ClaimGroup.BY_ID);
        family.addAll(bucket);
        if (!groupRules.isEmpty()) {
          List<ClaimGroup> groups = new ArrayList<>();
          Grouping.split(bucket, ctx, true, true, groups);
          List<Finding> out = new ArrayList<>();
          for (ClaimGroup g : groups) {
            Reconciler.evaluate(g, groupRules, ctx, rules.failFast(), groupProblems, out);
          }
          store(out, at, GROUP_RULES);
        }
      }
      if (pt != null && !pt.failed()) {
        family(family, pt, at);
      }
      ctx.forget();
      articles.forget();
      r = end;
    }
    start = null;
    members = null;
    // grouped: from here on only the claims' places are needed
    bucketOf = null;
    buckets = null;
    subjects = null;
    int[] idOrder = idOrder();
    List<Problem> problems = new ArrayList<>();
    boolean[] failed = new boolean[setRules.size()];
    for (Map.Entry<ClaimSetRule, SetRuleResult> e : setRules.entrySet()) {
      ClaimSetRule rule = e.getKey();
      SetRuleResult result = e.getValue();
      if (!(rule instanceof WeekdayMismatchRule) && rule != partsAndTotals) {
        List<Claim> all = allById(idOrder);
        store(Reconciler.checked(rule, null, () -> rule.evaluateAll(all, ctx), idSet(),
            rules.failFast(), result.problems), null, result.tag);
      }
      if (result.failed()) {
        problems.add(result.problems.get(0));
        failed[result.tag] = true;
      }
    }
    problems.addAll(groupProblems);
    found.finish(tag -> tag != GROUP_RULES && failed[tag]);
    return estimate(idOrder, problems);
  }

  /**
   * Adds findings to {@link #found} with the numbers of the claims they cite ({@code at}: by id,
   * for those at hand; null to look each up).
   */
  private void store(List<Finding> findings, Map<String, Integer> at, int tag) {
    for (Finding f : findings) {
      List<String> ids = f.claimIds();
      int[] cited = new int[ids.size()];
      for (int k = 0; k < cited.length; k++) {
        Integer i = at == null ? null : at.get(ids.get(k));
        cited[k] = i != null ? i : index(ids.get(k));
      }
      found.add(f, cited, tag);
    }
  }

  /**
   * The reconciliation of the findings in {@link #found}, each disputed one given its most likely
   * value there; as {@link Reconciler#withLikelyValues} does for findings held as objects.
   */
  private Reconciliation estimate(int[] idOrder, List<Problem> problems) {
    List<Claim> byNumber = new AbstractList<>() {
      @Override
      public Claim get(int i) {
        return read(i);
      }

      @Override
      public int size() {
        return claims;
      }
    };
    long[] before = found.places();
    List<SourceReliability> sources = List.of();
    try {
      sources = LikelyValues.prepare(byNumber, idOrder, ctx, () -> {
        ctx.forget();
        articles.forget();
      }).estimate(new LikelyValues.Findings() {
        @Override
        public int size() {
          return found.size();
        }

        @Override
        public Verdict verdict(int i) {
          return found.verdict(i);
        }

        @Override
        public int[] claims(int i) {
          return found.claims(i);
        }
      }, (i, likely) -> found.replace(i, found.get(i).withLikely(likely)));
    } catch (RuntimeException e) {
      found.restore(before);
      Reconciler.estimateFailed(e, rules.failFast(), problems);
    }
    ctx.forget();
    articles.forget();
    return Reconciliation.readBack(new AbstractList<>() {
      @Override
      public Finding get(int i) {
        return finding(i);
      }

      @Override
      public int size() {
        return found.size();
      }
    }, problems, sources);
  }

  /** The finding at {@code i} in report order, read back. */
  private synchronized Finding finding(int i) {
    if (closed) {
      throw new IllegalStateException("the batch is closed");
    }
    Objects.checkIndex(i, found.size());
    return found.get(i);
  }

  /**
   * The claims' numbers in id order, found without holding every id: claims whose id is their
   * article's id, '#' and a suffix come in the order of their articles' ids followed by '#' (no
   * such id is the start of another, so this is their order), then of their suffixes; the
   * others, few, are merged in.
   */
  private int[] idOrder() {
    int n = articles.size();
    int[] byKey = new int[n];
    for (int a = 0; a < n; a++) {
      byKey[a] = a;
    }
    Clusters.mergeSort(byKey, new int[n], 0, n, articles::compareIdsWithHash);
    BitSet other = new BitSet(claims);
    List<Map.Entry<String, Integer>> others = new ArrayList<>(otherIds.entrySet());
    others.sort(Map.Entry.comparingByKey());
    others.forEach(e -> other.set(e.getValue()));
    int[] out = new int[claims];
    int k = 0;
    int o = 0;
    List<Map.Entry<String, Integer>> mine = new ArrayList<>();
    for (int a : byKey) {
      mine.clear();
      for (int i = firstClaim[a]; i < firstClaim[a + 1]; i++) {
        if (!other.get(i)) {
          mine.add(Map.entry(codec.id(spool, offsets.get(i), articles::id), i));
        }
      }
      mine.sort(Map.Entry.comparingByKey());
      for (Map.Entry<String, Integer> e : mine) {
        while (o < others.size() && others.get(o).getKey().compareTo(e.getKey()) < 0) {
          out[k++] = others.get(o++).getValue();
        }
        out[k++] = e.getValue();
      }
    }
    while (o < others.size()) {
      out[k++] = others.get(o++).getValue();
    }
    return out;
  }

  /** Parts and totals of one family (the claims of its buckets, in id order within each). */
  private void family(List<Claim> family, SetRuleResult pt, Map<String, Integer> at) {
    List<Claim> usable = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Claim c : family) {
      if (PartsAndTotalsRule.usable(c)) {
        usable.add(c);
        ids.add(c.id());
      }
    }
    if (usable.isEmpty()) {
      return;
    }
    usable.sort(ClaimGroup.BY_ID);
    List<ClaimGroup> groups = new ArrayList<>();
    Grouping.split(usable, ctx, false, true, groups);
    store(Reconciler.checked(partsAndTotals, null, () -> {
      List<Finding> out = new ArrayList<>();
      for (ClaimGroup g : groups) {
        partsAndTotals.family(g, ctx, out);
      }
      return out;
    }, ids, rules.failFast(), pt.problems), at, pt.tag);
  }

  private int compareBuckets(int a, int b) {
    int c = stories.name(buckets.story(a)).compareTo(stories.name(buckets.story(b)));
    if (c == 0) {
      c = predicates.name(buckets.predicate(a)).compareTo(predicates.name(buckets.predicate(b)));
    }
    if (c == 0) {
      c = subjects.compare(buckets.subject(a), buckets.subject(b));
    }
    if (c == 0) {
      c = Boolean.compare(buckets.dates(b), buckets.dates(a)); // dates first, as ComparisonKey
    }
    return c != 0 ? c : scopes.name(buckets.scope(a)).compareTo(scopes.name(buckets.scope(b)));
  }

  private boolean sameFamily(int a, int b) {
    return buckets.story(a) == buckets.story(b) && buckets.predicate(a) == buckets.predicate(b)
        && buckets.subject(a) == buckets.subject(b) && buckets.dates(a) == buckets.dates(b);
  }

  /** All claims sorted by id ({@code order}), each read back when asked: for rules of users. */
  private List<Claim> allById(int[] order) {
    return new AbstractList<>() {
      @Override
      public Claim get(int index) {
        return read(order[index]);
      }

      @Override
      public int size() {
        return claims;
      }
    };
  }

  private Set<String> idSet() {
    return new AbstractSet<>() {
      @Override
      public boolean contains(Object o) {
        return o instanceof String s && index(s) >= 0;
      }

      @Override
      public Iterator<String> iterator() {
        throw new UnsupportedOperationException();
      }

      @Override
      public int size() {
        return claims;
      }
    };
  }

  /**
   * Returns the claim with this id, read back.
   *
   * @throws IllegalStateException if the batch is closed
   */
  public Optional<Claim> claim(String id) {
    Objects.requireNonNull(id, "id");
    if (closed) {
      throw new IllegalStateException("the batch is closed");
    }
    int i = index(id);
    return i < 0 ? Optional.empty() : Optional.of(read(i));
  }

  /**
   * Returns the info of the article with this id, as rules see it (no text, URL or date
   * evidence).
   */
  public Optional<ArticleInfo> article(String id) {
    int a = articles.index(Objects.requireNonNull(id, "id"));
    return a < 0 ? Optional.empty() : Optional.of(articles.info(a));
  }

  /**
   * Gives every claim to {@code action}, read back in the order added.
   *
   * @throws IllegalStateException if the batch is closed
   */
  public void forEachClaim(Consumer<? super Claim> action) {
    if (closed) {
      throw new IllegalStateException("the batch is closed");
    }
    for (int i = 0; i < claims; i++) {
      action.accept(read(i));
    }
  }

  /** Claim {@code i}, read back; the likely-value estimate reads claims on several threads. */
  private synchronized Claim read(int i) {
    return codec.read(spool, offsets.get(i), articles::id);
  }

  /** The number of the claim with this id, or -1. */
  private int index(String id) {
    Integer other = otherIds.get(id);
    if (other != null) {
      return other;
    }
    int hash = id.indexOf('#');
    if (hash <= 0) {
      return -1;
    }
    int a = articles.index(id.substring(0, hash));
    if (a < 0 || id.substring(0, hash).indexOf('#') >= 0) {
      return -1;
    }
    int from = firstClaim[a];
    int to = firstClaim[a + 1];
    int n = number(id, hash + 1);
    if (n >= 1 && from + n - 1 < to && read(from + n - 1).id().equals(id)) {
      return from + n - 1; // the extractor numbers claims 1, 2, … in text order
    }
    for (int i = from; i < to; i++) {
      if (read(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  /** The digits of {@code s} from {@code from} to the end as a number (at most nine), or -1. */
  static int number(String s, int from) {
    if (from >= s.length() || s.length() - from > 9) {
      return -1;
    }
    int n = 0;
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  private void requireOpen() {
    if (closed) {
      throw new IllegalStateException("the batch is closed");
    }
    if (reconciled) {
      throw new IllegalStateException("the batch was reconciled already");
    }
  }

  /** Deletes the temporary files, if any; claims and findings can no longer be read back. */
  @Override
  public synchronized void close() {
    if (!closed) {
      closed = true;
      try {
        spool.close();
      } finally {
        found.close();
      }
    }
  }

  @Override
  public String toString() {
    return "ReconcileBatch{" + articles.size() + " articles, " + claims + " claims}";
  }

  /** Strings numbered in the order first seen. */
  private static final class Names {
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> names = new ArrayList<>();

    int id(String s) {
      Integer n = ids.get(s);
      if (n == null) {
        n = names.size();
        ids.put(s, n);
        names.add(s);
      }
      return n;
    }

    String name(int id) {
      return names.get(id);
    }
  }

  /**
   * The group keys met (story, predicate, subject, scope, type of value, each numbered), with an
   * open-addressing index; a key costs five numbers.
   */
  private static final class Buckets {
    private int[] story = new int[256];
    private int[] predicate = new int[256];
    private int[] subject = new int[256];
    private int[] scope = new int[256];
    private boolean[] dates = new boolean[256];
    private int size;
    private int[] slots = new int[512];

    int size() {
      return size;
    }

    int story(int b) {
      return story[b];
    }

    int predicate(int b) {
      return predicate[b];
    }

    int subject(int b) {
      return subject[b];
    }

    int scope(int b) {
      return scope[b];
    }

    boolean dates(int b) {
      return dates[b];
    }

    int id(int st, int pr, int su, int sc, boolean d) {
      int mask = slots.length - 1;
      int s = hash(st, pr, su, sc, d) & mask;
      for (; slots[s] != 0; s = (s + 1) & mask) {
        int b = slots[s] - 1;
        if (story[b] == st && predicate[b] == pr && subject[b] == su && scope[b] == sc
            && dates[b] == d) {
          return b;
        }
      }
      if (size == story.length) {
        int n = size * 2;
        story = Arrays.copyOf(story, n);
        predicate = Arrays.copyOf(predicate, n);
        subject = Arrays.copyOf(subject, n);
        scope = Arrays.copyOf(scope, n);
        dates = Arrays.copyOf(dates, n);
      }
      int b = size++;
      story[b] = st;
      predicate[b] = pr;
      subject[b] = su;
      scope[b] = sc;
      dates[b] = d;
      if (size * 2 > slots.length) {
        slots = Slots.of(slots.length * 2, size,
            k -> hash(story[k], predicate[k], subject[k], scope[k], dates[k]));
      } else {
        slots[s] = b + 1;
      }
      return b;
    }

    /** Lets go of the index and the spare room: no key is added after. */
    void trim() {
      slots = null;
      story = Arrays.copyOf(story, size);
      predicate = Arrays.copyOf(predicate, size);
      subject = Arrays.copyOf(subject, size);
      scope = Arrays.copyOf(scope, size);
      dates = Arrays.copyOf(dates, size);
    }

    private static int hash(int st, int pr, int su, int sc, boolean d) {
      int h = st * 0x9E3779B1 + pr;
      h = h * 0x85EBCA6B + su;
      h = h * 0xC2B2AE35 + sc;
      h = h * 31 + (d ? 1 : 0);
      return h ^ (h >>> 16);
    }
  }
}
