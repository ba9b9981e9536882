package io.github.claimcheck.parse;

import io.github.claimcheck.internal.text.CutText;
import io.github.claimcheck.internal.text.WordTable;
import io.github.claimcheck.lang.LanguageProfile;
import io.github.claimcheck.model.Language;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words both scanners key on, for one language: a token's lower-cased word is looked up here
 * once and gives the number lexicon's phrases starting with it and the date lexicon's entries it
 * starts and ends; with both scanners' {@link Anchors}, so one look at a text tells which of them
 * may find anything. Immutable once built.
 */
final class ScanWords {

  /** What one word is to each scanner. */
  static final class Word {
    /** The number lexicon's trie node after this word, or null when no phrase starts with it. */
    final Lexicon.Node number;
    /** The date entries the word starts and ends. */
    final DateLexicon.Word date;

    private Word(Lexicon.Node number, DateLexicon.Word date) {
      this.number = number;
      this.date = date;
    }
  }

  /** A word neither lexicon knows. */
  static final Word NONE = new Word(null, DateLexicon.NO_WORD);

  private static final Map<LanguageProfile, ScanWords> LOADED = new ConcurrentHashMap<>();
  /**
   * The same by language, asked for by every sentence's scan: a language's profile never changes
   * once registered, so one look-up here stands for the profile's and its words'.
   */
  private static final Map<Language, ScanWords> BY_LANGUAGE = new ConcurrentHashMap<>();

  private final Lexicon numbers;
  private final DateLexicon dates;
  private final WordTable<Word> words;
  /** The same words, for {@link Numbered}. */
  private final Map<String, Word> entries;
  private final Anchors anchors;

  private ScanWords(Lexicon numbers, DateLexicon dates) {
    this.numbers = numbers;
    this.dates = dates;
    Map<String, Word> all = new HashMap<>();
    numbers.firstWords().forEach((w, node) -> all.put(w, new Word(node, DateLexicon.NO_WORD)));
    dates.words().forEach((w, entries) ->
        all.put(w, new Word(numbers.firstWords().get(w), entries)));
    this.words = new WordTable<>(all);
    this.entries = Map.copyOf(all);
    this.anchors = Anchors.of(numbers.anchorKeys(), dates.anchorKeys());
  }

  /** Returns the words of the language, built on first use from its two lexicons. */
  static ScanWords of(Language language) {
    ScanWords w = BY_LANGUAGE.get(language);
    if (w == null) {
      w = LOADED.computeIfAbsent(LanguageProfile.of(language),
          p -> new ScanWords(Lexicon.of(language), DateLexicon.of(language)));
      BY_LANGUAGE.putIfAbsent(language, w);
    }
    return w;
  }

  Lexicon numbers() {
    return numbers;
  }

  DateLexicon dates() {
    return dates;
  }

  /** Returns both scanners' anchors. */
  Anchors anchors() {
    return anchors;
  }

  /**
   * What each word of a numbering ({@link CutText.Numbering}: the claim reader's vocabulary) is
   * to the scanners, by number, with the scanners' few words the numbering lacks in a table of
   * their own: a word the claim reader looked up is not looked up again here, and one the
   * numbering does not know is looked for among those few only. Immutable.
   */
  static final class Numbered {
    private final ScanWords owner;
    private final Word[] words;
    /** The scanners' words the numbering lacks. */
    private final WordTable<Word> others;

    private Numbered(ScanWords owner, CutText.Numbering numbering) {
      this.owner = owner;
      this.words = new Word[numbering.size()];
      Map<String, Word> rest = new HashMap<>(owner.entries);
      for (int n = 0; n < words.length; n++) {
        Word found = rest.remove(numbering.word(n));
        words[n] = found == null ? NONE : found;
      }
      this.others = new WordTable<>(rest);
    }

    /**
     * What the lower-cased word {@code lower} (of hash {@code hash}) is to each scanner, given
     * its {@code number} in the numbering as {@link CutText.Cut#wordNumber} gives it (-1: the
     * numbering lacks it; -2: not looked up, so looked up here).
     */
    Word word(int number, String lower, int hash) {
      if (number >= 0) {
        return words[number];
      }
      Word w = (number == -1 ? others : owner.words).get(lower, hash);
      return w == null ? NONE : w;
    }
  }

  /**
   * Returns the scanners' words by the numbers of {@code numbering}: worked out once
   * per numbering and kept with it ({@link CutText.Numbering#keep}).
   */
  Numbered numbered(CutText.Numbering numbering) {
    if (numbering.kept() instanceof Numbered k && k.owner == this) {
      return k;
    }
    Numbered out = new Numbered(this, numbering);
    numbering.keep(out);
    return out;
  }

  /** Returns what the lower-cased {@code key}, of hash code {@code hash}, is to each scanner. */
  Word get(String key, int hash) {
    Word w = words.get(key, hash);
    return w == null ? NONE : w;
  }
}
