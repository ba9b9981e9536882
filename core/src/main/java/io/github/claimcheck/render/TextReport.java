package io.github.claimcheck.render;

import io.github.claimcheck.model.ArticleInfo;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.Finding;
import io.github.claimcheck.model.Problem;
import io.github.claimcheck.model.Report;
import io.github.claimcheck.model.Verdict;
import java.util.List;

/**
 * Renders a {@link Report} as plain text for a terminal: a summary line, the findings (conflicts
 * first) with each cited claim's value, source, time and evidence sentence, then each article's
 * claims, then the input problems. Thread-safe.
 */
public final class TextReport {

  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String RED = "\u001b[31m";
  private static final String YELLOW = "\u001b[33m";
  private static final String GREEN = "\u001b[32m";
  private static final String DIM = "\u001b[2m";

  private final boolean color;

  private TextReport(boolean color) {
    this.color = color;
  }

  /** Returns a renderer without colour. */
  public static TextReport plain() {
    return new TextReport(false);
  }

  /** Returns a renderer that colours verdicts and evidence with ANSI escapes. */
  public static TextReport colored() {
    return new TextReport(true);
  }

  /** Returns the report as text ending in a newline. */
  public String render(Report report) {
    Describe d = new Describe(report);
    StringBuilder out = new StringBuilder();
    out.append(style(BOLD, summary(report))).append("\n");
    if (!report.findings().isEmpty()) {
      out.append("\n").append(style(BOLD, "Findings")).append("\n");
      int n = 1;
      for (Finding f : report.findings()) {
        out.append("\n")
            .append(n++)
            .append(". ")
            .append(verdict(f.verdict()))
            .append(" ")
            .append(f.predicate())
            .append(" / ")
            .append(f.subject())
            .append(style(DIM, "  [" + f.rule() + "]"))
            .append("\n   ")
            .append(f.explanation())
            .append("\n");
        for (String id : f.claimIds()) {
          Claim c = d.claim(id);
          if (c == null) {
            continue;
          }
          out.append("   - ")
              .append(Describe.value(c))
              .append("  (")
              .append(d.source(c))
              .append(c.attribution().map(a -> "; " + a).orElse(""))
              .append(")  ")
              .append(style(DIM, id))
              .append("\n     ")
              .append(Describe.evidence(c, color ? YELLOW + BOLD : "»", color ? RESET : "«"))
              .append("\n");
        }
      }
    }
    out.append("\n").append(style(BOLD, "Claims by article")).append("\n");
    for (ArticleInfo a : report.articles()) {
      List<Claim> claims = report.claimsOf(a.id());
      out.append("\n")
          .append(a.id())
          .append(a.article().source().map(s -> " — " + s).orElse(""))
          .append(" (")
          .append(a.language().code())
          .append(", ")
          .append(a.published().map(p -> p + (a.publishedInferred() ? " inferred" : "")).orElse("undated"))
          .append(", ")
          .append(claims.size())
          .append(claims.size() == 1 ? " claim)" : " claims)")
          .append("\n");
      for (Claim c : claims) {
        out.append(String.format("  %-8s %-11s %-26s %-22s %s%n",
            c.id().substring(c.id().indexOf('#')),
            c.predicate(),
            truncate(c.subject(), 26),
            truncate(Describe.value(c), 22),
            c.when().map(w -> "@" + w + " ").orElse("") + c.attribution().map(x -> "[" + x + "]").orElse("")));
      }
    }
    if (!report.problems().isEmpty()) {
      out.append("\n").append(style(BOLD, "Problems")).append("\n");
      for (Problem p : report.problems()) {
        out.append("  ").append(p).append("\n");
      }
    }
    return out.toString();
  }

  /** "5 articles, 12 claims, 3 findings (1 conflict, 1 explained, 1 agreement), 0 problems". */
  public static String summary(Report report) {
    return report.articles().size() + plural(report.articles().size(), " article")
        + ", " + report.claims().size() + plural(report.claims().size(), " claim")
        + ", " + report.findings().size() + plural(report.findings().size(), " finding")
        + " (" + report.findings(Verdict.CONFLICT).size() + plural(report.findings(Verdict.CONFLICT).size(), " conflict")
        + ", " + report.findings(Verdict.EXPLAINED).size() + " explained"
        + ", " + report.findings(Verdict.AGREEMENT).size() + plural(report.findings(Verdict.AGREEMENT).size(), " agreement")
        + "), " + report.problems().size() + plural(report.problems().size(), " problem");
  }

  private static String plural(int n, String word) {
    return n == 1 ? word : word + "s";
  }

  private String verdict(Verdict v) {
    switch (v) {
      case CONFLICT:
        return style(RED + BOLD, "CONFLICT");
      case EXPLAINED:
        return style(YELLOW + BOLD, "EXPLAINED");
      default:
        return style(GREEN + BOLD, "AGREEMENT");
    }
  }

  private String style(String code, String s) {
    return color ? code + s + RESET : s;
  }

  private static String truncate(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n - 1) + "…";
  }
}
