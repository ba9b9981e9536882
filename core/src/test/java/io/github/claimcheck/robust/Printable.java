package io.github.claimcheck.robust;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.claimcheck.json.ReportJson;
import io.github.claimcheck.model.Report;
import io.github.claimcheck.render.HtmlReport;
import io.github.claimcheck.render.MarkdownReport;
import io.github.claimcheck.render.SafeText;
import io.github.claimcheck.render.TextReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;

/** Checks that rendered output holds no control or bidi formatting character but its own. */
final class Printable {

  /** The colour sequences {@code TextReport.colored()} writes itself. */
  private static final Pattern OWN_COLOURS = Pattern.compile("\u001b\\[(?:0|1|2|31|32|33)m");

  private static final ObjectMapper JSON = new ObjectMapper();

  private Printable() {}

  /**
   * Renders the report in every form: none throws, none holds a control or bidi formatting
   * character from the input, the plain text no escape character, and the JSON reads back.
   */
  static void rendersSafely(Report report) {
    String plain = TextReport.plain().render(report);
    assertNoEscape("plain text", plain);
    assertPrintable("plain text", plain);
    assertPrintableColoured("coloured text", TextReport.colored().render(report));
    assertPrintable("markdown", MarkdownReport.render(report));
    String html = HtmlReport.render(report);
    assertPrintable("html", html);
    assertThat(html).endsWith("</html>\n");
    String json = ReportJson.toJson(report);
    assertPrintable("json", json);
    try {
      assertThat(JSON.readTree(json).get("claims").size()).isEqualTo(report.claims().size());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Line feeds are the renderer's own; any other unsafe character came from the input. */
  static void assertPrintable(String what, String output) {
    for (int i = 0; i < output.length(); i++) {
      char c = output.charAt(i);
      if (c != '\n' && (SafeText.isUnsafe(c) || isLoneSurrogate(output, i))) {
        int from = Math.max(0, i - 30);
        throw new AssertionError(String.format("%s holds U+%04X at %d, after \"%s\"", what,
            (int) c, i, SafeText.clean(output.substring(from, i))));
      }
    }
  }

  /** As {@link #assertPrintable}, once the renderer's own colour sequences are taken out. */
  static void assertPrintableColoured(String what, String output) {
    assertPrintable(what, OWN_COLOURS.matcher(output).replaceAll(""));
  }

  private static boolean isLoneSurrogate(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
    }
    return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
  }

  static void assertNoEscape(String what, String output) {
    assertThat(output).as(what).doesNotContain("\u001b");
  }
}
