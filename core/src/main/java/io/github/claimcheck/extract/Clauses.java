package io.github.claimcheck.extract;

import io.github.claimcheck.extract.Lexicon.WordClass;
import java.util.Arrays;
import java.util.List;

/** Cuts a sentence's tokens into clauses, the unit a figure's words are looked for in. */
final class Clauses {

  /** The most tokens of names set off by commas inside a clause ("Ann Lee, Bo Park and Cy Tan"). */
  private static final int NAMES_ASIDE = 12;

  /**
   * Clause index of every token: a comma, semicolon, colon or dash starts a new clause. An aside
   * between two commas opened by an {@code aside} word ("including", "termasuk": "1,9 juta orang,
   * atau sekitar 90 persen, mengungsi") is a clause of its own, and the words after it continue
   * the clause before it.
   */
  int[] of(List<Token> tokens) {
    return of(tokens, new boolean[tokens.size()]);
  }

  /** The clauses, where a comma marked {@code soft} breaks none. */
  int[] of(List<Token> tokens, boolean[] soft) {
    int[] c = new int[tokens.size()];
    int k = 0;
    int next = 0;
    int resume = -1;
    // Whether an examples word stands in the clause, looked up only at commas between names, each
    // token once: tokens before {@code scanned} have been looked at.
    boolean examples = false;
    int scanned = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (!soft[i] && t.text().equals(",") && namesAround(tokens, i)) {
        examples |= examplesBetween(tokens, scanned, i);
        scanned = i;
        if (examples || closesNameList(tokens, i)) {
          // in a list of names after an examples word ("seperti TNI, Polri, Paspampres, hingga
          // Pemda akan dikerahkan"), or one a conjunction closes ("dari Polri, TNI, dan Pemda
          // DKI dikerahkan"), the commas between the names break no clause
          c[i] = k;
          continue;
        }
      }
      int namesEnd = resume < 0 && !soft[i] && t.text().equals(",") ? namesAsideEnd(tokens, i) : -1;
      if (namesEnd > 0) {
        // names set off by commas: a clause of their own, then the clause goes on
        Arrays.fill(c, i, namesEnd, ++next);
        c[namesEnd] = k;
        i = namesEnd;
        continue;
      }
      if (t.isClauseBreak() && !soft[i]) {
        examples = false;
        scanned = i + 1;
        if (resume >= 0 && t.text().equals(",")) {
          k = resume;
          resume = -1;
        } else if (t.text().equals(",") && i + 1 < tokens.size()
            && lx.is(WordClass.ASIDE, tokens, i + 1) && hasCommaAhead(tokens, i + 1)) {
          resume = k;
          k = ++next;
        } else {
          resume = -1;
          k = ++next;
        }
      }
      c[i] = k;
    }
    return c;
  }

  /**
   * The comma closing names set off by commas inside a clause, if the comma at {@code comma} opens
   * such names, else -1: "satu korban lagi, Dasril, belum ditemukan", "Three guides, namely Ann
   * Lee, Bo Park and Cy Tan, were missing". Only names, joiners and commas stand between them
   * (after a word that introduces a list, if any), with a lower-case word on either side: not a
   * list of places ("Agam, Padang, dan Solok"), nor of figures.
   */
  private int namesAsideEnd(List<Token> tokens, int comma) {
    if (comma == 0 || !isLowerCaseWord(tokens.get(comma - 1))) {
      return -1;
    }
    boolean named = false;
    int from = comma + 1;
    if (from < tokens.size() && lx.is(WordClass.LIST_INTRO, tokens, from)) {
      from++;
    }
    for (int k = from; k < Math.min(tokens.size() - 1, from + NAMES_ASIDE); k++) {
      Token t = tokens.get(k);
      if (t.text().equals(",")) {
        if (named && isLowerCaseWord(tokens.get(k + 1))) {
          return k;
        }
      } else if (isName(t)) {
        named = true;
      } else if (!lx.is(WordClass.JOINER, tokens, k)) {
        return -1;
      }
    }
    return -1;
  }

  private static boolean isLowerCaseWord(Token t) {
    return t.isWord() && Character.isLowerCase(t.text().charAt(0));
  }

  static boolean hasCommaAhead(List<Token> tokens, int from) {
    for (int i = from; i < Math.min(tokens.size(), from + 12); i++) {
      if (tokens.get(i).text().equals(",")) {
        return true;
      }
      if (tokens.get(i).isClauseBreak()) {
        return false;
      }
    }
    return false;
  }

  private static boolean isName(Token t) {
    return t.isWord() && t.isCapitalised();
  }

  private final Lexicon lx;

  Clauses(Lexicon lx) {
    this.lx = lx;
  }

  /** The token after the last clause break in {@code [from, to)}, or {@code from}. */
  static int ownClauseStart(List<Token> tokens, int from, int to) {
    int start = from;
    for (int k = from; k < to; k++) {
      if (tokens.get(k).isClauseBreak()) {
        start = k + 1;
      }
    }
    return start;
  }

  /**
   * Whether the comma at {@code comma} is inside a list of names that a conjunction closes: only
   * names and commas stand between it and a joining word followed by a name ("Polri, TNI, dan
   * Pemda").
   */
  private boolean closesNameList(List<Token> tokens, int comma) {
    for (int k = comma + 1; k < Math.min(tokens.size() - 1, comma + NAMES_ASIDE); k++) {
      Token t = tokens.get(k);
      if (t.isWord() && lx.is(WordClass.CONJ, tokens, k)) {
        return isName(tokens.get(k + 1));
      }
      if (!isName(t) && !t.text().equals(",")) {
        return false;
      }
    }
    return false;
  }

  /** Whether an examples word ("seperti") stands in tokens {@code [from, to)}. */
  private boolean examplesBetween(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      if (tokens.get(k).isWord() && lx.is(WordClass.EXAMPLES, tokens, k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the comma at {@code comma} stands between two names: a capitalised word before it,
   * one after it or after one joining word ("Polri, Paspampres", "BNPB, hingga Pemda").
   */
  private static boolean namesAround(List<Token> tokens, int comma) {
    if (comma == 0 || comma + 1 >= tokens.size() || !isName(tokens.get(comma - 1))) {
      return false;
    }
    Token next = tokens.get(comma + 1);
    return isName(next) || (comma + 2 < tokens.size() && isLowerCaseWord(next)
        && isName(tokens.get(comma + 2)));
  }
}
