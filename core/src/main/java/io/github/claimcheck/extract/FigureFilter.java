package io.github.claimcheck.extract;

import static io.github.claimcheck.extract.Positions.firstToken;
import static io.github.claimcheck.extract.Positions.lastToken;

import io.github.claimcheck.extract.Lexicon.Cue;
import io.github.claimcheck.extract.Lexicon.WordClass;
import io.github.claimcheck.model.Scope;
import io.github.claimcheck.model.Span;
import io.github.claimcheck.parse.NumberExpression;
import java.util.List;
import java.util.Set;

/**
 * Tells whether a figure counts anything at all: not a number inside a name ("JT 610", "nomor
 * 12", "B737-8"), an age ("Herianto (25)"), a number glued to a word, a unit no lexicon counts
 * ("12 km"), a noun no lexicon counts ("12 suspects") or one family's kin ("dua anaknya"). A
 * function of the sentence view: it keeps nothing between calls.
 */
final class FigureFilter {

  /** Most tokens before a bare number inside the brackets that follow a name. */
  private static final int AGE_ASIDE_TOKENS = 6;

  private final Lexicon lx;

  FigureFilter(Lexicon lx) {
    this.lx = lx;
  }

  /**
   * Whether the figure at the site may count something: "6.4-magnitude", "5Blogger", "JT 610",
   * "nomor 12": a number inside a name is no count, nor is an age ("berusia 20-an"); people,
   * rounds and bags come in whole numbers ("6.8 on the Richter scale").
   */
  boolean mayCount(SentenceView view, FigureSite site) {
    List<Token> tokens = view.tokens();
    int a = site.first();
    int b = site.last();
    return !(a < 0 || b < a || itemNumber(tokens, a, b) || gluedToWord(tokens, a, b, site.span())
        || namesSomething(view, a)
        || (isAge(tokens, a, b) && !placeInBrackets(tokens, a))
        || afterAgeWord(tokens, a)
        || !Counts.isWholeNumber(site.figure().value()));
  }

  /**
   * Whether an age word stands right before token {@code a}, or one function word before it ("aged
   * 13", "from the ages of 13 to 19", "usia antara 5"): the figure is an age.
   */
  private boolean afterAgeWord(List<Token> tokens, int a) {
    return (a > 0 && lx.is(WordClass.AGE, tokens, a - 1))
        || (a > 1 && lx.is(WordClass.AGE, tokens, a - 2) && lx.isFunctionWord(tokens, a - 1));
  }

  /**
   * Whether the scanner gave the figure the unit of a later figure it changed into ("naik dari 500
   * menjadi 1.090 orang": 500 has the unit of 1.090): the figure itself is followed by no unit.
   */
  static boolean unitOfLaterFigure(NumberExpression n, List<NumberExpression> numbers) {
    int from = n.span().end();
    int to = n.unitSpan().start();
    for (NumberExpression o : numbers) {
      if (o != n && o.span().start() >= from && o.span().start() < to) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the figure at token {@code a} (ending at {@code b}) is one, right after a noun that
   * names what is counted and right before a noun of a person ("jasad seorang laki-laki", "jenazah
   * seorang ibu"): an article, as in "the body of a man", one person's story and no count. A
   * language that counts before the noun has no figure there.
   */
  boolean onePersonAfterNoun(SentenceView view, List<PhraseTable.Match<List<Lexicon.PredicateForm>>> mentions,
      NumberExpression n, int a, int b) {
    List<Token> tokens = view.tokens();
    if (!Counts.isOne(n.value()) || b + 1 >= tokens.size() || !tokens.get(a).isWord()) {
      return false;
    }
    boolean nounBefore = false;
    for (PhraseTable.Match<List<Lexicon.PredicateForm>> m : mentions) {
      nounBefore |= m.to() == a && lx.nouns.matchAt(tokens, m.from()) != null;
    }
    // not "korban jiwa satu orang": a counting word after it makes the figure the count
    PhraseTable.Match<Lexicon.ScopeWord> category = lx.scopes.matchAt(tokens, b + 1);
    PhraseTable.Match<Lexicon.Noun> person = lx.nouns.matchAt(tokens, b + 1);
    return nounBefore && ((person != null && !person.value().generic())
        || (category != null && category.value().kind() == Scope.Kind.CATEGORY));
  }

  /**
   * Whether one of the two words after the figure ending at token {@code b} is a kin word with a
   * possessive clitic ({@code words.tsv}: "dua anaknya", "lima anggota keluarganya"): the
   * languages that put the owner after the noun, as Indonesian does, say "his" there.
   */
  boolean ownKinAfter(List<Token> tokens, int b) {
    for (int k = b + 1; k < Math.min(tokens.size(), b + 3); k++) {
      Token t = tokens.get(k);
      if (lx.is(WordClass.KIN, t.norm()) && t.lower().length() > t.norm().length()
          && lx.is(WordClass.POSSESSIVE, t.lower().substring(t.norm().length()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the figure at token {@code a} is part of a name: after an identifier word ("nomor
   * 12", "Flight 610"), joined by a hyphen to a code ("B737-8", "JT-610"), after a two-letter
   * code ("JT 610"), or a capitalised number word after a name word with no counting noun after
   * it ("Kepulauan Seribu").
   */
  boolean namesSomething(SentenceView view, int a) {
    List<Token> tokens = view.tokens();
    if (a == 0) {
      return false;
    }
    for (int k = Math.max(0, a - 4); k < a; k++) {
      PhraseTable.Match<Cue> m = lx.cues.matchAt(tokens, k);
      // "nomor 12", "koordinat S 5 49.052": code letters and numbers may stand between
      if (m != null && m.value() == Cue.IDENTIFIER && codeOnly(tokens, m.to(), a)) {
        return true;
      }
    }
    Token prev = tokens.get(a - 1);
    Token fig = tokens.get(a);
    if (prev.text().equals("-") && prev.end() == fig.start() && a >= 2
        && tokens.get(a - 2).end() == prev.start()
        && tokens.get(a - 2).text().chars().anyMatch(Character::isLetter)) {
      return true;
    }
    if (prev.text().length() == 2 && prev.text().chars().allMatch(c -> c >= 'A' && c <= 'Z')
        && fig.text().chars().allMatch(Character::isDigit) && fig.text().length() >= 2) {
      return true;
    }
    if (fig.isCapitalised() && Character.isLetter(fig.text().charAt(0)) && prev.isWord()
        && prev.isCapitalised()
        && a > view.firstWord() && !lx.functionWords.contains(prev.lower())
        && lx.cues.matchAt(tokens, a - 1) == null && lx.predicates.matchAt(tokens, a - 1) == null
        && (a + 1 >= tokens.size() || (lx.nouns.matchAt(tokens, a + 1) == null
            && (!view.titleCase() || lx.predicates.matchAt(tokens, a + 1) == null)))) {
      // "Kepulauan Seribu" (also before a verb: "warga Kepulauan Seribu mengungsi"), but not
      // "Jadi Tiga Orang" or "Bertambah Jadi Tiga Tewas" in a headline, where every word is
      // capitalised
      return true;
    }
    // "peserta reuni 212", "aksi 212": digits right after an event word name the event.
    PhraseTable.Match<String> event = null;
    for (int k = Math.max(0, a - 3); k < a && event == null; k++) {
      PhraseTable.Match<String> m = lx.contexts.matchAt(tokens, k);
      event = m != null && m.to() == a ? m : null;
    }
    if (event != null && fig.text().chars().allMatch(Character::isDigit)
        && (a + 1 >= tokens.size() || lx.nouns.matchAt(tokens, a + 1) == null)) {
      return true;
    }
    // "the 212 Grand Reunion": digits before a capitalised name that counts nothing.
    if (a + 1 < tokens.size() && tokens.get(a + 1).isCapitalised() && tokens.get(a + 1).isWord()
        && !view.titleCase() && fig.text().chars().allMatch(Character::isDigit)
        && lx.nouns.matchAt(tokens, a + 1) == null && lx.actors.matchAt(tokens, a + 1) == null
        && lx.scopes.matchAt(tokens, a + 1) == null
        && (a + 2 >= tokens.size() || lx.nouns.matchAt(tokens, a + 2) == null)
        && (a + 3 >= tokens.size() || lx.nouns.matchAt(tokens, a + 3) == null)) {
      return true;
    }
    // "Gugurnya 53 Awak KRI Nanggala 402, Ini Penyebab ...": in a title-case headline, where the
    // rule below cannot tell names, digits after a name an acronym opens (not a list of places:
    // "DKI Jakarta 12, Jawa Barat 8")
    if (view.titleCase() && a >= 2 && prev.isCapitalised() && prev.isWord()
        && tokens.get(a - 2).isAcronym() && fig.text().chars().allMatch(Character::isDigit)
        && (a + 1 >= tokens.size() || lx.nouns.matchAt(tokens, a + 1) == null)
        && !placeItem(tokens, a)) {
      return true;
    }
    // "Reuni Alumni 212 mengklaim", "Aksi 212": digits right after a name, no noun after them.
    boolean afterName = a >= 2 && !view.titleCase() && prev.isCapitalised() && prev.isWord()
        && tokens.get(a - 2).isWord()
        && lx.scopes.matchAt(tokens, a - 1) == null && lx.actors.matchAt(tokens, a - 1) == null
        && fig.text().chars().allMatch(Character::isDigit);
    return afterName && (a + 1 >= tokens.size() || lx.nouns.matchAt(tokens, a + 1) == null)
        && (a + 1 >= tokens.size() || !tokens.get(a + 1).isWord()
            || !Character.isDigit(tokens.get(a + 1).text().charAt(0)))
        && !placeItem(tokens, a);
  }

  /**
   * Whether the name before the figure at token {@code a} is a place that labels an item of a
   * list: it opens with an administrative word ("Kota Ambon 12"), or it follows, after a comma
   * or a conjunction, another item ("18 orang, Seram Bagian Barat 11", "Ambon 12, dan Seram 11").
   */
  private boolean placeItem(List<Token> tokens, int a) {
    int s = a - 1;
    while (s > 0 && tokens.get(s - 1).isCapitalised() && tokens.get(s - 1).isWord()
        && a - s < NAME_WORDS) {
      s--;
    }
    // the administrative word may follow a capitalised word opening the sentence ("Kemudian
    // Kabupaten Malaka 6 meninggal, ...")
    for (int t = s; t < a - 1; t++) {
      PhraseTable.Match<Lexicon.ScopeWord> admin = lx.scopes.matchAt(tokens, t);
      if (admin != null && admin.value().kind() == Scope.Kind.PLACE && admin.to() < a) {
        return true;
      }
    }
    int k = s - 1;
    while (k >= 0 && (tokens.get(k).text().equals(",") || lx.is(WordClass.CONJ, tokens, k))) {
      k--;
    }
    if (k == s - 1 || k < 0) {
      return nextPlaceItem(tokens, a + 1);
    }
    if (Character.isDigit(tokens.get(k).text().charAt(0)) && k > 0
        && tokens.get(k - 1).isCapitalised()) {
      return true; // "Kota Ambon 12, dan Seram Bagian Barat 11": after another place's item
    }
    for (int from = Math.max(0, k - 1); from <= k; from++) {
      PhraseTable.Match<Lexicon.Noun> noun = lx.nouns.matchAt(tokens, from);
      if (noun != null && noun.to() == k + 1 && from > 0
          && Character.isDigit(tokens.get(from - 1).text().charAt(0))) {
        return true;
      }
    }
    return nextPlaceItem(tokens, a + 1);
  }

  /**
   * Whether another place's item follows from token {@code from}, after a comma or a conjunction:
   * "di Cibeber 250, Cidadap 150" is the first item of a list of places, not a name with a number.
   */
  private boolean nextPlaceItem(List<Token> tokens, int from) {
    int k = from;
    while (k < tokens.size() && (tokens.get(k).text().equals(",") || lx.is(WordClass.CONJ, tokens, k))) {
      k++;
    }
    if (k == from) {
      return false;
    }
    PhraseTable.Match<Cue> place = k < tokens.size() ? lx.cues.matchAt(tokens, k) : null;
    if (place != null && place.value() == Cue.PLACE) {
      k = place.to(); // "di Cibeber 250 dan di Cidadap 150"
    }
    int words = 0;
    while (k < tokens.size() && tokens.get(k).isWord() && tokens.get(k).isCapitalised()
        && Character.isLetter(tokens.get(k).text().charAt(0)) && words < NAME_WORDS) {
      k++;
      words++;
    }
    return words > 0 && k < tokens.size() && tokens.get(k).text().chars().allMatch(Character::isDigit);
  }

  /** Most words of a place name before a figure in a list ("Kabupaten Seram Bagian Barat"). */
  private static final int NAME_WORDS = 5;

  /** Whether the figure opens its line as the number of a list's item ("1. Kota Bekasi: 9"). */
  static boolean itemNumber(List<Token> tokens, int a, int b) {
    if (a != 0 || b != 0 || b + 1 >= tokens.size()) {
      return false;
    }
    String t = tokens.get(0).text();
    String next = tokens.get(1).text();
    return t.length() <= 2 && t.chars().allMatch(Character::isDigit)
        && (next.equals(".") || next.equals(")")) && tokens.get(0).end() == tokens.get(1).start();
  }

  /** Whether tokens {@code [from, to)} are only single letters and digits ("S 5"), or none. */
  static boolean codeOnly(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      String t = tokens.get(k).text();
      if (!(t.length() == 1 && Character.isLetter(t.charAt(0))) && !t.chars().allMatch(Character::isDigit)) {
        return false;
      }
    }
    return true;
  }

  /**
   * "Herianto (25)", "Tri Suci (perempuan, 24, warga Aceh Tamiang)": a bare number standing alone
   * in brackets, or as one comma-separated item of them, right after a name is an age; so is one
   * set off by commas right after a name ("Imam Syafii, 51, asal Ngantang", "John Doe, 45, of").
   */
  static boolean isAge(List<Token> tokens, int a, int b) {
    if (a < 2 || b + 1 >= tokens.size()) {
      return false;
    }
    String left = tokens.get(a - 1).text();
    String right = tokens.get(b + 1).text();
    if (!(left.equals("(") || left.equals(",")) || !(right.equals(")") || right.equals(","))) {
      return false;
    }
    Token beforeComma = tokens.get(a - 2);
    if (left.equals(",") && right.equals(",") && beforeComma.isWord() && beforeComma.isCapitalised()) {
      return true;
    }
    for (int k = a - 1; k >= 1 && k >= a - AGE_ASIDE_TOKENS; k--) {
      String t = tokens.get(k).text();
      if (t.equals(")")) {
        return false;
      }
      if (t.equals("(")) {
        return tokens.get(k - 1).isCapitalised() && tokens.get(k - 1).isWord();
      }
    }
    return false;
  }

  /**
   * Whether the bracketed figure at token {@code a} follows a place, not a person: the name before
   * the bracket comes right after a place word ("reported in South Carolina (49)", "di Garut
   * (12)"), or after a comma or conjunction that ends an item of such a list ("..., Georgia (33),
   * and Virginia (2)"). A person's age has no place word before the name.
   */
  boolean placeInBrackets(List<Token> tokens, int a) {
    int open = a - 1;
    for (int items = 0; items < MAX_BRACKETED_ITEMS && open > 0
        && tokens.get(open).text().equals("("); items++) {
      int name = open;
      while (name > 0 && tokens.get(name - 1).isWord() && tokens.get(name - 1).isCapitalised()) {
        name--;
      }
      if (name == open || name == 0) {
        return false;
      }
      if (lx.cues.startOfMatchEndingAt(tokens, name, Lexicon.Cue.PLACE, FlagCues.REACH) >= 0) {
        return true;
      }
      int k = name - 1;
      while (k > 0 && (tokens.get(k).text().equals(",") || lx.is(WordClass.CONJ, tokens, k))) {
        k--;
      }
      if (k == name - 1 || !tokens.get(k).text().equals(")")) {
        return false;
      }
      open = k - 1;
      while (open > 0 && !tokens.get(open).text().equals("(") && k - open <= AGE_ASIDE_TOKENS) {
        open--;
      }
    }
    return false;
  }

  /** How many bracketed items of a list are walked back for the place word that opens it. */
  private static final int MAX_BRACKETED_ITEMS = 12;

  /**
   * Whether a token of the figure joins its digits to a word: "6.4-magnitude", "5Blogger". Short
   * suffixes are part of a number ("700-an", "10rb").
   */
  static boolean gluedToWord(List<Token> tokens, int a, int b, Span figure) {
    for (int i = a; i <= b; i++) {
      Token tok = tokens.get(i);
      String t = tok.text();
      if (!hasDigit(t)) {
        continue;
      }
      int run = 0;
      for (int k = 0; k < t.length(); k++) {
        int at = tok.start() + k;
        boolean inFigure = at >= figure.start() && at < figure.end(); // "320-plus" reads whole
        run = Character.isLetter(t.charAt(k)) && !inFigure ? run + 1 : 0;
        if (run >= 3) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a char of {@code t} is a digit (a loop: this runs for every token of every figure). */
  private static boolean hasDigit(String t) {
    for (int k = 0; k < t.length(); k++) {
      if (Character.isDigit(t.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the figure at the site shares the noun of the figure joined right after it, and that
   * noun is one no lexicon counts: "6,500 and 2,000 other houses", "300 dan 40 unit rumah", or
   * of the figure it is a part of ("di empat dari lima titik").
   *
   * @param nounFrom the token after the figure (past "of" and an addition cue)
   */
  boolean sharesUncountedNoun(SentenceView view, FigureSite site, int nounFrom) {
    List<Token> tokens = view.tokens();
    if (nounFrom + 1 >= tokens.size() || !(lx.is(WordClass.CONJ, tokens, nounFrom)
        || lx.is(WordClass.PART_OF, tokens, nounFrom))) {
      return false; // "300 dan 40 unit rumah", "di empat dari lima titik": both count the noun
    }
    for (NumberExpression o : site.numbers()) {
      int first = firstToken(tokens, o.span().start() + view.base());
      if (first == nounFrom + 1) {
        int k = lastToken(tokens, o.span().end() + view.base()) + 1;
        if (k < tokens.size() && lx.nouns.matchAt(tokens, k) == null
            && lx.isFunctionWord(tokens, k)) {
          k++; // "2,000 other houses", "40 unit lainnya"
        }
        return k < tokens.size() && lx.nouns.matchAt(tokens, k) == null
            && countsSomethingElse(view, k);
      }
    }
    return false;
  }

  /**
   * Whether the word at token i names what the figure counts but is no counting noun of ours: a
   * lower-case word that is no function word, predicate or cue.
   */
  boolean countsSomethingElse(SentenceView view, int i) {
    List<Token> tokens = view.tokens();
    if (i >= tokens.size()) {
      return false;
    }
    Token t = tokens.get(i);
    if (admin(tokens, i)) {
      return true; // "menimpa 3 Kecamatan": places, not people
    }
    if (peopleBeforeDeathOrInjury(view, i)) {
      return false;
    }
    // A capitalised word may be a name ("388 Maui residents"); in a title-case headline every
    // word is capitalised ("15 Batalyon Dikerahkan")
    if (!t.isWord() || (t.isCapitalised() && !view.titleCase())
        || !Character.isLetter(t.text().charAt(0))) {
      return false;
    }
    return !lx.isFunctionWord(tokens, i)
        && !lx.hasVerbEnding(t.lower()) // "rose to 820 shortly after midday"
        && lx.predicates.matchAt(tokens, i) == null
        && lx.cues.matchAt(tokens, i) == null
        && lx.attribution.matchAt(tokens, i) == null;
  }

  /**
   * Whether the item of a list the figure at token {@code a} stands in is labelled by one word no
   * lexicon knows, right after a comma or a conjunction and through fillers ("luka berat 16,
   * nontrauma ada 33"): the figure counts something else, not one more item of the count before.
   */
  boolean unknownLabelBefore(SentenceView view, int a) {
    List<Token> tokens = view.tokens();
    int k = a - 1;
    while (k > 0 && view.cueAt(k, Lexicon.Cue.FILLER)) {
      k--;
    }
    if (k <= 0) {
      return false;
    }
    Token before = tokens.get(k - 1);
    boolean opens = before.text().equals(",") || lx.is(WordClass.CONJ, tokens, k - 1);
    return opens && lx.nouns.matchAt(tokens, k) == null && lx.scopes.matchAt(tokens, k) == null
        && !tokens.get(k).isCapitalised() && countsSomethingElse(view, k);
  }

  /** How many words of a noun phrase no lexicon knows may stand before "died" ("poll administrators"). */
  private static final int UNKNOWN_NOUN_WORDS = 3;

  /**
   * Whether the words from token i are a noun phrase no lexicon counts, right before a verb of
   * death or injury that governs the figure before it ("496 poll administrators died", "162
   * relawan meninggal"): only people die or are injured in news counts, whatever the noun.
   */
  boolean peopleBeforeDeathOrInjury(SentenceView view, int i) {
    List<Token> tokens = view.tokens();
    int words = 0;
    int auxiliaries = 0;
    for (int k = i; k < tokens.size() && words <= UNKNOWN_NOUN_WORDS; k++) {
      PhraseTable.Match<List<Lexicon.PredicateForm>> verb = lx.predicates.matchAt(tokens, k);
      if (verb != null) {
        return words > 0 && verb.value().stream().anyMatch(f -> f.position().allowsFigureBefore()
            && PEOPLE_ONLY.contains(f.predicate()));
      }
      Token t = tokens.get(k);
      if (!t.isWord() || !Character.isLetter(t.text().charAt(0))
          || lx.is(WordClass.ANIMAL, tokens, k)
          || admin(tokens, k)) {
        return false; // "30 ekor sapi mati", "30 cattle died", "dua desa": no toll
      }
      if (lx.isFunctionWord(tokens, k)) {
        // only a verb's auxiliaries between the noun and the verb ("have died"), not "9
        // countries were among those killed"
        if (words == 0 || ++auxiliaries > MAX_AUXILIARIES) {
          return false;
        }
      } else if (auxiliaries > 0) {
        return false;
      } else {
        words++;
      }
    }
    return false;
  }

  /** How many function words may stand between such a noun and its verb ("have been killed"). */
  private static final int MAX_AUXILIARIES = 2;

  /** Whether a place's administrative word starts at token k ("Kecamatan", "desa"). */
  private boolean admin(List<Token> tokens, int k) {
    PhraseTable.Match<Lexicon.ScopeWord> scope = lx.scopes.matchAt(tokens, k);
    return scope != null && scope.value().kind() == Scope.Kind.PLACE;
  }

  /** The predicates whose subjects are people, whatever noun names them. */
  private static final Set<String> PEOPLE_ONLY = Set.of("killed", "wounded");
}
