package io.github.claimcheck.extract;

import io.github.claimcheck.model.ClaimCheckException;
import io.github.claimcheck.internal.text.VisibleText;
import io.github.claimcheck.lang.LanguageProfile;
import io.github.claimcheck.model.Article;
import io.github.claimcheck.model.ArticleInfo;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.Language;
import io.github.claimcheck.model.Problem;
import io.github.claimcheck.model.Span;
import io.github.claimcheck.parse.Expressions;
import io.github.claimcheck.parse.InferredDate;
import io.github.claimcheck.parse.ReferenceDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Objects;
import java.util.Optional;

/**
 * Extracts the claims of one article: cleans boilerplate (keeping offsets), splits sentences,
 * finds number and date expressions, and types each figure with its predicate, subject, unit,
 * time scope, attribution and evidence.
 *
 * <p>The text is read as a reader sees it: invisible format characters (zero-width spaces, soft
 * hyphens, bidirectional controls) are skipped, fullwidth forms are read as ASCII, a thin or
 * no-break space between digit groups ({@code 10 000}) is a thousands separator when the grouping
 * is valid, and digits displayed in another order than they are stored (a right-to-left override
 * around {@code 021} shows {@code 120}) are not read and are listed as a problem of the article.
 * Claim offsets and sentences are those of the text as given.
 *
 * <p>Usable on its own:
 *
 * <pre>{@code
 * List<Claim> claims = Extractor.standard().extract(article, LocalDate.now());
 * }</pre>
 *
 * <p>To add predicates, counting nouns or actor aliases, give a {@link LanguagePack}:
 *
 * <pre>{@code
 * Extractor extractor = Extractor.of(LanguagePack.fromDirectory(Path.of("my-lang")));
 * }</pre>
 *
 * <p>Immutable and thread-safe; language knowledge is loaded once and shared, and an extractor
 * with a pack merges it with the built-in knowledge once, when it is created.
 */
public final class Extractor {

  private static final Extractor STANDARD = new Extractor(LanguagePack.empty(), null);

  /** How an article is read, and whether its reference date pins single days. */
  private record Reading(ArticleInfo info, boolean referenceCertain) {}

  private final LanguagePack pack;
  /** The merged lexicons, or null for the built-in ones. */
  private final Map<Language, Lexicon> lexicons;

  private Extractor(LanguagePack pack, Map<Language, Lexicon> lexicons) {
    this.pack = pack;
    this.lexicons = lexicons;
  }

  /** Returns the extractor with the built-in language knowledge. */
  public static Extractor standard() {
    return STANDARD;
  }

  /**
   * Returns an extractor with the built-in language knowledge plus {@code pack}'s. The merged
   * lexicons are built here, once; extraction never reloads them.
   *
   * @throws NullPointerException if {@code pack} is null
   */
  public static Extractor of(LanguagePack pack) {
    Objects.requireNonNull(pack, "pack");
    if (pack.isEmpty()) {
      return STANDARD;
    }
    // Built here for the languages known now; a language registered later is merged on first use.
    Map<Language, Lexicon> merged = new ConcurrentHashMap<>();
    for (Language l : LanguageProfile.known()) {
      merged.put(l, Lexicon.build(l, pack));
    }
    return new Extractor(pack, merged);
  }

  /**
   * Reads the files of a language's profile now, rather than on the first article in that
   * language, so that a malformed file fails here, naming its file and line.
   *
   * @throws IllegalArgumentException if no profile is registered for the language
   * @throws ClaimCheckException if one of its files is malformed
   * @since 0.1.0
   */
  public static void load(Language language) {
    Lexicon.builtIn(language);
    ClockFinder.of(language);
    Expressions.scan("1", language, null);
  }

  /** Returns the language knowledge added to the built-in one; empty for {@link #standard()}. */
  public LanguagePack languagePack() {
    return pack;
  }

  /**
   * Returns the claims of the article, in text order.
   *
   * @param article the article
   * @param today today's date, the upper bound when guessing the year of an undated article
   */
  public List<Claim> extract(Article article, LocalDate today) {
    return analyse(article, today).claims();
  }

  /**
   * Reads the article: detects its language when not given, infers its reference date when not
   * given, and extracts its claims.
   *
   * @param article the article
   * @param today today's date, the upper bound when guessing the year of an undated article
   */
  public ArticleAnalysis analyse(Article article, LocalDate today) {
    return analyseNear(article, today, null);
  }

  /**
   * Reads the article as {@link #analyse(Article, LocalDate)} does, with the date of a report
   * near it in the input: when the article gives no date and its weekdays fit several years
   * equally well, the year nearest to {@code near} is taken (see {@link
   * ReferenceDates#infer(CharSequence, Language, LocalDate, LocalDate)}).
   *
   * @param article the article
   * @param today today's date, the upper bound when guessing the year of an undated article
   * @param near the date of a nearby report of the same input
   * @throws NullPointerException if an argument is null
   * @since 0.2.0
   */
  public ArticleAnalysis analyse(Article article, LocalDate today, LocalDate near) {
    return analyseNear(article, today, Objects.requireNonNull(near, "near"));
  }

  private ArticleAnalysis analyseNear(Article article, LocalDate today, LocalDate near) {
    VisibleText visible = VisibleText.of(article.text());
    String text = visible.text();
    Reading reading = read(article, text, today, near);
    ArticleInfo info = reading.info();
    SentenceSplitter.Sentences sentences =
        SentenceSplitter.standard().split(text, TextCleaner.standard().contentLines(text));
    Lexicon lexicon = lexicons == null ? Lexicon.builtIn(info.language())
        : lexicons.computeIfAbsent(info.language(), l -> Lexicon.build(l, pack));
    ClaimFinder finder =
        new ClaimFinder(
            article.id(),
            text,
            lexicon,
            info.language(),
            info.published().orElse(null),
            reading.referenceCertain());
    List<Claim> claims = finder.find(sentences);
    if (!visible.unchanged()) {
      List<Claim> mapped = new ArrayList<>(claims.size());
      for (Claim c : claims) {
        mapped.add(c.toBuilder()
            .span(visible.toOriginal(c.span()))
            .sentence(visible.toOriginal(c.sentenceSpan()), visible.originalText(c.sentenceSpan()))
            .build());
      }
      claims = mapped;
    }
    return new ArticleAnalysis(info, claims, problems(article.id(), visible, finder.unread()));
  }

  /** The figures not read, in text order, with their offsets in the text as given. */
  private static List<Problem> problems(
      String id, VisibleText visible, List<ClaimFinder.Unread> unread) {
    if (unread.isEmpty() && visible.refusals().isEmpty()) {
      return List.of();
    }
    List<Map.Entry<Integer, Problem>> found = new ArrayList<>();
    for (ClaimFinder.Unread u : unread) {
      Span at = visible.toOriginal(u.span());
      found.add(Map.entry(at.start(), Problem.of(id, "\"" + u.text() + "\" (characters "
          + at.start() + "–" + at.end() + ") is not read: " + u.why())));
    }
    for (VisibleText.Refusal r : visible.refusals()) {
      found.add(Map.entry(r.span().start(), Problem.of(id, "the digits " + r.stored()
          + " (characters " + r.span().start() + "–" + r.span().end() + ") are not read: they"
          + " are displayed as " + r.shown() + " (bidirectional control characters or"
          + " right-to-left text reorder them)")));
    }
    found.sort(Map.Entry.comparingByKey());
    List<Problem> out = new ArrayList<>(found.size());
    found.forEach(e -> out.add(e.getValue()));
    return out;
  }

  /**
   * Lists every number and date expression of the article, claim or not, resolved against its
   * reference date.
   *
   * @param article the article
   * @param today today's date, the upper bound when guessing the year of an undated article
   */
  public ArticleScan scan(Article article, LocalDate today) {
    ArticleInfo info = read(article, VisibleText.of(article.text()).text(), today, null).info();
    return new ArticleScan(
        info, Expressions.scan(article.text(), info.language(), info.published().orElse(null)));
  }

  /**
   * Detects the language and infers the reference date, from the visible {@code text}, when the
   * article does not give them.
   */
  private static Reading read(Article article, String text, LocalDate today, LocalDate near) {
    boolean detected = article.language().isEmpty();
    Language language =
        article.language().orElseGet(() -> LanguageDetector.standard().detect(text));
    if (!LanguageProfile.isKnown(language)) {
      throw new IllegalArgumentException("no profile for its language '" + language.code()
          + "' (known: " + LanguageProfile.known() + "); register one with "
          + "ClaimChecker.builder().language(LanguageProfile)");
    }
    if (article.published().isPresent()) {
      return new Reading(
          ArticleInfo.of(article, language, detected, article.published().get(), false, null),
          true);
    }
    Optional<InferredDate> guess = near == null ? ReferenceDates.infer(text, language, today)
        : ReferenceDates.infer(text, language, today, near);
    if (guess.isEmpty()) {
      return new Reading(ArticleInfo.of(article, language, detected, null, false, null), false);
    }
    InferredDate g = guess.get();
    ArticleInfo.DateBasis basis = ArticleInfo.DateBasis.valueOf(g.basis().name());
    // Only a dateline pins the report's own day; other guesses may be off by days.
    return new Reading(
        ArticleInfo.of(article, language, detected, g.date(), basis, g.words()), basis.certain());
  }
}
