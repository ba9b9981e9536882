package io.github.claimcheck.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimcheck.model.Language;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the sentence corpora {@code corpus/id/numbers.tsv} and {@code corpus/en/numbers.tsv}: each
 * line is a sentence and every expression the scanner must find in it, nothing more.
 */
class NumberCorpusTest {

  static Stream<Arguments> corpus() {
    return CorpusRows.of("numbers.tsv").stream().map(row -> {
      assertThat(row.cells()).as(row.where()).hasSize(2);
      String expected = row.cell(1).equals("-") ? "" : row.cell(1);
      return Arguments.of(row.where(), row.language(), row.cell(0), expected);
    });
  }

  @ParameterizedTest(name = "{0} {2}")
  @MethodSource("corpus")
  void findsExactlyTheExpectedExpressions(String where, Language lang, String sentence,
      String expected) {
    List<NumberExpression> found = NumberScanner.standard().scan(sentence, lang);
    assertThat(Render.all(found).replace(" | ", "\n"))
        .as(where)
        .isEqualTo(expected.replace(" | ", "\n"));
    for (NumberExpression e : found) {
      assertThat(sentence.substring(e.span().start(), e.span().end())).isEqualTo(e.text());
      if (e.unitSpan() != null) {
        // the unit as written starts with the words its span points at ("$ a barrel": "$")
        assertThat(e.unit().toLowerCase(java.util.Locale.ROOT)).as(where)
            .startsWith(e.unitSpan().of(sentence).toLowerCase(java.util.Locale.ROOT));
      }
    }
  }
}
