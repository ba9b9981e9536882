package io.github.claimcheck.extract;

import io.github.claimcheck.extract.Lexicon.Cue;
import io.github.claimcheck.extract.Lexicon.WordClass;
import io.github.claimcheck.model.ClaimFlag;
import java.util.List;

/**
 * One sentence as the claim reader sees it: its tokens with the clause each is in, and the
 * sentence-wide facts the attachers ask about (where clauses break, which tokens a date holds,
 * the first word, title case), each worked out once: the clauses and their breaks when first
 * asked for, the rest when the view is made. What a view answers does not change; the questions
 * it answers about its tokens (a cue at a token, the content words of a stretch, a clause break)
 * are the vocabulary the attachers share. One view serves one thread.
 */
final class SentenceView {

  private final Lexicon lx;
  private final Sentence sentence;
  private final int index;
  private final List<Token> tokens;
  private final Clauses clauses;
  /** Per token, whether a comma breaks no clause ({@link Clauses#of(List, boolean[])}); or null. */
  private final boolean[] soft;
  /**
   * The clause index of each token, cut when first asked for: a sentence with no figure and no
   * date (two in three) seldom needs its clauses.
   */
  private int[] clause;
  /** Per token, the first clause break at or after it, else the token count; made when first asked for. */
  private int[] nextBreak;
  /** Per token, whether a date or a time of day holds it; null when none does. */
  private final boolean[] dated;
  private final int firstWord;
  /** Whether the sentence is in title case: 0 until asked, then 1 (no) or 2 (yes). */
  private byte titleCase;

  /**
   * @param lx the language's lexicon
   * @param sentence the sentence
   * @param index its index in the article
   * @param tokens its tokens
   * @param clauses what cuts the tokens into clauses
   * @param soft per token, whether a comma breaks no clause (one before a time of day), or null
   *     when every comma may
   * @param dated per token, whether a date or a time of day holds it; null when none does
   */
  SentenceView(Lexicon lx, Sentence sentence, int index, List<Token> tokens, Clauses clauses,
      boolean[] soft, boolean[] dated) {
    this.lx = lx;
    this.sentence = sentence;
    this.index = index;
    this.tokens = tokens;
    this.clauses = clauses;
    this.soft = soft;
    this.dated = dated;
    this.firstWord = PartFinder.firstWord(tokens);
  }

  Sentence sentence() {
    return sentence;
  }

  /** The sentence's index in the article. */
  int index() {
    return index;
  }

  /** Where the sentence starts in the article text: token offsets minus this are sentence offsets. */
  int base() {
    return sentence.span().start();
  }

  List<Token> tokens() {
    return tokens;
  }

  /** The clause index of each token; shared, not to be changed. */
  int[] clause() {
    if (clause == null) {
      clause = soft != null ? clauses.of(tokens, soft) : clauses.of(tokens);
    }
    return clause;
  }

  /** Whether token {@code k} lies in a date or a time of day. */
  boolean dated(int k) {
    return dated != null && dated[k];
  }

  /** The first word of the sentence ({@link PartFinder#firstWord}). */
  int firstWord() {
    return firstWord;
  }

  /** Whether the sentence is written in title case (a headline). */
  boolean titleCase() {
    if (titleCase == 0) {
      titleCase = isTitleCase(tokens) ? (byte) 2 : (byte) 1; // asked about figures only
    }
    return titleCase == 2;
  }

  boolean cueAt(int i, Cue cue) {
    return lx.cueAt(tokens, i, cue);
  }

  /** A cue phrase ending right before token {@code i} ("another batch of | 1,500"). */
  boolean cueEndingAt(int i, Cue cue) {
    return lx.cues.startOfMatchEndingAt(tokens, i, cue, FlagCues.REACH) >= 0;
  }

  /** A cue within three words after token i, before the clause ends ("tentara dan teknisi tambahan"). */
  boolean cueRight(int i, Cue cue) {
    for (int k = i; k < Math.min(tokens.size(), i + 3); k++) {
      if (tokens.get(k).isClauseBreak()) {
        return false;
      }
      if (cueAt(k, cue)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the first words of the clause of token {@code k}, after its break, are the cue. */
  boolean clauseOpensWith(int k, Cue cue) {
    int start = k;
    int[] clause = clause();
    while (start > 0 && clause[start - 1] == clause[k]) {
      start--;
    }
    if (tokens.get(start).isClauseBreak()) {
      start++;
    }
    return start < tokens.size() && cueAt(start, cue);
  }

  /** Whether the sentence's first words are the cue. */
  boolean opensWith(Cue cue) {
    return cueAt(firstWord, cue);
  }

  /**
   * Whether the sentence opens with a group its later figures are drawn from: a subset opener
   * ("Of those killed,", "Dari yang meninggal,") or a group opener word right before digits
   * ("Dari 11 korban meninggal dunia, 10 ...").
   */
  boolean opensWithSubset() {
    return opensWith(Cue.SUBSET_OF) || opensGroupAt(firstWord);
  }

  /** Whether a group opener word stands at token {@code k}, right before digits ("dari 11"). */
  boolean opensGroupAt(int k) {
    return k >= 0 && k + 1 < tokens.size()
        && lx.is(WordClass.GROUP_OPENER, tokens, k)
        && Character.isDigit(tokens.get(k + 1).text().charAt(0));
  }

  /**
   * Where the clause of a sentence opened by a subset opener ("Of those killed,", "Dari 11
   * korban,") ends; -1 if none.
   */
  int openerEnd() {
    if (!opensWithSubset()) {
      return -1;
    }
    return clauseBreakFrom(firstWord, tokens.size());
  }

  /** The first clause break in tokens {@code [from, to)} of the sentence read, or {@code to}. */
  int clauseBreakFrom(int from, int to) {
    if (from >= to) {
      return from;
    }
    if (nextBreak == null) {
      nextBreak = nextBreaks(tokens);
    }
    return Math.min(nextBreak[from], to);
  }

  /**
   * The words of tokens {@code [from, to)} that may make a clause of their own: in lower case and
   * neither function words, cues, scope words, counting nouns, predicate or attribution words, nor
   * words of a date ("sejak Oktober tahun lalu").
   */
  int contentWords(int from, int to) {
    int content = 0;
    for (int k = Math.max(0, from); k < Math.min(tokens.size(), to); k++) {
      Token t = tokens.get(k);
      if (!t.isWord() || t.isCapitalised() || !Character.isLetter(t.text().charAt(0))
          || dated(k)
          || lx.isFunctionWord(tokens, k) || lx.is(WordClass.SITE, tokens, k)
          || lx.cues.matchAt(tokens, k) != null
          || lx.scopes.matchAt(tokens, k) != null || lx.nouns.matchAt(tokens, k) != null
          || lx.predicates.matchAt(tokens, k) != null || lx.attribution.matchAt(tokens, k) != null) {
        continue;
      }
      content++;
    }
    return content;
  }

  /** How many semicolons the sentence holds: two or more make it a list of items. */
  int semicolons() {
    int n = 0;
    for (Token t : tokens) {
      if (t.text().equals(";")) {
        n++;
      }
    }
    return n;
  }

  /** Whether a semicolon stands in tokens {@code [from, to)}: a list item of its own begins. */
  boolean semicolonBetween(int from, int to) {
    for (int k = Math.max(0, from); k < Math.min(to, tokens.size()); k++) {
      if (tokens.get(k).text().equals(";")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a word joining clauses ("and", "dan") stands in {@code [from, to)} in the clause of
   * token {@code a} (not in names set off inside it: "Budi dan Ani").
   */
  boolean clauseJoinedBetween(int a, int from, int to) {
    for (int k = Math.max(0, from); k < to && k < tokens.size(); k++) {
      // "... rose to 110 as rescuers recovered more bodies": a subordinate clause is joined on too
      if (!isSetOff(a, k, to) && (lx.is(WordClass.CLAUSE_CONJ, tokens, k)
          || lx.is(WordClass.SUBORDINATOR, tokens, k))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word of {@link Cue#AUXILIARY} stands one or two tokens before token {@code k}. */
  boolean auxiliaryBefore(int k) {
    return cueAt(k - 1, Cue.AUXILIARY) || cueAt(k - 2, Cue.AUXILIARY);
  }

  /**
   * Whether an auxiliary of a main verb ends right before the verb at {@code v} or one word before
   * it ("had been found", "were quickly found", "had been subsequently found"); not one of an
   * infinitive ("15 people thought to have died had been found safe": "have died" says what they
   * were thought, "been found safe" what they are).
   */
  boolean finiteAuxiliaryBefore(int v) {
    for (int k = Math.max(0, v - 1 - FlagCues.REACH); k < v; k++) {
      PhraseTable.Match<Cue> m = lx.cues.matchAt(tokens, k);
      if (m != null && m.value() == Cue.AUXILIARY && (m.to() == v || m.to() == v - 1)
          && !(k > 0 && lx.is(WordClass.INFINITIVE, tokens, k - 1))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the predicate word at token i opens a relative clause ("yang mengungsi"). */
  boolean relative(int i) {
    return relativeOpener(i) >= 0;
  }

  /** The most words a phrase of the present ("saat ini", "hingga saat ini") has. */
  private static final int CURRENT_WORDS = 3;

  /**
   * The token of the relative opener ("yang", "who") a few lower-case words before the predicate
   * word at token i, or -1 when the word opens no relative clause. A word of the present between
   * ("yang saat ini masih mengalami luka berat") says when, so it is no word of the clause; it is
   * looked for only when the plain look finds no opener, so most predicates never pay for it.
   */
  int relativeOpener(int i) {
    int plain = relativeOpener(i, false);
    return plain >= 0 || i <= 3 ? plain : relativeOpener(i, true);
  }

  private int relativeOpener(int i, boolean pastPresent) {
    // "yang mengungsi", "yang telah mengungsi", "who had been unaccounted for"
    int k = i - 1;
    for (int words = 0; words < 3 && k >= 0; ) {
      if (cueAt(k, Cue.RELATIVE)) {
        return k;
      }
      int current = pastPresent
          ? lx.cues.startOfMatchEndingAt(tokens, k + 1, Cue.CURRENT, CURRENT_WORDS) : -1;
      if (current >= 0) {
        k = current - 1;
        continue;
      }
      Token t = tokens.get(k);
      if (t.isClauseBreak() || !t.isWord() || t.isCapitalised()) {
        return -1;
      }
      k--;
      words++;
    }
    return -1;
  }

  /**
   * Whether token {@code k} is a lower-case word that is no function word and starts no predicate:
   * a word that may qualify a noun ("devastating", "medical").
   */
  boolean plainWord(int k) {
    Token t = tokens.get(k);
    return t.isWord() && !t.isCapitalised() && !lx.isFunctionWord(tokens, k)
        && lx.predicates.matchAt(tokens, k) == null;
  }

  /** How many tokens of {@code [from, to)} are {@link #isSetOff} from token {@code a}'s clause. */
  int setOffCount(int a, int from, int to) {
    int n = 0;
    for (int k = Math.max(0, from); k < to; k++) {
      n += isSetOff(a, k, to) ? 1 : 0;
    }
    return n;
  }

  /**
   * Whether token {@code k} lies in a clause set off inside the clause of token {@code a}, which
   * goes on at token {@code to} (the words between the commas of an aside).
   */
  boolean isSetOff(int a, int k, int to) {
    int[] clause = clause();
    return to < clause.length && clause[to] == clause[a] && clause[k] != clause[a];
  }

  /** Per token, the first clause break at or after it; the token count after the last. */
  private static int[] nextBreaks(List<Token> tokens) {
    int[] next = new int[tokens.size()];
    int at = tokens.size();
    for (int k = tokens.size() - 1; k >= 0; k--) {
      if (tokens.get(k).isClauseBreak()) {
        at = k;
      }
      next[k] = at;
    }
    return next;
  }

  /** Whether a built-in flag rule ({@link FlagCues}) gives the flag to the figure or verb at {@code i}. */
  boolean flagged(ClaimFlag flag, FlagCues.Anchor anchor, int i) {
    return FlagCues.builtIn().gives(flag, anchor, tokens, i, lx.cues);
  }

  static boolean isTitleCase(List<Token> tokens) {
    if (tokens instanceof TokenList list) {
      return list.titleCase(); // asked by the event search and by the sentence's view: once
    }
    return countTitleCase(tokens);
  }

  /** {@link #isTitleCase}, counted. */
  static boolean countTitleCase(List<Token> tokens) {
    int words = 0;
    int capitalised = 0;
    for (Token t : tokens) {
      if (t.isWord() && Character.isLetter(t.text().charAt(0))) {
        words++;
        if (t.isCapitalised()) {
          capitalised++;
        }
      }
    }
    return words >= 3 && capitalised * 10 >= words * 7;
  }
}
