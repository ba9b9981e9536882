package io.github.claimcheck.extract;

import io.github.claimcheck.internal.text.Resources;
import io.github.claimcheck.model.Language;
import java.util.Locale;
import java.util.Set;

/**
 * Tells Indonesian from English by counting each language's function words (yang, dan, di, …
 * versus the, and, of, …), read from {@code lang/<code>/function-words.txt}.
 *
 * <p>A text with no function words of either language (empty, numbers only) falls back to
 * Indonesian, the primary language. Thread-safe.
 */
public final class LanguageDetector {

  private static final LanguageDetector STANDARD = new LanguageDetector();

  private final Set<String> indonesian;
  private final Set<String> english;

  private LanguageDetector() {
    this.indonesian = Resources.wordSet("lang/id/function-words.txt");
    this.english = Resources.wordSet("lang/en/function-words.txt");
  }

  /** Returns the detector. */
  public static LanguageDetector standard() {
    return STANDARD;
  }

  /** Returns the language of the text, {@link Language#INDONESIAN} when undecided. */
  public Language detect(CharSequence text) {
    int id = 0;
    int en = 0;
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
        String w = text.subSequence(start, i).toString().toLowerCase(Locale.ROOT);
        if (indonesian.contains(w)) {
          id++;
        }
        if (english.contains(w)) {
          en++;
        }
      }
    }
    return en > id ? Language.ENGLISH : Language.INDONESIAN;
  }
}
