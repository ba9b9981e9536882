package io.github.claimcheck.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimcheck.internal.text.Resources;
import io.github.claimcheck.model.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a tab-separated corpus of the test resources ({@code /corpus/<code>/<file>}, one per
 * built-in language): the one reader of every corpus test of the scanners.
 */
final class CorpusRows {

  /** A row: where it is ({@code id:12}), its language and its cells. */
  record Row(String where, Language language, String[] cells) {
    /** Returns cell {@code i}, or an empty string when the line has fewer cells. */
    String cell(int i) {
      return i < cells.length ? cells[i] : "";
    }
  }

  private CorpusRows() {}

  /** Returns the rows of {@code file} for every built-in language, comments and blanks skipped. */
  static List<Row> of(String file) {
    List<Row> rows = new ArrayList<>();
    for (Language language : Language.builtIn()) {
      String path = "/corpus/" + language.code() + "/" + file;
      try (InputStream in = CorpusRows.class.getResourceAsStream(path)) {
        assertThat(in).as(path).isNotNull();
        for (Resources.Line line : Resources.numberedLines(in)) {
          rows.add(new Row(language.code() + ":" + line.number(), language,
              line.text().split("\t", -1)));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(path, e);
      }
    }
    return rows;
  }
}
