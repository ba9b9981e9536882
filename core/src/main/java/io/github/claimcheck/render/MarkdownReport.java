package io.github.claimcheck.render;

import java.util.Objects;
import java.util.Locale;
import io.github.claimcheck.render.text.FindingTexts;
import io.github.claimcheck.model.ArticleInfo;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.ClaimFlag;
import io.github.claimcheck.model.Finding;
import io.github.claimcheck.model.Problem;
import io.github.claimcheck.model.Report;
import io.github.claimcheck.model.SourceReliability;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders a {@link Report} as CommonMark with GitHub-flavoured tables: the content of {@link
 * TextReport} with headings, one table of cited values per finding (conflicts first) after the
 * most likely value of a conflict, the evidence sentences with the figure in bold, a table of the
 * sources with their reliability, and one table of claims per article, fit to paste into an
 * issue or a wiki. All text from articles is {@linkplain SafeText#clean cleaned} of control and
 * bidirectional formatting characters and escaped, so a {@code |}, {@code *} or {@code <} in a
 * sentence neither breaks a table nor turns into markup. Thread-safe.
 */
public final class MarkdownReport {

  private MarkdownReport() {}

  /** Returns the report as Markdown ending in a newline. */
  public static String render(Report report) {
    return render(report, Locale.ENGLISH);
  }

  /**
   * Returns the report as Markdown ending in a newline, the findings' sentences in the locale's
   * language (English and Indonesian; see {@link FindingTexts}).
   *
   * @since 0.1.0
   */
  public static String render(Report report, Locale findingsIn) {
    Objects.requireNonNull(findingsIn, "findingsIn");
    Describe d = new Describe(report);
    StringBuilder out = new StringBuilder();
    out.append("# claimcheck report\n\n").append(escape(TextReport.summary(report))).append("\n");
    String omitted = TextReport.omitted(report);
    if (omitted != null) {
      out.append("\n").append(escape(omitted)).append("\n");
    }
    List<Finding> findings = Describe.ordered(report);
    if (!findings.isEmpty()) {
      out.append("\n## Findings\n");
      int n = 1;
      for (Finding f : findings) {
        out.append("\n### ")
            .append(n++)
            .append(". ")
            .append(Describe.verdictLabel(f.verdict()))
            .append(": ")
            .append(escape(f.predicate() + " / " + f.subject()))
            .append("\n\n")
            .append(escape(FindingTexts.render(f, findingsIn)))
            .append(" *(rule ")
            .append(code(f.rule()))
            .append(")*\n\n");
        f.likely().ifPresent(l -> out.append("**").append(escape(d.likelyLine(l))).append("** ")
            .append(escape(l.reason())).append("\n\n"));
        List<Claim> cited = d.cited(f);
        if (cited.isEmpty()) {
          continue;
        }
        out.append("| value | source | time | said by | claim |\n")
            .append("|---|---|---|---|---|\n");
        for (Claim c : cited) {
          row(out, "**" + escape(Describe.value(c)) + "**", escape(d.outlet(c)), escape(d.time(c)),
              escape(c.attribution().orElse("")), escape(c.id()));
        }
        out.append("\n");
        for (Claim c : cited) {
          out.append("- ").append(escape(c.id())).append(": ").append(evidence(c)).append("\n");
        }
      }
    }
    if (!report.sources().isEmpty()) {
      out.append("\n## Sources\n\nReliability from 0 to 1: how often a source's claims side with"
          + " the most likely value; a source never disputed keeps its prior (0.8 unless set).\n\n"
          + "| source | kind | reliability | claims | agreed | disagreed |\n"
          + "|---|---|---|---|---|---|\n");
      for (SourceReliability s : report.sources()) {
        row(out, escape(s.name()), s.kind().jsonName(), Describe.fraction(s.reliability()),
            String.valueOf(s.claims()), String.valueOf(s.agreed()), String.valueOf(s.disagreed()));
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
          .append(escape(a.language().code()))
          .append(", published ")
          .append(escape(a.published().map(p -> p + (a.publishedInferred() ? " (inferred)" : "")).orElse("unknown")))
          .append(", ")
          .append(claims.size())
          .append(claims.size() == 1 ? " claim.\n" : " claims.\n");
      if (!claims.isEmpty()) {
        out.append("\n| claim | predicate | subject | value | when | event | said by | flags |\n")
            .append("|---|---|---|---|---|---|---|---|\n");
        for (Claim c : claims) {
          row(out,
              escape(c.id()),
              escape(c.predicate()),
              escape(c.subject()),
              escape(Describe.value(c)),
              escape(c.when().map(Object::toString).orElse("")),
              escape(Describe.event(c)),
              escape(c.attribution().orElse("")),
              escape(c.flags().stream().map(ClaimFlag::jsonName).collect(Collectors.joining(", "))));
        }
      }
    }
    if (!report.problems().isEmpty()) {
      out.append("\n## Problems\n\n");
      for (Problem p : report.problems()) {
        out.append("- ").append(code(p.source())).append(": ").append(escape(p.message())).append("\n");
      }
    }
    return out.toString();
  }

  private static void row(StringBuilder out, String... cells) {
    out.append("|");
    for (String cell : cells) {
      out.append(' ').append(cell.isEmpty() ? " " : cell).append(" |");
    }
    out.append("\n");
  }

  /** The sentence, escaped, with the figure in strong emphasis. */
  static String evidence(Claim c) {
    Describe.Evidence e = Describe.evidence(c);
    String figure = e.figure().strip();
    if (figure.isEmpty()) {
      return escape(e.before() + e.figure() + e.after());
    }
    // whitespace at the figure's edges moves outside the emphasis, which could not close otherwise
    String lead = e.figure().substring(0, e.figure().indexOf(figure.charAt(0)));
    String trail = e.figure().substring(lead.length() + figure.length());
    String before = escapeInline(e.before() + lead, true);
    String inner = escapeInline(figure, before.isEmpty());
    String after = escapeInline(trail + e.after(), false);
    return before + strong(before, inner, after) + after;
  }

  /**
   * Wraps already escaped text in {@code **} when CommonMark's flanking rules let the delimiters
   * open and close there, else in a raw {@code <strong>} element, which always works.
   */
  static String strong(String before, String inner, String after) {
    int prev = before.isEmpty() ? -1 : before.codePointBefore(before.length());
    int first = inner.codePointAt(0);
    int last = inner.codePointBefore(inner.length());
    int next = after.isEmpty() ? -1 : after.codePointAt(0);
    boolean opens = !space(first) && (!punctuation(first) || prev < 0 || space(prev) || punctuation(prev));
    boolean closes = !space(last) && (!punctuation(last) || next < 0 || space(next) || punctuation(next));
    return opens && closes ? "**" + inner + "**" : "<strong>" + inner + "</strong>";
  }

  private static boolean space(int cp) {
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
  }

  /** CommonMark's punctuation: ASCII punctuation and Unicode P and S categories. */
  private static boolean punctuation(int cp) {
    switch (Character.getType(cp)) {
      case Character.CONNECTOR_PUNCTUATION:
      case Character.DASH_PUNCTUATION:
      case Character.START_PUNCTUATION:
      case Character.END_PUNCTUATION:
      case Character.INITIAL_QUOTE_PUNCTUATION:
      case Character.FINAL_QUOTE_PUNCTUATION:
      case Character.OTHER_PUNCTUATION:
      case Character.MATH_SYMBOL:
      case Character.CURRENCY_SYMBOL:
      case Character.MODIFIER_SYMBOL:
      case Character.OTHER_SYMBOL:
        return true;
      default:
        return cp < 128 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(cp) >= 0;
    }
  }

  /**
   * Escapes text so CommonMark reads it literally on one line, whether it starts a paragraph, a
   * list item, a heading or a table cell: inline markup characters always, block markers (such as
   * {@code #}, {@code -} or {@code 1.}) at the start.
   */
  static String escape(String s) {
    return escapeInline(s, true);
  }

  private static String escapeInline(String s, boolean atStart) {
    String text = SafeText.clean(s.replaceAll("[\\r\\n\\t]+", " "));
    StringBuilder sb = new StringBuilder(text.length() + 8);
    int start = 0;
    if (atStart) {
      text = text.stripLeading();
      // a leading block marker: heading, list bullet, quote, setext line, or "12." / "12)"
      int i = 0;
      while (i < text.length() && Character.isDigit(text.charAt(i))) {
        i++;
      }
      if (i > 0 && i < text.length() && (text.charAt(i) == '.' || text.charAt(i) == ')')) {
        sb.append(text, 0, i).append('\\').append(text.charAt(i));
        start = i + 1;
      } else if (!text.isEmpty() && "#-+=>".indexOf(text.charAt(0)) >= 0) {
        sb.append('\\').append(text.charAt(0));
        start = 1;
      }
    }
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if ("\\`*_[]<>|~&".indexOf(c) >= 0) {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }

  /** An inline code span that survives backticks in the text. */
  static String code(String s) {
    String text = SafeText.clean(s.replaceAll("[\\r\\n\\t]+", " "));
    int longest = 0;
    int run = 0;
    for (char c : text.toCharArray()) {
      run = c == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(longest + 1);
    boolean pad = text.startsWith("`") || text.endsWith("`") || text.isBlank();
    return fence + (pad ? " " : "") + text + (pad ? " " : "") + fence;
  }
}
