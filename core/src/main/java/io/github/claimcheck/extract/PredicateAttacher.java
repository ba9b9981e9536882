package io.github.claimcheck.extract;

import static io.github.claimcheck.extract.Positions.firstToken;
import static io.github.claimcheck.extract.Positions.lastToken;
import static io.github.claimcheck.extract.Positions.tokenAt;
import static io.github.claimcheck.extract.Positions.within;

import io.github.claimcheck.extract.Lexicon.Cue;
import io.github.claimcheck.extract.Lexicon.Noun;
import io.github.claimcheck.extract.Lexicon.PredicateForm;
import io.github.claimcheck.extract.Lexicon.WordClass;
import io.github.claimcheck.model.ClaimFlag;
import io.github.claimcheck.model.Scope;
import io.github.claimcheck.model.Span;
import io.github.claimcheck.parse.NumberExpression;
import io.github.claimcheck.parse.NumberMarker;
import java.util.ArrayList;
import java.util.List;

/**
 * Attaches a predicate to a figure: which verb or predicate noun of its clause says what happened
 * to what it counts ("tewas", "dievakuasi", "the toll rose to"), or none. It weighs the mentions
 * within the figure's reach by where they stand (the counted noun itself, after the figure, before
 * it), by clause, by the other figures between, and by "N of M" groups. A function of the sentence
 * view and the figure's site: it keeps nothing between calls.
 */
final class PredicateAttacher {

  /**
   * How far a generic noun that names a predicate ("23 korban") counts: a verb of the clause up to
   * four words after the noun wins ("23 korban di Kecamatan Cigenang masih tertimbun").
   */
  private static final int GENERIC_NOMINAL_DISTANCE = 5;

  /**
   * How many content words in a figure's own clause make it a clause of its own, not an aside
   * ("searched homes for 670 people"; "sebanyak 225 orang" is none).
   */
  private static final int CLAUSE_WORDS = 2;

  /**
   * How many words may stand between a predicate that labels a figure and the figure
   * ("luka ringan/sedang 420": the other state named with it).
   */
  private static final int LABEL_GAP = 2;

  /** Most tokens from a subset opener's clause break to the figure it names the group of. */
  private static final int OPENER_GAP = 3;

  /** How much farther a predicate in a relative clause after the noun counts than the main verb. */
  private static final int RELATIVE_CLAUSE_PENALTY = 8;

  private final Lexicon lx;
  private final SubjectAttacher subjects;
  private final FigureFilter figures;

  PredicateAttacher(Lexicon lx) {
    this.lx = lx;
    this.subjects = new SubjectAttacher(lx);
    this.figures = new FigureFilter(lx);
  }

  /**
   * The predicate attached to a figure.
   *
   * @param predicate the predicate
   * @param span where its words are in the article text
   * @param from its first token
   * @param to the token after its words
   * @param addition whether its verb is flagged as an addition ({@link FlagCues})
   * @param weak chosen from a generic counting noun ("17 korban"): a topic or a list may override it
   * @param relative in a relative clause after the counted noun ("who had been unaccounted for")
   */
  record PredicateChoice(String predicate, Span span, int from, int to, boolean addition,
      boolean weak, boolean relative) {

    /** The same words read as another predicate ("korban" after a death toll: the dead). */
    PredicateChoice withPredicate(String other) {
      return new PredicateChoice(other, span, from, to, addition, weak, relative);
    }
  }


  /**
   * How many tokens after a predicate in the subject of a verb of the count's size ("... rose
   * to") its figure may stand.
   */
  private static final int SUBJECT_REACH = 16;
  /** How many tokens after a relative clause's predicate its noun's figure may stand. */
  private static final int RELATIVE_REACH = 12;
  /** Words from a negator to its verb: the negator and up to three modals ("could not have been"). */
  private static final int NEGATION_REACH = 4;

  List<PhraseTable.Match<List<PredicateForm>>> predicateMentions(List<Token> tokens) {
    List<PhraseTable.Match<List<PredicateForm>>> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      PhraseTable.Match<Cue> trap = lx.cues.matchAt(tokens, i);
      PhraseTable.Match<List<PredicateForm>> p = lx.predicates.matchAt(tokens, i);
      if (trap != null && trap.value() == Cue.TRAP && (p == null || trap.length() >= p.length())
          && !predicateOutruns(tokens, trap)) {
        i = trap.to();
        continue;
      }
      int outrun = p == null ? -1 : outrunningPredicate(tokens, p);
      if (outrun >= 0) {
        // "jumlah penumpang selamat": a form starting inside this one and ending after it says
        // more of the noun they share (the survivors among the passengers), so it is read instead
        i = outrun;
      } else if (p != null) {
        out.add(p);
        i = p.to();
      } else {
        i++;
      }
    }
    return out;
  }

  /** Where a predicate form starting inside {@code p} and ending after it starts, or -1. */
  int outrunningPredicate(
      List<Token> tokens, PhraseTable.Match<List<PredicateForm>> p) {
    for (int k = p.from() + 1; k < p.to(); k++) {
      PhraseTable.Match<List<PredicateForm>> q = lx.predicates.matchAt(tokens, k);
      if (q != null && q.to() > p.to()) {
        return k;
      }
    }
    return -1;
  }

  /**
   * Whether a predicate phrase starting inside the trap ends after it: "data korban" hides the
   * victims of "data korban menyeluruh", not the "korban tewas" of "data korban tewas".
   */
  boolean predicateOutruns(List<Token> tokens, PhraseTable.Match<Cue> trap) {
    for (int k = trap.from() + 1; k < trap.to(); k++) {
      PhraseTable.Match<List<PredicateForm>> p = lx.predicates.matchAt(tokens, k);
      if (p != null && p.to() > trap.to()) {
        return true;
      }
    }
    return false;
  }

  PredicateChoice choosePredicate(
      SentenceView view, FigureSite site,
      List<PhraseTable.Match<List<PredicateForm>>> mentions,
      List<NumberExpression> numbers,
      NumberExpression n,
      int a,
      int nounStart,
      int objectEnd,
      int base,
      Subject subject,
      boolean listItem,
      PartOf partOf) {
    List<Token> tokens = view.tokens();
    int[] clause = view.clause();
    PredicateChoice best = null;
    int subsetOpenerEnd = subsetOpenerEnd(view);
    int openerEnd = view.openerEnd();
    // where a verb of the count's size ending right before the figure starts ("rose to 36"), or -1
    int countVerb = lx.cues.startOfMatchEndingAt(tokens, a, Cue.FILLER, FlagCues.REACH);
    NumberExpression group = partOf.group();
    PhraseTable.Match<Noun> counted = nounStart >= 0 ? lx.nouns.matchAt(tokens, nounStart) : null;
    boolean genericNoun = counted != null && counted.value().generic();
    int bestDistance = Integer.MAX_VALUE;
    // Where the counted noun ends with the predicate words it starts ("146 korban meninggal
    // dunia"): a relative clause right after them says which of those are counted.
    int describedEnd = objectEnd;
    // Whether the counted noun says itself what happened to it beyond a generic noun ("130
    // korban tewas"), and whether a predicate labels the figure right before it ("luka ringan/sedang
    // 420 orang"), as the items of a breakdown do.
    boolean nounSaysWhat = false;
    boolean labelledBefore = false;
    boolean negatedVerb = false;
    for (PhraseTable.Match<List<PredicateForm>> m : mentions) {
      if (m.from() == nounStart) {
        describedEnd = Math.max(describedEnd, m.to());
        nounSaysWhat |= !isGenericNoun(tokens, m.from(), m.to());
      }
      if (m.to() <= a && a - m.to() <= LABEL_GAP && clause[m.to() - 1] == clause[a]
          && !isGenericNoun(tokens, m.from(), m.to())) {
        labelledBefore = true;
      }
    }
    for (PhraseTable.Match<List<PredicateForm>> m : mentions) {
      // "2. Hilang: 1 orang": a predicate that labels a list's line counts its figure
      boolean labelOfLine = m.to() + 1 == a && tokens.get(m.to()).text().equals(":")
          && m.from() == PartFinder.labelStart(tokens);
      // "Adapun rincian korban meninggal dunia ... di Flores Timur mencapai 71 orang": what a
      // breakdown's opener names is what every figure of its sentence after it counts
      boolean namedByBreakdown = m.to() <= a && view.cueEndingAt(m.from(), Cue.BREAKDOWN)
          && clause[m.to() - 1] != clause[a];
      labelOfLine |= namedByBreakdown;
      // "506 warga Desa A, 332 warga Desa B, dan 679 warga Desa C mengungsi": the commas of a
      // list of named items part no clause from the verb they share
      boolean sharedByItems = m.from() >= objectEnd
          && namedItemsShareVerb(view, numbers, base, objectEnd, m.from());
      // "Among the dead, 100 were women": the subset opener's clause names the group the figure
      // right after it is drawn from, and so what it counts
      boolean namesGroup = m.to() <= openerEnd && openerEnd <= a && a - openerEnd <= OPENER_GAP;
      if (clause[m.from()] != clause[a] && clause[m.to() - 1] != clause[a] && !labelOfLine
          && !sharedByItems && !namesGroup) {
        continue;
      }
      // "70 tawanan perang", "1.000 pengungsi": the counted noun itself names the predicate.
      boolean nominal = m.from() == nounStart;
      boolean after = !nominal && m.from() >= objectEnd;
      boolean before = !nominal && m.to() <= a;
      if (!after && !before && !nominal) {
        continue;
      }
      if (before && lx.is(WordClass.EXISTENTIAL, tokens, m.from())
          && relativeAfter(view, mentions, a, describedEnd)) {
        // "Terdapat tiga personel TNI yang gugur": after a verb that only says they exist, a
        // relative clause right after the noun says what the figure counts
        continue;
      }
      if (before && followsFigure(view, numbers, n, base, m.from())
          && (nounSaysWhat || verbAfter(view, mentions, numbers, n, base, a, objectEnd))) {
        // "30 korban selamat dan 6 orang ditemukan dalam keadaan meninggal dunia": the words
        // right after another figure are that figure's when this one has a verb of its own, or
        // a counted noun that says what happened ("154 korban jiwa dan 76 korban luka")
        continue;
      }
      if (before && !nominal && joinedToGoverningVerb(view, a, n) && saysOwnState(tokens, objectEnd)) {
        // "3 million people displaced ... and nearly 20 million in need": a figure joined on
        // that states its own state is no further object of the verb before it
        continue;
      }
      // A verb after the figure belongs to the nearest figure before it; a governing verb before
      // the figure may govern several ("menewaskan 12 tentara dan 3 warga").
      if (after && crossesOtherNumber(view, a, numbers, n, base, objectEnd, m.from())
          && !coordinatedBefore(view, numbers, base, counted, objectEnd, m.from())
          && !alternativeAfter(view, numbers, base, objectEnd)
          && !sharedByItems
          && !(group != null && view.auxiliaryBefore(m.from()) && !crossesOtherNumber(view, a, numbers, group, base, objectEnd, m.from()))) {
        // "55 of 75 confirmed dead had been identified": the main verb after the group's figure
        // is the part's, which the group does not hide (words inside the group's phrase are not)
        continue;
      }
      if (after && purposeClauseBetween(view, objectEnd, m.from())) {
        // "besides 1,200 personnel to rush the injured to hospitals": the words after a verb of
        // purpose are its object, not what the figure counts
        continue;
      }
      if (after && labelledBefore && precedesFigure(view, numbers, n, base, m.to())) {
        // "luka ringan/sedang 420 orang dan luka berat 23 orang": in a list whose items are
        // labelled before their figures, the label right before the next figure is that one's
        continue;
      }
      if (after && partOf.isGroup() && m.from() > objectEnd && view.auxiliaryBefore(m.from())) {
        // ... and the group (75) is counted by its own words ("confirmed dead"), not that verb
        continue;
      }
      if (before && !joinedToGoverningVerb(view, a, n)
          && crossesOtherNumber(view, a, numbers, n, base, m.to(), a)
          && (!listItem || view.contentWords(Clauses.ownClauseStart(tokens, m.to(), a), a) >= CLAUSE_WORDS)) {
        // "evacuated 3,000 residents and detained 12 suspects": another verb governs the 12; a
        // list item with a place too, when a clause of its own stands before it ("rose to 23 in
        // four counties while deputies in Lake County searched homes for 540 people")
        continue;
      }
      // A generic noun that names a predicate ("17 korban") yields to a verb near it, a
      // participle describing the noun to the main verb ("people reported missing were found").
      // Words set off inside the figure's clause ("satu korban, Budi dan Ani, belum ditemukan")
      // are no distance: they belong to a clause of their own.
      // "125 orang meninggal dengan 124 di antaranya sudah teridentifikasi": a subset marker
      // right after the figure is no distance to its own verb
      int distance = nominal ? (!genericNoun ? 0 : m.to() <= objectEnd ? GENERIC_NOMINAL_DISTANCE : 2)
          : after ? m.from() - objectEnd - view.setOffCount(a, objectEnd, m.from()) - subsetMarker(view, objectEnd, m.from())
          : a - m.to();
      if ((after || before && nounSaysWhat) && isGenericNoun(tokens, m.from(), m.to())) {
        // "Tujuh orang korban dengan luka berat": a generic noun after the counted one yields to
        // a predicate of its clause a few words on, as it does when it is the counted noun; one
        // before the figure yields to a counted noun that names its own ("total korban sebanyak
        // 130 korban tewas")
        distance += GENERIC_NOMINAL_DISTANCE;
      }
      boolean joined = after && view.clauseJoinedBetween(a, objectEnd, m.from());
      if (joined) {
        // "the death toll has risen to 31 and more were missing": a verb after a clause joined
        // on is that clause's; a predicate before the figure, when there is one, is the figure's
        distance += RELATIVE_CLAUSE_PENALTY;
      }
      if (after && view.relative(m.from()) && m.from() - describedEnd <= 2
          && statesWhatIsCounted(m)) {
        // "19 jenazah yang belum teridentifikasi", "146 korban meninggal dunia yang belum
        // teridentifikasi": a clause right after the noun that states a count of its own
        // (lang/measures.tsv) says which of them are counted
        distance = -1;
      } else if (after && view.relative(m.from()) && genericNoun && nounStart >= 0
          && m.from() - objectEnd <= 3 && !mentionAfter(view, numbers, n, a, base, mentions, m)) {
        // "satu korban tenggelam yang masih dalam pencarian": with no main verb after it, the
        // clause says which victims are counted
        distance = m.from() - objectEnd;
      } else if (after && view.relative(m.from())) {
        // "300 tentara yang dikirim ke Rusia telah tewas", "300 soldiers who were sent to Russia
        // have died": the relative clause describes the soldiers; the main verb after it says
        // what the figure counts
        distance += RELATIVE_CLAUSE_PENALTY;
      } else if (after && !joined
          && view.finiteAuxiliaryBefore(m.from())) {
        distance = -1; // the main verb wins over a participle right after the noun
      }
      // "meninggal 9 orang", "warga yang mengungsi ... mencapai 20 ribu": a verb that usually
      // follows its figure may precede it right before the figure or in a relative clause.
      if (before && modifiesAnotherPredicate(view, mentions, m) && !statesWhatIsCounted(m)) {
        // "korban meninggal dunia yang telah dievakuasi sebanyak 67 orang": the clause describes
        // the dead; they are what is counted. But "korban yang ditemukan dalam kondisi selamat
        // adalah 18 orang": a clause stating a count of its own says which victims are counted.
        continue;
      }
      if (before && besidesBefore(tokens, m.from())) {
        // "Selain korban meninggal, 637 orang luka-luka", "Besides the dead, 637 were injured":
        // the predicate names those the figure leaves out
        continue;
      }
      if (!nominal && negated(tokens, m.from())) {
        // "30 warga tidak bisa dievakuasi": the verb says what did not happen to the figure;
        // a counted noun may still say what it counts ("tiga jenazah belum bisa dievakuasi")
        negatedVerb = true;
        continue;
      }
      // "Among the dead were 112 women": the predicate of the group a subset opener names
      boolean inverted = before && (onlyFillersBetween(view, m.to(), a) || labelOfLine
          || sharedWithNext(view, m.to(), a)
          // "korban yang meninggal ... sebanyak 67 orang"; but in "determining who died or who may
          // have left ... is taking the work of hundreds of police" the clause is long over
          || (view.relative(m.from()) && a - m.to() <= RELATIVE_REACH)
          || m.to() <= subsetOpenerEnd || namesGroup
          || headsSubjectOfCountVerb(view, mentions, numbers, n, base, m, a, countVerb));
      // "A stampede at a gathering of 20,000 pilgrims killed 60 people": a verb right before
      // another figure governs that one; the figure before it only says who was there
      boolean governsNext = after && !nominal && precedesFigure(view, numbers, n, base, m.to())
          && !view.auxiliaryBefore(m.from());
      for (PredicateForm f : m.value()) {
        if (governsNext && f.position().allowsFigureAfter()) {
          continue;
        }
        boolean allowed =
            nominal || (after ? f.position().allowsFigureBefore()
                : f.position().allowsFigureAfter() || inverted);
        String kind = subject == null ? null : subject.kind();
        if (!allowed || !f.allows(kind) || (kind != null && !lx.counts(f.predicate(), kind))) {
          continue;
        }
        // A verb after the figure is the usual Indonesian order; prefer it on a tie. A noun that
        // names its predicate wins a tie with a verb before the figure ("Guntur accounted for
        // eight deaths").
        int d = distance * 3 + (after ? 0 : nominal ? 1 : 2);
        if (d < bestDistance) {
          bestDistance = d;
          // "17 korban", "puluhan korban itu ... 19 orang": a predicate only a generic noun gives
          // is weak, as is one a subset opener's clause gives ("Dari yang meninggal, 10 orang")
          // a breakdown's opener clauses away is no evidence of the figure: its own words are
          best = new PredicateChoice(f.predicate(), namedByBreakdown ? site.span()
              : Span.of(tokens.get(m.from()).start(), tokens.get(m.to() - 1).end()), m.from(), m.to(),
              view.flagged(ClaimFlag.ADDITION, FlagCues.Anchor.VERB, m.from()),
              (nominal && genericNoun) || isGenericNoun(tokens, m.from(), m.to())
                  || (namesGroup && clause[m.to() - 1] != clause[a]),
              after && view.relative(m.from()));
        }
      }
    }
    if (best == null && (negatedVerb || saysOwnState(tokens, objectEnd))) {
      // no earlier clause's predicate for a figure whose own verb is negated, or that states a
      // state of its own ("..., serta 1.083 KK atau 2.683 warga lainnya terdampak")
      return null;
    }
    if (best != null && best.relative() && mainVerbElsewhere(tokens, site, numbers, n, base, best.to())) {
      // "Fifty people who had been unaccounted for, though, were found on Tuesday": the
      // relative clause says what they were; the main verb, which counts nothing we track, what
      // the figure is about
      return null;
    }
    if (best == null) {
      best = earlierClause(view, mentions, numbers, n, a, base, subject);
    }
    return best == null ? null : combine(tokens, mentions, best);
  }

  /**
   * Whether a word of the class {@code besides} ("selain", "besides") stands right before token
   * {@code k}, or one function word before it ("besides the dead").
   */
  private boolean besidesBefore(List<Token> tokens, int k) {
    return (k > 0 && lx.is(WordClass.BESIDES, tokens, k - 1))
        || (k > 1 && lx.isFunctionWord(tokens, k - 1) && lx.is(WordClass.BESIDES, tokens, k - 2));
  }

  /**
   * Whether a negator stands right before the predicate word at {@code k}, past modal words
   * ("belum bisa dipindahkan", "could not be moved").
   */
  private boolean negated(List<Token> tokens, int k) {
    for (int j = k - 1; j >= 0 && k - j <= NEGATION_REACH; j--) {
      if (lx.is(WordClass.NEGATOR, tokens, j)) {
        return true;
      }
      if (!lx.is(WordClass.MODAL, tokens, j)) {
        return false;
      }
    }
    return false;
  }

  /**
   * The count predicate the counted noun at {@code nounStart} names itself ("jenazah": the dead),
   * or null: not a count of its own kind ({@code lang/measures.tsv}) nor one that only moves what
   * it counts; a generic noun's weak predicate ("korban") only when the count just made in the
   * sentence ({@code before}, or null) is the one it yields to.
   */
  String countNamedByNoun(List<Token> tokens, int nounStart, String before) {
    PhraseTable.Match<List<PredicateForm>> m = lx.predicates.matchAt(tokens, nounStart);
    if (m == null) {
      return null;
    }
    for (PredicateForm f : m.value()) {
      String p = f.predicate();
      String yields = lx.weakPredicates.get(p);
      if (yields != null) {
        if (yields.equals(before)) {
          return yields;
        }
      } else if (!lx.moverPredicates.contains(p) && !lx.measurePredicates.containsKey(p)) {
        return p;
      }
    }
    return null;
  }

  /**
   * The predicate of the figure right after this one when this one is the earlier value an
   * earlier cue names just before it ("Jika sebelumnya sebanyak 5.919 orang, hingga hari ini
   * tercatat ada 6.542 orang yang mengungsi"): the first predicate after that figure, before any
   * other, if it may count the subject; else null.
   */
  PredicateChoice ofLaterFigure(SentenceView view, FigureSite site,
      List<PhraseTable.Match<List<PredicateForm>>> mentions, List<NumberExpression> numbers,
      int figure, Subject subject) {
    int a = site.first();
    if (figure + 1 >= numbers.size() || !earlierCueRightBefore(view, site.cues(), a)) {
      return null;
    }
    List<Token> tokens = view.tokens();
    int base = view.base();
    int nextEnd = numbers.get(figure + 1).span().end() + base;
    int limit = figure + 2 < numbers.size() ? numbers.get(figure + 2).span().start() + base : Integer.MAX_VALUE;
    String kind = subject == null ? null : subject.kind();
    for (PhraseTable.Match<List<PredicateForm>> m : mentions) {
      int start = tokens.get(m.from()).start();
      if (start < nextEnd) {
        continue;
      }
      if (start >= limit) {
        return null;
      }
      for (PredicateForm f : m.value()) {
        if (f.position().allowsFigureBefore() && f.allows(kind) && (kind == null || lx.counts(f.predicate(), kind))) {
          // the evidence is the earlier figure's own words, not the later figure's predicate
          return new PredicateChoice(f.predicate(), site.span(), m.from(), m.to(), false,
              isGenericNoun(tokens, m.from(), m.to()), false);
        }
      }
      return null; // the first predicate after the later figure is that figure's
    }
    return null;
  }

  /**
   * Whether an earlier cue ("sebelumnya") ends within {@link FlagAttacher#EARLIER_CUE_REACH}
   * tokens before the figure, in its clause.
   */
  private static boolean earlierCueRightBefore(SentenceView view, List<PhraseTable.Match<Cue>> cues, int a) {
    int[] clause = view.clause();
    for (PhraseTable.Match<Cue> m : cues) {
      if (m.value() == Cue.EARLIER && m.to() <= a && a - m.to() <= FlagAttacher.EARLIER_CUE_REACH
          && clause[m.to() - 1] == clause[a]) {
        return true;
      }
    }
    return false;
  }

  /**
   * The predicate of an earlier clause of the sentence when the figure's own clause has none and
   * only asides (a place, a date, a source) stand between: "jumlah korban meninggal dunia ..., di
   * Posko Induk, hingga Kamis (9/8), sebanyak 225 orang"; "Dari yang meninggal, 10 orang ...".
   */
  PredicateChoice earlierClause(
      SentenceView view, List<PhraseTable.Match<List<PredicateForm>>> mentions,
      List<NumberExpression> numbers, NumberExpression n, int a, int base, Subject subject) {
    List<Token> tokens = view.tokens();
    int[] clause = view.clause();
    PhraseTable.Match<List<PredicateForm>> last = null;
    for (PhraseTable.Match<List<PredicateForm>> m : mentions) {
      if (m.to() <= a && clause[m.to() - 1] != clause[a]) {
        last = m;
      }
    }
    if (last == null || view.clauseOpensWith(last.from(), Cue.BESIDES)
        // "Selain korban jiwa, ratusan warga ...": that clause names what the figure is not
        || subjects.crossesAnyNumber(tokens, numbers, n, base, last.to(), a)
        || view.contentWords(Clauses.ownClauseStart(tokens, last.to(), a), a) >= CLAUSE_WORDS) {
      // "..., where 11 of the deaths occurred, searched homes for 670 people": the figure's own
      // clause says something else; asides between commas ("di Posko Induk, hingga Kamis (9/8),
      // sebanyak 225 orang") do not
      return null;
    }
    for (PredicateForm f : last.value()) {
      String kind = subject == null ? null : subject.kind();
      boolean governs = f.position().allowsFigureAfter() || view.relative(last.from());
      if (governs && f.allows(kind) && (kind == null || lx.counts(f.predicate(), kind))) {
        return new PredicateChoice(f.predicate(),
            Span.of(tokens.get(last.from()).start(), tokens.get(last.to() - 1).end()), last.from(),
            last.to(), false, true, false);
      }
    }
    return null;
  }

  /** Whether a relative clause's predicate starts within three tokens after {@code end}. */
  private static boolean relativeAfter(SentenceView view,
      List<PhraseTable.Match<List<PredicateForm>>> mentions, int a, int end) {
    int[] clause = view.clause();
    for (PhraseTable.Match<List<PredicateForm>> m : mentions) {
      if (m.from() >= end && m.from() - end <= 3 && clause[m.from()] == clause[a]
          && view.relative(m.from())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a verb that may follow its figure stands after the figure at token {@code a}, in its
   * clause, with no other figure between.
   */
  private boolean verbAfter(SentenceView view, List<PhraseTable.Match<List<PredicateForm>>> mentions,
      List<NumberExpression> numbers, NumberExpression n, int base, int a, int objectEnd) {
    int[] clause = view.clause();
    for (PhraseTable.Match<List<PredicateForm>> m : mentions) {
      if (m.from() >= objectEnd && clause[m.from()] == clause[a]
          && m.value().stream().anyMatch(f -> f.position().allowsFigureBefore())
          && !crossesOtherNumber(view, a, numbers, n, base, objectEnd, m.from())) {
        return true;
      }
    }
    return false;
  }

  /** Whether another figure than {@code n} ends right before token {@code k}. */
  private static boolean followsFigure(SentenceView view, List<NumberExpression> numbers,
      NumberExpression n, int base, int k) {
    if (k == 0) {
      return false;
    }
    int end = view.tokens().get(k - 1).end() - base;
    for (NumberExpression o : numbers) {
      if (o != n && o.span().end() == end) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the subset opener phrase that starts the sentence ends ("Among the dead", "Dari yang
   * meninggal"), or -1 when it opens with none.
   */
  private int subsetOpenerEnd(SentenceView view) {
    int first = view.firstWord();
    PhraseTable.Match<Cue> m = first >= 0 ? lx.cues.matchAt(view.tokens(), first) : null;
    return m != null && m.value() == Cue.SUBSET_OF ? m.to() : -1;
  }

  /** Whether a figure other than {@code n} starts at token {@code k}. */
  private static boolean precedesFigure(SentenceView view, List<NumberExpression> numbers,
      NumberExpression n, int base, int k) {
    if (k >= view.tokens().size()) {
      return false;
    }
    int start = view.tokens().get(k).start() - base;
    for (NumberExpression o : numbers) {
      if (o != n && o.span().start() == start) {
        return true;
      }
    }
    return false;
  }

  /**
   * "tewas atau terluka", "tewas dan hilang": two predicates joined make one combined count, as
   * {@code lang/measures.tsv} lists.
   */
  PredicateChoice combine(
      List<Token> tokens, List<PhraseTable.Match<List<PredicateForm>>> mentions, PredicateChoice c) {
    int end = tokenAt(tokens, c.span().end());
    int start = tokenAt(tokens, c.span().start());
    for (PhraseTable.Match<List<PredicateForm>> m : mentions) {
      int gapFrom = Math.min(end, m.to());
      int gapTo = Math.max(start, m.from());
      if (gapTo - gapFrom != 1 && gapTo - gapFrom != 0) {
        continue; // checked first: the mentions are many, a joined one is rare
      }
      if (m.from() >= end && m.to() < tokens.size()
          && Character.isDigit(tokens.get(m.to()).text().charAt(0))) {
        continue; // "832 orang meninggal dan luka berat 540 orang": that one labels the next figure
      }
      String combined = null;
      for (PredicateForm f : m.value()) {
        combined = combined != null ? combined : lx.combinations.get(c.predicate() + "+" + f.predicate());
      }
      String mid = tokens.get(Math.max(0, Math.min(gapFrom, tokens.size() - 1))).lower();
      if (combined != null && lx.is(WordClass.JOINER, mid)) {
        return new PredicateChoice(combined,
            c.span().union(Span.of(tokens.get(m.from()).start(), tokens.get(m.to() - 1).end())),
            c.from(), c.to(), c.addition(), c.weak(), c.relative());
      }
    }
    return c;
  }

  /**
   * Whether a figure after another one still hangs on the verb before both: joined by a
   * conjunction ("menewaskan 12 tentara dan 3 warga") or naming the new total ("bertambah 19
   * orang sehingga totalnya menjadi 1.090").
   */
  boolean joinedToGoverningVerb(SentenceView view, int a, NumberExpression n) {
    List<Token> tokens = view.tokens();
    if (n.markers().contains(NumberMarker.NEW_TOTAL)) {
      return true;
    }
    for (int k = Math.max(0, a - 4); k < a; k++) {
      String w = tokens.get(k).lower();
      if (lx.is(WordClass.CONJ, w) && view.contentWords(k + 1, a) == 0) {
        return true; // "12 tentara dan 3 warga"; not "searched shelters and homes for 540"
      }
    }
    return false;
  }

  /**
   * How a figure stands in "N of M" ("55 of 75", "30 of the 45 victims", "40 dari 67 korban"):
   * the group it is a part of (the figure after it), or whether it is the group of the figure
   * before it.
   */
  record PartOf(NumberExpression group, boolean isGroup) {}

  /** The figure's place in "N of M", looking only at its neighbours in the sentence. */
  PartOf partOf(SentenceView view, List<NumberExpression> numbers, int index,
      int a, int base) {
    NumberExpression group = index + 1 < numbers.size()
        && groupAfter(view, numbers.get(index), numbers.get(index + 1), a, base)
        ? numbers.get(index + 1) : null;
    boolean isGroup = index > 0 && groupAfter(view, numbers.get(index - 1),
        numbers.get(index), a, base);
    return new PartOf(group, isGroup);
  }

  /** Whether {@code part} and {@code next} read "part of next" within one clause. */
  boolean groupAfter(SentenceView view, NumberExpression part,
      NumberExpression next, int a, int base) {
    List<Token> tokens = view.tokens();
    int[] clause = view.clause();
    int end = lastToken(tokens, part.span().end() + base);
    int k = end + 1;
    if (end < 0 || k >= tokens.size() || !lx.is(WordClass.PART_OF, tokens, k)) {
      return false;
    }
    k++;
    if (k < tokens.size() && lx.is(WordClass.PART_OF, tokens, k)) {
      k++; // "out of"
    }
    for (int skipped = 0; k < tokens.size() && skipped < 2
        && (lx.isFunctionWord(tokens, k) || view.cueAt(k, Cue.FILLER)); skipped++) {
      k++;
    }
    return k < tokens.size() && next.span().start() + base == tokens.get(k).start()
        && clause[k] == clause[a];
  }

  /** The length of a subset marker ("di antaranya", "of them") starting at {@code k} and ending by {@code limit}, or 0. */
  private int subsetMarker(SentenceView view, int k, int limit) {
    PhraseTable.Match<Cue> m = k < limit ? lx.cues.matchAt(view.tokens(), k) : null;
    return m != null && m.value() == Cue.SUBSET_AFTER && m.to() <= limit ? m.length() : 0;
  }

  /** The token past a noun's short form at {@code k}, in brackets or not ("(KK)", "KK"), or {@code k}. */
  private static int pastShortForm(List<Token> tokens, int k) {
    int j = k;
    while (j < tokens.size() && j - k < 3 && (tokens.get(j).isAcronym() || "()".contains(tokens.get(j).text()))) {
      j++;
    }
    return j;
  }

  /**
   * Whether another figure follows the figure's noun after a word of alternative, past the noun's
   * short form ("2.019 kepala keluarga (KK) atau 8.424 warga mengungsi"): the same people counted
   * another way, so the verb after the second figure is the first's too.
   */
  private boolean alternativeAfter(SentenceView view, List<NumberExpression> numbers, int base, int objectEnd) {
    List<Token> tokens = view.tokens();
    int k = pastShortForm(tokens, objectEnd);
    if (k + 1 >= tokens.size() || !lx.is(WordClass.ALTERNATIVE, tokens, k)) {
      return false;
    }
    int next = tokens.get(k + 1).start();
    return numbers.stream().anyMatch(o -> o.span().start() + base == next);
  }

  /**
   * Whether the figure ending at {@code objectEnd} is joined by a conjunction to a next figure
   * and its noun that the verb at {@code verb} follows: "5 warga dan 2 tentara tewas", "five
   * civilians and two soldiers were killed" count both figures with that verb. Only figures of
   * different kinds, or of a category, share it: two counts of one subject would read as one
   * article giving two values for it. {@code own} is the figure's counting noun.
   */
  boolean coordinatedBefore(SentenceView view, List<NumberExpression> numbers, int base,
      PhraseTable.Match<Noun> own, int objectEnd, int verb) {
    List<Token> tokens = view.tokens();
    if (own == null) {
      return false;
    }
    // "empat pekerja (asal) Tiongkok dan sembilan pekerja Indonesia tewas": past the actor
    int conj = afterActor(tokens, objectEnd, verb);
    if (conj + 1 >= verb || !lx.is(WordClass.CONJ, tokens, conj)) {
      return false;
    }
    NumberExpression next = null;
    for (int i = 0; i < numbers.size() && next == null; i++) {
      NumberExpression o = numbers.get(i);
      next = firstToken(tokens, o.span().start() + base) == conj + 1 ? o : null;
    }
    if (next == null) {
      return false;
    }
    int k = lastToken(tokens, next.span().end() + base) + 1;
    PhraseTable.Match<Noun> noun = k < verb ? lx.nouns.matchAt(tokens, k) : null;
    int pastActor = k < verb ? afterActor(tokens, k, verb) : k;
    if (noun == null && pastActor > k) {
      noun = lx.nouns.matchAt(tokens, pastActor); // "nine Indonesian workers"
    }
    if (noun == null && k < verb && lx.profile.modifiersBeforeNoun()) {
      noun = subjects.nounAfterModifiers(view, k, new boolean[tokens.size()]); // "four suspected militants"
    }
    if (noun == null || noun.to() > verb || (noun.value().kind().equals(own.value().kind())
        && !namesCategory(tokens, own.from()) && !namesCategory(tokens, noun.from())
        && !ofOtherActors(tokens, own, objectEnd, noun, verb))) {
      return false;
    }
    for (k = afterActor(tokens, noun.to(), verb); k < verb; k++) {
      if (!view.cueAt(k, Cue.AUXILIARY) && !lx.isFunctionWord(tokens, k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the words from {@code objectEnd} to the verb at {@code verb} are only further items of
   * a list of named groups, each a figure with its noun and a name, joined by commas and a
   * conjunction, the verb right after the last ("506 warga Desa Laingpatehi, 332 warga Desa
   * Pumpete, dan 679 warga Desa Tulusan mengungsi", "sekitar 50 orang di Kantor Bupati, 70 orang
   * di Kediaman Bupati, dan beberapa warga mengungsi"): the verb is every item's.
   */
  boolean namedItemsShareVerb(SentenceView view, List<NumberExpression> numbers, int base,
      int objectEnd, int verb) {
    List<Token> tokens = view.tokens();
    boolean joined = false;
    boolean named = false;
    int k = objectEnd;
    while (k < verb) {
      Token t = tokens.get(k);
      PhraseTable.Match<Noun> noun = lx.nouns.matchAt(tokens, k);
      if (noun != null && noun.to() <= verb) {
        k = noun.to();
        continue;
      }
      if (t.text().equals(",") || lx.is(WordClass.CONJ, tokens, k)) {
        // each item opens with its figure, past a conjunction after the comma ("..., dan 679")
        int next = k + 1;
        while (next < verb && lx.is(WordClass.CONJ, tokens, next)) {
          next++;
        }
        if (next >= verb
            || !(withinFigure(tokens, numbers, base, next) || view.cueAt(next, Cue.FILLER))) {
          return false;
        }
        joined = true;
      } else if (t.isCapitalised() && t.isWord() && !view.titleCase()) {
        // in a headline every word is capitalised: "71.191 Jiwa Terdampak, 11.191 Orang
        // Mengungsi" names no groups
        named = true;
      } else if (!lx.isFunctionWord(tokens, k) && !view.cueAt(k, Cue.FILLER)
          && !view.cueAt(k, Cue.AUXILIARY) && !withinFigure(tokens, numbers, base, k)) {
        return false;
      }
      k++;
    }
    return joined && named;
  }

  /** Whether token {@code k} is a token of one of the sentence's figures. */
  private static boolean withinFigure(List<Token> tokens, List<NumberExpression> numbers, int base,
      int k) {
    for (NumberExpression o : numbers) {
      if (firstToken(tokens, o.span().start() + base) <= k
          && k <= lastToken(tokens, o.span().end() + base)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The actor named right at token {@code k}, after "asal" or "dari" if one opens it ("Tiongkok",
   * "asal Tiongkok"), ending no later than {@code limit}; or null.
   */
  private PhraseTable.Match<String> actorAt(List<Token> tokens, int k, int limit) {
    int at = k < limit && lx.is(WordClass.FROM, tokens, k) ? k + 1 : k;
    PhraseTable.Match<String> actor = at < limit ? lx.actors.matchAt(tokens, at) : null;
    return actor != null && actor.to() <= limit ? actor : null;
  }

  /** The token after the actor named right at {@code k}, or {@code k} when none is. */
  private int afterActor(List<Token> tokens, int k, int limit) {
    PhraseTable.Match<String> actor = actorAt(tokens, k, limit);
    return actor != null ? actor.to() : k;
  }

  /**
   * Whether two nouns of one kind are each named with an actor, and the actors differ ("four
   * Chinese workers and nine Indonesian workers"): two groups, not two values for one.
   */
  private boolean ofOtherActors(List<Token> tokens, PhraseTable.Match<Noun> own, int ownEnd,
      PhraseTable.Match<Noun> other, int limit) {
    String a = actorOf(tokens, own.from(), ownEnd, limit);
    String b = actorOf(tokens, other.from(), other.to(), limit);
    return a != null && b != null && !a.equals(b);
  }

  /** The actor named right before a noun ("Chinese workers") or right after it, or null. */
  private String actorOf(List<Token> tokens, int nounFrom, int nounEnd, int limit) {
    for (int j = Math.max(0, nounFrom - 3); j < nounFrom; j++) {
      PhraseTable.Match<String> m = lx.actors.matchAt(tokens, j);
      if (m != null && m.to() == nounFrom) {
        return m.value();
      }
    }
    PhraseTable.Match<String> after = actorAt(tokens, nounEnd, limit);
    return after == null ? null : after.value();
  }

  /**
   * Whether another figure of the same clause stands between tokens from and to; one inside a
   * phrase of place or origin that counts nothing ("26 foreigners from 14 countries were among
   * those killed") does not count.
   */
  boolean crossesOtherNumber(
      SentenceView view, int a, List<NumberExpression> numbers, NumberExpression n,
      int base, int from, int to) {
    List<Token> tokens = view.tokens();
    int[] clause = view.clause();
    if (from >= to) {
      return false;
    }
    int s = tokens.get(Math.min(from, tokens.size() - 1)).start();
    int e = tokens.get(Math.min(to, tokens.size()) - 1).end();
    for (NumberExpression o : within(numbers, x -> x.span().start() + base, s, e)) {
      if (o == n || !Counts.isWholeNumber(o.value())) {
        continue; // "after the 7.6-magnitude quake stood at 222": a measure, no count
      }
      int t = firstToken(tokens, o.span().start() + base);
      if (t >= 0 && clause[t] == clause[a] && !countsNothingAfterPlaceWord(view, t, o, base)
          && !countsOtherThings(view, o, base)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether figure {@code o} counts things no predicate counts, named by the lower-case word right
   * after it ("dalam dua hari terakhir", "akibat dua kali gempa", "dua longsor"): no count that
   * competes for a predicate.
   */
  private boolean countsOtherThings(SentenceView view, NumberExpression o, int base) {
    List<Token> tokens = view.tokens();
    int next = lastToken(tokens, o.span().end() + base) + 1;
    if (next <= 0 || next >= tokens.size()) {
      return false;
    }
    // a lower-case word that names something the figure counts, and no counted noun
    return !tokens.get(next).isCapitalised() && lx.nouns.matchAt(tokens, next) == null
        && figures.countsSomethingElse(view, next);
  }

  /** Whether figure {@code o}, starting at token t, follows "in" or "from" and no noun it counts. */
  boolean countsNothingAfterPlaceWord(SentenceView view, int t, NumberExpression o, int base) {
    List<Token> tokens = view.tokens();
    int last = lastToken(tokens, o.span().end() + base);
    return t > 0 && view.cueEndingAt(t, Cue.PLACE) && last >= t && last + 1 < tokens.size()
        && tokens.get(last + 1).isWord() && lx.nouns.matchAt(tokens, last + 1) == null
        && lx.predicates.matchAt(tokens, last + 1) == null;
  }

  /** Whether the mention opens a relative clause right after another predicate word. */
  boolean modifiesAnotherPredicate(
      SentenceView view, List<PhraseTable.Match<List<PredicateForm>>> mentions,
      PhraseTable.Match<List<PredicateForm>> m) {
    List<Token> tokens = view.tokens();
    int y = view.cueAt(m.from() - 1, Cue.RELATIVE) ? m.from() - 1
        : view.cueAt(m.from() - 2, Cue.RELATIVE) ? m.from() - 2 : -1;
    if (y < 0) {
      return false;
    }
    for (PhraseTable.Match<List<PredicateForm>> o : mentions) {
      if (o != m && o.to() == y
          && (!isGenericNoun(tokens, o.from(), o.to()) || namesCategory(tokens, m.from()))) {
        // not "korban yang mengalami luka ringan": the clause says which victims; but "korban
        // yang tertimbun tanah longsor": a cause, a part of the count the sentence goes on with
        return true;
      }
    }
    return false;
  }

  /** Whether a category of the counted ({@code scopes.tsv}: a cause, a group) starts at {@code k}. */
  boolean namesCategory(List<Token> tokens, int k) {
    PhraseTable.Match<Lexicon.ScopeWord> w = lx.scopes.matchAt(tokens, k);
    return w != null && w.value().kind() == Scope.Kind.CATEGORY;
  }

  /** Whether tokens {@code [from, to)} are exactly a generic counting noun ("korban"). */
  boolean isGenericNoun(List<Token> tokens, int from, int to) {
    PhraseTable.Match<Noun> noun = lx.nouns.matchAt(tokens, from);
    return noun != null && noun.value().generic() && noun.to() == to;
  }

  /**
   * Whether tokens {@code [from, to)} are a joiner and one word that shares the label before them
   * ("luka ringan/sedang 420", "luka ringan dan sedang 420": the lightly or moderately injured).
   */
  boolean sharedWithNext(SentenceView view, int from, int to) {
    return to - from == 2 && lx.is(WordClass.JOINER, view.tokens(), from)
        && view.contentWords(from + 1, to) == 1;
  }

  /**
   * Whether the mention stands in the subject of a verb of the count's size that starts at
   * {@code verb} and ends right before the figure ("The number of students confirmed dead after
   * the collapse of the school rose to 36"): the only predicate of the figure's clause before
   * that verb, with no clause break or other figure between, within {@value #SUBJECT_REACH}
   * tokens.
   */
  private boolean headsSubjectOfCountVerb(SentenceView view,
      List<PhraseTable.Match<List<PredicateForm>>> mentions, List<NumberExpression> numbers,
      NumberExpression n, int base, PhraseTable.Match<List<PredicateForm>> m, int a, int verb) {
    if (verb <= m.to() || a - m.to() > SUBJECT_REACH
        || view.clauseBreakFrom(m.to(), verb) < verb
        || crossesOtherNumber(view, a, numbers, n, base, m.to(), verb)) {
      return false;
    }
    int[] clause = view.clause();
    for (PhraseTable.Match<List<PredicateForm>> o : mentions) {
      if (o != m && o.from() < verb && clause[o.from()] == clause[a]) {
        return false; // "yang masih mengalami luka berat dan dirawat di RSUD sebanyak tujuh orang"
      }
    }
    return true;
  }

  /**
   * Whether tokens {@code [from, to)} are all fillers ("sebanyak", "mencapai") or words of the
   * present ("saat ini"): none at all too.
   */
  boolean onlyFillersBetween(SentenceView view, int from, int to) {
    int k = from;
    while (k < to) {
      // a filler of several words ("rose to", "a total of") is skipped whole, and so are words
      // of the present ("luka berat sampai saat ini 26 orang")
      PhraseTable.Match<Cue> m = lx.cues.matchAt(view.tokens(), k);
      if (m == null || (m.value() != Cue.FILLER && m.value() != Cue.CURRENT) || m.to() > to) {
        return false;
      }
      k = m.to();
    }
    return from <= to;
  }

  /**
   * Whether, after a relative clause ending at token {@code from}, the sentence goes on with an
   * auxiliary and a verb that is no predicate ("..., were found on Tuesday"), before any other
   * figure.
   */
  boolean mainVerbElsewhere(List<Token> tokens, FigureSite site, List<NumberExpression> numbers,
      NumberExpression n, int base, int from) {
    for (int k = from; k < site.reachTo(); k++) {
      int start = tokens.get(k).start();
      List<NumberExpression> here = within(numbers, o -> o.span().start() + base, start, start + 1);
      if (here.stream().anyMatch(o -> o != n)) {
        return false;
      }
      PhraseTable.Match<Cue> aux = lx.cues.matchAt(tokens, k);
      if (aux != null && aux.value() == Cue.AUXILIARY && aux.to() < tokens.size()) {
        for (int j = aux.to(); j < Math.min(tokens.size(), aux.to() + 2); j++) {
          if (lx.predicates.matchAt(tokens, j) != null) {
            return false;
          }
        }
        Token next = tokens.get(aux.to());
        return next.isWord() && !lx.functionWords.contains(next.lower()) && !next.isCapitalised();
      }
    }
    return false;
  }

  /**
   * Whether another predicate is mentioned after {@code m} in its clause, before any other figure
   * of the clause (the figure at token {@code a} is {@code n}).
   */
  private boolean mentionAfter(SentenceView view, List<NumberExpression> numbers,
      NumberExpression n, int a, int base, List<PhraseTable.Match<List<PredicateForm>>> mentions,
      PhraseTable.Match<List<PredicateForm>> m) {
    int[] clause = view.clause();
    for (PhraseTable.Match<List<PredicateForm>> o : mentions) {
      if (o.from() >= m.to() && clause[o.from()] == clause[m.from()]
          // "... yang belum ditemukan dari total 25 korban tertimbun": the words after another
          // figure are that figure's
          && !crossesOtherNumber(view, a, numbers, n, base, m.to(), o.from())) {
        return true;
      }
    }
    return false;
  }

  /** Whether every form of the mention is a count of its own kind ({@code lang/measures.tsv}). */
  boolean statesWhatIsCounted(PhraseTable.Match<List<PredicateForm>> m) {
    return m.value().stream().allMatch(f -> lx.measurePredicates.containsKey(f.predicate()));
  }

  /** How many acronyms (a group's name) may follow the counted noun before its state. */
  private static final int NAME_AFTER_NOUN = 2;


  /**
   * Whether the figure's own words say what state it counts, one the predicates do not track
   * ("2.282 warga terdampak banjir", "300 people stranded"): then it is no further item of the
   * count before it.
   */
  boolean saysOwnState(List<Token> tokens, int objectEnd) {
    int from = objectEnd;
    int past = pastShortForm(tokens, from);
    if (past < tokens.size() && lx.is(WordClass.ALTERNATIVE, tokens, past)) {
      from = past; // "1.083 KK atau 2.683 warga lainnya terdampak": past the noun's short form
    }
    if (from < tokens.size() && lx.is(WordClass.ALTERNATIVE, tokens, from)) {
      // "100 KK atau 400 jiwa terdampak": the same people counted another way; the state after
      // the second figure and its noun is the first's too
      from++;
      while (from < tokens.size() && !tokens.get(from).isWord() && !tokens.get(from).isClauseBreak()) {
        from++;
      }
      from++;
    }
    while (from < tokens.size() && tokens.get(from).isAcronym()
        && from < objectEnd + NAME_AFTER_NOUN) {
      from++; // "32 petugas KPPS yang menderita sakit": the noun's group by its acronym
    }
    for (int k = from; k < Math.min(tokens.size(), from + 3); k++) {
      Token t = tokens.get(k);
      if (!t.isWord()) {
        return false;
      }
      if (lx.is(WordClass.OTHER_STATE, tokens, k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the figure's main verb, right after its noun (and an auxiliary or a filler), says
   * something no predicate tracks: "the bodies of 24 foreign nationals have been sent home",
   * "16 jenazah sudah tiba di Halim" count a return, not the dead the noun names. A trap counts
   * only after an auxiliary ("kru pesawat itu kehilangan kontak": the plane lost contact).
   */
  boolean untrackedMainVerb(SentenceView view, int objectEnd) {
    List<Token> tokens = view.tokens();
    int k = objectEnd;
    boolean auxiliary = false;
    PhraseTable.Match<Cue> m;
    while (k < tokens.size() && (m = lx.cues.matchAt(tokens, k)) != null
        && (m.value() == Cue.AUXILIARY || m.value() == Cue.PASSIVE || m.value() == Cue.FILLER)) {
      auxiliary |= m.value() != Cue.FILLER;
      k = m.to();
    }
    if (k >= tokens.size()) {
      return false;
    }
    return lx.is(WordClass.OTHER_STATE, tokens, k) || (auxiliary && view.cueAt(k, Cue.TRAP));
  }

  /**
   * Whether the tokens from {@code from} to {@code to} open a clause of purpose: an infinitive
   * marker ("to", "untuk") then a verb no lexicon knows, with more words before {@code to}.
   */
  private boolean purposeClauseBetween(SentenceView view, int from, int to) {
    List<Token> tokens = view.tokens();
    int verb = from + 1;
    if (verb >= to || !lx.is(WordClass.INFINITIVE, tokens, from)) {
      return false;
    }
    Token t = tokens.get(verb);
    return t.isWord() && !lx.isFunctionWord(tokens, verb) && !lx.is(WordClass.MODAL, tokens, verb)
        && lx.predicates.matchAt(tokens, verb) == null && lx.cues.matchAt(tokens, verb) == null;
  }

  /**
   * Whether a predicate opens the verb group that starts at token {@code from}, past auxiliaries,
   * fillers, modal words and the verb of an unnamed source ("Satu masih dilaporkan hilang", "one
   * is still missing"): the figure before it is that verb's subject, a count even with no noun.
   */
  boolean predicateOpensVerbGroup(SentenceView view, int from) {
    List<Token> tokens = view.tokens();
    int k = from;
    while (k < tokens.size()) {
      PhraseTable.Match<Cue> m = lx.cues.matchAt(tokens, k);
      PhraseTable.Match<List<Lexicon.AttributionCue>> said;
      if (lx.predicates.matchAt(tokens, k) != null) {
        return true;
      } else if (m != null && (m.value() == Cue.AUXILIARY || m.value() == Cue.PASSIVE
          || m.value() == Cue.FILLER)) {
        k = m.to();
      } else if (lx.is(WordClass.MODAL, tokens, k)) {
        k++;
      } else if ((said = lx.attribution.matchAt(tokens, k)) != null
          && said.value().contains(Lexicon.AttributionCue.UNNAMED)) {
        k = said.to();
      } else {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether a verb no lexicon knows follows the counted noun ending at {@code objectEnd}, past
   * auxiliaries, fillers and modal words ("27 siswa telah berada di puskesmas", "200 siswa telah
   * absen"): the clause says what the figure's people did or where they are, so the figure is no
   * item of a count made in an earlier sentence, even with a place after it.
   */
  boolean ownVerbAfter(SentenceView view, int objectEnd) {
    List<Token> tokens = view.tokens();
    int k = objectEnd;
    PhraseTable.Match<Cue> m;
    while (k < tokens.size()) {
      m = lx.cues.matchAt(tokens, k);
      if (m != null && (m.value() == Cue.AUXILIARY || m.value() == Cue.PASSIVE
          || m.value() == Cue.FILLER)) {
        k = m.to();
      } else if (lx.is(WordClass.MODAL, tokens, k)) {
        k++;
      } else {
        break;
      }
    }
    if (k == objectEnd || k >= tokens.size()) {
      return false; // a word right after the noun may be a name or a noun of the list's item
    }
    Token t = tokens.get(k);
    return t.isWord() && !t.isCapitalised() && Character.isLetter(t.text().charAt(0))
        && !lx.isFunctionWord(tokens, k) && lx.predicates.matchAt(tokens, k) == null
        && lx.cues.matchAt(tokens, k) == null && lx.attribution.matchAt(tokens, k) == null
        && lx.scopes.matchAt(tokens, k) == null && lx.nouns.matchAt(tokens, k) == null
        && !lx.is(WordClass.STOP, tokens, k) && !lx.is(WordClass.OTHER_STATE, tokens, k)
        && !lx.is(WordClass.NEGATOR, tokens, k);
  }

  /**
   * The count a status puts its figure in ({@code lang/status-predicates.tsv}: "critical
   * condition" is the injured's), when that count may count the subject; else null.
   */
  String stateCount(Scope status, Subject subject) {
    String predicate = status == null || subject == null ? null : lx.statusPredicates.get(status.key());
    return predicate != null && lx.counts(predicate, subject.kind()) ? predicate : null;
  }

  /**
   * Whether the figure is an item of an "including ..." list whose head, an earlier figure of the
   * sentence that yielded no claim, is in a state no predicate tracks, named after the list:
   * "1,386 persons, including 599 women and 320 children, were rescued". Such items continue no
   * count of an earlier sentence.
   */
  boolean partOfUntracked(SentenceView view, FigureSite site, List<NumberExpression> numbers,
      boolean[] claimed, int figure, int a, int base) {
    List<Token> tokens = view.tokens();
    for (int k = a - 1; k >= site.reachFrom() && !tokens.get(k).isClauseBreak(); k--) {
      PhraseTable.Match<Cue> m = lx.cues.matchAt(tokens, k);
      if (m != null && m.value() == Cue.SUBSET_BEFORE && m.to() <= a) { // "including"
        int opens = tokens.get(k).start();
        int head = figure - 1;
        while (head >= 0 && numbers.get(head).span().end() + base > opens) {
          head--;
        }
        return head >= 0 && !claimed[head]
            && saysOwnState(tokens, view.clauseBreakFrom(a, tokens.size()) + 1);
      }
    }
    return false;
  }

  /** Whether a word of a state no predicate tracks stands up to three words before the figure. */
  boolean stateBefore(List<Token> tokens, int[] clause, int a) {
    return stateWordBefore(tokens, clause, a) >= 0;
  }

  /** The token of a state no predicate tracks up to three words before the figure, or -1. */
  int stateWordBefore(List<Token> tokens, int[] clause, int a) {
    for (int k = a - 1; k >= Math.max(0, a - 3) && clause[k] == clause[a]; k--) {
      String w = tokens.get(k).lower();
      if (lx.is(WordClass.OTHER_STATE, w)) {
        return k;
      }
      if (lx.is(WordClass.CONJ, w) || !tokens.get(k).isWord()) {
        return -1; // "6 KK terdampak dan satu orang hilang": the state is the item before's
      }
    }
    return -1;
  }
}
