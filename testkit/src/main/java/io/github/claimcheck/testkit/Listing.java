package io.github.claimcheck.testkit;

import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.Finding;
import io.github.claimcheck.model.Problem;
import io.github.claimcheck.model.Report;
import java.util.List;

/** Compact, one-line-per-item listings of what a report holds, for failure messages. */
final class Listing {

  /** At most this many lines are listed per section; the rest are counted. */
  static final int MAX_LINES = 40;

  private Listing() {}

  /** Returns the claims, findings and problems of a report, one line each, indented. */
  static String of(Report report) {
    StringBuilder sb = new StringBuilder();
    sb.append("The report holds ").append(report.claims().size()).append(plural(" claim",
        report.claims().size())).append(" and ").append(report.findings().size())
        .append(plural(" finding", report.findings().size())).append(':');
    sb.append(claims(report.claims()));
    sb.append(findings(report.findings()));
    if (!report.problems().isEmpty()) {
      sb.append("\n  problems:");
      lines(sb, report.problems(), Problem::toString);
    }
    return sb.toString();
  }

  /** Returns "  claims:" and one line per claim, or "  claims: none". */
  static String claims(List<Claim> claims) {
    StringBuilder sb = new StringBuilder("\n  claims:");
    if (claims.isEmpty()) {
      return sb.append(" none").toString();
    }
    lines(sb, claims, Claim::toString);
    return sb.toString();
  }

  /** Returns "  findings:" and one line per finding, or "  findings: none". */
  static String findings(List<Finding> findings) {
    StringBuilder sb = new StringBuilder("\n  findings:");
    if (findings.isEmpty()) {
      return sb.append(" none").toString();
    }
    lines(sb, findings, Listing::finding);
    return sb.toString();
  }

  /** A finding on one line: verdict, predicate, subject, cited ids, rule, explanation. */
  static String finding(Finding f) {
    return f.verdict().jsonName() + " " + f.predicate() + " " + f.subject() + " " + f.claimIds()
        + " (" + f.rule() + "): " + f.explanation().replace('\n', ' ');
  }

  private static <T> void lines(StringBuilder sb, List<T> items, java.util.function.Function<T, String> line) {
    int n = Math.min(items.size(), MAX_LINES);
    for (int i = 0; i < n; i++) {
      sb.append("\n    ").append(line.apply(items.get(i)));
    }
    if (items.size() > n) {
      sb.append("\n    … and ").append(items.size() - n).append(" more");
    }
  }

  static String plural(String word, int n) {
    return n == 1 ? word : word + "s";
  }
}
