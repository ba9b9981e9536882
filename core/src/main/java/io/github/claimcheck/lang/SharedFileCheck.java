package io.github.claimcheck.lang;

import io.github.claimcheck.model.ClaimCheckException;
import io.github.claimcheck.internal.text.Resources;
import io.github.claimcheck.lang.LanguageProfile.DataLine;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The shapes of the files all languages share ({@code abbreviations.txt}, {@code boilerplate.tsv},
 * {@code actors.tsv}, {@code sources.tsv}, {@code unit-families.tsv}): a profile's copies are
 * checked against them before it is registered, since their lines then join every language's.
 */
final class SharedFileCheck {

  /** The shape of a shared file's lines: cells per line and the kinds its first cell may be. */
  private record Shape(int cells, Set<String> kinds, String format) {}

  private static final Map<String, Shape> SHAPES = Map.of(
      "abbreviations.txt", new Shape(1, Set.of(), "one abbreviation a line"),
      "boilerplate.tsv", new Shape(2, Set.of("prefix", "contains", "regex"), "kind<TAB>pattern"),
      "actors.tsv", new Shape(2, Set.of(), "alias<TAB>key"),
      "sources.tsv", new Shape(3, Set.of("phrase", "word", "expand", "stop"), "kind<TAB>words<TAB>key"),
      "unit-families.tsv", new Shape(2, Set.of(), "unit<TAB>family"));

  private SharedFileCheck() {}

  /**
   * Checks a profile's shared files before it is registered, so that a malformed line fails the
   * registration, naming its file and line, instead of every later article in any language.
   *
   * @throws ClaimCheckException at the first malformed line
   */
  static void check(LanguageProfile profile) {
    for (Map.Entry<String, Shape> e : new TreeMap<>(SHAPES).entrySet()) {
      Shape shape = e.getValue();
      for (DataLine l : profile.lines(e.getKey())) {
        String[] c = Resources.cells(l.text());
        if (c.length != shape.cells()) {
          throw new ClaimCheckException(l.at() + ": expected " + shape.format() + ", found \"" + l.text() + "\"");
        }
        if (!shape.kinds().isEmpty() && !shape.kinds().contains(c[0])) {
          throw new ClaimCheckException(l.at() + ": unknown kind '" + c[0] + "'; kinds: "
              + String.join(", ", new TreeSet<>(shape.kinds())));
        }
        if (c[0].equals("regex") && e.getKey().equals("boilerplate.tsv")) {
          try {
            Pattern.compile(c[1]);
          } catch (PatternSyntaxException x) {
            throw new ClaimCheckException(l.at() + ": not a regular expression: " + x.getDescription(), x);
          }
        }
      }
    }
  }
}
