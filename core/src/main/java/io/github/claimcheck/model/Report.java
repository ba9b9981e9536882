package io.github.claimcheck.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
  // Claims by article, built once: writers ask per article, and a scan of all claims per article
  // made the JSON report quadratic (minutes at 100,000 articles).
  private final Map<String, List<Claim>> claimsByArticle;

  private Report(
      List<ArticleInfo> articles,
      List<Claim> claims,
      List<Finding> findings,
      List<Problem> problems) {
    this.articles = List.copyOf(articles);
    this.claims = List.copyOf(claims);
    this.findings = List.copyOf(findings);
    this.problems = List.copyOf(problems);
    Map<String, List<Claim>> byArticle = new HashMap<>();
    for (Claim c : this.claims) {
      byArticle.computeIfAbsent(c.articleId(), k -> new ArrayList<>()).add(c);
    }
    byArticle.replaceAll((k, v) -> List.copyOf(v));
    this.claimsByArticle = byArticle;
  }

  /** Returns a report of the given parts, kept in the order given. */
  public static Report of(
      List<ArticleInfo> articles,
      List<Claim> claims,
      List<Finding> findings,
      List<Problem> problems) {
    return new Report(articles, claims, findings, problems);
  }

  /** Returns the articles, in input order. */
  public List<ArticleInfo> articles() {
    return articles;
  }

  /** Returns the claims, grouped by article in input order, then by position in the text. */
  public List<Claim> claims() {
    return claims;
  }

  /** Returns the claims of one article. */
  public List<Claim> claimsOf(String articleId) {
    return claimsByArticle.getOrDefault(articleId, List.of());
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

  @Override
  public boolean equals(Object o) {
    return o instanceof Report r
        && articles.equals(r.articles)
        && claims.equals(r.claims)
        && findings.equals(r.findings)
        && problems.equals(r.problems);
  }

  @Override
  public int hashCode() {
    return Objects.hash(articles, claims, findings, problems);
  }

  @Override
  public String toString() {
    return "Report{" + articles.size() + " articles, " + claims.size() + " claims, "
        + findings.size() + " findings, " + problems.size() + " problems}";
  }
}
