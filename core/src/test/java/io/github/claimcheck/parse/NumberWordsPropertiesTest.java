package io.github.claimcheck.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimcheck.model.Language;
import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** Number words round-trip: spell a number out, parse it back. (jqwik, kept apart from JUnit.) */
class NumberWordsPropertiesTest {

  @Property(tries = 2000)
  void spellOutRoundTripsIndonesian(@ForAll @LongRange(min = 0, max = 1_000_000_000_000L) long n) {
    String words = SpellOut.spellOut(n, Language.INDONESIAN);
    assertThat(NumberWords.parse(words, Language.INDONESIAN)).as(words)
        .contains(BigDecimal.valueOf(n));
  }

  @Property(tries = 2000)
  void spellOutRoundTripsEnglish(@ForAll @LongRange(min = 0, max = 1_000_000_000_000L) long n) {
    String words = SpellOut.spellOut(n, Language.ENGLISH);
    assertThat(NumberWords.parse(words, Language.ENGLISH)).as(words)
        .contains(BigDecimal.valueOf(n));
  }

  @Property(tries = 500)
  void spellOutRoundTripsBeyondATrillion(@ForAll @LongRange(min = 0) long n) {
    for (Language lang : Language.builtIn()) {
      String words = SpellOut.spellOut(n, lang);
      assertThat(NumberWords.parse(words, lang)).as(words).contains(BigDecimal.valueOf(n));
    }
  }
}
