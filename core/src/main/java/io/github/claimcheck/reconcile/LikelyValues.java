package io.github.claimcheck.reconcile;

import io.github.claimcheck.model.Value;
import java.util.Locale;
import io.github.claimcheck.render.text.FindingTexts;
import io.github.claimcheck.model.Reason;
import io.github.claimcheck.model.ArticleInfo;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.ClockTime;
import io.github.claimcheck.model.DateValue;
import io.github.claimcheck.model.Finding;
import io.github.claimcheck.model.Granularity;
import io.github.claimcheck.model.Likely;
import io.github.claimcheck.model.Quantity;
import io.github.claimcheck.model.QuantityKind;
import io.github.claimcheck.model.Scope;
import io.github.claimcheck.model.SourceReliability;
import io.github.claimcheck.model.Verdict;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Most likely values and source reliability, estimated together from the data (truth discovery in
 * the manner of TruthFinder, Yin et al. 2007, and the Accu model of Dong et al. 2009).
 *
 * <h2>What is compared</h2>
 *
 * Each finding with verdict {@code conflict} or {@code unresolved} whose cited claims are values
 * of one quantity (one predicate, subject and scope; all figures or all dates) in two or more
 * {@link Clusters value clusters} is a <em>contest</em>; each cluster is a candidate value.
 * Within a candidate, claims resting on one original source are one <em>independent source</em>
 * (a unit): claims of one article; claims of one outlet that name no source; claims whose named
 * sources may be the same ({@link Sources#maySameSource}: the same by the agreement rule's test,
 * or one named word for word within the other).
 *
 * <h2>The estimate</h2>
 *
 * Sources are outlets and the original sources claims name (their origin, else their
 * attribution). Every source {@code s} has a reliability {@code r(s)}, starting at its prior
 * {@code π(s)} ({@link RuleSet#DEFAULT_SOURCE_RELIABILITY} unless the rule set gives one). A round:
 *
 * <pre>
 *   τ(s)   = −ln(1 − r(s))                                  the vote of a source
 *   τ(c)   = τ(outlet), or (τ(outlet) + τ(origin)) / 2      the vote of a claim naming a source
 *   σ(v)   = Σ over units u of v: max over claims c of u of ρ(c)·τ(c)
 *   p(v)   = exp(γ·σ(v)) / Σ over candidates v' of the contest of exp(γ·σ(v'))     γ = 0.5
 *   q(c)   = mean of p(v) over the contests citing c (v: the candidate holding c), with 1 for
 *            each agreement finding citing c
 *   r'(s)  = (α·π(s) + Σ over claims c of s with a q: q(c)) / (α + their number)    α = 2,
 *            kept within [0.01, 0.99]
 * </pre>
 *
 * repeated until no reliability moves by more than 1e-9 (at most 100 rounds; a few in practice).
 * {@code ρ(c)} is 1 except for running counts ({@link CountKind#isRunning()}): there a figure
 * weighs {@code 2^(−d)} where {@code d} is the number of days (with the time of day when given)
 * between its time and the latest time among the contest's figures, and half when its time is
 * unknown; for a count that only grows, a figure without a time of day that a figure of another
 * article of the same day tops weighs half as much (the earlier update of that day). So the latest
 * figure wins unless much more support stands behind an earlier one.
 *
 * <p>The likely value is the candidate of highest {@code σ} (ties: the one with more claims, then
 * the lower value); its confidence is its {@code p}. Two candidates of equal {@code σ} are a tie,
 * which the reason says; the confidence is then at most 0.5. The value shown is the most precise
 * claim of the candidate (exact, then hedged, then a range, then a bound, then a vague amount;
 * then the heaviest vote, then the claim id).
 *
 * <p>Everything is computed in a fixed order with {@link StrictMath}, so the result is the same
 * on every run and every JVM. Not thread-safe; one instance serves one reconcile call.
 */
final class LikelyValues {

  static final double GAMMA = 0.5;
  static final double PSEUDO_CLAIMS = 2;
  static final double UNKNOWN_TIME = 0.5;
  /** The weight of a growing count's figure that a higher one of the same day superseded. */
  static final double SUPERSEDED = 0.5;
  static final double FLOOR = 0.01;
  static final double CEILING = 0.99;
  static final int MAX_ROUNDS = 100;
  static final double CONVERGED = 1e-9;
  /** Below this confidence the reason says the support is close. */
  static final double LOW_CONFIDENCE = 0.6;
  /** Distinct attributions of one candidate compared pairwise at most; beyond, equal wording only. */
  static final int MAX_PAIRWISE = 256;
  /** Reliability below which a source on a losing side is named as often alone. */
  static final double UNRELIABLE = 0.5;

  /** The findings, with likely values where estimated, and every source's reliability. */
  record Result(List<Finding> findings, List<SourceReliability> sources) {}

  /**
   * The findings an estimate is made for, in their final order, each with the claims it cites as
   * numbers among the claims estimated over (in the order of its claim ids; ids of other claims
   * left out).
   */
  interface Findings {
    int size();

    Verdict verdict(int i);

    int[] claims(int i);
  }

  /** Receives the likely value of the finding at {@code i} of the {@link Findings}. */
  interface Sink {
    void accept(int i, Likely likely);
  }

  /** A source: an outlet or an original source. */
  private static final class Source {
    final SourceReliability.Kind kind;
    final Set<String> tokens;
    final Map<String, Integer> wordings = new TreeMap<>();
    String name;
    int id;
    int claims;
    int agreed;
    int disagreed;
    double prior = RuleSet.DEFAULT_SOURCE_RELIABILITY;
    String priorName;

    Source(SourceReliability.Kind kind, String name, Set<String> tokens) {
      this.kind = kind;
      this.name = name;
      this.tokens = tokens;
    }
  }

  /**
   * One candidate value of a contest: its claims (by position among the contest's cited claims)
   * and its independent sources, each a run of {@link #members} from {@link #unitStart}.
   */
  private static final class Candidate {
    final int order;
    final int[] at;
    final int[] unitStart;
    final int[] members;
    double sigma;
    double p;

    Candidate(int order, int[] at, int[] unitStart, int[] members) {
      this.order = order;
      this.at = at;
      this.unitStart = unitStart;
      this.members = members;
    }

    int units() {
      return unitStart.length - 1;
    }
  }

  /** An original source's wording: the source it names (null: none) and how many claims do. */
  private static final class Wording {
    final Source source;
    int count;

    Wording(Source source) {
      this.source = source;
    }
  }

  /** A contest's winning candidate and the likely value it gives. */
  private record Scored(Candidate best, Likely likely) {}

  /**
   * A disputed finding and its candidate values; per cited claim (by position) its number among
   * all claims, its recency weight, whether a same-day figure superseded it and (for a running
   * count) its effective time. Made to count its votes into the {@link Ballot}, then kept (claims
   * held) or made again a few at a time (claims read back) to word its likely value.
   */
  private record Contest(int finding, List<Candidate> candidates, boolean running,
      List<Claim> cited, int[] index, double[] recency, boolean[] superseded, boolean[] dated) {

    boolean anySuperseded() {
      for (boolean b : superseded) {
        if (b) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * Every contest's candidates, units and votes in flat arrays (a vote: a claim number and its
   * recency weight), which is all the rounds read: some twelve bytes a cited claim, not objects.
   */
  private static final class Ballot {
    int contests;
    int candidates;
    int units;
    int votes;
    /** Per contest: its finding, and its first candidate (one more entry at the end). */
    int[] finding = new int[16];
    int[] firstCandidate = new int[17];
    /** Per candidate: its first unit (one more entry at the end), σ and p. */
    int[] firstUnit = new int[17];
    double[] sigma = new double[16];
    double[] p = new double[16];
    /** Per unit: its first vote (one more entry at the end). */
    int[] firstVote = new int[17];
    int[] claim = new int[64];
    double[] recency = new double[64];

    void add(Contest c) {
      finding = grow(finding, contests + 1);
      finding[contests] = c.finding();
      for (Candidate k : c.candidates()) {
        for (int u = 0; u < k.units(); u++) {
          for (int m = k.unitStart[u]; m < k.unitStart[u + 1]; m++) {
            claim = grow(claim, votes + 1);
            recency = grow(recency, votes + 1);
            claim[votes] = c.index()[k.members[m]];
            recency[votes] = c.recency()[k.members[m]];
            votes++;
          }
          units++;
          firstVote = grow(firstVote, units + 1);
          firstVote[units] = votes;
        }
        candidates++;
        firstUnit = grow(firstUnit, candidates + 1);
        firstUnit[candidates] = units;
      }
      contests++;
      firstCandidate = grow(firstCandidate, contests + 1);
      firstCandidate[contests] = candidates;
      sigma = grow(sigma, candidates);
      p = grow(p, candidates);
    }

    /** Gives back the room the arrays grew into: the rounds read them many times over. */
    void trim() {
      finding = Arrays.copyOf(finding, contests);
      firstCandidate = Arrays.copyOf(firstCandidate, contests + 1);
      firstUnit = Arrays.copyOf(firstUnit, candidates + 1);
      sigma = Arrays.copyOf(sigma, candidates);
      p = Arrays.copyOf(p, candidates);
      firstVote = Arrays.copyOf(firstVote, units + 1);
      claim = Arrays.copyOf(claim, votes);
      recency = Arrays.copyOf(recency, votes);
    }
  }

  private static int[] grow(int[] a, int n) {
    return n <= a.length ? a : Arrays.copyOf(a, Math.max(n, a.length * 2));
  }

  private static double[] grow(double[] a, int n) {
    return n <= a.length ? a : Arrays.copyOf(a, Math.max(n, a.length * 2));
  }

  /** Contests are made a few at a time, so only their likely values' texts are on the heap. */
  private static final int CHUNK = 256;
  /** Claims whose sources are read between two calls of {@link #forget}. */
  private static final int PIECE = 1 << 16;

  private final RuleContext ctx;
  private final List<Claim> claims;
  /** The claims' numbers in id order, or null when they are numbered in id order. */
  private final int[] idOrder;
  /** Forgets what the context and the claims' owner cached for the piece of work just done. */
  private final Runnable forget;
  /**
   * Whether the claims are held on the heap anyway, so contests (which hold their claims) are
   * kept from their making to their wording; else each is made again to be worded.
   */
  private final boolean held;
  /**
   * Whether the claims are the call's (numbered as {@link RuleContext#columns()} number them), so
   * that what the rules read of them by position may be read again here.
   */
  private final boolean callClaims;
  /** The claims' source wordings by position when the claims have columns, else null. */
  private final ClaimColumns.Wordings pairs;
  private final List<Source> sources = new ArrayList<>();
  private final Source[] outletOf;
  private final Source[] originOf;
  /** Each claim's article as a number: claims of one article are one independent source. */
  private final int[] articleOf;
  /** Scratch of {@link #reliabilities}: each claim's sum and number of likelihoods. */
  private double[] qSum;
  private int[] qN;

  /**
   * @param columns the claims' columns when they are sorted by id ({@code idOrder} null), else
   *     null: articles are then numbered here
   */
  private LikelyValues(List<Claim> claims, int[] idOrder, ClaimColumns columns, RuleContext ctx,
      Runnable forget) {
    this.ctx = ctx;
    this.claims = claims;
    this.idOrder = idOrder;
    this.forget = forget;
    this.held = idOrder == null;
    this.callClaims = columns != null && columns == ctx.columns();
    this.pairs = columns == null ? null : columns.wordings();
    this.outletOf = new Source[claims.size()];
    this.originOf = new Source[claims.size()];
    this.articleOf = new int[claims.size()];
    Map<String, Integer> articles = new HashMap<>();
    // Sources are sorted by name below, so plain hash maps find them; many claims share an
    // outlet and a wording ("police"), so each is looked up, tokenised and keyed once.
    Map<String, Source> outlets = new HashMap<>();
    Map<String, Source> origins = new HashMap<>();
    Map<String, Wording> byWording = new HashMap<>();
    String lastArticle = null;
    Source lastOutlet = null;
    int lastArticleNumber = -1;
    String lastWording = null;
    Wording last = null;
    // With the claims' columns, each pair of attribution and origin has its wording once.
    Wording[] pairWording = null;
    if (pairs != null) {
      pairWording = new Wording[pairs.attribution().length];
      for (int p = 0; p < pairWording.length; p++) {
        String wording = pairs.wording(p);
        pairWording[p] = wording == null ? null : wording(wording, byWording, origins);
      }
    }
    for (int i = 0; i < claims.size(); i++) {
      if (i % PIECE == PIECE - 1) {
        forget.run();
      }
      Claim c = claims.get(i);
      boolean next = columns != null ? columns.article(i) != lastArticleNumber
          : !c.articleId().equals(lastArticle);
      if (next) {
        String outlet;
        if (columns != null) {
          lastArticleNumber = columns.article(i);
          ArticleInfo info = columns.info(lastArticleNumber);
          outlet = info == null ? columns.articleId(lastArticleNumber) : info.outlet();
        } else {
          lastArticle = c.articleId();
          outlet = ctx.outlet(lastArticle);
          Integer number = articles.get(lastArticle);
          if (number == null) {
            number = articles.size();
            articles.put(lastArticle, number);
          }
          lastArticleNumber = number;
        }
        Source o = outlets.get(outlet);
        if (o == null) {
          o = new Source(SourceReliability.Kind.OUTLET, outlet,
              ctx.sources().cachedTokens(outlet));
          outlets.put(outlet, o);
        }
        lastOutlet = o;
      }
      articleOf[i] = lastArticleNumber;
      lastOutlet.claims++;
      outletOf[i] = lastOutlet;
      if (pairWording != null) {
        last = pairWording[pairs.pair()[i]];
      } else {
        String wording = c.origin().orElse(c.attribution().orElse(null));
        if (wording == null) {
          continue;
        }
        if (!wording.equals(lastWording)) { // neighbours often name one source
          last = wording(wording, byWording, origins);
          lastWording = wording;
        }
      }
      if (last == null) {
        continue; // no wording
      }
      if (last.source != null) {
        last.source.claims++;
        last.count++;
        originOf[i] = last.source;
      }
    }
    for (Map.Entry<String, Wording> e : byWording.entrySet()) {
      Wording w = e.getValue();
      if (w.count > 0) {
        w.source.wordings.merge(e.getKey().strip(), w.count, Integer::sum);
      }
    }
    for (Source g : origins.values()) {
      g.name = Collections.min(g.wordings.entrySet(), Comparator
          .comparing((Map.Entry<String, Integer> e) -> -e.getValue())
          .thenComparingInt(e -> e.getKey().length())
          .thenComparing(Map.Entry::getKey)).getKey();
    }
    sources.addAll(outlets.values());
    sources.addAll(origins.values());
    sources.sort(Comparator.comparing((Source s) -> s.name, String.CASE_INSENSITIVE_ORDER)
        .thenComparing(s -> s.name).thenComparing(s -> s.kind));
    for (int i = 0; i < sources.size(); i++) {
      sources.get(i).id = i;
    }
    applyPriors(ctx.rules().sourcePriors());
  }

  /**
   * The wording {@code wording} of an original source, made on first use: the source its words
   * name (one per set of words, in {@code origins}), or none when it has no words.
   */
  private Wording wording(String wording, Map<String, Wording> byWording,
      Map<String, Source> origins) {
    Wording w = byWording.get(wording);
    if (w == null) {
      Set<String> tokens = ctx.sources().cachedTokens(wording);
      Source g = null;
      if (!tokens.isEmpty()) {
        String key = String.join(" ", new TreeSet<>(tokens));
        g = origins.computeIfAbsent(key,
            k -> new Source(SourceReliability.Kind.ORIGIN, null, tokens));
      }
      w = new Wording(g);
      byWording.put(wording, w);
    }
    return w;
  }

  /**
   * Adds the likely value to every disputed finding it can be estimated for, and estimates the
   * reliability of every source.
   *
   * @param findings the findings, in their final order
   * @param claims every claim, sorted by id
   */
  static Result estimate(List<Finding> findings, List<Claim> claims, RuleContext ctx) {
    return prepare(claims, ctx).estimate(findings);
  }

  /**
   * The sources of every claim (sorted by id), read before the findings exist (so while the rules
   * run): what {@link #estimate} starts with. A failure is kept and thrown by {@link
   * Prepared#estimate}.
   */
  static Prepared prepare(List<Claim> claims, RuleContext ctx) {
    try {
      ClaimColumns columns = ctx.columns();
      if (columns == null || columns.size() != claims.size()) {
        columns = ClaimColumns.of(claims, ctx.articles());
      }
      return new Prepared(new LikelyValues(claims, null, columns, ctx, () -> { }), columns,
          null);
    } catch (RuntimeException e) {
      return new Prepared(null, null, e);
    }
  }

  /**
   * {@link #prepare(List, RuleContext)} for claims in any order, numbered by their place in
   * {@code claims}; {@code idOrder} lists their numbers in id order (sums over claims are taken
   * in that order, so the result is the same as on the claims sorted by id). The claims are read
   * back when asked (not held); {@code forget} is run between pieces of work, so what the context
   * caches is that of one piece.
   */
  static Prepared prepare(List<Claim> claims, int[] idOrder, RuleContext ctx, Runnable forget) {
    try {
      return new Prepared(new LikelyValues(claims, idOrder, null, ctx, forget), null, null);
    } catch (RuntimeException e) {
      return new Prepared(null, null, e);
    }
  }

  /**
   * The sources of every claim, or why they could not be read; for claims sorted by id, their
   * columns, where a claim's number is found by its id.
   */
  record Prepared(LikelyValues values, ClaimColumns columns, RuntimeException failure) {
    /** {@link LikelyValues#estimate} from here, on claims sorted by id. */
    Result estimate(List<Finding> findings) {
      List<Finding> out = new ArrayList<>(findings);
      List<SourceReliability> sources = estimate(new Findings() {
        @Override
        public int size() {
          return findings.size();
        }

        @Override
        public Verdict verdict(int i) {
          return findings.get(i).verdict();
        }

        @Override
        public int[] claims(int i) {
          List<String> ids = findings.get(i).claimIds();
          int[] noted = columns == values.ctx.columns() ? values.ctx.citedAt(ids) : null;
          if (noted != null) {
            return noted; // a built-in rule's, in a large group: positions known
          }
          int[] at = new int[ids.size()];
          int n = 0;
          int next = 0; // cited ids mostly come in id order, often neighbours
          for (String id : ids) {
            int k = columns.position(id, next);
            if (k >= 0) {
              at[n++] = k;
              next = k + 1;
            }
          }
          return Arrays.copyOf(at, n);
        }
      }, (i, likely) -> out.set(i, findings.get(i).withLikely(likely)));
      return new Result(Collections.unmodifiableList(out), sources);
    }

    /** Gives {@code sink} each likely value estimated and returns the sources' reliability. */
    List<SourceReliability> estimate(Findings findings, Sink sink) {
      if (failure != null) {
        throw failure;
      }
      return values.run(findings, sink);
    }
  }

  private void applyPriors(Map<String, Double> priors) {
    List<Map.Entry<String, Set<String>>> named = new ArrayList<>();
    for (String name : priors.keySet()) {
      named.add(Map.entry(name, ctx.sources().cachedTokens(name)));
    }
    for (Source s : sources) {
      String best = null;
      int bestSize = -1;
      for (Map.Entry<String, Set<String>> e : named) {
        boolean same = e.getKey().equalsIgnoreCase(s.name);
        boolean within = !e.getValue().isEmpty() && s.tokens.containsAll(e.getValue());
        int size = same ? Integer.MAX_VALUE : e.getValue().size();
        if ((same || within) && size > bestSize) {
          best = e.getKey();
          bestSize = size;
        }
      }
      if (best != null) {
        s.prior = clamp(priors.get(best));
        s.priorName = best;
      }
    }
  }

  private List<SourceReliability> run(Findings findings, Sink sink) {
    int n = claims.size();
    int[] agreeN = new int[n];
    boolean[] agreed = new boolean[n];
    boolean[] disagreed = new boolean[n];
    int[] disputed = new int[16];
    int disputedCount = 0;
    for (int i = 0; i < findings.size(); i++) {
      Verdict v = findings.verdict(i);
      if (v == Verdict.AGREEMENT) {
        for (int k : findings.claims(i)) {
          agreeN[k]++;
          agreed[k] = true;
        }
      } else if (v == Verdict.CONFLICT || v == Verdict.UNRESOLVED) {
        disputed = grow(disputed, disputedCount + 1);
        disputed[disputedCount++] = i;
      }
    }
    // Contests are independent of each other (they read the claims and the sources' tables): on
    // a large input they are made, and later worded, on several threads, in finding order.
    boolean parallel = ctx.parallel(n);
    Ballot ballot = new Ballot();
    List<Optional<Contest>> kept = new ArrayList<>();
    for (int from = 0; from < disputedCount; from += CHUNK) {
      for (Optional<Contest> c : contests(findings, disputed, from,
          Math.min(disputedCount, from + CHUNK), parallel)) {
        c.ifPresent(ballot::add);
        if (held && c.isPresent()) {
          kept.add(c);
        }
      }
      forget.run();
    }
    ballot.trim();
    double[] r = new double[sources.size()];
    for (Source s : sources) {
      r[s.id] = s.prior;
    }
    for (int round = 0; round < MAX_ROUNDS; round++) {
      double[] next = reliabilities(ballot, r, agreeN);
      double moved = 0;
      for (int s = 0; s < r.length; s++) {
        moved = Math.max(moved, Math.abs(next[s] - r[s]));
      }
      r = next;
      if (moved < CONVERGED) {
        break;
      }
    }
    double[] tau = votes(r);
    double[] reliability = r;
    score(ballot, tau);
    for (int from = 0; from < ballot.contests; from += CHUNK) {
      int start = from;
      int to = Math.min(ballot.contests, from + CHUNK);
      List<Optional<Contest>> made = held ? kept.subList(from, to)
          : contests(findings, ballot.finding, from, to, parallel);
      List<Scored> scored = InOrder.run(to - from, parallel, j -> {
        Contest c = made.get(j).orElseThrow();
        int first = ballot.firstCandidate[start + j];
        for (Candidate k : c.candidates) {
          k.sigma = ballot.sigma[first + k.order];
          k.p = ballot.p[first + k.order];
        }
        Candidate best = best(c);
        return new Scored(best, likely(c, best, tau, reliability));
      });
      for (int j = 0; j < scored.size(); j++) {
        Contest c = made.get(j).orElseThrow();
        Candidate best = scored.get(j).best();
        for (Candidate k : c.candidates) {
          for (int p : k.at) {
            if (k == best) {
              agreed[c.index[p]] = true;
            } else {
              disagreed[c.index[p]] = true;
            }
          }
        }
        sink.accept(c.finding, scored.get(j).likely());
      }
      forget.run();
    }
    for (int i = 0; i < n; i++) {
      for (Source s : new Source[] {outletOf[i], originOf[i]}) {
        if (s != null && disagreed[i]) {
          s.disagreed++;
        } else if (s != null && agreed[i]) {
          s.agreed++;
        }
      }
    }
    List<SourceReliability> table = new ArrayList<>(sources.size());
    for (Source s : sources) {
      table.add(new SourceReliability(s.name, s.kind, round3(r[s.id]), s.claims, s.agreed,
          s.disagreed));
    }
    return Collections.unmodifiableList(table);
  }

  /**
   * The contests of the findings at {@code at[from]} to {@code at[to - 1]}, in that order (empty
   * where a finding is no contest). The claims they cite are read here, in one thread.
   */
  private List<Optional<Contest>> contests(Findings findings, int[] at, int from, int to,
      boolean parallel) {
    int[][] cited = new int[to - from][];
    for (int j = from; j < to; j++) {
      cited[j - from] = findings.claims(at[j]);
    }
    return InOrder.run(to - from, parallel, j -> contest(at[from + j], cited[j]));
  }

  /** One round: the reliabilities that the likely values under {@code r} give. */
  private double[] reliabilities(Ballot ballot, double[] r, int[] agreeN) {
    double[] tau = votes(r);
    // the rounds reuse two arrays of the claims' size
    if (qSum == null) {
      qSum = new double[agreeN.length];
      qN = new int[agreeN.length];
    }
    for (int i = 0; i < agreeN.length; i++) {
      qSum[i] = agreeN[i];
    }
    System.arraycopy(agreeN, 0, qN, 0, agreeN.length);
    score(ballot, tau);
    for (int c = 0; c < ballot.contests; c++) {
      for (int k = ballot.firstCandidate[c]; k < ballot.firstCandidate[c + 1]; k++) {
        double p = ballot.p[k];
        for (int v = ballot.firstVote[ballot.firstUnit[k]];
            v < ballot.firstVote[ballot.firstUnit[k + 1]]; v++) {
          qSum[ballot.claim[v]] += p;
          qN[ballot.claim[v]]++;
        }
      }
    }
    double[] sum = new double[r.length];
    int[] n = new int[r.length];
    for (int j = 0; j < qN.length; j++) {
      int i = idOrder == null ? j : idOrder[j]; // sums in id order, whatever the numbering
      if (qN[i] == 0) {
        continue;
      }
      double q = qSum[i] / qN[i];
      for (Source s : new Source[] {outletOf[i], originOf[i]}) {
        if (s != null) {
          sum[s.id] += q;
          n[s.id]++;
        }
      }
    }
    double[] next = new double[r.length];
    for (Source s : sources) {
      next[s.id] = clamp((PSEUDO_CLAIMS * s.prior + sum[s.id]) / (PSEUDO_CLAIMS + n[s.id]));
    }
    return next;
  }

  private static double[] votes(double[] r) {
    double[] tau = new double[r.length];
    for (int s = 0; s < r.length; s++) {
      tau[s] = -StrictMath.log1p(-r[s]);
    }
    return tau;
  }

  private double vote(int claim, double[] tau) {
    double t = tau[outletOf[claim].id];
    return originOf[claim] == null ? t : (t + tau[originOf[claim].id]) / 2;
  }

  /** Sets σ and p of every candidate of every contest. */
  private void score(Ballot b, double[] tau) {
    for (int c = 0; c < b.contests; c++) {
      double max = Double.NEGATIVE_INFINITY;
      for (int k = b.firstCandidate[c]; k < b.firstCandidate[c + 1]; k++) {
        double sigma = 0;
        for (int u = b.firstUnit[k]; u < b.firstUnit[k + 1]; u++) {
          double best = 0;
          for (int v = b.firstVote[u]; v < b.firstVote[u + 1]; v++) {
            best = Math.max(best, b.recency[v] * vote(b.claim[v], tau));
          }
          sigma += best;
        }
        b.sigma[k] = sigma;
        max = Math.max(max, sigma);
      }
      double total = 0;
      for (int k = b.firstCandidate[c]; k < b.firstCandidate[c + 1]; k++) {
        total += StrictMath.exp(GAMMA * (b.sigma[k] - max));
      }
      for (int k = b.firstCandidate[c]; k < b.firstCandidate[c + 1]; k++) {
        b.p[k] = StrictMath.exp(GAMMA * (b.sigma[k] - max)) / total;
      }
    }
  }

  /** The candidate of highest σ; ties: more claims, then the lower value. */
  private static Candidate best(Contest c) {
    Candidate best = c.candidates.get(0);
    for (Candidate k : c.candidates) {
      if (tied(k, best) ? k.at.length > best.at.length : k.sigma > best.sigma) {
        best = k;
      }
    }
    return best;
  }

  private static boolean tied(Candidate a, Candidate b) {
    return Math.abs(a.sigma - b.sigma) <= 1e-9 * Math.max(1, Math.max(a.sigma, b.sigma));
  }

  /**
   * The contest of the disputed finding at {@code position}, citing the claims numbered {@code
   * at}, when they are values of one quantity.
   */
  private Optional<Contest> contest(int position, int[] at) {
    if (at.length < 2) {
      return Optional.empty();
    }
    List<Claim> cited = new ArrayList<>(at.length);
    for (int k : at) {
      cited.add(claims.get(k));
    }
    Claim first = cited.get(0);
    boolean dates = first.value() instanceof DateValue;
    // Claims numbered in id order and cited in increasing numbers are in id order.
    boolean byId = idOrder == null;
    for (int i = 1; i < at.length && byId; i++) {
      byId = at[i - 1] < at[i];
    }
    boolean sorted = byId;
    // The claims of a large group were clustered, and their times read, by the rules: a contest
    // over some of them reads those by position instead of reading its claims again, and needs
    // no check that they are values of one quantity.
    Clusters.Within within = byId && callClaims ? ctx.positionedWithin(at) : null;
    if (within == null) {
      String scope = scopeId(first);
      for (Claim c : cited) {
        if (!c.predicate().equals(first.predicate()) || !c.subject().equals(first.subject())
            || !Objects.equals(scopeId(c), scope) || (c.value() instanceof DateValue) != dates) {
          return Optional.empty();
        }
      }
    }
    CountKind kind = dates ? null
        : ctx.rules().countKind(first.predicate(), first.subjectKey()).orElse(null);
    boolean running = kind != null && kind.isRunning();
    boolean[] superseded = new boolean[cited.size()];
    boolean[] dated = new boolean[cited.size()];
    // A large contest (one finding may cite most claims of a call) clusters its claims and weighs
    // them by recency at once, and makes its candidates at once; a small one weighs them only
    // when it is a contest.
    boolean large = ctx.parallel(cited.size());
    List<Object> made = InOrder.run(large ? 2 : 1, large, i -> i == 0
        ? clusters(cited, sorted, within)
        : recency(cited, dated, running, kind == CountKind.GROWS, superseded, within));
    Clusters clusters = (Clusters) made.get(0);
    if (clusters.clusters.size() < 2) {
      return Optional.empty();
    }
    double[] recency = large ? (double[]) made.get(1)
        : recency(cited, dated, running, kind == CountKind.GROWS, superseded, within);
    List<Candidate> candidates = InOrder.run(clusters.clusters.size(), large,
        k -> candidate(k, clusters.clusters.get(k).at, cited, at));
    return Optional.of(new Contest(position, candidates, running, cited, at, recency, superseded,
        dated));
  }

  /** The cited claims clustered; their intervals read from {@code within} when not null. */
  private Clusters clusters(List<Claim> cited, boolean sorted, Clusters.Within within) {
    if (within != null) {
      return Clusters.of(cited, true, ctx, null,
          within.clusters().table.subset(within.index()));
    }
    return sorted ? Clusters.of(cited, true, ctx) : Clusters.of(cited, ctx);
  }

  private static String scopeId(Claim c) {
    Scope s = c.scope().orElse(null);
    return s == null ? null : s.id();
  }

  /**
   * The weight of each claim by how recent it is: 1 for all unless {@code running}; else {@code
   * 2^-d} for a claim {@code d} days (time of day included) before the latest, 1/2 when its time
   * is unknown (1 for all when no time is known). A figure of a day without a time of day is as
   * late as the latest time of day given for that day, since it may be any time of it; for a
   * count that only grows ({@code grows}) such a figure, when a figure of another article of the
   * same moment is wholly above it, was reported before that one and weighs half as much ({@link
   * #SUPERSEDED}).
   */
  private double[] recency(List<Claim> cited, boolean[] dated, boolean running, boolean grows,
      boolean[] superseded, Clusters.Within within) {
    int n = cited.size();
    double[] out = new double[n];
    // For running counts, each claim's effective day (dated: whether it is known), its time of
    // day and its moment (day + fraction), once. Claims share a few days and moments: each is
    // numbered by its rank among them, so what is kept per day or moment is in arrays, not maps.
    double[] clock = new double[n];
    double[] at = new double[n];
    int[] moment = new int[n];
    boolean anyAt = false;
    double latest = Double.NEGATIVE_INFINITY;
    long[] moments = new long[0];
    if (running) {
      long[] day = new long[n];
      TimeTable times = within == null ? null : within.clusters().times(ctx);
      for (int i = 0; i < n; i++) {
        if (times != null) {
          int t = within.index()[i];
          dated[i] = times.known(t);
          clock[i] = dated[i] ? fraction(times.clock(t)) : Double.NaN;
          day[i] = dated[i] ? times.end(t) : Long.MIN_VALUE;
        } else {
          DateValue time = ctx.effectiveTimeOrNull(cited.get(i));
          dated[i] = time != null;
          clock[i] = dated[i] ? fraction(clock(cited.get(i), time)) : Double.NaN;
          day[i] = dated[i] ? time.end().toEpochDay() : Long.MIN_VALUE;
        }
      }
      long[] days = distinct(day, dated);
      double[] latestClock = new double[days.length]; // 0 for a day no figure gives a clock of
      boolean[] clocked = new boolean[days.length];
      for (int i = 0; i < n; i++) {
        if (dated[i] && !Double.isNaN(clock[i])) {
          int d = Arrays.binarySearch(days, day[i]);
          latestClock[d] = clocked[d] ? Math.max(latestClock[d], clock[i]) : clock[i];
          clocked[d] = true;
        }
      }
      long[] bits = new long[n];
      for (int i = 0; i < n; i++) {
        if (dated[i]) {
          at[i] = day[i] + (Double.isNaN(clock[i])
              ? latestClock[Arrays.binarySearch(days, day[i])] : clock[i]);
          bits[i] = Double.doubleToLongBits(at[i]); // what equal moments share (Double.equals)
          anyAt = true;
          latest = Math.max(latest, at[i]);
        }
      }
      moments = distinct(bits, dated);
      for (int i = 0; i < n; i++) {
        moment[i] = !dated[i] ? -1 : Arrays.binarySearch(moments, bits[i]);
      }
    }
    Top[] tops = new Top[moments.length];
    if (grows) {
      for (int i = 0; i < n; i++) {
        Claim c = cited.get(i);
        if (dated[i] && c.value() instanceof Quantity q && !q.isVague()
            && q.low().isPresent()) {
          if (tops[moment[i]] == null) {
            tops[moment[i]] = new Top();
          }
          tops[moment[i]].offer(q.low().get(), c.articleId());
        }
      }
    }
    double[] weightAt = new double[moments.length]; // 2^-(days behind the latest), per moment
    boolean[] weighed = new boolean[moments.length];
    for (int i = 0; i < n; i++) {
      double w;
      if (!anyAt) {
        w = 1.0;
      } else if (!dated[i]) {
        w = UNKNOWN_TIME;
      } else {
        int m = moment[i];
        if (!weighed[m]) {
          weightAt[m] = StrictMath.pow(2, -(latest - at[i]));
          weighed[m] = true;
        }
        w = weightAt[m];
      }
      if (grows && dated[i] && Double.isNaN(clock[i])
          && supersededSameDay(cited.get(i), tops[moment[i]])) {
        w *= SUPERSEDED;
        superseded[i] = true;
      }
      out[i] = w;
    }
    return out;
  }

  /** The distinct values of {@code keys} at the positions whose time is known, sorted. */
  private static long[] distinct(long[] keys, boolean[] dated) {
    long[] out = new long[keys.length];
    int n = 0;
    for (int i = 0; i < keys.length; i++) {
      if (dated[i]) {
        out[n++] = keys[i];
      }
    }
    Arrays.sort(out, 0, n);
    int d = 0;
    for (int i = 0; i < n; i++) {
      if (d == 0 || out[i] != out[d - 1]) {
        out[d++] = out[i];
      }
    }
    return Arrays.copyOf(out, d);
  }

  /**
   * Whether {@code c}, a figure without a time of day of its own, has a figure of another article
   * of the same moment ({@code top}: that moment's highest figures) wholly above it: for a count
   * that only grows, the later update of that day. Two figures of one article are no updates of
   * each other (a district's count and another's, or the agency's figure and what others say).
   */
  private static boolean supersededSameDay(Claim c, Top top) {
    if (top == null || !(c.value() instanceof Quantity q) || q.isVague() || q.high().isEmpty()) {
      return false;
    }
    BigDecimal above = top.highestOutside(c.articleId());
    return above != null && above.compareTo(q.high().get()) > 0;
  }

  /** The highest lower bound among the figures of one moment, and among other articles'. */
  private static final class Top {
    private BigDecimal first;
    private String firstArticle;
    /** The highest lower bound of an article other than {@code firstArticle}. */
    private BigDecimal second;

    void offer(BigDecimal low, String article) {
      if (first == null || low.compareTo(first) > 0) {
        if (firstArticle != null && !firstArticle.equals(article)) {
          second = first;
        }
        first = low;
        firstArticle = article;
      } else if (!article.equals(firstArticle) && (second == null || low.compareTo(second) > 0)) {
        second = low;
      }
    }

    BigDecimal highestOutside(String article) {
      return article.equals(firstArticle) ? second : first;
    }
  }


  /** The time of day of a claim whose time {@code t} is one day, or null. */
  private static ClockTime clock(Claim c, DateValue t) {
    return t.start().equals(t.end()) ? c.clock().orElse(null) : null;
  }

  /** A time of day as a fraction of the day in UTC; NaN for none. */
  private static double fraction(ClockTime clock) {
    if (clock == null) {
      return Double.NaN;
    }
    int minutes = clock.time().toSecondOfDay() / 60
        - clock.offset().map(o -> o.getTotalSeconds() / 60).orElse(0);
    return minutes / 1440.0;
  }

  /**
   * The candidate of the claims at {@code memberAt} among the contest's cited claims, with its
   * independent sources.
   */
  private Candidate candidate(int order, int[] memberAt, List<Claim> cited, int[] citedIndex) {
    int n = memberAt.length;
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    // Claims of one article: sorted by article number, each joins the one before it.
    long[] byArticle = new long[n];
    for (int i = 0; i < n; i++) {
      byArticle[i] = (long) articleOf[citedIndex[memberAt[i]]] << 32 | i;
    }
    Arrays.sort(byArticle);
    for (int j = 1; j < n; j++) {
      if (byArticle[j] >>> 32 == byArticle[j - 1] >>> 32) {
        union(parent, (int) byArticle[j - 1], (int) byArticle[j]);
      }
    }
    Map<Source, Integer> bareByOutlet = new HashMap<>();
    // attribution, then origin ("" for none): claims worded alike are one source
    Map<String, Map<String, Integer>> byWording = new HashMap<>();
    List<Integer> reps = new ArrayList<>();
    // With the claims' columns, claims worded alike share a number: sorted by it (then by
    // position), each joins the first of its number, and the firsts are the representatives.
    long[] byPair = pairs == null ? null : new long[n];
    int paired = 0;
    for (int i = 0; i < n; i++) {
      int k = citedIndex[memberAt[i]];
      if (originOf[k] == null) {
        union(parent, i, firstOr(bareByOutlet.putIfAbsent(outletOf[k], i), i));
      } else if (byPair != null) {
        byPair[paired++] = (long) pairs.bare()[pairs.pair()[k]] << 32 | i;
      } else {
        Claim c = cited.get(memberAt[i]);
        Integer first = byWording
            .computeIfAbsent(c.attribution().orElse(""), x -> new HashMap<>())
            .putIfAbsent(c.origin().orElse(""), i);
        if (first == null) {
          reps.add(i);
        }
        union(parent, i, firstOr(first, i));
      }
    }
    if (paired > 0) {
      Arrays.sort(byPair, 0, paired);
      int first = -1;
      for (int j = 0; j < paired; j++) {
        int i = (int) byPair[j];
        if (j == 0 || byPair[j] >>> 32 != byPair[j - 1] >>> 32) {
          first = i;
          reps.add(i);
        }
        union(parent, i, first);
      }
      Collections.sort(reps); // in order of first claim, as met one by one
    }
    if (reps.size() <= MAX_PAIRWISE) {
      for (int a = 0; a < reps.size(); a++) {
        for (int b = a + 1; b < reps.size(); b++) {
          Claim x = cited.get(memberAt[reps.get(a)]);
          Claim y = cited.get(memberAt[reps.get(b)]);
          if (find(parent, reps.get(a)) != find(parent, reps.get(b))
              && ctx.sources().maySameSource(x, y)) {
            union(parent, reps.get(a), reps.get(b));
          }
        }
      }
    }
    // A set's root is its lowest position, met first: units come in the order of their first
    // claim, and each lists its claims in position order.
    int[] unitOf = new int[n];
    int units = 0;
    int[] unitStart = new int[n + 1];
    for (int i = 0; i < n; i++) {
      int root = find(parent, i);
      if (root == i) {
        unitOf[i] = units++;
      }
      unitOf[i] = unitOf[root];
      unitStart[unitOf[i] + 1]++;
    }
    unitStart = Arrays.copyOf(unitStart, units + 1);
    for (int u = 0; u < units; u++) {
      unitStart[u + 1] += unitStart[u];
    }
    int[] fill = Arrays.copyOf(unitStart, units);
    int[] members = new int[n];
    for (int i = 0; i < n; i++) {
      members[fill[unitOf[i]]++] = memberAt[i];
    }
    return new Candidate(order, memberAt, unitStart, members);
  }

  private static int firstOr(Integer first, int self) {
    return first == null ? self : first;
  }

  private static void union(int[] parent, int a, int b) {
    int x = find(parent, a);
    int y = find(parent, b);
    if (x != y) {
      parent[Math.max(x, y)] = Math.min(x, y);
    }
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private Likely likely(Contest c, Candidate best, double[] tau, double[] r) {
    Claim shown = c.cited.get(best.at[0]);
    int shownAt = best.at[0];
    for (int j = 0; j < best.at.length; j++) {
      Claim k = c.cited.get(best.at[j]);
      int byPrecision = Integer.compare(precision(k), precision(shown));
      int byWeight = Double.compare(weight(c, shownAt, tau), weight(c, best.at[j], tau));
      if (byPrecision < 0 || byPrecision == 0 && (byWeight < 0
          || byWeight == 0 && k.id().compareTo(shown.id()) < 0)) {
        shown = k;
        shownAt = best.at[j];
      }
    }
    List<String> ids = new ArrayList<>(best.at.length);
    for (int p : best.at) {
      ids.add(c.cited.get(p).id());
    }
    Collections.sort(ids);
    return new Likely(shown.value(), ids, best.units(), round3(best.p),
        reason(c, best, shown, r));
  }

  /** The weight of the contest's cited claim at {@code p}. */
  private double weight(Contest c, int p, double[] tau) {
    return c.recency[p] * vote(c.index[p], tau);
  }

  /** 0 for the most precise values: exact, hedged, range, bound, vague; a day before a period. */
  private static int precision(Claim c) {
    if (c.value() instanceof DateValue d) {
      return d.granularity() == Granularity.DAY ? 0 : 1;
    }
    Quantity q = (Quantity) c.value();
    if (q.isVague()) {
      return 4;
    }
    if (q.kind() == QuantityKind.EXACT) {
      return 0;
    }
    if (q.kind() == QuantityKind.APPROXIMATE) {
      return 1;
    }
    return q.kind() == QuantityKind.RANGE ? 2 : 3;
  }

  /** The reason in words: the support of each value, recency, priors, unreliable sources. */
  private String reason(Contest c, Candidate best, Claim shown, double[] r) {
    List<Candidate> order = new ArrayList<>(c.candidates);
    order.sort(Comparator.comparingDouble((Candidate k) -> -k.sigma)
        .thenComparingInt(k -> k == best ? 0 : 1).thenComparingInt(k -> k.order));
    StringBuilder sb = new StringBuilder();
    List<Candidate> tiedWithBest = new ArrayList<>();
    for (Candidate k : order) {
      if (tied(k, best)) {
        tiedWithBest.add(k);
      }
    }
    if (tiedWithBest.size() > 1) {
      sb.append("A tie: ").append(list(tiedWithBest, k -> value(c, k, k == best ? shown : null)
          + " with " + support(c, k, true)))
          .append(" have the same support, so neither is more likely and the confidence is low.");
      List<Candidate> rest = new ArrayList<>(order);
      rest.removeAll(tiedWithBest);
      if (!rest.isEmpty()) {
        sb.append(" Less support: ").append(list(rest,
            k -> value(c, k, null) + " (" + support(c, k, false) + ")")).append('.');
      }
    } else {
      List<Candidate> rest = order.subList(1, order.size());
      sb.append(capitalize(value(c, best, shown))).append(" has the most support: ")
          .append(support(c, best, true)).append(" vs ")
          .append(list(rest, k -> value(c, k, null) + ": " + support(c, k, false))).append('.');
      if (best.p < LOW_CONFIDENCE) {
        sb.append(" The support is close, so the confidence is low.");
      }
    }
    recencyNote(c, sb);
    notes(c, best, r, sb);
    return sb.toString();
  }

  /** A candidate's value in words: the value shown, or its most precise claim's. */
  private static String value(Contest contest, Candidate k, Claim shown) {
    Claim c = shown;
    if (c == null) {
      c = contest.cited.get(k.at[0]);
      int best = precision(c);
      for (int j = 1; j < k.at.length && best > 0; j++) { // none is more precise than 0
        Claim x = contest.cited.get(k.at[j]);
        int p = precision(x);
        if (p < best) {
          c = x;
          best = p;
        }
      }
    }
    return english(c.value());
  }

  /** "2 independent sources (Basarnas, BPBD)" or, {@code full} false, "1 (police)". */
  private String support(Contest c, Candidate k, boolean full) {
    int n = k.units();
    // Only the first units are named in full; the others are named only to see whether a name
    // holds a comma (the list is then set off by semicolons). A large candidate has many units.
    List<String> shown = new ArrayList<>(Math.min(n, Reason.Listed.MAX_SHOWN) + 1);
    BitSet outlets = new BitSet(sources.size()); // reused unit by unit
    boolean comma = false;
    for (int u = 0; u < n; u++) {
      String name = u < Reason.Listed.MAX_SHOWN ? label(c, k, u, outlets) : unitName(c, k, u);
      comma |= name.contains(",");
      if (u < Reason.Listed.MAX_SHOWN) {
        shown.add(name);
      }
    }
    if (n > Reason.Listed.MAX_SHOWN) {
      shown.add((n - Reason.Listed.MAX_SHOWN) + " more");
    }
    return n + (full ? (n == 1 ? " independent source" : " independent sources") : "")
        + " (" + String.join(comma ? "; " : ", ", shown) + ")";
  }

  /**
   * A unit named by its original source, else its outlet; "BNPB via 3 outlets" ({@code outlets}:
   * scratch, cleared here).
   */
  private String label(Contest c, Candidate k, int unit, BitSet outlets) {
    outlets.clear();
    for (int m = k.unitStart[unit]; m < k.unitStart[unit + 1]; m++) {
      outlets.set(outletOf[c.index[k.members[m]]].id);
    }
    String name = unitName(c, k, unit);
    int n = outlets.cardinality();
    return n > 1 ? name + " via " + n + " outlets" : name;
  }

  /**
   * The name of a unit: the original source of its first claim that names one, else the first of
   * its outlets in the order sources are named in.
   */
  private String unitName(Contest c, Candidate k, int unit) {
    int first = Integer.MAX_VALUE;
    for (int m = k.unitStart[unit]; m < k.unitStart[unit + 1]; m++) {
      int claim = c.index[k.members[m]];
      if (originOf[claim] != null) {
        return originOf[claim].name;
      }
      first = Math.min(first, outletOf[claim].id);
    }
    return sources.get(first).name;
  }

  /** For a running count whose figures are of different times: the latest figure weighs most. */
  private void recencyNote(Contest c, StringBuilder sb) {
    if (!c.running) {
      return;
    }
    // times are read for a running count only: dated says which are known
    int dated = 0;
    for (boolean d : c.dated) {
      dated += d ? 1 : 0;
    }
    if (dated == 0) {
      return;
    }
    boolean unknown = dated < c.dated.length;
    // Many claims give one value: each value is written once.
    Set<Value> latestValues = new LinkedHashSet<>();
    Claim first = null;
    int count = 0;
    for (int i = 0; i < c.dated.length; i++) {
      if (c.dated[i] && c.recency[i] == 1.0) {
        Claim k = c.cited.get(i);
        first = first == null ? k : first;
        count++;
        latestValues.add(k.value());
      }
    }
    Set<String> latestSet = new LinkedHashSet<>();
    latestValues.forEach(v -> latestSet.add(english(v)));
    List<String> latest = new ArrayList<>(latestSet);
    if (first != null && count < dated) {
      DateValue time = ctx.effectiveTime(first).get();
      String clock = time.start().equals(time.end())
          ? first.clock().map(k -> " " + FindingTexts.clock(k)).orElse("") : "";
      sb.append(" For a running count the latest report weighs most (")
          .append(ctx.formatTime(time)).append(clock).append("): ")
          .append(list(latest, v -> v)).append('.');
    }
    if (c.anySuperseded()) {
      Set<Value> lowerValues = new LinkedHashSet<>();
      for (int i = 0; i < c.cited.size(); i++) {
        if (c.superseded[i]) {
          lowerValues.add(c.cited.get(i).value());
        }
      }
      Set<String> lowerSet = new LinkedHashSet<>();
      lowerValues.forEach(v -> lowerSet.add(english(v)));
      List<String> lower = new ArrayList<>(lowerSet);
      sb.append(" The count only grows, so a figure of the same day without a time of day that"
          + " another article tops is taken as the earlier update and weighs half: ")
          .append(list(lower, v -> v)).append('.');
    }
    if (unknown) {
      sb.append(" A figure of unknown time weighs half.");
    }
  }

  /** Priors the user gave, and sources on a losing side that are often alone against the rest. */
  private void notes(Contest c, Candidate best, double[] r, StringBuilder sb) {
    Set<Source> priors = new TreeSet<>(Comparator.comparingInt(s -> s.id));
    Set<Source> weak = new TreeSet<>(Comparator.comparingInt(s -> s.id));
    for (Candidate k : c.candidates) {
      for (int p : k.members) {
        int claim = c.index[p];
        for (Source s : new Source[] {outletOf[claim], originOf[claim]}) {
          if (s == null) {
            continue;
          }
          if (s.priorName != null) {
            priors.add(s);
          }
          if (k != best && r[s.id] < UNRELIABLE) {
            weak.add(s);
          }
        }
      }
    }
    if (!priors.isEmpty()) {
      sb.append(" Prior reliability given: ").append(list(new ArrayList<>(priors),
          s -> s.name + " " + format(s.prior))).append('.');
    }
    if (!weak.isEmpty()) {
      sb.append(' ').append(list(new ArrayList<>(weak), s -> s.name))
          .append(weak.size() == 1 ? " is" : " are")
          .append(" often alone against the other sources (reliability ")
          .append(list(new ArrayList<>(weak), s -> format(r[s.id]))).append(").");
    }
  }

  private static String format(double x) {
    return Quantity.grouped(BigDecimal.valueOf(round3(x)).stripTrailingZeros());
  }

  static double round3(double x) {
    return Math.round(x * 1000) / 1000.0;
  }

  private static double clamp(double r) {
    return Math.max(FLOOR, Math.min(CEILING, r));
  }

  @Override
  public String toString() {
    return "LikelyValues{" + sources.size() + " sources}";
  }


  private static String english(Value v) {
    return FindingTexts.value(v, Locale.ENGLISH);
  }

  private static <T> String list(List<T> items, java.util.function.Function<T, String> f) {
    List<String> words = new ArrayList<>(items.size());
    for (T t : items) {
      words.add(f.apply(t));
    }
    return FindingTexts.list(words, Locale.ENGLISH);
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
