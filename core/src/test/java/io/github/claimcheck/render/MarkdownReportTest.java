package io.github.claimcheck.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MarkdownReportTest {

  private static final Report REPORT = Fixtures.report();
  private static final String MD = MarkdownReport.render(REPORT);
  private static final Pattern HEADING = Pattern.compile("^(#{1,6}) (.+)$");

  /** Splits a table line into cells on the pipes that are not escaped. */
  static List<String> cells(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    for (int i = 1; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\' && i + 1 < line.length()) {
        cell.append(c).append(line.charAt(++i));
      } else if (c == '|') {
        out.add(cell.toString().trim());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    return out;
  }

  /** Removes CommonMark backslash escapes. */
  static String unescape(String s) {
    return s.replaceAll("\\\\(\\p{Punct})", "$1");
  }

  @Test
  void headingsFollowTheReportOutlineWithConflictsFirst() {
    List<String> headings = new ArrayList<>();
    for (String line : MD.split("\n")) {
      Matcher m = HEADING.matcher(line);
      if (m.matches()) {
        headings.add(m.group(1).length() + " " + unescape(m.group(2)));
      }
    }
    assertThat(headings).startsWith("1 claimcheck report", "2 Findings",
        "3 1. Conflict: killed / people", "3 2. Conflict: shipped / ammunition",
        "3 3. Conflict: signed / treaty", "3 4. Explained: deployed / soldiers",
        "3 5. Agreement: displaced / people", "2 Claims by article",
        "3 pipe-news — Harian | Satu");
    assertThat(headings).contains("2 Problems");
  }

  @Test
  void everyTableRowHasAsManyCellsAsItsHeaderEvenWithPipesInTheText() {
    String[] lines = MD.split("\n");
    int tables = 0;
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].startsWith("|") && (i == 0 || !lines[i - 1].startsWith("|"))) {
        tables++;
        int columns = cells(lines[i]).size();
        assertThat(lines[i + 1]).matches("\\|(---\\|){" + columns + "}");
        for (int j = i + 2; j < lines.length && lines[j].startsWith("|"); j++) {
          assertThat(cells(lines[j])).as(lines[j]).hasSize(columns);
          assertThat(lines[j]).endsWith("|");
        }
      }
    }
    // one per finding and one per article with claims
    assertThat(tables).isEqualTo(REPORT.findings().size() + REPORT.articles().size());
  }

  @Test
  void everyClaimAppearsAndTheFiguresAreBold() {
    String plain = unescape(MD);
    for (Claim c : REPORT.claims()) {
      assertThat(plain).contains(c.id());
    }
    assertThat(MD).contains("**menewaskan 120 orang**").contains("**131 orang**");
  }

  @Test
  void theClaimTableShowsEachClaimsEvent() {
    String md = MarkdownReport.render(Fixtures.withEvents());
    assertThat(md).contains("| claim | predicate | subject | value | when | event | said by | flags |\n")
        .contains("| garut#1 | killed | people | 120 people |   | flood:garut |   |   |\n")
        .contains("| garut#2 | displaced | people | 40 people |   |   |   |   |\n");
  }

  @Test
  void textCannotTurnIntoMarkup() {
    assertThat(MD).contains("\\<script\\>alert(1)\\</script\\>")
        .contains("Warta \\<B\\> \\& Co")
        .contains("kata \\*polisi\\*")
        .contains("Wire \\*Daily\\*")
        .contains("1\\. Sebanyak");
    // no line of the report is a stray block: every line is a heading, a table row, a list
    // item, a paragraph we wrote, or empty
    for (String line : MD.split("\n")) {
      assertThat(line).doesNotStartWith(" ").doesNotStartWith(">").doesNotStartWith("<");
    }
  }

  @Test
  void escapesBlockMarkersOnlyAtTheStart() {
    assertThat(MarkdownReport.escape("# 12. a-b | c")).isEqualTo("\\# 12. a-b \\| c");
    assertThat(MarkdownReport.escape("12. item")).isEqualTo("12\\. item");
    assertThat(MarkdownReport.escape("- x\ny")).isEqualTo("\\- x y");
    assertThat(MarkdownReport.code("a`b")).isEqualTo("``a`b``");
    assertThat(MarkdownReport.code("`x")).isEqualTo("`` `x ``");
  }

  @Test
  void strongEmphasisFallsBackToHtmlWhereDelimitersCouldNotOpenOrClose() {
    assertThat(MarkdownReport.strong("kata ", "120", " orang")).isEqualTo("**120**");
    assertThat(MarkdownReport.strong("", "120", ".")).isEqualTo("**120**");
    // a letter before and a quote inside: "**" would not be left-flanking
    assertThat(MarkdownReport.strong("kata", "\u201c120\u201d", " x")).isEqualTo("<strong>\u201c120\u201d</strong>");
    assertThat(MarkdownReport.strong("x ", "120.", "y")).isEqualTo("<strong>120.</strong>");
  }
}
