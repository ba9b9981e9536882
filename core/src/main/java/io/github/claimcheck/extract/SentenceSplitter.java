package io.github.claimcheck.extract;

import io.github.claimcheck.internal.lang.SharedData;
import io.github.claimcheck.internal.text.WordTable;

import io.github.claimcheck.model.Span;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Splits lines into sentences in one pass, keeping offsets into the original text.
 *
 * <p>A sentence ends at {@code . ! ?} (plus any closing quotes or brackets) followed by space and
 * a capital letter, a digit, an opening quote or bracket, or the end of the line. It does not end
 * after an abbreviation from {@code lang/abbreviations.txt} ({@code Dec.}, {@code dll.}, {@code
 * s.d.}), a single capital initial, or a dot inside a number ({@code 10.000}, {@code 2.5}).
 *
 * <p>A long sentence is kept whole: {@link ClaimFinder} reads it in time linear in its length,
 * since each figure looks only {@value FigureSite#REACH} tokens either way. Only a "sentence"
 * longer than {@value #MAX_CHARS} chars, which is no prose but a list, a table or junk, is cut
 * into pieces of at most that length, at a space where there is one: its tokens and what the
 * scanners find in them are held at once, so the bound keeps the memory a sentence takes
 * bounded (a 50 MB text with no full stop did not fit a 1 GB heap whole).
 */
final class SentenceSplitter {

  /** The longest sentence kept whole, in chars; news sentences have a few hundred. */
  static final int MAX_CHARS = 1_000_000;

  /** The abbreviations, lower-cased. */
  private final Set<String> abbreviations;
  /** The same, looked up by span at the full stop after an ASCII word, not copied out. */
  private final WordTable<Boolean> asciiAbbreviations;

  private SentenceSplitter(Set<String> abbreviations) {
    this.abbreviations = abbreviations;
    Map<String, Boolean> words = new HashMap<>();
    abbreviations.forEach(a -> words.put(a, Boolean.TRUE));
    this.asciiAbbreviations = new WordTable<>(words);
  }

  /** Returns the splitter knowing the shared abbreviations and those of every known language. */
  static SentenceSplitter standard() {
    return SharedData.parsed("abbreviations.txt", SentenceSplitter.class, lines -> {
      Set<String> words = new HashSet<>();
      lines.forEach(l -> words.add(l.text().toLowerCase(Locale.ROOT)));
      return new SentenceSplitter(Set.copyOf(words));
    });
  }

  /**
   * The sentences of a text as offsets, three numbers each: a sentence's text is cut from the
   * article's only when {@link #get(int) asked for}, so the list costs no copy of the text.
   */
  static final class Sentences extends AbstractList<Sentence> {
    private final String text;
    private int[] bounds = new int[48];
    private int size;

    Sentences(String text) {
      this.text = text;
    }

    void add(int start, int end, int paragraph) {
      if (3 * size + 3 > bounds.length) {
        bounds = Arrays.copyOf(bounds, bounds.length * 2);
      }
      bounds[3 * size] = start;
      bounds[3 * size + 1] = end;
      bounds[3 * size + 2] = paragraph;
      size++;
    }

    int start(int k) {
      return bounds[3 * k];
    }

    int end(int k) {
      return bounds[3 * k + 1];
    }

    int paragraph(int k) {
      return bounds[3 * k + 2];
    }

    @Override
    public Sentence get(int k) {
      Objects.checkIndex(k, size);
      return new Sentence(Span.of(start(k), end(k)), text.substring(start(k), end(k)),
          paragraph(k));
    }

    @Override
    public int size() {
      return size;
    }
  }

  /** Splits each line; lines are separate paragraphs and never share a sentence. */
  Sentences split(String text, List<Span> lines) {
    Sentences out = new Sentences(text);
    for (int p = 0; p < lines.size(); p++) {
      splitLine(text, lines.get(p), p, out);
    }
    return out;
  }

  private void splitLine(String text, Span line, int paragraph, Sentences out) {
    int start = line.start();
    int end = line.end();
    int i = start;
    while (i < end) {
      char c = text.charAt(i);
      if (c == '.' || c == '!' || c == '?' || c == '…') {
        int j = i + 1;
        while (j < end && isCloser(text.charAt(j))) {
          j++;
        }
        if (j >= end) {
          break;
        }
        if (Character.isWhitespace(text.charAt(j)) && isBoundary(text, start, i, j, end)) {
          add(text, start, j, paragraph, out);
          start = j;
          while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
          }
          i = start;
          continue;
        }
      }
      i++;
    }
    add(text, start, end, paragraph, out);
  }

  private boolean isBoundary(String text, int sentenceStart, int dot, int afterClosers, int end) {
    int k = afterClosers;
    while (k < end && Character.isWhitespace(text.charAt(k))) {
      k++;
    }
    if (k >= end) {
      return true;
    }
    char next = text.charAt(k);
    boolean startsSentence =
        Character.isUpperCase(next)
            || Character.isDigit(next)
            || isOpener(next);
    if (!startsSentence) {
      return false;
    }
    if (text.charAt(dot) != '.') {
      return true;
    }
    // The word before the dot decides: an abbreviation or an initial does not end a sentence.
    int w = dot;
    while (w > sentenceStart && !Character.isWhitespace(text.charAt(w - 1))
        && text.charAt(w - 1) != '(') {
      w--;
    }
    boolean opensSentence = w == sentenceStart;
    if (!isAscii(text, w, dot)) {
      String word = text.substring(w, dot).toLowerCase(Locale.ROOT);
      return !initialOrItemNumber(word, 0, word.length(), opensSentence)
          && !abbreviations.contains(word) && !abbreviations.contains(word + ".");
    }
    // The usual word, ASCII only: read in place (lower-casing keeps its length and letters); the
    // word, then the word with its dot ("dll" or "dll.")
    return !initialOrItemNumber(text, w, dot, opensSentence)
        && asciiAbbreviations.get(text, w, dot) == null
        && asciiAbbreviations.get(text, w, dot + 1) == null;
  }

  /**
   * Whether the word {@code s[from, to)} before a dot ends no sentence for its form alone: an
   * initial, or an item's number opening its line ("1. Kota Bekasi: 9").
   */
  private static boolean initialOrItemNumber(CharSequence s, int from, int to, boolean opensSentence) {
    int length = to - from;
    if (length == 1 && Character.isLetter(s.charAt(from))) {
      return true;
    }
    return opensSentence && length > 0 && length <= 2 && allDigits(s, from, to);
  }

  private static boolean isAscii(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      if (text.charAt(k) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static boolean allDigits(CharSequence text, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!Character.isDigit(text.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == '”' || c == '’' || c == ')' || c == ']' || c == '»';
  }

  private static boolean isOpener(char c) {
    return c == '"' || c == '“' || c == '‘' || c == '(' || c == '[' || c == '«' || c == '\'';
  }

  private static void add(String text, int s, int e, int paragraph, Sentences out) {
    while (e - s > MAX_CHARS) {
      int cut = s + MAX_CHARS;
      int space = cut;
      while (space > s + MAX_CHARS / 2 && !Character.isWhitespace(text.charAt(space))) {
        space--;
      }
      if (Character.isWhitespace(text.charAt(space))) {
        cut = space;
      } else if (Character.isLowSurrogate(text.charAt(cut))) {
        cut--; // never split a surrogate pair
      }
      addPiece(text, s, cut, paragraph, out);
      s = cut;
      while (s < e && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
    }
    addPiece(text, s, e, paragraph, out);
  }

  private static void addPiece(String text, int s, int e, int paragraph, Sentences out) {
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (e > s) {
      out.add(s, e, paragraph);
    }
  }
}
