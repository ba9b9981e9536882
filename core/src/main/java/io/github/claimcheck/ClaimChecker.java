package io.github.claimcheck;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import com.google.errorprone.annotations.CheckReturnValue;
import io.github.claimcheck.model.ClaimCheckException;
import io.github.claimcheck.extract.ArticleAnalysis;
import io.github.claimcheck.extract.ArticleScan;
import io.github.claimcheck.extract.Extractor;
import io.github.claimcheck.extract.LanguagePack;
import io.github.claimcheck.input.ArticleStream;
import io.github.claimcheck.lang.LanguageProfile;
import io.github.claimcheck.input.Corpus;
import io.github.claimcheck.model.Article;
import io.github.claimcheck.model.ArticleInfo;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.Finding;
import io.github.claimcheck.model.Language;
import io.github.claimcheck.model.Problem;
import io.github.claimcheck.model.Report;
import io.github.claimcheck.reconcile.ReconcileBatch;
import io.github.claimcheck.reconcile.Reconciler;
import io.github.claimcheck.reconcile.Reconciliation;
import io.github.claimcheck.reconcile.RuleSet;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;

/**
 * The entry point: extracts claims from articles and reconciles them into a {@link Report}.
 *
 * <pre>{@code
 * ClaimChecker checker = ClaimChecker.standard();
 * Report report = checker.check(List.of(
 *     Article.builder("a1", text1).published(LocalDate.of(2025, 5, 9)).build(),
 *     Article.of("a2", text2)));
 * report.findings().forEach(System.out::println);
 * }</pre>
 *
 * <p>Add your own language knowledge and rules with the builder:
 *
 * <pre>{@code
 * ClaimChecker checker = ClaimChecker.builder()
 *     .language(LanguagePack.builder().predicate("damaged", Language.ENGLISH, "damaged").build())
 *     .ruleSet(RuleSet.defaults().withTolerance("shipped", 0.20))
 *     .build();
 * }</pre>
 *
 * <p>A checker is immutable and thread-safe: build it once and share it. It reads the current
 * date only from the {@link Clock} it was built with, to bound year guesses when an article's
 * publication date has to be inferred.
 *
 * <h2>Failures</h2>
 *
 * No article can take a check down. A figure that cannot be read (a count "less than 0", digits
 * displayed in another order than they are stored) is left out and listed as a problem of its
 * article; an exception while reading one article leaves that article without claims, with a
 * problem naming it; a rule that fails on a group of claims costs that rule's findings on that
 * group, with a problem naming the rule and the group (unless the rule set {@linkplain
 * RuleSet#failFast() fails fast}). An {@link Error} (such as {@link OutOfMemoryError} or {@link
 * StackOverflowError}) in any thread ends the check promptly: the other extraction threads stop
 * taking articles and {@code check} throws that error.
 */
@CheckReturnValue // a check's report is its only result
public final class ClaimChecker {

  private final Extractor extractor;
  private final Reconciler reconciler;
  private final Clock clock;
  private final int parallelism;
  /** Reads one article; the extractor unless a test replaced it. */
  private final Analyser analyser;

  /** How one article is read: with today's date and the date given near it in the input (or null). */
  @FunctionalInterface
  private interface Analyser {
    ArticleAnalysis analyse(Article article, LocalDate today, LocalDate near);
  }

  private ClaimChecker(Builder b) {
    this.extractor = b.extractor;
    this.reconciler = b.reconciler;
    this.clock = b.clock;
    this.parallelism = b.parallelism;
    BiFunction<Article, LocalDate, ArticleAnalysis> replaced = b.analyser;
    this.analyser = replaced != null ? (a, today, near) -> replaced.apply(a, today)
        : (a, today, near) -> near == null ? extractor.analyse(a, today)
            : extractor.analyse(a, today, near);
  }

  /** Returns a checker with the built-in language knowledge and rules. */
  public static ClaimChecker standard() {
    return builder().build();
  }

  /** Returns a builder starting from the built-in language knowledge and rules. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Checks the articles: extracts the claims of each and reconciles them. Problems met in the
   * text and failing rules are listed in the report (see the class documentation).
   *
   * @throws IllegalArgumentException if two articles share an id
   * @throws IllegalStateException if a rule fails and the rule set {@linkplain RuleSet#failFast()
   *     fails fast}
   */
  public Report check(List<Article> articles) {
    return check(Corpus.of(articles));
  }

  /**
   * Checks a corpus read from files. The report's problems are the corpus's reading problems, then
   * those met in each article's text (in article order), then those of failing rules.
   *
   * @throws IllegalArgumentException if two articles share an id
   * @throws IllegalStateException if a rule fails and the rule set {@linkplain RuleSet#failFast()
   *     fails fast}
   */
  public Report check(Corpus corpus) {
    List<Article> articles = corpus.articles();
    requireUniqueIds(articles);
    List<ArticleAnalysis> analyses = analyseAll(articles);
    Map<String, ArticleInfo> infos = new LinkedHashMap<>();
    List<Claim> claims = new ArrayList<>();
    List<Problem> problems = new ArrayList<>(corpus.problems());
    for (ArticleAnalysis a : analyses) {
      infos.put(a.info().id(), a.info());
      claims.addAll(a.claims());
      problems.addAll(a.problems());
    }
    Reconciliation reconciliation = reconciler.run(claims, infos);
    problems.addAll(reconciliation.problems());
    List<Finding> findings = reconciliation.findings();
    return Report.of(List.copyOf(infos.values()), claims, findings, problems,
        reconciliation.sources());
  }

  /**
   * Checks articles as they come, holding none after its claims are extracted: extraction runs in
   * parallel a few articles ahead of the one reported, each article's info and claims go to the
   * listener in input order, the claims are kept compact for reconciliation (see {@link
   * ReconcileBatch}; past a few tens of megabytes in a temporary file), and the findings and all
   * problems go to the listener at the end. The articles, claims, findings and problems are those
   * {@link #check(Corpus)} gives for the same input, in the same order: the problems met reading
   * the input, then those met in each article's text, then those of failing rules.
   *
   * <pre>{@code
   * try (ArticleStream in = ArticleReader.standard().stream(List.of(Path.of("archive.jsonl")));
   *     Writer out = Files.newBufferedWriter(Path.of("report.json"))) {
   *   checker.check(in, ReportJson.writer(out));
   * }
   * }</pre>
   *
   * <p>Memory: the articles being read (at most a few per extraction thread, and fewer when they
   * are long), per claim twelve bytes and per article its id and a few numbers, then, while
   * reconciling, the claims of one family of comparable claims at a time; the findings are kept
   * as records (in a temporary file past a few tens of megabytes) with eight bytes each on the
   * heap, and the most likely values are estimated on flat arrays of claim numbers (some forty
   * bytes per claim).
   *
   * @param articles the articles; read to the end, not closed
   * @param listener receives the results
   * @throws IllegalArgumentException if two articles share an id (when the second is read)
   * @throws IllegalStateException if a rule fails and the rule set {@linkplain RuleSet#failFast()
   *     fails fast}
   * @since 0.1.0
   */
  public void check(ArticleStream articles, ReportListener listener) {
    Objects.requireNonNull(articles, "articles");
    Objects.requireNonNull(listener, "listener");
    LocalDate today = LocalDate.now(clock);
    List<Problem> textProblems = new ArrayList<>();
    try (ReconcileBatch batch = reconciler.batch();
        Pipeline pipeline = new Pipeline(articles, today, listener)) {
      for (ArticleAnalysis a = pipeline.next(); a != null; a = pipeline.next()) {
        batch.add(a.info(), a.claims());
        listener.article(a.info(), a.claims(), a.problems());
        for (Problem p : a.problems()) {
          textProblems.add(p);
          listener.problem(p);
        }
      }
      pipeline.forwardProblems();
      listener.allArticlesRead();
      Reconciliation reconciliation = batch.reconcile();
      List<Problem> problems = new ArrayList<>(articles.problems());
      problems.addAll(textProblems);
      textProblems.clear();
      for (Problem p : reconciliation.problems()) {
        problems.add(p);
        listener.problem(p);
      }
      listener.finished(new CheckResult(batch, reconciliation.findings(), problems,
          reconciliation.sources()));
    }
  }

  /**
   * Reads articles from a stream and analyses them in input order: in the calling thread, or on
   * the extraction threads a bounded window ahead (at most four articles per thread and about
   * {@value #WINDOW_CHARS} characters of text in flight). Each article is read with the date
   * last given in the input before it; undated articles before the first given date wait (up to
   * {@value #WAITING_CHARS} characters of text) until it is known, so that they take it too.
   */
  private final class Pipeline implements AutoCloseable {
    private final ArticleStream in;
    private final LocalDate today;
    private final ReportListener listener;
    private final ExecutorService pool;
    private final ArrayDeque<Future<ArticleAnalysis>> window = new ArrayDeque<>();
    private final ArrayDeque<Integer> sizes = new ArrayDeque<>();
    /** Undated articles read before any given date, in input order. */
    private final ArrayDeque<Article> waiting = new ArrayDeque<>();
    /** Articles to analyse next, in input order, each with the date given near it. */
    private final ArrayDeque<Task> ready = new ArrayDeque<>();
    private final int maxWindow;
    private long charsInFlight;
    private long charsWaiting;
    private LocalDate near;
    private boolean ended;
    private int problemsForwarded;

    Pipeline(ArticleStream in, LocalDate today, ReportListener listener) {
      this.in = in;
      this.today = today;
      this.listener = listener;
      this.pool = parallelism > 1 ? Executors.newFixedThreadPool(parallelism, WORKERS) : null;
      this.maxWindow = parallelism * 4;
    }

    /** Gives the listener the reading problems met since the last call. */
    void forwardProblems() {
      List<Problem> p = in.problems();
      while (problemsForwarded < p.size()) {
        listener.problem(p.get(problemsForwarded++));
      }
    }

    private Article read() {
      boolean more = in.hasNext();
      forwardProblems();
      return more ? in.next() : null;
    }

    /** Takes the next article of the stream (null: its end) into the waiting or ready queue. */
    private void admit(Article a) {
      if (a == null) {
        ended = true;
        release();
      } else if (a.published().isPresent()) {
        near = a.published().get();
        release();
        ready.add(new Task(a, near));
      } else if (near == null) {
        waiting.add(a);
        charsWaiting += a.text().length();
        if (charsWaiting > WAITING_CHARS) {
          release(); // no date given so far: read them without one
        }
      } else {
        ready.add(new Task(a, near));
      }
    }

    /** Moves the waiting articles to the ready queue with the date known now (or none). */
    private void release() {
      for (Article w = waiting.poll(); w != null; w = waiting.poll()) {
        ready.add(new Task(w, near));
      }
      charsWaiting = 0;
    }

    /** The next article's analysis, or null at the end of the stream. */
    ArticleAnalysis next() {
      if (pool == null) {
        while (ready.isEmpty() && !ended) {
          admit(read());
        }
        Task t = ready.poll();
        return t == null ? null : analyseOrReport(t.article(), today, t.near());
      }
      while (true) {
        while (!ready.isEmpty() && window.size() < maxWindow
            && (window.isEmpty() || charsInFlight < WINDOW_CHARS)) {
          Task t = ready.poll();
          window.add(pool.submit(() -> analyseOrReport(t.article(), today, t.near())));
          sizes.add(t.article().text().length());
          charsInFlight += t.article().text().length();
        }
        if (ended || window.size() >= maxWindow
            || (!window.isEmpty() && charsInFlight >= WINDOW_CHARS)) {
          break;
        }
        admit(read());
      }
      Future<ArticleAnalysis> head = window.poll();
      if (head == null) {
        return null;
      }
      charsInFlight -= sizes.poll();
      try {
        return head.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ClaimCheckException("interrupted while checking", e);
      } catch (ExecutionException e) {
        Throwable t = e.getCause();
        if (t instanceof Error error) {
          throw error;
        }
        throw new ClaimCheckException("extraction failed", t);
      }
    }

    @Override
    public void close() {
      if (pool != null) {
        window.forEach(f -> f.cancel(true));
        pool.shutdownNow();
      }
    }
  }

  /** About how many characters of article text the extraction threads may hold at once. */
  private static final long WINDOW_CHARS = 32L * 1024 * 1024;

  /** At most how many characters of undated articles wait for the input's first given date. */
  private static final long WAITING_CHARS = 8L * 1024 * 1024;

  /** An article to analyse, with the date given near it in the input (null: none). */
  private record Task(Article article, LocalDate near) {}

  /**
   * Returns the reconciler this checker applies (its rule set), for callers that reconcile claims
   * themselves, such as the Spark module.
   *
   * @since 0.1.0
   */
  public Reconciler reconciler() {
    return reconciler;
  }

  /** Returns the claims of one article, in text order. */
  public List<Claim> extract(Article article) {
    return analyse(article).claims();
  }

  /** Returns how the article is read (language, reference date) and its claims. */
  public ArticleAnalysis analyse(Article article) {
    return extractor.analyse(article, LocalDate.now(clock));
  }

  /**
   * Reads one article as {@link #check(List)} does: like {@link #analyse(Article)}, except that
   * an exception while reading it leaves it without claims, with a problem naming it (an {@link
   * Error} is not caught). For callers that extract articles one by one themselves, such as the
   * Spark module.
   *
   * @since 0.1.0
   */
  public ArticleAnalysis analyseOrReport(Article article) {
    return analyseOrReport(Objects.requireNonNull(article, "article"), LocalDate.now(clock));
  }

  /** Lists every number and date expression of the article, claim or not. */
  public ArticleScan scan(Article article) {
    return extractor.scan(article, LocalDate.now(clock));
  }

  private List<ArticleAnalysis> analyseAll(List<Article> articles) {
    LocalDate today = LocalDate.now(clock);
    LocalDate[] near = NearbyDates.of(articles);
    ArticleAnalysis[] out = new ArticleAnalysis[articles.size()];
    int threads = Math.min(parallelism, articles.size());
    if (threads <= 1) {
      for (int i = 0; i < out.length; i++) {
        out[i] = analyseOrReport(articles.get(i), today, near[i]);
      }
      return Arrays.asList(out);
    }
    // Each worker takes the next article until none is left or one worker failed with an Error;
    // results land at the article's index, so the order does not depend on the threads.
    AtomicInteger next = new AtomicInteger();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Runnable worker = () -> {
      try {
        for (int i = next.getAndIncrement();
            i < out.length && failure.get() == null;
            i = next.getAndIncrement()) {
          out[i] = analyseOrReport(articles.get(i), today, near[i]);
        }
      } catch (Throwable t) { // an Error: analyseOrReport handles exceptions
        failure.compareAndSet(null, t);
      }
    };
    ExecutorService pool = Executors.newFixedThreadPool(threads, WORKERS);
    try {
      List<Future<?>> workers = new ArrayList<>(threads);
      for (int t = 0; t < threads; t++) {
        workers.add(pool.submit(worker));
      }
      for (Future<?> w : workers) {
        w.get();
      }
    } catch (InterruptedException e) {
      failure.compareAndSet(null, e);
      Thread.currentThread().interrupt();
      throw new ClaimCheckException("interrupted while checking", e);
    } catch (ExecutionException e) {
      failure.compareAndSet(null, e.getCause()); // not expected: the worker catches everything
    } finally {
      pool.shutdownNow();
    }
    Throwable t = failure.get();
    if (t instanceof Error error) {
      throw error;
    }
    if (t != null) {
      throw new ClaimCheckException("extraction failed", t);
    }
    return Arrays.asList(out);
  }

  /** Daemon threads named after the checker, so a failed check never keeps the JVM alive. */
  private static final ThreadFactory WORKERS = new ThreadFactory() {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable r) {
      Thread t = new Thread(r, "claimcheck-extract-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    }
  };

  /**
   * Reads one article; an exception leaves it without claims and with a problem naming it. An
   * {@link Error} is not caught.
   */
  private ArticleAnalysis analyseOrReport(Article article, LocalDate today) {
    return analyseOrReport(article, today, null);
  }

  private ArticleAnalysis analyseOrReport(Article article, LocalDate today, LocalDate near) {
    try {
      return analyser.analyse(article, today, near);
    } catch (RuntimeException e) {
      ArticleInfo info = ArticleInfo.of(article, article.language().orElseGet(LanguageProfile::primary),
          article.language().isEmpty(), article.published().orElse(null), false, null);
      return new ArticleAnalysis(info, List.of(), List.of(Problem.of(article.id(),
          "could not be read, so it has no claims: " + e.getClass().getSimpleName()
              + (e.getMessage() == null ? "" : ": " + e.getMessage()))));
    }
  }

  private static void requireUniqueIds(List<Article> articles) {
    Set<String> seen = new HashSet<>();
    for (Article a : articles) {
      if (!seen.add(a.id())) {
        throw new IllegalArgumentException("two articles share the id \"" + a.id() + "\"");
      }
    }
  }

  /**
   * The most extraction threads a checker may use: more than the cores of any machine this runs
   * on, far fewer than the thread pool's own limit (32,767).
   *
   * @since 0.1.0
   */
  public static final int MAX_PARALLELISM = 256;

  /** Builds a {@link ClaimChecker}. Not thread-safe; the checker it builds is. */
  @CanIgnoreReturnValue // setters return the builder for chaining
  public static final class Builder {
    private Extractor extractor = Extractor.standard();
    private Reconciler reconciler = Reconciler.standard();
    private Clock clock = Clock.systemUTC();
    private int parallelism = 1;
    private BiFunction<Article, LocalDate, ArticleAnalysis> analyser;
    /** The setter that chose the extractor, or null while it is the default. */
    private String extractorFrom;
    /** The setter that chose the reconciler, or null while it is the default. */
    private String reconcilerFrom;

    private Builder() {}

    // Two setters of one part would silently overwrite each other: the second call fails instead.
    private static String once(String setBy, String setter, String part) {
      if (setBy != null) {
        throw new IllegalStateException("the " + part + " is already set by " + setBy
            + "; " + setter + " cannot replace it: set the " + part + " once");
      }
      return setter;
    }

    /** Replaces how one article is read; for tests of failures in extraction threads. */
    Builder analyser(BiFunction<Article, LocalDate, ArticleAnalysis> analyser) {
      this.analyser = Objects.requireNonNull(analyser, "analyser");
      return this;
    }

    /**
     * Sets the extractor; defaults to {@link Extractor#standard()}.
     *
     * @throws IllegalStateException if the extractor is already set, here or by {@link
     *     #language(LanguagePack)}
     */
    public Builder extractor(Extractor extractor) {
      Objects.requireNonNull(extractor, "extractor");
      extractorFrom = once(extractorFrom, "extractor(Extractor)", "extractor");
      this.extractor = extractor;
      return this;
    }

    /**
     * Sets the language knowledge added to the built-in one: predicates and their words,
     * counting nouns, actor aliases. Shorthand for {@code extractor(Extractor.of(pack))}; the
     * merged lexicons are built here, once. Call it once; to combine packs, use {@link
     * LanguagePack.Builder#add(LanguagePack)}.
     *
     * @throws NullPointerException if {@code pack} is null
     * @throws IllegalStateException if the extractor is already set, here or by {@link
     *     #extractor(Extractor)}
     */
    public Builder language(LanguagePack pack) {
      Objects.requireNonNull(pack, "pack");
      extractorFrom = once(extractorFrom, "language(LanguagePack)", "extractor");
      this.extractor = Extractor.of(pack);
      return this;
    }

    /**
     * Adds a language: its profile (a folder of word lists plus a few settings, see {@link
     * LanguageProfile}) is registered JVM-wide, so articles in that language are read and the
     * language detector knows its words. Call it once per language; the built-in Indonesian and
     * English need no call.
     *
     * <p>Every file of the profile is read here, so a malformed one fails now, naming its file
     * and line. A malformed file shared by all languages ({@code sources.tsv}, …) fails before
     * the profile is registered; one of the language's own files after, and the language then
     * stays unreadable in this JVM until it restarts with the file fixed.
     *
     * @throws NullPointerException if {@code profile} is null
     * @throws IllegalStateException if another profile is registered for the same language
     * @throws ClaimCheckException if a file of the profile is malformed
     * @since 0.1.0
     */
    public Builder language(LanguageProfile profile) {
      LanguageProfile registered = LanguageProfile.register(Objects.requireNonNull(profile, "profile"));
      try {
        Extractor.load(registered.language());
      } catch (IllegalArgumentException e) { // a malformed line, named in the message
        throw new ClaimCheckException(e.getMessage(), e);
      }
      return this;
    }

    /**
     * Sets the rules findings come from, such as {@code
     * RuleSet.defaults().withTolerance("shipped", 0.2)}. Shorthand for {@code
     * reconciler(Reconciler.of(rules))}; call it once.
     *
     * @throws NullPointerException if {@code rules} is null
     * @throws IllegalStateException if the reconciler is already set, here or by {@link
     *     #reconciler(Reconciler)}
     */
    public Builder ruleSet(RuleSet rules) {
      Objects.requireNonNull(rules, "rules");
      reconcilerFrom = once(reconcilerFrom, "ruleSet(RuleSet)", "reconciler");
      this.reconciler = Reconciler.of(rules);
      return this;
    }

    /**
     * Sets the reconciler; defaults to {@link Reconciler#standard()}.
     *
     * @throws IllegalStateException if the reconciler is already set, here or by {@link
     *     #ruleSet(RuleSet)}
     */
    public Builder reconciler(Reconciler reconciler) {
      Objects.requireNonNull(reconciler, "reconciler");
      reconcilerFrom = once(reconcilerFrom, "reconciler(Reconciler)", "reconciler");
      this.reconciler = reconciler;
      return this;
    }

    /**
     * Sets the clock that gives today's date, the upper bound for guessing the year of an
     * undated article; defaults to the system clock in UTC.
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Fixes today's date; see {@link #clock(Clock)}. */
    public Builder today(LocalDate today) {
      return clock(Clock.fixed(today.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));
    }

    /**
     * Sets how many threads extract claims; 1 (the default) uses the calling thread. Results do
     * not depend on it.
     *
     * @throws IllegalArgumentException if {@code threads} is less than 1 or more than {@link
     *     #MAX_PARALLELISM}
     */
    public Builder parallelism(int threads) {
      if (threads < 1 || threads > MAX_PARALLELISM) {
        throw new IllegalArgumentException(
            "parallelism must be between 1 and " + MAX_PARALLELISM + ", not " + threads);
      }
      this.parallelism = threads;
      return this;
    }

    /** Returns the checker. */
    public ClaimChecker build() {
      return new ClaimChecker(this);
    }
  }
}
