package io.github.claimcheck.extract;

import io.github.claimcheck.model.Span;
import java.util.List;
import java.util.Locale;

/**
 * A phrase of a lexicon or a language pack, split by the same {@link Tokenizer} and {@link
 * SentenceSplitter} as article text, so that the words a phrase is matched by are exactly the
 * tokens the text gives for it. Everything that stores, compares or checks a phrase goes through
 * here: the phrase tables, the language pack's duplicate checks and the counting-noun set.
 */
final class Phrase {

  private static final String JOINERS = "-'’.,/";

  private Phrase() {}

  /** Whether the phrase is written in capitals and so matches only capitals ("AS", not "as"). */
  static boolean caps(String phrase) {
    return phrase.length() > 1 && phrase.equals(phrase.toUpperCase(Locale.ROOT))
        && phrase.chars().anyMatch(Character::isLetter);
  }

  /** The phrase's tokens as the text gives them: lower-cased unless the phrase is in capitals. */
  static String[] words(String phrase) {
    List<Token> tokens = Tokenizer.tokenize(phrase, 0, phrase.length(), List.of());
    boolean caps = caps(phrase);
    String[] words = new String[tokens.size()];
    for (int i = 0; i < words.length; i++) {
      words[i] = caps ? tokens.get(i).text() : tokens.get(i).lower();
    }
    return words;
  }

  /**
   * The phrase's identity: its words joined by one space, so that two spellings the text cannot
   * tell apart ("Nasional (NIS)", "Nasional ( NIS )") are one phrase.
   */
  static String key(String phrase) {
    return String.join(" ", words(phrase));
  }

  /**
   * Why the phrase could never match article text, or null when it can: it has no letter or
   * digit; it starts with a joining mark the text would glue to the word before ("'s", "-nya");
   * or the sentence splitter would cut it in two ("Kab. Agam", "U.S. Army" read as two sentences).
   */
  static String problem(String phrase) {
    String p = phrase.strip();
    if (p.chars().noneMatch(Character::isLetterOrDigit)) {
      return "'" + phrase + "' has no letter or digit to match";
    }
    if (p.length() > 1 && JOINERS.indexOf(p.charAt(0)) >= 0
        && Character.isLetterOrDigit(p.charAt(1))) {
      return "'" + phrase + "' starts with a joining mark (" + p.charAt(0) + ") that text glues"
          + " to the word before it, so the phrase would never match; write the whole word";
    }
    SentenceSplitter.Sentences s = SentenceSplitter.standard().split(p, List.of(Span.of(0, p.length())));
    if (s.size() > 1) {
      return "'" + phrase + "' would be cut into two sentences after '"
          + p.substring(s.start(0), s.end(0)) + "', so it would never match; write it without"
          + " that sentence end or add the word before it to lang/abbreviations.txt";
    }
    return null;
  }
}
