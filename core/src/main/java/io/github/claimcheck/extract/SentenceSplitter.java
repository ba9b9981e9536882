package io.github.claimcheck.extract;

import io.github.claimcheck.internal.lang.SharedData;

import io.github.claimcheck.internal.text.Resources;
import io.github.claimcheck.model.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits lines into sentences in one pass, keeping offsets into the original text.
 *
 * <p>A sentence ends at {@code . ! ?} (plus any closing quotes or brackets) followed by space and
 * a capital letter, a digit, an opening quote or bracket, or the end of the line. It does not end
 * after an abbreviation from {@code lang/abbreviations.txt} ({@code Dec.}, {@code dll.}, {@code
 * s.d.}), a single capital initial, or a dot inside a number ({@code 10.000}, {@code 2.5}).
 *
 * <p>A "sentence" longer than {@value #MAX_CHARS} chars is no sentence of news prose but a list,
 * a table or junk; it is cut into pieces of at most that length, at a space where there is one,
 * so that the work per sentence (quadratic in places) stays bounded and the whole stays linear.
 */
final class SentenceSplitter {

  /** The longest sentence kept whole; real sentences are far shorter. */
  static final int MAX_CHARS = 2000;

  private final Set<String> abbreviations;

  private SentenceSplitter(Set<String> abbreviations) {
    this.abbreviations = abbreviations;
  }

  /** Returns the splitter knowing the shared abbreviations and those of every known language. */
  static SentenceSplitter standard() {
    return SharedData.parsed("abbreviations.txt", SentenceSplitter.class, lines -> {
      Set<String> words = new HashSet<>();
      lines.forEach(l -> words.add(l.text().toLowerCase(Locale.ROOT)));
      return new SentenceSplitter(Set.copyOf(words));
    });
  }

  /** Splits each line; lines are separate paragraphs and never share a sentence. */
  List<Sentence> split(String text, List<Span> lines) {
    List<Sentence> out = new ArrayList<>();
    for (int p = 0; p < lines.size(); p++) {
      splitLine(text, lines.get(p), p, out);
    }
    return out;
  }

  private void splitLine(String text, Span line, int paragraph, List<Sentence> out) {
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
    String word = text.substring(w, dot).toLowerCase(Locale.ROOT);
    if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
      return false;
    }
    return !abbreviations.contains(word) && !abbreviations.contains(word + ".");
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == '”' || c == '’' || c == ')' || c == ']' || c == '»';
  }

  private static boolean isOpener(char c) {
    return c == '"' || c == '“' || c == '‘' || c == '(' || c == '[' || c == '«' || c == '\'';
  }

  private static void add(String text, int s, int e, int paragraph, List<Sentence> out) {
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

  private static void addPiece(String text, int s, int e, int paragraph, List<Sentence> out) {
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (e > s) {
      out.add(new Sentence(Span.of(s, e), text.substring(s, e), paragraph));
    }
  }
}
