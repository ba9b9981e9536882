package io.github.claimcheck.internal.lang;

import io.github.claimcheck.ClaimCheckException;
import io.github.claimcheck.internal.text.Resources;
import io.github.claimcheck.lang.LanguageProfile;
import io.github.claimcheck.lang.LanguageProfile.DataLine;
import io.github.claimcheck.model.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The data files every language shares ({@code lang/abbreviations.txt}, {@code
 * lang/boilerplate.tsv}, {@code lang/actors.tsv}, {@code lang/sources.tsv}, {@code
 * lang/unit-families.tsv}): core's file followed by the file of the same name in each known
 * language profile that has one. So a registered language adds its abbreviations, boilerplate,
 * actor and source names and unit families to the shared ones, and an article in any language
 * reads them (a Malay source cited in an English article is still the same source).
 *
 * <p>A parsed file is cached per set of known languages: registering a profile makes the next
 * call parse again, with the new lines. Checking the cache is one reference comparison.
 */
public final class SharedData {

  private record Cached(List<Language> known, Object value) {}

  /** The shape of a shared file's lines: cells per line and the kinds its first cell may be. */
  private record Shape(int cells, Set<String> kinds, String format) {}

  private static final Map<String, Shape> SHAPES = Map.of(
      "abbreviations.txt", new Shape(1, Set.of(), "one abbreviation a line"),
      "boilerplate.tsv", new Shape(2, Set.of("prefix", "contains", "regex"), "kind<TAB>pattern"),
      "actors.tsv", new Shape(2, Set.of(), "alias<TAB>key"),
      "sources.tsv", new Shape(3, Set.of("phrase", "word", "expand", "stop"), "kind<TAB>words<TAB>key"),
      "unit-families.tsv", new Shape(2, Set.of(), "unit<TAB>family"));

  private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();

  private SharedData() {}

  /**
   * Checks a profile's shared files before it is registered, so that a malformed line fails the
   * registration, naming its file and line, instead of every later article in any language.
   *
   * @throws ClaimCheckException at the first malformed line
   */
  public static void check(LanguageProfile profile) {
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

  /**
   * Returns the lines of core's {@code lang/<file>} and of {@code <file>} of every known profile,
   * in that order (profiles by language code), each naming its file and line.
   */
  public static List<DataLine> lines(String file) {
    List<DataLine> out = new ArrayList<>();
    String core = "lang/" + file;
    if (Resources.exists(core)) {
      for (Resources.Line l : Resources.numberedLines(core)) {
        out.add(new DataLine("built-in " + core, l.number(), l.text()));
      }
    }
    for (Language language : LanguageProfile.known()) {
      out.addAll(LanguageProfile.of(language).lines(file));
    }
    return List.copyOf(out);
  }

  /**
   * Returns {@code parser} applied to {@link #lines(String) lines(file)}, parsed once per set of
   * known languages and result type. The parser must return an immutable value.
   */
  public static <T> T parsed(String file, Class<T> type, Function<List<DataLine>, T> parser) {
    List<Language> known = LanguageProfile.known();
    String key = file + "\u0000" + type.getName();
    Cached c = CACHE.get(key);
    if (c == null || c.known() != known) { // a registration replaces the list
      c = new Cached(known, parser.apply(lines(file)));
      CACHE.put(key, c);
    }
    return type.cast(c.value());
  }
}
