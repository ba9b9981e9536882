package io.github.claimcheck.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimcheck.model.Language;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/** Properties of the date scanner on noisy text. (jqwik, kept apart from JUnit.) */
class DateScannerPropertiesTest {

  private static final DateScanner SCANNER = DateScanner.standard();
  private static final LocalDate P = LocalDate.of(2025, 5, 10);

  @Property(tries = 300)
  void anyTextGivesOrderedSpansInsideTheTextAndKeepsTheDateItNames(
      @ForAll @StringLength(max = 80) @Chars({' ', '/', '(', ')', ',', '.', '-', '\n'})
          @CharRange(from = '0', to = '9')
          String noise) {
    // the comma keeps noise such as "0000/" from closing the date as an unsupported year
    // ("9 Mei 0000." is deliberately no date at all)
    String text = noise + " Jumat, 9 Mei, " + noise + " pekan lalu (" + noise;
    for (Language language : Language.builtIn()) {
      List<DateExpression> found = SCANNER.scan(text, language, P);
      int last = 0;
      for (DateExpression e : found) {
        assertThat(e.span().start()).isGreaterThanOrEqualTo(last);
        assertThat(e.span().end()).isLessThanOrEqualTo(text.length());
        assertThat(e.span().of(text)).isEqualTo(e.text());
        last = e.span().end();
      }
    }
    // whatever the noise around it, the Indonesian reading still finds the date it names
    int mei = noise.length() + " Jumat, 9 ".length();
    assertThat(SCANNER.scan(text, Language.INDONESIAN, P))
        .anySatisfy(e -> {
          assertThat(e.span().start()).isLessThanOrEqualTo(mei);
          assertThat(e.span().end()).isGreaterThanOrEqualTo(mei + "Mei".length());
        });
  }
}
