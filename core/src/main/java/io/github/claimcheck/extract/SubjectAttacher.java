package io.github.claimcheck.extract;

import static io.github.claimcheck.extract.Positions.firstToken;
import static io.github.claimcheck.extract.Positions.within;

import io.github.claimcheck.extract.Lexicon.Cue;
import io.github.claimcheck.extract.Lexicon.Noun;
import io.github.claimcheck.extract.Lexicon.WordClass;
import io.github.claimcheck.model.SubjectKey;
import io.github.claimcheck.parse.NumberExpression;
import java.util.List;

/**
 * Attaches to a figure what it counts: the counting noun after it (past an actor, a name or a
 * few modifiers), or a noun before it in its clause, the actor who owns or sends what is counted,
 * and the measure noun a count of a crowd or of body bags names. A function of the sentence view
 * and the figure's site: it keeps nothing between calls.
 */
final class SubjectAttacher {

  /** Most words of an event's name that {@link #inEventName} looks back over. */
  private static final int EVENT_NAME_WORDS = 3;

  /** Most words that qualify a counted noun between it and its figure ("40 foreign aid workers"). */
  static final int MODIFIERS = 2;

  private final Lexicon lx;

  SubjectAttacher(Lexicon lx) {
    this.lx = lx;
  }

  /**
   * The counting noun after a figure and what stands between: "of", an addition cue ("another
   * batch of"), an actor ("North Korean"), a name ("388 Maui residents") or a few modifiers.
   *
   * @param noun the counting noun, or null when none follows
   * @param adjacentActor the actor right after the figure ("3.000 tentara Korea Utara" has none;
   *     "3,000 North Korean troops" has one), or null
   * @param from the token where the noun was looked for, past "of", an addition cue and the actor
   * @param additionBetween whether an addition cue stands between the figure and its noun
   */
  record CountedNoun(PhraseTable.Match<Noun> noun, PhraseTable.Match<String> adjacentActor,
      int from, boolean additionBetween) {}

  /** The counting noun after the figure at the site; {@code blocked} marks figures and dates. */
  CountedNoun nounAfter(SentenceView view, FigureSite site, boolean[] blocked) {
    List<Token> tokens = view.tokens();
    NumberExpression n = site.figure();
    int b = site.last();
    int nounFrom = b + 1;
    boolean additionBetween = false;
    if (nounFrom < tokens.size() && lx.is(WordClass.OF, tokens, nounFrom)) {
      nounFrom++;
    }
    PhraseTable.Match<Cue> between = nounFrom < tokens.size() ? lx.cues.matchAt(tokens, nounFrom) : null;
    if (between != null && between.value() == Cue.ADDITION) {
      additionBetween = true;
      nounFrom = between.to();
    }
    PhraseTable.Match<String> adjActor = nounFrom < tokens.size() ? lx.actors.matchAt(tokens, nounFrom) : null;
    if (adjActor != null) {
      nounFrom = adjActor.to();
    }
    PhraseTable.Match<Noun> noun = nounFrom < tokens.size() ? lx.nouns.matchAt(tokens, nounFrom) : null;
    if (noun != null && noun.value().generic() && noun.to() < tokens.size()
        && lx.predicates.matchAt(tokens, noun.from()) == null) {
      // "11 ribu orang tentara": a generic noun before the noun that says who they are (but
      // "12 jenazah kru": a noun that names a predicate is what is counted)
      PhraseTable.Match<Noun> named = lx.nouns.matchAt(tokens, noun.to());
      if (named != null && !named.value().generic()) {
        noun = named;
      }
    }
    if (noun == null && adjActor == null) {
      // "388 Maui residents": a name between the figure and its noun.
      for (int k = nounFrom; k < Math.min(tokens.size() - 1, nounFrom + 2) && noun == null; k++) {
        if (!tokens.get(k).isCapitalised() || !tokens.get(k).isWord() || blocked[k]
            || (n.unitSpan() != null && n.unitSpan().start() + view.base() == tokens.get(k).start())) {
          // ... but not the figure's own unit: "Bayi 20 Bulan Jadi Korban" counts months
          break;
        }
        noun = lx.nouns.matchAt(tokens, k + 1);
      }
    }
    if (noun == null && lx.profile.modifiersBeforeNoun()) {
      // also past a people's name: "225 Indonesian polling station workers"
      noun = nounAfterModifiers(view, nounFrom, blocked);
    }
    if (noun == null && n.unitSpan() != null && lx.isNoun(n.unit())) {
      // "150 dead bodies": the scanner read our counting noun past a word qualifying it
      int u = firstToken(tokens, n.unitSpan().start() + view.base());
      PhraseTable.Match<Noun> unitNoun = u > b ? lx.nouns.matchAt(tokens, u) : null;
      if (unitNoun != null && u - b <= 1 + MODIFIERS) {
        noun = unitNoun;
      }
    }
    return new CountedNoun(noun, adjActor, nounFrom, additionBetween);
  }

  /**
   * The counting noun after words that qualify it ("280 medical personnel", "12 foreign
   * tourists"), in a language that puts such words before the noun; they must be lower-case words
   * of no table.
   */
  PhraseTable.Match<Noun> nounAfterModifiers(SentenceView view, int from, boolean[] blocked) {
    List<Token> tokens = view.tokens();
    for (int k = from; k < Math.min(tokens.size() - 1, from + MODIFIERS); k++) {
      if (!view.plainWord(k) || blocked[k] || lx.cues.matchAt(tokens, k) != null) {
        return null;
      }
      PhraseTable.Match<Noun> noun = lx.nouns.matchAt(tokens, k + 1);
      if (noun != null) {
        return noun;
      }
    }
    return null;
  }

  /**
   * A counting noun whose figures count themselves ({@code lang/measures.tsv}) near the figure at
   * token {@code a}, in its clause before it ("peserta aksi mencapai delapan juta") or in brackets
   * right after it ("40 ribu orang (peserta reuni)").
   */
  Subject measureNounNear(
      List<Token> tokens, FigureSite site, int[] clause, int a, List<NumberExpression> numbers, NumberExpression n, int base) {
    for (int i = a - 1; i >= site.reachFrom(); i--) {
      Subject s = measureNounAt(tokens, i, a);
      if (s != null && (clause[i] == clause[a] || !crossesAnyNumber(tokens, numbers, n, base, i, a))) {
        // "jumlah peserta aksi di lapangan Monas, pada Jumat (2/12), sebanyak 250 ribu orang"
        return s;
      }
    }
    for (int i = a + 1; i < Math.min(tokens.size(), a + 5); i++) {
      if (tokens.get(i).text().equals("(") && i + 1 < tokens.size()) {
        return measureNounAt(tokens, i + 1, tokens.size());
      }
    }
    return null;
  }

  Subject measureNounAt(List<Token> tokens, int i, int limit) {
    PhraseTable.Match<Noun> noun = lx.nouns.matchAt(tokens, i);
    if (noun == null || noun.to() > limit || !lx.measureNouns.containsKey(noun.value().kind())) {
      return null;
    }
    return new Subject(SubjectKey.of(noun.value().kind()), noun.value().kind(), "people");
  }

  String actorAfter(List<Token> tokens, int i) {
    if (i >= tokens.size()) {
      return null;
    }
    PhraseTable.Match<String> m = lx.actors.matchAt(tokens, i);
    if (m != null) {
      return m.value();
    }
    String w = tokens.get(i).lower();
    if (lx.is(WordClass.FROM, w) && i + 1 < tokens.size()) {
      m = lx.actors.matchAt(tokens, i + 1);
      return m == null ? null : m.value();
    }
    return null;
  }

  /** The actor named last before token {@code end} in its clause: the clause's subject. */
  String nearestActorBefore(List<Token> tokens, FigureSite site, int[] clause, int end) {
    String found = null;
    int i = site.reachFrom();
    while (i < end) {
      PhraseTable.Match<String> m = clause[i] == clause[Math.min(end, tokens.size() - 1)]
          ? lx.actors.matchAt(tokens, i) : null;
      if (m != null && m.to() <= end) {
        found = m.value();
        i = m.to();
      } else {
        i++;
      }
    }
    return found;
  }

  /**
   * The counting noun (with its actor) that ends right before token {@code end}: "pasukan Korea
   * Utara" before "yang"; null when none does.
   */
  Subject nounEndingAt(List<Token> tokens, int end) {
    for (int i = end - 1; i >= 0 && i >= end - 6; i--) {
      PhraseTable.Match<Noun> noun = lx.nouns.matchAt(tokens, i);
      if (noun != null && !noun.value().generic()) {
        PhraseTable.Match<String> actor = lx.actors.matchAt(tokens, noun.to());
        int to = actor == null ? noun.to() : actor.to();
        return to != end && !placeNameBetween(tokens, to, end) ? null
            : new Subject(key(actor == null ? null : actor.value(), noun.value().kind()),
                noun.value().kind(), noun.value().unit());
      }
    }
    return null;
  }

  /** Whether tokens {@code [from, to)} are a place word and a name ("di Rusia", "in Kursk"). */
  boolean placeNameBetween(List<Token> tokens, int from, int to) {
    PhraseTable.Match<Cue> c = from < to ? lx.cues.matchAt(tokens, from) : null;
    if (c == null || c.value() != Cue.PLACE || c.to() >= to) {
      return false;
    }
    for (int k = c.to(); k < to; k++) {
      if (!tokens.get(k).isWord() || !tokens.get(k).isCapitalised()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The nearest specific counting noun with a named actor before token {@code a} in its clause,
   * unless it is the speaker ("Polisi Klaim Hanya 100 Ribu").
   */
  Subject nounBefore(List<Token> tokens, FigureSite site, int[] clause, int a) {
    for (int i = a - 1; i >= site.reachFrom() && clause[i] == clause[a]; i--) {
      PhraseTable.Match<Noun> noun = lx.nouns.matchAt(tokens, i);
      if (noun != null && !noun.value().generic() && noun.to() <= a && !inEventName(tokens, i)
          && !speaker(tokens, noun)) {
        String actor = actorAfter(tokens, noun.to());
        return new Subject(key(actor, noun.value().kind()), noun.value().kind(), noun.value().unit());
      }
    }
    return null;
  }

  /**
   * Whether a counting noun before a figure is who speaks rather than what is counted: it is
   * followed by a speech verb, or it names a source ("polisi") and no relative clause follows it
   * ("aparat yang disiagakan ... berjumlah 1.200" still counts the officers).
   */
  private boolean speaker(List<Token> tokens, PhraseTable.Match<Noun> noun) {
    int next = noun.to();
    if (next >= tokens.size()) {
      return false;
    }
    PhraseTable.Match<List<Lexicon.AttributionCue>> m = lx.attribution.matchAt(tokens, next);
    if (m != null && m.value().contains(Lexicon.AttributionCue.VERB)) {
      return true;
    }
    return lx.is(WordClass.SOURCE_NOUN, tokens, noun.from())
        && !lx.cueAt(tokens, next, Cue.RELATIVE);
  }

  /** Whether token {@code i} is a word of an event's name of several words ("crowd crush"). */
  boolean inEventName(List<Token> tokens, int i) {
    for (int k = Math.max(0, i - EVENT_NAME_WORDS + 1); k <= i; k++) {
      PhraseTable.Match<String> m = lx.contexts.matchAt(tokens, k);
      if (m != null && m.to() > i && m.to() - m.from() > 1) {
        return true;
      }
    }
    return false;
  }

  static String actorOf(SubjectKey.Counted subjectKey) {
    return subjectKey.actor().orElse(null);
  }

  static SubjectKey.Counted key(String actor, String kind) {
    return SubjectKey.of(actor, kind);
  }

  /** Whether any other figure starts between tokens {@code from} and {@code to}. */
  boolean crossesAnyNumber(
      List<Token> tokens, List<NumberExpression> numbers, NumberExpression n, int base, int from, int to) {
    if (from >= to) {
      return false;
    }
    int s = tokens.get(from).start();
    int e = tokens.get(to - 1).end();
    for (NumberExpression o : within(numbers, x -> x.span().start() + base, s, e)) {
      if (o != n && (o.unit() == null || lx.isNoun(o.unit()))) {
        return true; // "gempa 7 SR" between counts nothing
      }
    }
    return false;
  }
}
