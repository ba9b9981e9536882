package io.github.claimcheck.extract;

import io.github.claimcheck.internal.text.WordTable;
import io.github.claimcheck.lang.LanguageProfile;
import io.github.claimcheck.model.Language;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tells the language of a text by counting each known language's function words ({@code
 * function-words.txt} of its {@link LanguageProfile}: yang, dan, di, … for Indonesian; the, and,
 * of, … for English; those of every registered profile too).
 *
 * <p>A text with no function words of any language (empty, numbers only) falls back to
 * Indonesian, the primary language, which also wins a tie; between other languages a tie goes to
 * the one whose code sorts first. Thread-safe.
 */
public final class LanguageDetector {

  private static final LanguageDetector STANDARD = new LanguageDetector();
  /** Function words by profile, read once. */
  private static final Map<LanguageProfile, Set<String>> WORDS = new ConcurrentHashMap<>();
  /** The function words of the profiles last asked for, made again when the profiles change. */
  private static volatile Cues cues;

  /**
   * The function words of some profiles as one table: each word with the positions (in {@code
   * profiles}) of the languages it belongs to, so a word of the text is looked up once, not once
   * per language.
   */
  private record Cues(List<LanguageProfile> profiles, WordTable<int[]> languagesOf) {

    static Cues of(List<LanguageProfile> profiles) {
      Map<String, int[]> of = new HashMap<>();
      for (int k = 0; k < profiles.size(); k++) {
        int language = k;
        for (String w : WORDS.computeIfAbsent(profiles.get(k), LanguageDetector::functionWords)) {
          of.merge(w, new int[] {language}, (a, b) -> {
            int[] c = Arrays.copyOf(a, a.length + 1);
            c[a.length] = b[0];
            return c;
          });
        }
      }
      return new Cues(List.copyOf(profiles), new WordTable<>(of));
    }
  }

  private LanguageDetector() {}

  /** Returns the detector. */
  public static LanguageDetector standard() {
    return STANDARD;
  }

  /**
   * Returns the language of the text; when its words decide nothing, the {@linkplain
   * LanguageProfile#primary() primary language} (Indonesian among the built-in ones).
   */
  public Language detect(CharSequence text) {
    List<Language> languages = LanguageProfile.known();
    List<LanguageProfile> profiles = new ArrayList<>(languages.size());
    for (Language l : languages) {
      profiles.add(LanguageProfile.of(l));
    }
    Cues known = cues;
    if (known == null || !known.profiles().equals(profiles)) {
      known = Cues.of(profiles);
      cues = known;
    }
    WordTable<int[]> languagesOf = known.languagesOf();
    int[] hits = new int[languages.size()];
    int n = text.length();
    int i = 0;
    // Only the first 20,000 chars are needed to decide; the cap keeps huge inputs cheap.
    int limit = Math.min(n, 20_000);
    while (i < limit) {
      while (i < limit && !Character.isLetter(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < limit && Character.isLetter(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        int[] of = languagesOf.get(text, start, i);
        for (int k = 0; of != null && k < of.length; k++) {
          hits[of[k]]++;
        }
      }
    }
    // The primary language (its profile wins ties) keeps a tie; others need strictly more hits.
    Language best = LanguageProfile.primary();
    int most = hits[languages.indexOf(best)];
    for (int k = 0; k < hits.length; k++) {
      if (hits[k] > most) {
        most = hits[k];
        best = languages.get(k);
      }
    }
    return best;
  }

  private static Set<String> functionWords(LanguageProfile profile) {
    Set<String> out = new HashSet<>();
    for (LanguageProfile.DataLine l : profile.lines("function-words.txt")) {
      out.add(l.text().toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(out);
  }
}
