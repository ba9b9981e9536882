package io.github.claimcheck.extract;

import io.github.claimcheck.extract.Lexicon.ScopeWord;
import io.github.claimcheck.model.Scope;
import java.util.List;
import java.util.function.Predicate;

/**
 * Finds the part of the whole a figure counts: the place of a regional breakdown ("19 orang di
 * Kabupaten Agam", "Kecamatan Gunungsari 8 orang", "in Hatay province"), a category of the
 * counted people ("178 penumpang dewasa", "dua bayi") or their status ("luka berat 248 orang").
 * Reads the words of {@code scopes.tsv}; one instance serves one lexicon and is stateless.
 */
final class PartFinder {

  /**
   * A place named in a sentence: tokens {@code [from, to)}, its key without administrative words,
   * and whether an administrative word (Kabupaten, province) marked it as a place.
   */
  record Place(int from, int to, String key, String text, boolean administrative) {
    Scope scope() {
      return Scope.place(key, text);
    }
  }

  private static final int MAX_PLACE_WORDS = 4;

  private final Lexicon lx;

  PartFinder(Lexicon lx) {
    this.lx = lx;
  }

  /**
   * The place named at token {@code i}: an optional administrative word, then one to four
   * capitalised words (English administrative words may follow: "Hatay province"). Actors
   * ("Korea Utara") and blocked tokens (dates, figures) are no place.
   */
  Place placeAt(List<Token> tokens, int i, boolean[] blocked) {
    int k = i;
    boolean admin = false;
    PhraseTable.Match<ScopeWord> w = k < tokens.size() ? lx.scopes.matchAt(tokens, k) : null;
    if (w != null && w.value().placeBefore()) {
      admin = true;
      k = w.to();
      if (k < tokens.size() && tokens.get(k).text().equals(".")) {
        k++; // "Kab. Agam"
      }
    }
    int nameFrom = k;
    int from = i;
    StringBuilder key = new StringBuilder();
    while (k < tokens.size() && k - nameFrom < MAX_PLACE_WORDS && isNameWord(tokens.get(k))
        && !blocked[k]) {
      if (k == nameFrom && (lx.actors.matchAt(tokens, k) != null
          || lx.is(Lexicon.WordClass.NOT_PLACE, tokens, k))) {
        return null; // "dari Korea Utara": who, not where; "Gempa Magnitudo 7,5": a measure
      }
      PhraseTable.Match<ScopeWord> suffix = lx.scopes.matchAt(tokens, k);
      if (k > nameFrom && suffix != null && suffix.value().placeAfter()) {
        break;
      }
      if (lx.predicates.matchAt(tokens, k) != null) {
        break; // "Empat Tewas Delapan Luka-luka" in a title-case headline: a count word, no name
      }
      if (!admin && isPossessive(tokens.get(k)) && k + 1 < tokens.size()
          && isNameWord(tokens.get(k + 1)) && !blocked[k + 1]) {
        // "Russia's Kursk region": the place is the one the possessor holds
        key.setLength(0);
        nameFrom = k + 1;
        from = k + 1;
        k++;
        continue;
      }
      key.append(key.length() == 0 ? "" : "_").append(tokens.get(k).lower());
      k++;
    }
    if (k == nameFrom) {
      return null;
    }
    if (isPossessive(tokens.get(k - 1))) {
      key.setLength(key.length() - 2); // "in Libya's eastern city": Libya
    }
    int end = k;
    PhraseTable.Match<ScopeWord> suffix = end < tokens.size() ? lx.scopes.matchAt(tokens, end) : null;
    if (suffix != null && suffix.value().placeAfter()) {
      admin = true; // "Hatay province", "Kursk Oblast"
      end = suffix.to();
    }
    return new Place(from, end, key.toString(), joined(tokens, from, end), admin);
  }

  /** A word with a possessive ending: "Russia's", "Libya’s". */
  private static boolean isPossessive(Token t) {
    String w = t.text();
    return w.length() > 2 && (w.endsWith("'s") || w.endsWith("’s"));
  }

  /**
   * The place after the counted object: "19 orang di Kabupaten Agam", "2 orang dari Lombok
   * Tengah", "19 orang di antaranya ditemukan di Kabupaten Agam" (up to three words between, in
   * the same clause, none of them a figure).
   */
  Place placeAfter(List<Token> tokens, int[] clause, int objectEnd, boolean[] blocked) {
    int c = objectEnd > 0 ? clause[objectEnd - 1] : 0;
    int reach = objectEnd + 4;
    int verbAt = objectEnd; // where the figure's own verb may stand
    for (int k = objectEnd; k < Math.min(tokens.size(), reach); k++) {
      Token t = tokens.get(k);
      if (clause[k] != c || blocked[k] || t.isClauseBreak()) {
        return null;
      }
      PhraseTable.Match<Lexicon.Cue> prep = lx.cues.matchAt(tokens, k);
      if (prep != null && prep.value() == Lexicon.Cue.SUBSET_AFTER) {
        // "1.293 di antaranya tercatat berada di Provinsi X": the marker's words do not count
        // against the reach, and the figure's own verb may follow it
        reach += prep.to() - k;
        verbAt = k == verbAt ? prep.to() : verbAt;
        k = prep.to() - 1;
        continue;
      }
      if (prep != null && prep.value() == Lexicon.Cue.PLACE) {
        int at = afterSiteCount(tokens, prep.to(), blocked);
        Place p = at < tokens.size() ? placeAt(tokens, at, blocked) : null;
        if (p == null && prep.to() + 1 < tokens.size()
            && lx.isFunctionWord(tokens, prep.to())) {
          // "in the Concow area", "in the Hatay province": an article before an administrative name
          Place named = placeAt(tokens, prep.to() + 1, blocked);
          p = named != null && named.administrative() ? named : null;
        }
        if (p != null) {
          return p;
        }
        continue; // "di antaranya": no place yet
      }
      PhraseTable.Match<ScopeWord> admin = lx.scopes.matchAt(tokens, k);
      if (k == objectEnd && admin != null && admin.value().placeBefore()) {
        return placeAt(tokens, k, blocked);
      }
      if (t.isCapitalised() || (prep != null && prep.value() == Lexicon.Cue.BOUNDARY)
          || (k > verbAt && lx.predicates.matchAt(tokens, k) != null
              && !onlyAuxiliaries(tokens, pastOthers(tokens, verbAt), k))) {
        // "10 korban hilang kemudian di Kecamatan Rongga": the next item's place; but "136
        // people were killed in El Salvador": the figure's own predicate after its auxiliary
        return null;
      }
    }
    return null;
  }

  /**
   * The token after a count of sites at {@code k} ("sembilan titik (pengungsian)", "nine
   * sites"), where the place they are in is named: "305 jiwa di sembilan titik Kecamatan
   * Pronojiwo"; {@code k} itself when none stands there.
   */
  private int afterSiteCount(List<Token> tokens, int k, boolean[] blocked) {
    int j = k;
    while (j < tokens.size() && blocked[j]) {
      j++;
    }
    if (j == k || j >= tokens.size() || !lx.is(Lexicon.WordClass.SITE, tokens.get(j).lower())) {
      return k;
    }
    j++;
    while (j < tokens.size() && (lx.is(Lexicon.WordClass.SITE, tokens.get(j).lower())
        || lx.isFunctionWord(tokens, j))) {
      j++; // "titik pengungsian", "sites in"
    }
    return j;
  }

  /**
   * The token after the "others" cue at {@code k} ("delapan warga lainnya meninggal di ..."),
   * or {@code k}.
   */
  private int pastOthers(List<Token> tokens, int k) {
    PhraseTable.Match<Lexicon.Cue> m = k < tokens.size() ? lx.cues.matchAt(tokens, k) : null;
    return m != null && m.value() == Lexicon.Cue.OTHERS_AFTER ? m.to() : k;
  }

  /** Whether tokens {@code [from, to)} are all auxiliaries ("were", "have been"). */
  private boolean onlyAuxiliaries(List<Token> tokens, int from, int to) {
    int k = from;
    while (k < to) {
      PhraseTable.Match<ScopeWord> degree = lx.scopes.matchAt(tokens, k);
      if (degree != null && degree.value().kind() == Scope.Kind.STATUS) {
        // "nine were slightly injured in Sukabumi": a degree before the verb, or with it
        if (degree.to() >= to) {
          return true;
        }
        k = degree.to();
        continue;
      }
      PhraseTable.Match<Lexicon.Cue> m = lx.cues.matchAt(tokens, k);
      if (m == null || m.value() != Lexicon.Cue.AUXILIARY || m.to() > to) {
        return false;
      }
      k = m.to();
    }
    return true;
  }

  /**
   * The place right before the figure at token {@code a}: "Kecamatan Batulayar sebanyak 10
   * orang", "Kabupaten Tanah Datar 9 orang", "di Padang Pariaman 8 orang". Without an
   * administrative word the place must follow a preposition, a list's opener ("yakni Agam 19
   * orang") or an item of the list before it.
   */
  Place placeBefore(List<Token> tokens, int[] clause, int a, boolean[] blocked, boolean inList) {
    Place where = placeBeforeRelative(tokens, a, blocked);
    if (where == null) {
      where = listItemPlace(tokens, a, blocked);
    }
    if (where != null) {
      return where;
    }
    Place opening = placeOfOpeningClause(tokens, clause, a, blocked);
    Place near = placeRightBefore(tokens, clause, a, blocked, inList);
    // "Akibat gempa, di Majene ada 9 orang ... dan di Mamuju ada 37 orang": a place nearer the
    // figure than the one its clause opens with is its own
    return opening != null && (near == null || near.from() < opening.to()) ? opening : near;
  }

  /** The place {@link #placeBefore} names right before the figure, through fillers, or null. */
  private Place placeRightBefore(
      List<Token> tokens, int[] clause, int a, boolean[] blocked, boolean inList) {
    int end = a;
    if (end > 1 && tokens.get(end - 1).text().equals("(")) {
      end--; // "Kota Bekasi (9 orang)": the place the bracketed figure is given for
    }
    int c = clause[end];
    while (end > 0) {
      if (countsSites(tokens, end) && clause[end - 2] == c) {
        end -= 2; // "Kecamatan Candipuro 6 titik 1.136 jiwa": the count of its shelters between
        continue;
      }
      int current = lx.cues.startOfMatchEndingAt(tokens, end, Lexicon.Cue.CURRENT, FlagCues.REACH);
      if (current > 0 && clause[current] == c) {
        end = current; // "di Kabupaten Agam kini 19 orang", "tetap seperti semula, yakni tiga orang"
        continue;
      }
      int filler = lx.cues.startOfMatchEndingAt(tokens, end, Lexicon.Cue.FILLER, FlagCues.REACH);
      if (filler > 0 && filler < end - 1 && clause[filler] == c) {
        end = filler; // "the death toll in Donggala regency has reached 11": a filler of several words
        continue;
      }
      if (end < a && isCue(tokens, end - 1, Lexicon.Cue.RELATIVE)
          && isCue(tokens, end, Lexicon.Cue.FILLER)) {
        // "di Kota Kupang yang tercatat ada 6 meninggal": a relative clause of fillers only
        end--;
        c = clause[end];
        continue;
      }
      if (!((clause[end - 1] == c || opensApposition(tokens, end - 1, a))
          && (isCue(tokens, end - 1, Lexicon.Cue.FILLER) || opensApposition(tokens, end - 1, a)))) {
        break;
      }
      if (opensApposition(tokens, end - 1, a)) {
        // "Kabupaten Agam: 22 korban jiwa", "dari Sumatra Utara, yakni 116 orang"
        c = end >= 2 ? clause[end - 2] : c;
      }
      end--;
    }
    for (int start = Math.max(0, end - MAX_PLACE_WORDS - 2); start < end; start++) {
      if (clause[start] != c) {
        continue;
      }
      boolean prep = start > 0 && isCue(tokens, start - 1, Lexicon.Cue.PLACE)
          && clause[start - 1] == c;
      // "..., yakni Agam 19 orang, Tanah Datar 15 orang": a list's opener before the first name
      boolean opened = start > 0 && lx.is(Lexicon.WordClass.LIST_INTRO, tokens, start - 1);
      Place p = placeAt(tokens, start, blocked);
      if (p != null && p.to() == end && (p.administrative() || prep || inList || opened)) {
        return p;
      }
    }
    return null;
  }

  /**
   * The place that opens the figure's clause, or a short clause of its own right before it, after
   * a comma or a conjunction: "..., while in Aceh, 47 fatalities were recorded", "Kemudian, di
   * Sumatra Utara (Sumut) korban jiwa mencapai 370 orang": function words, a place preposition and
   * the place (an abbreviation in brackets may follow it), the figure's clause then.
   */
  private Place placeOfOpeningClause(List<Token> tokens, int[] clause, int a, boolean[] blocked) {
    // a clause starts at the break that opens it; the sentence's first clause is its fronted
    // place's (frontedPlace), not this one's
    int start = clauseStart(clause, a);
    if (start == 0) {
      return null;
    }
    int words = start < a && tokens.get(start).isClauseBreak() ? start + 1 : start;
    Place own = placeOpening(tokens, words, a, blocked);
    if (own != null || words == start || !tokens.get(start).text().equals(",")) {
      return own;
    }
    // the clause before, if it holds nothing but the place
    int before = clauseStart(clause, start - 1);
    if (before == 0 || start - before > OPENING_CLAUSE) {
      return null;
    }
    int from = tokens.get(before).isClauseBreak() ? before + 1 : before;
    Place p = placeOpening(tokens, from, start, blocked);
    return p != null && afterBrackets(tokens, p.to()) == start ? p : null;
  }

  private static int clauseStart(int[] clause, int i) {
    int start = i;
    while (start > 0 && clause[start - 1] == clause[i]) {
      start--;
    }
    return start;
  }

  /**
   * The place named by function words, a place preposition and a place starting at token {@code
   * from} and ending before {@code to}, or null.
   */
  private Place placeOpening(List<Token> tokens, int from, int to, boolean[] blocked) {
    for (int k = from; k < to; k++) {
      PhraseTable.Match<Lexicon.Cue> prep = lx.cues.matchAt(tokens, k);
      if (prep != null && prep.value() == Lexicon.Cue.PLACE) {
        // only function words stand before it: the loop stops at any other word
        Place p = prep.to() < to ? placeAt(tokens, prep.to(), blocked) : null;
        return p != null && p.to() <= to ? p : null;
      }
      if (!tokens.get(k).isWord() || !lx.isFunctionWord(tokens, k)) {
        return null;
      }
    }
    return null;
  }

  /** The token after an abbreviation in brackets at {@code i} ("(Sumut)"), or {@code i}. */
  private static int afterBrackets(List<Token> tokens, int i) {
    if (i < tokens.size() && tokens.get(i).text().equals("(")) {
      for (int k = i + 1; k < Math.min(tokens.size(), i + 5); k++) {
        if (tokens.get(k).text().equals(")")) {
          return k + 1;
        }
      }
    }
    return i;
  }

  /**
   * The place a relative clause about a place opens after, when the figure at {@code a} stands
   * right after its opener: "Muzaffarabad, where 11,000 died" counts Muzaffarabad's dead.
   */
  private Place placeBeforeRelative(List<Token> tokens, int a, boolean[] blocked) {
    int from = placeRelativeBefore(tokens, a);
    if (from < 0) {
      return null;
    }
    int end = from > 0 && tokens.get(from - 1).text().equals(",") ? from - 1 : from;
    for (int start = Math.max(0, end - MAX_PLACE_WORDS - 2); start < end; start++) {
      Place p = placeAt(tokens, start, blocked);
      if (p != null && p.to() == end) {
        return p;
      }
    }
    return null;
  }

  /** Whether the figure at {@code a} opens a relative clause about a place ("..., where 12 people"). */
  boolean opensPlaceRelative(List<Token> tokens, int a) {
    return placeRelativeBefore(tokens, a) >= 0;
  }

  /** The start of the place-relative opener ("where", "di mana") right before token {@code a}, or -1. */
  private int placeRelativeBefore(List<Token> tokens, int a) {
    for (int from = Math.max(0, a - 3); from < a; from++) {
      PhraseTable.Match<Lexicon.Cue> cue = lx.cues.matchAt(tokens, from);
      if (cue != null && cue.value() == Lexicon.Cue.PLACE_RELATIVE && onlyFillers(tokens, cue.to(), a)) {
        return from;
      }
    }
    return -1;
  }

  /**
   * The name that opens a list item "Name, N …" when items are separated by semicolons or follow
   * a list opener ("yaitu Kantor Polsek A, 89 orang; Kantor PDAM B, 65 orang"): the item's part.
   */
  private Place listItemPlace(List<Token> tokens, int a, boolean[] blocked) {
    int comma = a - 1;
    while (comma > 0 && !tokens.get(comma).text().equals(",") && isCue(tokens, comma, Lexicon.Cue.FILLER)) {
      comma--;
    }
    if (comma <= 0 || !tokens.get(comma).text().equals(",") || !onlyFillers(tokens, comma + 1, a)) {
      return null;
    }
    for (int start = Math.max(1, comma - MAX_PLACE_WORDS); start < comma; start++) {
      Token before = tokens.get(start - 1);
      boolean opensItem = before.text().equals(";") || lx.is(Lexicon.WordClass.LIST_INTRO, before.lower());
      Place p = opensItem ? placeAt(tokens, start, blocked) : null;
      if (p != null && p.to() == comma) {
        return p;
      }
    }
    return null;
  }

  /** Whether tokens {@code [from, to)} are all fillers ("where a total of 40"); none at all too. */
  /**
   * Whether the category phrase {@code [from, to)} labels a list's line ("Hipotermia: 3 orang"):
   * it opens the line and only a colon stands between it and the figure at {@code a}.
   */
  private boolean labelColon(List<Token> tokens, int from, int to, int a) {
    if (from != labelStart(tokens)) {
      return false;
    }
    int k = to;
    while (k < a - 1 && k - to < LABEL_TAIL && tokens.get(k).isWord()) {
      k++; // "Terseret Arus Banjir: 17 orang": words after the cause still label the item
    }
    return k + 1 == a && tokens.get(k).text().equals(":");
  }

  /** Whether the two tokens before {@code end} are a figure and a site word ("9 titik"). */
  private boolean countsSites(List<Token> tokens, int end) {
    return end > 1 && lx.is(Lexicon.WordClass.SITE, tokens.get(end - 1).lower())
        && Character.isDigit(tokens.get(end - 2).text().charAt(0));
  }

  /** Most words after a cause that may end a list line's label before its colon. */
  private static final int LABEL_TAIL = 2;

  private boolean isCategory(List<Token> tokens, int k) {
    PhraseTable.Match<ScopeWord> m = lx.scopes.matchAt(tokens, k);
    return m != null && m.value().kind() == Scope.Kind.CATEGORY;
  }

  /** The first word of a list line's label, after its item number ("2. Hipotermia: 3 orang"). */
  static int labelStart(List<Token> tokens) {
    return firstWord(tokens, FigureFilter.itemNumber(tokens, 0, 0) ? 2 : 0);
  }

  private boolean onlyFillers(List<Token> tokens, int from, int to) {
    int k = from;
    while (k < to) {
      PhraseTable.Match<Lexicon.Cue> m = lx.cues.matchAt(tokens, k);
      if (m == null || m.value() != Lexicon.Cue.FILLER || m.to() > to) {
        return false;
      }
      k = m.to();
    }
    return true;
  }

  /**
   * Whether token {@code k} is a colon, or a comma right before a filler that leads to the figure
   * at {@code a} ("..., yakni 116 orang"): the place before it names the figure's part.
   */
  private boolean opensApposition(List<Token> tokens, int k, int a) {
    String t = tokens.get(k).text();
    return t.equals(":") || (t.equals(",") && k + 1 < a && isCue(tokens, k + 1, Lexicon.Cue.FILLER));
  }

  /**
   * The place a sentence opens with, before its first comma: "Di Agam, 19 orang meninggal",
   * "In Hatay province, 37 people died".
   */
  Place frontedPlace(List<Token> tokens, boolean[] blocked) {
    // The opening clause: a few words up to the first comma ("Sementara di Sumatra Barat,",
    // "Untuk wilayah Aceh,").
    int from = 0;
    int comma = clauseBreakWithin(tokens, from);
    if (comma > 0 && functionWordsOnly(tokens, 0, comma)) {
      // "Sementara itu, di Thailand, tiga orang ...": past a connective opening the sentence
      from = comma + 1;
      comma = clauseBreakWithin(tokens, from);
    }
    int first = firstWord(tokens, from);
    PhraseTable.Match<Lexicon.Cue> opener = first < tokens.size() ? lx.cues.matchAt(tokens, first) : null;
    if (opener != null && opener.value() == Lexicon.Cue.PLACE && opener.to() < tokens.size()) {
      // "Di Kabupaten Lombok Timur juga sudah teridentifikasi 10 orang": an administrative place
      // opening the sentence covers it, comma or not.
      Place p = placeAt(tokens, opener.to(), blocked);
      if (p != null && p.administrative()) {
        return p;
      }
    }
    if (comma >= 0 && tokens.get(comma).text().equals(":")) {
      return null; // "Update Gempa Cianjur dari BNPB: 14 Orang ...": a headline's label, no place
    }
    for (int i = from; i < comma; i++) {
      if (lx.attribution.matchAt(tokens, i) != null) {
        return null; // "Sesuai data dari Basarnas, 24 orang ...": who says, not where
      }
    }
    for (int i = from; i < comma; i++) {
      PhraseTable.Match<Lexicon.Cue> prep = lx.cues.matchAt(tokens, i);
      int at = prep != null && prep.value() == Lexicon.Cue.PLACE ? prep.to() : i;
      PhraseTable.Match<ScopeWord> admin = lx.scopes.matchAt(tokens, at);
      boolean opens = at != i || (admin != null && admin.value().placeBefore());
      Place p = opens && at < comma ? placeAt(tokens, at, blocked) : null;
      if (p != null && p.to() == comma) {
        return p;
      }
    }
    return null;
  }

  /** The first clause break among the {@link #FRONTED_CLAUSE} tokens from {@code from}, or -1. */
  private static int clauseBreakWithin(List<Token> tokens, int from) {
    for (int k = from; k < Math.min(tokens.size(), from + FRONTED_CLAUSE + 1); k++) {
      if (tokens.get(k).isClauseBreak()) {
        return k;
      }
    }
    return -1;
  }

  /** Whether tokens {@code [from, to)} are function words only ("Sementara itu", "Meanwhile"). */
  private boolean functionWordsOnly(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!tokens.get(k).isWord() || !lx.isFunctionWord(tokens, k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The place a line's label names: "Aceh Tengah: 16 meninggal, 2 hilang", an item of a
   * breakdown by place (asked of lines of a list only: "BNPB: 43 orang meninggal" in a headline
   * names a source). The label is one to four capitalised words right before a colon that
   * opens the line, none of them a word the lexicon knows (a predicate, a counted noun, an
   * actor, an event, a cue: "Korban: 16 orang" or "Update: ..." name no place). The figures of
   * such a line are parts, so the place counts as administrative.
   */
  Place labelPlace(List<Token> tokens, boolean[] blocked) {
    int first = labelStart(tokens);
    Place p = first < tokens.size() ? placeAt(tokens, first, blocked) : null;
    if (p == null || p.to() >= tokens.size() || !tokens.get(p.to()).text().equals(":")) {
      return null;
    }
    for (int k = p.from(); k < p.to(); k++) {
      if (lx.predicates.matchAt(tokens, k) != null || lx.nouns.matchAt(tokens, k) != null
          || lx.actors.matchAt(tokens, k) != null || lx.events.matchAt(tokens, k) != null
          || lx.cues.matchAt(tokens, k) != null || lx.attribution.matchAt(tokens, k) != null
          || isCategory(tokens, k)) {
        return null; // "Hipotermia: 3 orang": a cause or a group labels the item, no place
      }
    }
    // a label names a part of the whole as surely as an administrative word does
    return new Place(p.from(), p.to(), p.key(), p.text(), true);
  }

  /**
   * Whether the sentence opens with a place that refers back ("Di daerah ini, …", "There, …"):
   * the place named in the sentence before.
   */
  boolean opensWithPlaceAnaphor(List<Token> tokens) {
    int first = firstWord(tokens);
    for (int k = first; k < Math.min(tokens.size(), first + 2); k++) {
      PhraseTable.Match<Lexicon.Cue> m = lx.cues.matchAt(tokens, k);
      if (m != null && m.value() == Lexicon.Cue.HERE) {
        return true;
      }
    }
    return false;
  }

  /** How many words a fronted place clause may have. */
  private static final int FRONTED_CLAUSE = 6;
  /** Most tokens of a clause that names only a place: break, connective, preposition, name, brackets. */
  private static final int OPENING_CLAUSE = 10;

  /**
   * The status word ("luka berat", "critical condition") that starts in tokens {@code [from, to)}
   * and ends by {@code end}, or null.
   */
  Scope status(List<Token> tokens, int from, int to, int end) {
    return firstScopeWord(tokens, from, to, end, k -> k == Scope.Kind.STATUS);
  }

  /** The first category or status word in tokens {@code [from, to)}, as a scope, or null. */
  Scope namedPart(List<Token> tokens, int from, int to) {
    return firstScopeWord(tokens, from, to, to, k -> k != Scope.Kind.PLACE);
  }

  /**
   * The first scope word of a wanted kind that starts in tokens {@code [from, to)} and ends by
   * {@code end}, as a scope, or null.
   */
  private Scope firstScopeWord(List<Token> tokens, int from, int to, int end,
      Predicate<Scope.Kind> wanted) {
    for (int k = Math.max(0, from); k < Math.min(tokens.size(), to); k++) {
      PhraseTable.Match<ScopeWord> m = lx.scopes.matchAt(tokens, k);
      if (m != null && m.to() <= end && wanted.test(m.value().kind())) {
        return new Scope(m.value().kind(), m.value().key(), joined(tokens, m.from(), m.to()));
      }
    }
    return null;
  }

  /**
   * The category of the counted people: the counting noun itself ("dua bayi"), the word after it
   * ("178 penumpang dewasa"), or the word before the figure ("perempuan 59.902 jiwa").
   */
  Scope category(List<Token> tokens, int a, int nounFrom, int nounTo) {
    // after the noun or the figure, or a phrase of up to three words right before the figure
    // ("hipotermia 3 orang", "tersengat listrik 5 orang")
    // "20 orang merupakan warga negara asing": the category after a copula is what they are
    int named = nounFrom >= 0 ? nounTo : a + 1;
    PhraseTable.Match<Lexicon.Cue> group = nounFrom < 0 && a + 1 < tokens.size() ? lx.cues.matchAt(tokens, a + 1) : null;
    if (group != null && group.value() == Lexicon.Cue.SUBSET_OF) {
      // "two of the dead were foreigners", "three of the injured were children": what they are
      // comes after the group
      named = group.to();
      PhraseTable.Match<List<Lexicon.PredicateForm>> counted = named < tokens.size() ? lx.predicates.matchAt(tokens, named) : null;
      named = counted != null ? counted.to() : named;
    }
    int copula = named < tokens.size() && lx.is(Lexicon.WordClass.COPULA, tokens, named)
        ? named + 1 : -1;
    int[] starts = nounFrom > a + 1 ? new int[] {nounFrom, nounTo, a + 1, copula, a - 1, a - 2, a - 3} // "45 elderly residents"
        : nounFrom >= 0 ? new int[] {nounFrom, nounTo, copula, a - 1, a - 2, a - 3}
        : new int[] {a + 1, copula, categoryAfterModifiers(tokens, a + 1), a - 1, a - 2, a - 3};
    int label = labelStart(tokens);
    PhraseTable.Match<ScopeWord> labelled = label < a ? lx.scopes.matchAt(tokens, label) : null;
    if (labelled != null && labelled.value().kind() == Scope.Kind.CATEGORY
        && labelColon(tokens, labelled.from(), labelled.to(), a)) {
      // "3. Terseret Arus Banjir: 17 orang": the cause that labels the list's line
      return Scope.category(labelled.value().key(), joined(tokens, labelled.from(), labelled.to()));
    }
    if (nounFrom >= 0 && nounTo + 1 < tokens.size()
        && lx.is(Lexicon.WordClass.SUBORDINATOR, tokens, nounTo)) {
      // "17 orang karena terseret arus": the cause named after a "because" right after the noun
      PhraseTable.Match<ScopeWord> m = lx.scopes.matchAt(tokens, nounTo + 1);
      if (m != null && m.value().kind() == Scope.Kind.CATEGORY && !joinsAnotherCategory(tokens, m.to())) {
        return Scope.category(m.value().key(), joined(tokens, m.from(), m.to()));
      }
    }
    for (int k : starts) {
      if (k < 0 || k >= tokens.size()) {
        continue;
      }
      boolean before = k < a;
      PhraseTable.Match<ScopeWord> m = lx.scopes.matchAt(tokens, k);
      if (m != null && m.value().kind() == Scope.Kind.CATEGORY && endsName(tokens, m.from())) {
        continue; // "Gunung Lewotobi Laki-laki": a word of a proper name, no category
      }
      if (m != null && m.value().kind() == Scope.Kind.CATEGORY
          && (!before || (m.to() <= a && (onlyFillers(tokens, m.to(), a)
              || labelColon(tokens, m.from(), m.to(), a))))) { // "women at 98", "Hipotermia: 3"
        if (!before && joinsAnotherCategory(tokens, m.to())) {
          return null; // "10 jenazah kru dan penumpang": crew and passengers, the whole
        }
        PhraseTable.Match<ScopeWord> next = !before && m.to() < tokens.size()
            ? lx.scopes.matchAt(tokens, m.to()) : null;
        if (next != null && next.value().kind() == Scope.Kind.CATEGORY
            && !next.value().key().equals(m.value().key())) {
          // "4 laki-laki dewasa, 1 laki-laki anak": two categories at once, men who are adults
          return Scope.category(m.value().key() + Scope.CATEGORY_JOINER + next.value().key(),
              joined(tokens, m.from(), next.to()));
        }
        return Scope.category(m.value().key(), joined(tokens, m.from(), m.to()));
      }
    }
    return categoryOfRelative(tokens, a);
  }

  /**
   * Whether the capitalised word at {@code k} ends a proper name: the word before it is a
   * capitalised word no lexicon knows ("Lewotobi Laki-laki", the volcano), so the category word is
   * part of the name. A headline's capitals after a known word ("Korban Laki-laki") are no name.
   */
  private boolean endsName(List<Token> tokens, int k) {
    if (k == 0 || !tokens.get(k).isCapitalised() || tokens.get(k).isAcronym()) {
      return false; // "WNI" is a category of its own after any word
    }
    Token before = tokens.get(k - 1);
    if (!before.isWord() || !before.isCapitalised() || lx.isFunctionWord(tokens, k - 1)) {
      return false;
    }
    // the word before must be no lexicon phrase's, nor end one ("Meninggal Dunia WNI")
    for (int j = Math.max(0, k - NAME_PHRASE_REACH); j < k; j++) {
      if (endsAt(lx.scopes.matchAt(tokens, j), k) || endsAt(lx.nouns.matchAt(tokens, j), k)
          || endsAt(lx.predicates.matchAt(tokens, j), k) || endsAt(lx.cues.matchAt(tokens, j), k)
          || endsAt(lx.actors.matchAt(tokens, j), k)) {
        return false;
      }
    }
    return true;
  }

  /** Words back from a category word a lexicon phrase ending right before it may start. */
  private static final int NAME_PHRASE_REACH = 4;

  private static boolean endsAt(PhraseTable.Match<?> m, int k) {
    return m != null && m.to() == k;
  }

  /** How many words "other" and a category's qualifiers may take ("other middle or high school"). */
  private static final int CATEGORY_MODIFIERS = 6;

  /**
   * Where a category word starts after "other" and words that qualify it, in a language that puts
   * them first ("five other middle or high school students"), or -1.
   */
  private int categoryAfterModifiers(List<Token> tokens, int from) {
    if (!lx.profile.modifiersBeforeNoun()) {
      return -1;
    }
    for (int k = from; k < Math.min(tokens.size(), from + CATEGORY_MODIFIERS); k++) {
      PhraseTable.Match<ScopeWord> m = lx.scopes.matchAt(tokens, k);
      if (m != null && m.value().kind() == Scope.Kind.CATEGORY) {
        return k;
      }
      Token t = tokens.get(k);
      if (!t.isWord() || t.isCapitalised() || lx.predicates.matchAt(tokens, k) != null) {
        return -1;
      }
    }
    return -1;
  }

  /** Most words back from a figure to the relative clause that may describe what it counts. */
  private static final int RELATIVE_REACH = 8;

  /**
   * A category a relative clause before the figure names ("korban yang tertimbun tanah longsor
   * mencapai 12 orang"): the clause opener right before the category phrase, in the figure's
   * clause.
   */
  private Scope categoryOfRelative(List<Token> tokens, int a) {
    for (int k = a - 1; k >= Math.max(1, a - RELATIVE_REACH); k--) {
      if (tokens.get(k).isClauseBreak()) {
        return null;
      }
      PhraseTable.Match<Lexicon.Cue> opener = lx.cues.matchAt(tokens, k - 1);
      PhraseTable.Match<ScopeWord> m = lx.scopes.matchAt(tokens, k);
      if (opener != null && opener.value() == Lexicon.Cue.RELATIVE && opener.to() == k
          && m != null && m.value().kind() == Scope.Kind.CATEGORY && m.to() <= a
          && onlyFillers(tokens, m.to(), a)) {
        // not "Kapal yang tenggelam disebut mengangkut 80 penumpang": a verb of its own between
        return Scope.category(m.value().key(), joined(tokens, m.from(), m.to()));
      }
    }
    return null;
  }

  /** Whether a conjunction and another category or counting noun start at token {@code k}. */
  private boolean joinsAnotherCategory(List<Token> tokens, int k) {
    if (k + 1 >= tokens.size() || !lx.is(Lexicon.WordClass.CONJ, tokens, k)) {
      return false;
    }
    PhraseTable.Match<ScopeWord> next = lx.scopes.matchAt(tokens, k + 1);
    return (next != null && next.value().kind() == Scope.Kind.CATEGORY)
        || lx.nouns.matchAt(tokens, k + 1) != null; // "kru dan penumpang"
  }

  /** Whether the article's event place is the same place (so the figure is the total). */
  static boolean isEventPlace(Place p, String eventPlace) {
    if (eventPlace == null) {
      return false;
    }
    return eventPlace.equals(p.key()) || eventPlace.startsWith(p.key() + "_")
        || p.key().startsWith(eventPlace + "_");
  }

  private static boolean isNameWord(Token t) {
    return t.isWord() && (t.isCapitalised() || isRoman(t.text()))
        && Character.isLetter(t.text().charAt(0));
  }

  /** The position of the first word token (the size when there is none). */
  static int firstWord(List<Token> tokens) {
    return firstWord(tokens, 0);
  }

  /** The first word token at or after {@code from}, or the token count. */
  static int firstWord(List<Token> tokens, int from) {
    int first = from;
    while (first < tokens.size() && !tokens.get(first).isWord()) {
      first++;
    }
    return first;
  }

  /** Whether the word is written in Roman numerals I, V and X only (no regex: asked per token). */
  private static boolean isRoman(String s) {
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (c != 'I' && c != 'V' && c != 'X') {
        return false;
      }
    }
    return !s.isEmpty();
  }

  private boolean isCue(List<Token> tokens, int k, Lexicon.Cue cue) {
    PhraseTable.Match<Lexicon.Cue> m = lx.cues.matchAt(tokens, k);
    return m != null && m.value() == cue && m.to() == k + 1;
  }

  private static String joined(List<Token> tokens, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int k = from; k < to; k++) {
      Token t = tokens.get(k);
      if (k > from && t.start() > tokens.get(k - 1).end()) {
        sb.append(' ');
      }
      sb.append(t.text());
    }
    return sb.toString().strip();
  }
}
