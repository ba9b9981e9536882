package io.github.claimcheck.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimcheck.model.Language;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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

  static Stream<Arguments> corpus() throws IOException {
    List<Arguments> all = new ArrayList<>();
    for (Language lang : Language.builtIn()) {
      String path = "/corpus/" + lang.code() + "/numbers.tsv";
      try (InputStream in = NumberCorpusTest.class.getResourceAsStream(path)) {
        assertThat(in).as(path).isNotNull();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int no = 0;
        while ((line = r.readLine()) != null) {
          no++;
          if (line.isBlank() || line.startsWith("#")) {
            continue;
          }
          String[] cols = line.split("\t");
          assertThat(cols).as(path + ":" + no).hasSize(2);
          String expected = cols[1].equals("-") ? "" : cols[1];
          all.add(Arguments.of(lang.code() + ":" + no, lang, cols[0], expected));
        }
      }
    }
    return all.stream();
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
      if (e.unitSpan() != null && e.type() == ExpressionType.QUANTITY) {
        assertThat(e.unitSpan().of(sentence).toLowerCase(java.util.Locale.ROOT)).isEqualTo(e.unit());
      }
    }
  }
}
