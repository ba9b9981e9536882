package io.github.claimcheck.internal.lang;

import io.github.claimcheck.internal.text.Resources;
import io.github.claimcheck.lang.LanguageProfile;
import io.github.claimcheck.lang.LanguageProfile.DataLine;
import io.github.claimcheck.model.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The data files every language shares ({@code lang/abbreviations.txt}, {@code
 * lang/boilerplate.tsv}, {@code lang/actors.tsv}, {@code lang/sources.tsv}, {@code
 * lang/unit-families.tsv}): core's file followed by the file of the same name in each known
 * language profile that has one. So a registered language adds its abbreviations, boilerplate,
 * actor and source names and unit families to the shared ones, and an article in any language
 * reads them (a Malay source cited in an English article is still the same source).
 *
 * <p>A parsed file is cached per set of known languages: registering a profile makes the next
 * call parse again, with the new lines. Checking the cache is one reference comparison. A
 * profile's shared files are checked before it is registered ({@code lang.SharedFileCheck}), so
 * parsing them here does not fail.
 */
public final class SharedData {

  private record Cached(List<Language> known, Object value) {}

  private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();

  private SharedData() {}

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
