package io.github.claimcheck.model;

import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.Multimaps;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The result of a check: every article read, every claim extracted, every finding, and every
 * problem met on the input. Every article given to the check is listed, with or without claims.
 */
public final class Report {

  /** The schema name of the JSON form of a report. */
  public static final String SCHEMA = "claimcheck-report/1";

  private final List<ArticleInfo> articles;
  private final List<Claim> claims;
  private final List<Finding> findings;
  private final List<Problem> problems;
  private final List<SourceReliability> sources;
  private final Omitted omitted;
  // Claims by article and by id, built once: writers ask per article, and a scan of all claims
  // per article made the JSON report quadratic (minutes at 100,000 articles).
  private final ImmutableListMultimap<String, Claim> claimsByArticle;
  private final ImmutableListMultimap<String, Claim> claimsById;

  private Report(
      List<ArticleInfo> articles,
      List<Claim> claims,
      List<Finding> findings,
      List<Problem> problems,
      List<SourceReliability> sources,
      Omitted omitted) {
    this.omitted = Objects.requireNonNull(omitted, "omitted");
    this.articles = List.copyOf(articles);
    this.claims = List.copyOf(claims);
    this.findings = List.copyOf(findings);
    this.problems = List.copyOf(problems);
    this.sources = List.copyOf(sources);
    this.claimsByArticle = Multimaps.index(this.claims, Claim::articleId);
    this.claimsById = Multimaps.index(this.claims, Claim::id);
  }

  /** Returns a report of the given parts, kept in the order given, with no source reliabilities. */
  public static Report of(
      List<ArticleInfo> articles,
      List<Claim> claims,
      List<Finding> findings,
      List<Problem> problems) {
    return new Report(articles, claims, findings, problems, List.of(), Omitted.NONE);
  }

  /**
   * Returns a report of the given parts, kept in the order given.
   *
   * @param sources the reliability of each source, as {@link #sources()} documents
   * @throws NullPointerException if a list or an element is null
   * @since 0.1.0
   */
  public static Report of(
      List<ArticleInfo> articles,
      List<Claim> claims,
      List<Finding> findings,
      List<Problem> problems,
      List<SourceReliability> sources) {
    return new Report(articles, claims, findings, problems, sources, Omitted.NONE);
  }

  /**
   * Returns a report that lists only part of a check (the part given), with how much it leaves
   * out: what the text, Markdown and HTML reports of a large input show.
   *
   * @since 0.1.0
   */
  public static Report of(
      List<ArticleInfo> articles,
      List<Claim> claims,
      List<Finding> findings,
      List<Problem> problems,
      List<SourceReliability> sources,
      Omitted omitted) {
    return new Report(articles, claims, findings, problems, sources, omitted);
  }

  /**
   * How much of a check a report leaves out: articles, claims, findings by verdict and problems
   * that the check had and the report does not list. All zero for a whole report.
   *
   * @param articles articles not listed
   * @param claims claims not listed
   * @param conflicts conflicts not listed
   * @param unresolved unresolved findings not listed
   * @param explained explained findings not listed
   * @param agreements agreements not listed
   * @param problems problems not listed
   * @since 0.1.0
   */
  public record Omitted(int articles, long claims, int conflicts, int unresolved, int explained,
      int agreements, int problems) {

    /** Nothing left out. */
    public static final Omitted NONE = new Omitted(0, 0, 0, 0, 0, 0, 0);

    /** Validates the counts. */
    public Omitted {
      if (articles < 0 || claims < 0 || conflicts < 0 || unresolved < 0 || explained < 0
          || agreements < 0 || problems < 0) {
        throw new IllegalArgumentException("omitted counts must not be negative");
      }
    }

    /** Returns the findings not listed. */
    public int findings() {
      return conflicts + unresolved + explained + agreements;
    }

    /** Returns the findings with the verdict not listed. */
    public int findings(Verdict verdict) {
      switch (verdict) {
        case CONFLICT:
          return conflicts;
        case UNRESOLVED:
          return unresolved;
        case EXPLAINED:
          return explained;
        default:
          return agreements;
      }
    }

    /** Returns whether anything is left out. */
    public boolean any() {
      return articles > 0 || claims > 0 || findings() > 0 || problems > 0;
    }
  }

  /**
   * Returns how much of the check this report leaves out; {@link Omitted#NONE} for a whole report.
   *
   * @since 0.1.0
   */
  public Omitted omitted() {
    return omitted;
  }

  /** Returns the articles, in input order. */
  public List<ArticleInfo> articles() {
    return articles;
  }

  /** Returns the claims, grouped by article in input order, then by position in the text. */
  public List<Claim> claims() {
    return claims;
  }

  /** Returns the claims of one article, in text order; empty for an unknown id. */
  public List<Claim> claimsOf(String articleId) {
    return claimsByArticle.get(articleId);
  }

  /**
   * Returns the claim with the given id ({@code a1#2}), such as one that a {@linkplain
   * Finding#claimIds() finding cites}. Claim ids are unique in a report made by a checker; in a
   * report assembled by hand that repeats one, the first claim with it is returned.
   *
   * <pre>{@code
   * for (String id : finding.claimIds()) {
   *   report.claim(id).ifPresent(c -> System.out.println(c.sentence()));
   * }
   * }</pre>
   *
   * @param id a claim id
   * @return the claim, or empty when the report holds no claim with that id
   * @since 0.1.0
   */
  public Optional<Claim> claim(String id) {
    List<Claim> found = claimsById.get(Objects.requireNonNull(id, "id"));
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  /** Returns the findings: conflicts first, then explained differences, then agreements. */
  public List<Finding> findings() {
    return findings;
  }

  /** Returns the findings with the given verdict. */
  public List<Finding> findings(Verdict verdict) {
    return findings.stream()
        .filter(f -> f.verdict() == verdict)
        .collect(Collectors.toUnmodifiableList());
  }

  /** Returns the problems met on the input. */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * Returns how reliable each source proved over the check: every outlet and every original
   * source that the claims name, sorted by name (ignoring case, then exactly) and kind. Empty for
   * a report assembled without them.
   *
   * @since 0.1.0
   */
  public List<SourceReliability> sources() {
    return sources;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Report r
        && articles.equals(r.articles)
        && claims.equals(r.claims)
        && findings.equals(r.findings)
        && problems.equals(r.problems)
        && sources.equals(r.sources)
        && omitted.equals(r.omitted);
  }

  @Override
  public int hashCode() {
    return Objects.hash(articles, claims, findings, problems, sources, omitted);
  }

  @Override
  public String toString() {
    return "Report{" + articles.size() + " articles, " + claims.size() + " claims, "
        + findings.size() + " findings, " + problems.size() + " problems}";
  }
}
