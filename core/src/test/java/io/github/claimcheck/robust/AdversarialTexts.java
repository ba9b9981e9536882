package io.github.claimcheck.robust;

import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Units of text that, repeated with no full stop, make one long sentence the reading must get
 * through in time linear in its length: runs of digits, dots, hedge words, half dates, and
 * clauses of news prose.
 */
public final class AdversarialTexts {

  private AdversarialTexts() {}

  /** Each unit with the code of its language. */
  public static Stream<Arguments> units() {
    return Stream.of(
        arguments("1", "id"), arguments(".", "id"), arguments("1.", "id"), arguments("1,", "en"),
        arguments("sekitar ", "id"), arguments("lebih dari ", "id"),
        arguments("more than about nearly ", "en"), arguments("(1/1/", "id"),
        arguments("ribuan ", "id"), arguments("12 orang ", "id"), arguments("kata polisi ", "id"),
        arguments("Senin, 2 ", "id"), arguments("menurut ", "id"), arguments("-an ke-", "id"),
        // dates in brackets, each looked behind for a part of the day ("sore (2/3)")
        arguments("(2/3) ", "id"),
        // speech verbs, each looking back for its speaker
        arguments("said ", "en"),
        // clauses of news prose
        arguments("sebanyak 12 orang tewas dan 30 luka-luka, ", "id"),
        arguments("at least 12 people were killed and 30 injured, ", "en"),
        arguments("Polisi mengatakan 1.200 warga mengungsi pada Senin (2/3), ", "id"));
  }

  /** The unit repeated to exactly {@code length} chars (the last repetition cut short). */
  public static String repeat(String unit, int length) {
    return unit.repeat(length / unit.length() + 1).substring(0, length);
  }
}
