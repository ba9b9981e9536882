package io.github.claimcheck.render;

import io.github.claimcheck.CheckResult;
import io.github.claimcheck.ReportListener;
import io.github.claimcheck.model.Article;
import io.github.claimcheck.model.ArticleInfo;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.Finding;
import io.github.claimcheck.model.Problem;
import io.github.claimcheck.model.Report;
import io.github.claimcheck.model.Verdict;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps the part of a streaming check that a report for people can show, so the text, Markdown
 * and HTML reports of a large input stay readable and bounded: the first articles with their
 * claims, the first findings (conflicts come first) with the claims and articles they cite, the
 * first problems, and how much was left out ({@link Report#omitted()}), which the reports say.
 * For an input within the limits the report is the one {@link
 * io.github.claimcheck.ClaimChecker#check(io.github.claimcheck.input.Corpus)} gives (less the
 * article texts, which no report shows).
 *
 * <pre>{@code
 * ReportDigest digest = ReportDigest.standard();
 * checker.check(ArticleReader.standard().stream(paths), digest);
 * System.out.print(TextReport.plain().render(digest.report()));
 * }</pre>
 *
 * <p>A listener for one check; not thread-safe (a check calls it from one thread).
 *
 * @since 0.1.0
 */
public final class ReportDigest implements ReportListener {

  /** The articles listed by {@link #standard()}. */
  public static final int DEFAULT_ARTICLES = 500;
  /** The findings listed by {@link #standard()}. */
  public static final int DEFAULT_FINDINGS = 1_000;
  /** The problems listed by {@link #standard()}. */
  public static final int DEFAULT_PROBLEMS = 1_000;

  private final int maxArticles;
  private final int maxFindings;
  private final int maxProblems;
  private final Map<String, ArticleInfo> kept = new LinkedHashMap<>();
  private final List<Claim> keptClaims = new ArrayList<>();
  private int articles;
  private Report report;

  private ReportDigest(int maxArticles, int maxFindings, int maxProblems) {
    this.maxArticles = maxArticles;
    this.maxFindings = maxFindings;
    this.maxProblems = maxProblems;
  }

  /**
   * Returns a digest listing at most {@value #DEFAULT_ARTICLES} articles, {@value
   * #DEFAULT_FINDINGS} findings and {@value #DEFAULT_PROBLEMS} problems.
   */
  public static ReportDigest standard() {
    return new ReportDigest(DEFAULT_ARTICLES, DEFAULT_FINDINGS, DEFAULT_PROBLEMS);
  }

  /**
   * Returns a digest listing at most the given numbers of articles, findings and problems.
   *
   * @throws IllegalArgumentException if a number is negative
   */
  public static ReportDigest keeping(int articles, int findings, int problems) {
    if (articles < 0 || findings < 0 || problems < 0) {
      throw new IllegalArgumentException("limits must not be negative");
    }
    return new ReportDigest(articles, findings, problems);
  }

  @Override
  public void article(ArticleInfo info, List<Claim> claims, List<Problem> problems) {
    articles++;
    if (kept.size() < maxArticles) {
      kept.put(info.id(), withoutText(info));
      keptClaims.addAll(claims);
    }
  }

  @Override
  public void finished(CheckResult result) {
    List<Finding> all = result.findings();
    List<Finding> findings = all.subList(0, Math.min(all.size(), maxFindings));
    // The claims the listed findings cite, and their articles, beyond those kept.
    Set<String> keptIds = new LinkedHashSet<>();
    keptClaims.forEach(c -> keptIds.add(c.id()));
    Map<String, List<Claim>> citedByArticle = new LinkedHashMap<>();
    for (Finding f : findings) {
      for (String id : f.claimIds()) {
        if (keptIds.add(id)) {
          result.claim(id).ifPresent(c ->
              citedByArticle.computeIfAbsent(c.articleId(), k -> new ArrayList<>()).add(c));
        }
      }
    }
    List<ArticleInfo> infos = new ArrayList<>(kept.values());
    List<Claim> claims = new ArrayList<>(keptClaims);
    for (Map.Entry<String, List<Claim>> e : citedByArticle.entrySet()) {
      ArticleInfo info = kept.get(e.getKey());
      if (info == null) {
        Optional<ArticleInfo> a = result.article(e.getKey());
        if (a.isEmpty()) {
          continue;
        }
        infos.add(a.get());
      }
      claims.addAll(e.getValue());
    }
    if (claims.size() > keptClaims.size()) {
      // grouped by article in the order listed, then as the article gives them
      Map<String, List<Claim>> byArticle = new LinkedHashMap<>();
      infos.forEach(i -> byArticle.put(i.id(), new ArrayList<>()));
      claims.forEach(c -> byArticle.get(c.articleId()).add(c));
      claims.clear();
      byArticle.values().forEach(claims::addAll);
    }
    List<Problem> problems = result.problems();
    List<Problem> listed = problems.subList(0, Math.min(problems.size(), maxProblems));
    Map<Verdict, Integer> left = new EnumMap<>(Verdict.class);
    for (Finding f : all.subList(findings.size(), all.size())) {
      left.merge(f.verdict(), 1, Integer::sum);
    }
    Report.Omitted omitted = new Report.Omitted(
        articles - infos.size(),
        (long) result.claimCount() - claims.size(),
        left.getOrDefault(Verdict.CONFLICT, 0),
        left.getOrDefault(Verdict.UNRESOLVED, 0),
        left.getOrDefault(Verdict.EXPLAINED, 0),
        left.getOrDefault(Verdict.AGREEMENT, 0),
        problems.size() - listed.size());
    report = Report.of(infos, claims, findings, listed, result.sources(), omitted);
    kept.clear();
    keptClaims.clear();
  }

  /**
   * Returns the report kept.
   *
   * @throws IllegalStateException if the check has not finished
   */
  public Report report() {
    if (report == null) {
      throw new IllegalStateException("the check has not finished");
    }
    return report;
  }

  /** The info without the article's text, which no report shows. */
  private static ArticleInfo withoutText(ArticleInfo i) {
    Article a = i.article();
    Article bare = Article.builder(a.id(), "")
        .source(a.source().orElse(null))
        .url(a.url().orElse(null))
        .published(a.published().orElse(null))
        .language(a.language().orElse(null))
        .story(a.story().orElse(null))
        .build();
    return i.published().isEmpty()
        ? ArticleInfo.of(bare, i.language(), i.languageDetected(), null, false, null)
        : ArticleInfo.of(bare, i.language(), i.languageDetected(), i.published().get(),
            i.publishedBasis().orElseThrow(), i.publishedEvidence().orElse(null));
  }
}
