package io.github.claimcheck.robust;

import static io.github.claimcheck.robust.Printable.assertNoEscape;
import static io.github.claimcheck.robust.Printable.assertPrintable;
import static io.github.claimcheck.robust.Printable.assertPrintableColoured;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.claimcheck.ClaimChecker;
import io.github.claimcheck.input.Corpus;
import io.github.claimcheck.json.ReportJson;
import io.github.claimcheck.model.Article;
import io.github.claimcheck.model.Finding;
import io.github.claimcheck.model.Problem;
import io.github.claimcheck.model.Report;
import io.github.claimcheck.reconcile.ClaimGroup;
import io.github.claimcheck.reconcile.Rule;
import io.github.claimcheck.reconcile.RuleContext;
import io.github.claimcheck.reconcile.RuleSet;
import io.github.claimcheck.render.HtmlReport;
import io.github.claimcheck.render.MarkdownReport;
import io.github.claimcheck.render.TextReport;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, item 3: escape sequences, C1 controls and bidi overrides in article text, ids,
 * outlets, URLs, attributions, rule messages and problems never reach the output of a renderer.
 */
class HostileTextTest {

  private static final String CLEAR_SCREEN = "\u001b[2J\u001b[H";
  private static final String CLIPBOARD = "\u001b]52;c;ZWNobyBoaQ==\u0007";

  /** A rule that fails with the text of a claim in its message. */
  private static final Rule ECHO = new Rule() {
    @Override
    public String name() {
      return "echo\u001b[8m";
    }

    @Override
    public List<Finding> evaluate(ClaimGroup group, RuleContext context) {
      throw new IllegalStateException(group.claims().get(0).sentence());
    }
  };

  private static Report report() {
    Article a = Article.builder("evil" + CLEAR_SCREEN,
            "Banjir di Garut menewaskan 120 orang, kata polisi" + CLIPBOARD + " setempat.\n"
                + "\u009b31m1. CONFLICT\u001b[0m tidak ada \u202eSUMBER\u202c\r\n")
        .source("Warta" + CLEAR_SCREEN + "\nclaimcheck: everything agrees")
        .url("https://example.org/\u009b2J")
        .story("flood")
        .published(LocalDate.of(2025, 10, 2))
        .build();
    Article b = Article.builder("plain",
            "Banjir di Garut menewaskan 131 orang, menurut Basarnas\u0007\u0008\u0008.")
        .source("Harian \u2066Dua\u2069")
        .story("flood")
        .published(LocalDate.of(2025, 10, 2))
        .build();
    Corpus corpus = new Corpus(List.of(a, b),
        List.of(Problem.of("feed" + CLEAR_SCREEN + ".jsonl:3", "bad line: {\"id\": \"\u001b[1m\"}")));
    return ClaimChecker.builder().today(LocalDate.of(2026, 1, 1))
        .ruleSet(RuleSet.defaults().with(ECHO)).build().check(corpus);
  }

  @Test
  void theInputReallyHoldsWhatWouldAttackATerminal() {
    Report report = report();
    assertThat(report.claims()).hasSize(2);
    assertThat(report.claims().get(0).sentence()).contains(CLIPBOARD);
    assertThat(report.findings()).isNotEmpty();
    assertThat(report.problems()).extracting(Problem::source)
        .contains("rule echo\u001b[8m");
  }

  @Test
  void thePlainTextReportHasNoEscapeCharacterAndNoControlFromTheInput() {
    String text = TextReport.plain().render(report());
    assertNoEscape("plain text", text);
    assertPrintable("plain text", text);
    // what was there stays visible, harmlessly
    assertThat(text).contains("evil\u241b[2J\u241b[H").contains("\u241b]52;c;ZWNobyBoaQ==\u2407")
        .contains("Warta\u241b[2J\u241b[H claimcheck: everything agrees")
        .contains("\u00bbmenewaskan 120 orang\u00ab");
    assertThat(text.lines()).noneMatch(l -> l.startsWith("claimcheck:"));
  }

  @Test
  void theColouredReportWritesOnlyItsOwnColourSequences() {
    String text = TextReport.colored().render(report());
    assertThat(text).contains("\u001b[31m\u001b[1mCONFLICT\u001b[0m");
    assertPrintableColoured("coloured text", text);
  }

  @Test
  void markdownAndHtmlHoldNoControlCharacterFromTheInput() {
    Report report = report();
    assertPrintable("markdown", MarkdownReport.render(report));
    String html = HtmlReport.render(report);
    assertPrintable("html", html);
    assertThat(html).contains("Harian \ufffdDua\ufffd").doesNotContain("\u2066");
  }

  @Test
  void jsonEscapesThemAndKeepsTheValues() throws Exception {
    Report report = report();
    String json = ReportJson.toJson(report);
    assertPrintable("json", json);
    assertThat(json).contains("\\u001B[2J").contains("\\u009b2J").contains("\\u2066");
    JsonNode back = new ObjectMapper().readTree(json);
    assertThat(back.get("articles").get(0).get("id").asText()).isEqualTo("evil" + CLEAR_SCREEN);
    assertThat(back.get("claims").get(0).get("text").asText())
        .isEqualTo(report.claims().get(0).sentence());
  }
}
