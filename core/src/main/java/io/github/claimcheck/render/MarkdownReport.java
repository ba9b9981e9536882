package io.github.claimcheck.render;

import io.github.claimcheck.model.ArticleInfo;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.Finding;
import io.github.claimcheck.model.Problem;
import io.github.claimcheck.model.Report;
import java.util.List;

/**
 * Renders a {@link Report} as CommonMark: the content of {@link TextReport} with headings, lists
 * and one table per article, fit to paste into an issue or a wiki. Thread-safe.
 */
public final class MarkdownReport {

  private MarkdownReport() {}

  /** Returns the report as Markdown ending in a newline. */
  public static String render(Report report) {
    Describe d = new Describe(report);
    StringBuilder out = new StringBuilder();
    out.append("# claimcheck report\n\n").append(TextReport.summary(report)).append("\n");
    if (!report.findings().isEmpty()) {
      out.append("\n## Findings\n");
      int n = 1;
      for (Finding f : report.findings()) {
        out.append("\n### ")
            .append(n++)
            .append(". ")
            .append(f.verdict().jsonName())
            .append(": ")
            .append(escape(f.predicate()))
            .append(" / ")
            .append(escape(f.subject()))
            .append("\n\n")
            .append(escape(f.explanation()))
            .append(" *(rule `")
            .append(f.rule())
            .append("`)*\n\n");
        for (String id : f.claimIds()) {
          Claim c = d.claim(id);
          if (c == null) {
            continue;
          }
          out.append("- **")
              .append(escape(Describe.value(c)))
              .append("** (")
              .append(escape(d.source(c)))
              .append(c.attribution().map(a -> "; " + escape(a)).orElse(""))
              .append(", `")
              .append(id)
              .append("`): ")
              .append(escapeMarked(Describe.evidence(c, "\u0001", "\u0002")))
              .append("\n");
        }
      }
    }
    out.append("\n## Claims by article\n");
    for (ArticleInfo a : report.articles()) {
      List<Claim> claims = report.claimsOf(a.id());
      out.append("\n### ")
          .append(escape(a.id()))
          .append(a.article().source().map(s -> " — " + escape(s)).orElse(""))
          .append("\n\n")
          .append("Language ")
          .append(a.language().code())
          .append(", published ")
          .append(a.published().map(p -> p + (a.publishedInferred() ? " (inferred)" : "")).orElse("unknown"))
          .append(", ")
          .append(claims.size())
          .append(claims.size() == 1 ? " claim.\n" : " claims.\n");
      if (!claims.isEmpty()) {
        out.append("\n| id | predicate | subject | value | when | attribution |\n")
            .append("|---|---|---|---|---|---|\n");
        for (Claim c : claims) {
          out.append("| ")
              .append(cell(c.id()))
              .append(" | ")
              .append(cell(c.predicate()))
              .append(" | ")
              .append(cell(c.subject()))
              .append(" | ")
              .append(cell(Describe.value(c)))
              .append(" | ")
              .append(cell(c.when().map(Object::toString).orElse("")))
              .append(" | ")
              .append(cell(c.attribution().orElse("")))
              .append(" |\n");
        }
      }
    }
    if (!report.problems().isEmpty()) {
      out.append("\n## Problems\n\n");
      for (Problem p : report.problems()) {
        out.append("- `").append(p.source().replace("`", "'")).append("`: ")
            .append(escape(p.message())).append("\n");
      }
    }
    return out.toString();
  }

  /** Escapes the characters CommonMark would read as markup. */
  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      if ("\\`*_{}[]<>()#+-.!|~".indexOf(c) >= 0) {
        sb.append('\\');
      }
      sb.append(c == '\n' ? ' ' : c);
    }
    return sb.toString();
  }

  private static String escapeMarked(String s) {
    return escape(s).replace("\u0001", "**").replace("\u0002", "**");
  }

  private static String cell(String s) {
    return escape(s);
  }
}
