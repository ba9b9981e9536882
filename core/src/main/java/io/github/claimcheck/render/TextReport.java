package io.github.claimcheck.render;

import java.util.Objects;
import io.github.claimcheck.render.text.FindingTexts;
import io.github.claimcheck.model.ArticleInfo;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.ClaimFlag;
import io.github.claimcheck.model.Finding;
import io.github.claimcheck.model.Problem;
import io.github.claimcheck.model.Report;
import io.github.claimcheck.model.SourceReliability;
import io.github.claimcheck.model.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Renders a {@link Report} as plain text for a terminal: a summary line, the findings (conflicts
 * first, then explained differences, then agreements) with the cited values side by side in
 * aligned columns, the most likely value of each conflict with the reason, the source and time of
 * each value and its evidence sentence with the figure highlighted, then the sources with their
 * reliability, then each article's claims in a compact table, then the input problems.
 * Thread-safe.
 *
 * <p>The {@linkplain #colored() coloured} form marks verdicts and figures with ANSI escapes; the
 * {@linkplain #plain() plain} form marks figures with {@code »…«} and contains no escape
 * character. Text from the input passes through {@link SafeText#clean(CharSequence)}, so neither
 * form holds a control character or a bidirectional override from the input: the only control
 * characters of the plain form are its line feeds, those of the coloured form its line feeds and
 * its own colour sequences.
 */
public final class TextReport {

  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String RED = "\u001b[31m";
  private static final String YELLOW = "\u001b[33m";
  private static final String GREEN = "\u001b[32m";
  private static final String DIM = "\u001b[2m";

  /** Zero-width markers around the figure while wrapping; replaced by colour or guillemets. */
  private static final char OPEN = '\u0001';
  private static final char CLOSE = '\u0002';

  private static final int WIDTH = 100;

  private final boolean color;
  private final Locale findingsIn;

  private TextReport(boolean color, Locale findingsIn) {
    this.color = color;
    this.findingsIn = findingsIn;
  }

  /** Returns a renderer without colour. */
  public static TextReport plain() {
    return new TextReport(false, Locale.ENGLISH);
  }

  /** Returns a renderer that colours verdicts and evidence with ANSI escapes. */
  public static TextReport colored() {
    return new TextReport(true, Locale.ENGLISH);
  }

  /**
   * Returns this renderer with the findings' sentences in the locale's language (English and
   * Indonesian; see {@link FindingTexts}); the report's headings stay English.
   *
   * @since 0.1.0
   */
  public TextReport findingsIn(Locale locale) {
    return new TextReport(color, Objects.requireNonNull(locale, "locale"));
  }

  /** Returns the report as text ending in a newline. */
  public String render(Report report) {
    Describe d = new Describe(report);
    StringBuilder out = new StringBuilder();
    out.append(style(BOLD, summary(report))).append("\n");
    String omitted = omitted(report);
    if (omitted != null) {
      out.append(wrap(omitted, "")).append("\n");
    }
    List<Finding> findings = Describe.ordered(report);
    if (!findings.isEmpty()) {
      out.append("\n").append(style(BOLD, "Findings")).append("\n");
      int n = 1;
      for (Finding f : findings) {
        finding(out, d, n++, f);
      }
    }
    sources(out, report);
    out.append("\n").append(style(BOLD, "Claims by article")).append("\n");
    Table widths = new Table(report.claims());
    for (ArticleInfo a : report.articles()) {
      List<Claim> claims = report.claimsOf(a.id());
      out.append("\n")
          .append(style(BOLD, SafeText.clean(a.id())))
          .append(a.article().source().map(s -> " — " + SafeText.clean(s)).orElse(""))
          .append(" (")
          .append(a.language().code())
          .append(", ")
          .append(a.published().map(p -> p + (a.publishedInferred() ? " inferred" : "")).orElse("undated"))
          .append(", ")
          .append(claims.size())
          .append(claims.size() == 1 ? " claim)" : " claims)")
          .append("\n");
      if (!claims.isEmpty()) {
        out.append(style(DIM,
                widths.row("claim", "predicate", "subject", "value", "when", "event", "said by / notes")))
            .append("\n");
        for (Claim c : claims) {
          out.append(widths.row(
                  SafeText.clean(c.id().substring(c.id().indexOf('#') < 0 ? 0 : c.id().indexOf('#'))),
                  SafeText.clean(c.predicate()),
                  SafeText.clean(c.subject()),
                  Describe.value(c),
                  c.when().map(Object::toString).orElse(""),
                  Describe.event(c),
                  notes(c)))
              .append("\n");
        }
      }
    }
    if (!report.problems().isEmpty()) {
      out.append("\n").append(style(BOLD, "Problems")).append("\n");
      for (Problem p : report.problems()) {
        out.append("  ").append(SafeText.clean(p.toString())).append("\n");
      }
    }
    return out.toString();
  }

  private void finding(StringBuilder out, Describe d, int n, Finding f) {
    out.append("\n")
        .append(n)
        .append(". ")
        .append(verdict(f.verdict()))
        .append("  ")
        .append(style(BOLD, SafeText.clean(f.predicate() + " / " + f.subject())))
        .append(style(DIM, "  [" + SafeText.clean(f.rule()) + "]"))
        .append("\n");
    out.append(wrap(SafeText.clean(FindingTexts.render(f, findingsIn)), "   ")).append("\n");
    f.likely().ifPresent(l -> out.append(wrap(d.likelyLine(l) + " " + SafeText.clean(l.reason()),
        "   ").replaceFirst("Most likely:", style(BOLD, "Most likely:"))).append("\n"));
    List<Claim> cited = d.cited(f);
    int valueWidth = 0;
    int outletWidth = 0;
    int timeWidth = 0;
    for (Claim c : cited) {
      valueWidth = Math.max(valueWidth, Describe.value(c).length());
      outletWidth = Math.max(outletWidth, d.outlet(c).length());
      timeWidth = Math.max(timeWidth, d.time(c).length());
    }
    for (Claim c : cited) {
      out.append("\n   ")
          .append(style(BOLD, pad(Describe.value(c), valueWidth)))
          .append("  ")
          .append(pad(d.outlet(c), outletWidth))
          .append("  ")
          .append(pad(d.time(c), timeWidth))
          .append("  ")
          .append(style(DIM, SafeText.clean(c.id())))
          .append("\n")
          .append(c.attribution()
              .map(a -> wrap("said by " + SafeText.clean(a) + ":", "     ") + "\n").orElse(""))
          .append(highlight(wrap(Describe.evidence(c, String.valueOf(OPEN), String.valueOf(CLOSE)), "     ")))
          .append("\n");
    }
  }

  /** The table of sources with their reliability, when the report has them. */
  private void sources(StringBuilder out, Report report) {
    List<SourceReliability> sources = report.sources();
    if (sources.isEmpty()) {
      return;
    }
    out.append("\n").append(style(BOLD, "Sources")).append("\n").append(style(DIM, wrap(
        "Reliability from 0 to 1: how often a source's claims side with the most likely value;"
            + " a source never disputed keeps its prior (0.8 unless set).", "  ")))
        .append("\n");
    int width = "source".length();
    for (SourceReliability s : sources) {
      width = Math.max(width, Math.min(40, SafeText.clean(s.name()).length()));
    }
    out.append(style(DIM, "  " + pad("source", width) + "  kind    reliability  claims  agreed"
        + "  disagreed")).append("\n");
    for (SourceReliability s : sources) {
      out.append("  ").append(pad(truncate(SafeText.clean(s.name()), 40), width)).append("  ")
          .append(pad(s.kind().jsonName(), 6)).append("  ")
          .append(pad(Describe.fraction(s.reliability()), 11)).append("  ")
          .append(pad(String.valueOf(s.claims()), 6)).append("  ")
          .append(pad(String.valueOf(s.agreed()), 6)).append("  ")
          .append(s.disagreed()).append("\n");
    }
  }

  private static String notes(Claim c) {
    List<String> parts = new ArrayList<>();
    c.attribution().map(SafeText::clean).ifPresent(parts::add);
    if (!c.flags().isEmpty()) {
      parts.add("{" + c.flags().stream().map(ClaimFlag::jsonName).collect(Collectors.joining(", ")) + "}");
    }
    return String.join(" ", parts);
  }

  /** "5 articles, 12 claims, 3 findings (1 conflict, 1 explained, 1 agreement), 0 problems". */
  public static String summary(Report report) {
    Report.Omitted o = report.omitted();
    int articles = report.articles().size() + o.articles();
    long claims = report.claims().size() + o.claims();
    int findings = report.findings().size() + o.findings();
    int conflicts = count(report, Verdict.CONFLICT);
    int unresolved = count(report, Verdict.UNRESOLVED);
    int explained = count(report, Verdict.EXPLAINED);
    int agreements = count(report, Verdict.AGREEMENT);
    int problems = report.problems().size() + o.problems();
    return articles + plural(articles, " article")
        + ", " + claims + plural(claims, " claim")
        + ", " + findings + plural(findings, " finding")
        + " (" + conflicts + plural(conflicts, " conflict")
        + (unresolved == 0 ? "" : ", " + unresolved + " unresolved")
        + ", " + explained + " explained"
        + ", " + agreements + plural(agreements, " agreement")
        + "), " + problems + plural(problems, " problem");
  }

  /** The findings of a verdict in the check the report is of, listed or not. */
  static int count(Report report, Verdict verdict) {
    return report.findings(verdict).size() + report.omitted().findings(verdict);
  }

  /**
   * What a report of part of a check leaves out, in one sentence, or null for a whole report:
   * "Not listed here (a large input): 99,500 articles, …; the JSON report lists everything."
   */
  static String omitted(Report report) {
    Report.Omitted o = report.omitted();
    if (!o.any()) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    if (o.articles() > 0) {
      parts.add(String.format(Locale.ROOT, "%,d", o.articles()) + plural(o.articles(), " article"));
    }
    if (o.claims() > 0) {
      parts.add(String.format(Locale.ROOT, "%,d", o.claims()) + plural(o.claims(), " claim"));
    }
    if (o.findings() > 0) {
      parts.add(String.format(Locale.ROOT, "%,d", o.findings()) + plural(o.findings(), " finding"));
    }
    if (o.problems() > 0) {
      parts.add(String.format(Locale.ROOT, "%,d", o.problems()) + plural(o.problems(), " problem"));
    }
    return "Not listed here (a large input): " + String.join(", ", parts)
        + "; the JSON report lists everything.";
  }

  private static String plural(long n, String word) {
    return n == 1 ? word : word + "s";
  }

  private String verdict(Verdict v) {
    switch (v) {
      case CONFLICT:
        return style(RED + BOLD, "CONFLICT");
      case EXPLAINED:
        return style(YELLOW + BOLD, "EXPLAINED");
      case UNRESOLVED:
        return style(YELLOW + BOLD, "UNRESOLVED");
      default:
        return style(GREEN + BOLD, "AGREEMENT");
    }
  }

  private String style(String code, String s) {
    return color ? code + s + RESET : s;
  }

  private String highlight(String s) {
    return s.replace(String.valueOf(OPEN), color ? YELLOW + BOLD : "»")
        .replace(String.valueOf(CLOSE), color ? RESET : "«");
  }

  /** Word-wraps {@code s} to {@link #WIDTH} columns, each line indented; markers take no column. */
  static String wrap(String s, String indent) {
    StringBuilder out = new StringBuilder(indent);
    int column = indent.length();
    boolean lineEmpty = true;
    for (String word : s.strip().split("\\s+")) {
      int w = visible(word);
      if (!lineEmpty && column + 1 + w > WIDTH) {
        out.append("\n").append(indent);
        column = indent.length();
        lineEmpty = true;
      }
      if (!lineEmpty) {
        out.append(' ');
        column++;
      }
      out.append(word);
      column += w;
      lineEmpty = false;
    }
    return out.toString();
  }

  private static int visible(String word) {
    int n = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c != OPEN && c != CLOSE) {
        n++;
      }
    }
    return n;
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }

  private static String truncate(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n - 1) + "…";
  }

  /**
   * Column widths of the per-article claim tables (claim, predicate, subject, value, when, event,
   * said by / notes), shared by all articles so they line up.
   */
  private static final class Table {
    private static final int[] MAX = {10, 14, 28, 24, 23, 20, 60};
    private final int[] widths = {5, 9, 7, 5, 4, 5, 0};

    Table(List<Claim> claims) {
      for (Claim c : claims) {
        fit(1, c.predicate());
        fit(2, c.subject());
        fit(3, Describe.value(c));
        fit(4, c.when().map(Object::toString).orElse(""));
        fit(5, Describe.event(c));
        String id = c.id();
        fit(0, id.substring(id.indexOf('#') < 0 ? 0 : id.indexOf('#')));
      }
    }

    private void fit(int column, String s) {
      widths[column] = Math.min(MAX[column], Math.max(widths[column], s.length()));
    }

    String row(String... cells) {
      StringBuilder sb = new StringBuilder("  ");
      for (int i = 0; i < cells.length; i++) {
        String cell = truncate(cells[i], MAX[i]);
        if (i < cells.length - 1) {
          sb.append(pad(cell, widths[i])).append("  ");
        } else {
          sb.append(cell);
        }
      }
      return sb.toString().stripTrailing();
    }
  }
}
