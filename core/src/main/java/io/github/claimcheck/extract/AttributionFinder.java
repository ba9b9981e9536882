package io.github.claimcheck.extract;

import io.github.claimcheck.extract.Lexicon.AttributionCue;
import io.github.claimcheck.extract.Lexicon.WordClass;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the source a sentence names for its figures (inventory section 5): a cue before the
 * source ({@code menurut X}, {@code according to X}), a speech tag after the statement ({@code
 * kata X}, {@code X said}), or a subject before a reporting verb ({@code X mengatakan bahwa}),
 * with chains ({@code X, yang merujuk pada Y}) and agentless passives ({@code dilaporkan}). A
 * pronoun or function word is never a source.
 */
final class AttributionFinder {

  private final Lexicon lx;

  AttributionFinder(Lexicon lx) {
    this.lx = lx;
  }

  Attribution find(List<Token> tokens) {
    List<PhraseTable.Match<List<AttributionCue>>> cues =
        lx.attribution.findAll(tokens, 0, tokens.size());
    Attribution byVerb = null;
    Attribution byTag = null;
    for (PhraseTable.Match<List<AttributionCue>> m : cues) {
      List<AttributionCue> kinds = m.value();
      if (kinds.contains(AttributionCue.BEFORE) || kinds.contains(AttributionCue.BASIS)) {
        Attribution a = sourceAfter(tokens, m.to(), true);
        if (a != null && !kinds.contains(AttributionCue.BEFORE) && !hasCapital(a.source())) {
          // "berdasarkan analisis puing-puing": a basis that names no one is no source.
          a = null;
        }
        if (a != null) {
          // A preposed "menurut X" outranks everything else.
          return a;
        }
      }
      if (byVerb == null && kinds.contains(AttributionCue.VERB)) {
        byVerb = sourceBefore(tokens, m.from());
        if (byVerb != null) {
          continue;
        }
      }
      if (byTag == null && kinds.contains(AttributionCue.PRONOUN) && isSpeechTag(tokens, m.from())) {
        byTag = Attribution.PRONOUN;
      }
      if (byTag == null && kinds.contains(AttributionCue.AFTER) && isSpeechTag(tokens, m.from())) {
        byTag = sourceAfter(tokens, m.to(), false);
      }
    }
    if (byTag != null && byVerb != null && !byTag.pronoun() && !byTag.source().equals(byVerb.source())) {
      // "Korea Selatan memperkirakan ..., ujar Lee": Lee speaks for South Korea.
      return new Attribution(byTag.source(), byVerb.source(), false);
    }
    if (byVerb != null || byTag != null) {
      return byVerb != null ? byVerb : byTag;
    }
    for (PhraseTable.Match<List<AttributionCue>> m : cues) {
      if (m.value().contains(AttributionCue.UNNAMED)) {
        return new Attribution(null, null, true);
      }
    }
    return null;
  }

  /** A speech verb of the sentence and the source named right before it. */
  record Speaker(int verb, Attribution attribution) {}

  /**
   * Every speech verb with a source before it, in order, when the sentence names at least two
   * sources so ("Police estimated ..., while organisers claimed ..."): a sentence may give each of
   * its figures from another source. Empty when it names fewer.
   */
  List<Speaker> speakers(List<Token> tokens) {
    List<Speaker> out = new ArrayList<>();
    Set<String> sources = new HashSet<>();
    for (PhraseTable.Match<List<AttributionCue>> m : lx.attribution.findAll(tokens, 0, tokens.size())) {
      if (m.value().contains(AttributionCue.VERB)) {
        Attribution a = sourceBefore(tokens, m.from());
        if (a != null && a.named()) {
          out.add(new Speaker(m.from(), a));
          sources.add(a.source());
        }
      }
    }
    return sources.size() < 2 ? List.of() : out;
  }

  /**
   * Whether a speech verb starts at token {@code k}: the subject of a later verb ends there ("X
   * said Sunday that there are an estimated 850 ..." names X, not "X said Sunday").
   */
  private boolean isSpeechVerbAt(List<Token> tokens, int k) {
    PhraseTable.Match<List<AttributionCue>> m = lx.attribution.matchAt(tokens, k);
    return m != null && m.value().contains(AttributionCue.VERB);
  }

  /** A speech tag stands after a comma or a closing quote: "..., kata X" / "...,” ujar X". */
  private static boolean isSpeechTag(List<Token> tokens, int at) {
    if (at == 0) {
      return false;
    }
    String prev = tokens.get(at - 1).text();
    return prev.equals(",") || prev.equals("”") || prev.equals("\"") || prev.equals("’");
  }

  /** Reads the source after a cue, extending over lists "A, B, dan C". */
  private Attribution sourceAfter(List<Token> tokens, int from, boolean allowList) {
    if (from < tokens.size() && (lx.is(WordClass.STOP, tokens, from)
        || Character.isDigit(tokens.get(from).text().charAt(0)))) {
      return null; // ", said 16 people were killed": a figure opens what is said, not who says it
    }
    int end = phraseEnd(tokens, from);
    if (end <= from) {
      return null;
    }
    int to = end;
    // "pejabat intelijen AS, Korea Selatan, dan Ukraina, Korea Utara telah ...": take the
    // following comma segments while they continue a list (short, or opened by "dan"/"and").
    while (allowList && to < tokens.size() && tokens.get(to).text().equals(",")) {
      int segStart = to + 1;
      int segEnd = phraseEnd(tokens, segStart);
      if (segEnd <= segStart) {
        break;
      }
      boolean opensWithAnd = isAnd(tokens.get(segStart));
      boolean nextOpensWithAnd =
          segEnd + 1 < tokens.size()
              && tokens.get(segEnd).text().equals(",")
              && isAnd(tokens.get(segEnd + 1));
      if ((opensWithAnd && segEnd - segStart <= 4) || (nextOpensWithAnd && segEnd - segStart <= 3)) {
        to = segEnd;
      } else {
        break;
      }
    }
    String source = clean(tokens, from, to);
    if (source == null) {
      return null;
    }
    String origin = chainedOrigin(tokens, to);
    return new Attribution(source, origin, false);
  }

  /** Reads the subject before a reporting verb, from the clause start. */
  private Attribution sourceBefore(List<Token> tokens, int verb) {
    if (verb > 0 && endsAuxiliary(tokens, verb)) {
      return null; // "Six hundred people have been reported missing": a passive names no speaker
    }
    if (followsFigure(tokens, verb)) {
      return null; // "from the 40 previously reported": a participle after a figure describes it
    }
    if (notSpeech(tokens, verb)) {
      return null;
    }
    if (verb > 1 && isRelative(tokens, verb - 1)) {
      return speakerOfRelative(tokens, verb - 1);
    }
    int[] named = nameBeforeComma(tokens, verb);
    if (named != null) {
      // "Naguib Sinarimbo, interior minister of the region, said ...", "peneliti politik
      // Universitas X, Dr Muradi, memperkirakan ...": the name next to the title speaks
      String source = clean(tokens, named[0], named[1]);
      return source == null ? null : new Attribution(source, null, false);
    }
    int start = clauseStart(tokens, verb);
    while (start < verb && (lx.is(WordClass.CLAUSE_CONJ, tokens, start)
        || tokens.get(start).isQuote() || tokens.get(start).text().equals("’"))) {
      start++; // '..., namun X mengatakan', '"...," he said': the quote closes, the source follows
    }
    boolean clauseBefore = false;
    for (int k = start + 1; k < verb - 1; k++) {
      clauseBefore |= lx.is(WordClass.STOP, tokens, k);
      // (in lower case: a title-case headline capitalises every word)
      if ((lx.is(WordClass.SUBORDINATOR, tokens, k)
          || (clauseBefore && lx.is(WordClass.CLAUSE_CONJ, tokens, k)))
          && !tokens.get(k).isCapitalised()) {
        // "The toll jumped Monday when officials said ...", "The toll had been put at 11 but
        // Abdul said ...": the speaker opens the clause the subordinator or conjunction begins,
        // not the sentence (a conjunction opens a clause only after a word that ends a noun
        // phrase: "BNPB dan BPBD menyebut" is one source)
        start = k + 1;
        clauseBefore = false;
      }
    }
    if (start < verb && lx.is(WordClass.PRONOUN, tokens, start) && start + 1 == verb) {
      return Attribution.PRONOUN;
    }
    if (start < verb && lx.is(WordClass.NOT_SOURCE, tokens, start)) {
      return null;
    }
    // Cut at a time expression or auxiliary between subject and verb ("X pada 27 Februari
    // mengungkapkan").
    int end = start;
    while (end < verb && !lx.is(WordClass.STOP, tokens, end) && !isSpeechVerbAt(tokens, end)) {
      end++;
    }
    if (end - start > 10 || end == start
        || (end - start == 1 && lx.is(WordClass.ARTICLE, tokens, start))) {
      return null; // "An estimated 644 soldiers died": an article alone names no one
    }
    // A subject in lower case is a source only in a speech tag after a comma (", police said").
    boolean tag = start > 0 && tokens.get(start - 1).text().equals(",");
    if (!tag && !tokens.get(start).isCapitalised() && !isNamedLower(tokens, start, end)
        && !lx.is(WordClass.SOURCE_NOUN, tokens, end - 1)) {
      return null; // "organisers claimed": a source noun may stand in lower case
    }
    String source = clean(tokens, start, end);
    return source == null ? null : new Attribution(source, null, false);
  }

  /** Most words an apposition between a name and its speech verb may have. */
  private static final int APPOSITION_WORDS = 20;

  /**
   * The name of a speaker set off by commas before its speech verb: the words between the last
   * two commas when they are a name ("..., Dr Muradi, memperkirakan"), else the name before a
   * title between them ("John Smith, the regional police chief, said"); a name is one to four
   * capitalised words. Null when the verb follows no comma or no such name stands there.
   */
  private static int[] nameBeforeComma(List<Token> tokens, int verb) {
    if (verb < 3 || !tokens.get(verb - 1).text().equals(",")) {
      return null;
    }
    int c = verb - 2;
    while (c > 0 && verb - 1 - c <= APPOSITION_WORDS && !tokens.get(c).text().equals(",")) {
      Token t = tokens.get(c);
      if (t.text().equals(".") || Character.isDigit(t.text().charAt(0))) {
        return null; // no figure in a title
      }
      c--;
    }
    if (c <= 0 || !tokens.get(c).text().equals(",")) {
      return null;
    }
    if (isName(tokens, c + 1, verb - 1)) {
      return new int[] {c + 1, verb - 1};
    }
    int start = clauseStart(tokens, c);
    while (start < c && (tokens.get(start).isQuote() || tokens.get(start).text().equals("’"))) {
      start++; // '..." Park, who sits on the committee, told reporters': the quote closes first
    }
    return isName(tokens, start, c) ? new int[] {start, c} : null;
  }

  /**
   * The first token of the clause that token {@code k} ends (after a comma or a full stop), at
   * most {@link FigureSite#REACH} tokens back: a clause with no break for longer is no prose,
   * and each speech verb of it would scan it all.
   */
  private static int clauseStart(List<Token> tokens, int k) {
    int start = k;
    while (start > Math.max(0, k - FigureSite.REACH) && !tokens.get(start - 1).isClauseBreak()
        && !tokens.get(start - 1).text().equals(".")) {
      start--;
    }
    return start;
  }

  /** Whether tokens {@code [from, to)} are one to four capitalised words. */
  private static boolean isName(List<Token> tokens, int from, int to) {
    if (to - from < 1 || to - from > 4) {
      return false;
    }
    for (int k = from; k < to; k++) {
      if (!tokens.get(k).isWord() || !isPersonNameWord(tokens.get(k))) {
        return false;
      }
    }
    return true;
  }

  /** A capitalised word of a person's name, or one with a particle before it ("el-Drese"). */
  private static boolean isPersonNameWord(Token t) {
    if (t.isCapitalised()) {
      return true;
    }
    String w = t.text();
    int hyphen = w.indexOf('-');
    return hyphen > 0 && hyphen + 1 < w.length() && Character.isUpperCase(w.charAt(hyphen + 1));
  }

  /** Whether token {@code k} opens a relative clause ("yang", "which"). */
  private boolean isRelative(List<Token> tokens, int k) {
    PhraseTable.Match<Lexicon.Cue> m = lx.cues.matchAt(tokens, k);
    return m != null && m.value() == Lexicon.Cue.RELATIVE && m.to() == k + 1;
  }

  /**
   * The speaker a relative clause describes ("Badan Intelijen Nasional, yang menyebutkan",
   * "estimasi awal yang menyebutkan"): the name right before it; a common noun names no source.
   */
  private Attribution speakerOfRelative(List<Token> tokens, int relative) {
    int end = relative;
    if (end > 0 && tokens.get(end - 1).text().equals(",")) {
      end--;
    }
    int start = end;
    if (start >= 3 && tokens.get(start - 1).text().equals(")") && tokens.get(start - 3).text().equals("(")) {
      start -= 3; // "Badan Intelijen Nasional (NIS) yang"
    }
    while (start > 0 && end - start < 8 && tokens.get(start - 1).isCapitalised()) {
      start--;
    }
    if (start < end && tokens.get(start).text().equals("(")) {
      return null; // an acronym alone in brackets, no name before it
    }
    if (start == end) {
      return null;
    }
    String source = clean(tokens, start, end);
    return source == null ? null : new Attribution(source, null, false);
  }

  /**
   * Whether the speech word at {@code verb} says nothing here: it opens a longer count predicate
   * ("The blaze claimed the lives of 9"), or, after a function word, describes the count noun
   * right after it ("the number of confirmed deaths"), or, after a count noun, says its state
   * with the predicate right after it ("the number of people confirmed dead").
   */
  private boolean notSpeech(List<Token> tokens, int verb) {
    PhraseTable.Match<List<Lexicon.PredicateForm>> own = lx.predicates.matchAt(tokens, verb);
    PhraseTable.Match<List<AttributionCue>> speech = lx.attribution.matchAt(tokens, verb);
    if (own != null && speech != null && own.to() > speech.to()) {
      return true;
    }
    int next = speech != null ? speech.to() : verb + 1;
    if (verb == 0 || next >= tokens.size()) {
      return false;
    }
    boolean predicateNext = lx.predicates.matchAt(tokens, next) != null;
    if (predicateNext && countNounEndsAt(tokens, verb)) {
      return true; // "the number of people confirmed dead": a participle of the count's state
    }
    return lx.isFunctionWord(tokens, verb - 1)
        && (predicateNext || lx.nouns.matchAt(tokens, next) != null);
  }

  /** Whether a counted noun ("people", "warga") ends right before token {@code k}. */
  private boolean countNounEndsAt(List<Token> tokens, int k) {
    for (int from = Math.max(0, k - 2); from < k; from++) {
      PhraseTable.Match<Lexicon.Noun> noun = lx.nouns.matchAt(tokens, from);
      if (noun != null && noun.to() == k) {
        return true;
      }
    }
    return false;
  }

  /** Whether a figure stands right before token {@code verb}, or before one lower-case word. */
  private static boolean followsFigure(List<Token> tokens, int verb) {
    int k = verb - 1;
    if (k > 0 && !tokens.get(k).isCapitalised() && Character.isLetter(tokens.get(k).text().charAt(0))) {
      k--;
    }
    return k >= 0 && Character.isDigit(tokens.get(k).text().charAt(0));
  }

  /**
   * Whether a passive auxiliary stands right before token {@code verb} ("been"), or an auxiliary
   * before a speech verb that a count's predicate follows ("10,100 people are reported missing").
   */
  private boolean endsAuxiliary(List<Token> tokens, int verb) {
    PhraseTable.Match<Lexicon.Cue> m = lx.cues.matchAt(tokens, verb - 1);
    if (m == null || m.to() != verb) {
      return false;
    }
    if (m.value() == Lexicon.Cue.PASSIVE) {
      return true;
    }
    PhraseTable.Match<List<AttributionCue>> speech = lx.attribution.matchAt(tokens, verb);
    return m.value() == Lexicon.Cue.AUXILIARY && speech != null && speech.to() < tokens.size()
        && lx.predicates.matchAt(tokens, speech.to()) != null;
  }

  private static boolean hasCapital(String s) {
    return s.chars().anyMatch(Character::isUpperCase);
  }

  private boolean isNamedLower(List<Token> tokens, int start, int end) {
    for (int i = start; i < end; i++) {
      if (tokens.get(i).isCapitalised()) {
        return true;
      }
    }
    return false;
  }

  /** After a source: ", yang merujuk pada Y" or "mengutip Y" names the underlying source. */
  private String chainedOrigin(List<Token> tokens, int from) {
    int i = from;
    if (i < tokens.size() && tokens.get(i).text().equals(",")) {
      i++;
    }
    if (i >= tokens.size()) {
      return null;
    }
    PhraseTable.Match<List<AttributionCue>> m = lx.attribution.matchAt(tokens, i);
    if (m == null || !m.value().contains(AttributionCue.CHAIN)) {
      return null;
    }
    int end = phraseEnd(tokens, m.to());
    return clean(tokens, m.to(), end);
  }

  private int phraseEnd(List<Token> tokens, int from) {
    int i = from;
    while (i < tokens.size()) {
      Token t = tokens.get(i);
      if (!t.isWord() && !t.text().equals("-") && !t.text().equals("&")) {
        if (t.text().equals("(")) {
          // keep an acronym in brackets: "Badan Intelijen Nasional (NIS)"
          if (i + 2 < tokens.size() && tokens.get(i + 2).text().equals(")")) {
            i += 3;
            continue;
          }
        }
        break;
      }
      if (i > from && (lx.is(WordClass.STOP, tokens, i) || countsSomething(tokens, i))) {
        break;
      }
      i++;
    }
    return i;
  }

  /**
   * Whether token {@code i} is a figure counting what follows it: "According to the press office
   * 10 bodies had been recovered" names the office, not "office 10 bodies"; a number inside a
   * name ("Kodam 17 Cenderawasih") is followed by a capital.
   */
  private static boolean countsSomething(List<Token> tokens, int i) {
    if (!Character.isDigit(tokens.get(i).text().charAt(0))) {
      return false;
    }
    return i + 1 >= tokens.size() || !tokens.get(i + 1).isWord()
        || Character.isLowerCase(tokens.get(i + 1).text().charAt(0));
  }

  /** Joins tokens, dropping leading filler ("informasi dari", "laporan"); null if empty. */
  private String clean(List<Token> tokens, int from, int to) {
    int i = from;
    boolean stripped = true;
    while (stripped && i < to) {
      stripped = false;
      PhraseTable.Match<List<AttributionCue>> m = lx.attribution.matchAt(tokens, i);
      if (m != null && m.value().contains(AttributionCue.STRIP) && m.to() < to) {
        i = m.to();
        stripped = true;
      }
    }
    if (i >= to || lx.is(WordClass.NOT_SOURCE, tokens, i)) {
      return null;
    }
    StringBuilder sb = new StringBuilder();
    for (int k = i; k < to; k++) {
      Token t = tokens.get(k);
      boolean glue =
          sb.length() == 0
              || t.text().equals(")")
              || t.text().equals(",")
              || (k > i && tokens.get(k - 1).text().equals("("));
      if (!glue) {
        sb.append(' ');
      }
      sb.append(t.text());
    }
    String s = sb.toString().strip();
    return s.isEmpty() ? null : s;
  }

  private boolean isAnd(Token t) {
    return lx.is(WordClass.AND, t.lower());
  }
}
