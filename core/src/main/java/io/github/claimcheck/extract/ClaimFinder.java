package io.github.claimcheck.extract;

import io.github.claimcheck.extract.Lexicon.Cue;
import io.github.claimcheck.extract.Lexicon.Noun;
import io.github.claimcheck.extract.Lexicon.PredicateForm;
import io.github.claimcheck.extract.Lexicon.WordClass;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.ClaimFlag;
import io.github.claimcheck.model.DateValue;
import io.github.claimcheck.model.Granularity;
import io.github.claimcheck.model.Language;
import io.github.claimcheck.model.Quantity;
import io.github.claimcheck.model.Scope;
import io.github.claimcheck.model.QuantityKind;
import io.github.claimcheck.model.Span;
import io.github.claimcheck.model.SubjectKey;
import io.github.claimcheck.parse.DateExpression;
import io.github.claimcheck.parse.ExpressionType;
import io.github.claimcheck.parse.Expressions;
import io.github.claimcheck.parse.NumberExpression;
import io.github.claimcheck.parse.NumberMarker;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToIntFunction;

/**
 * Turns the sentences of one article into claims. One instance reads one article: it carries
 * what earlier sentences of the same paragraph said (the subject last counted, the source last
 * named, the topic last mentioned) to the figures that refer back to them.
 */
final class ClaimFinder {

  /** Who or what a figure counts. */
  /** How many tokens after a subset's figure may name its part ("dua di antaranya anak-anak"). */
  private static final int SUBSET_REACH = 5;

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

  /** The most tokens of names set off by commas inside a clause ("Ann Lee, Bo Park and Cy Tan"). */
  private static final int NAMES_ASIDE = 12;

  /** How much farther a predicate in a relative clause after the noun counts than the main verb. */
  private static final int RELATIVE_CLAUSE_PENALTY = 8;

  /**
   * How many tokens on either side of a figure (or a date) its reading looks at: its noun, actor,
   * verb, cues, place, date and the other figures it is weighed against. Sentences of news prose
   * are shorter (the longest of the dev corpus and of 1,500 generated articles has 72 tokens), so
   * the reach takes them in whole; a "sentence" of tens of thousands of tokens (a list or junk with
   * no full stop) is read in time linear in its length.
   */
  static final int REACH = 200;

  /** The key of a part of a group that no word names, before the figure's offset. */
  private static final String UNNAMED_PART = "part_at_";

  private record Subject(SubjectKey.Counted key, String kind, String unit) {}

  /** People, counted: what a generic noun or a list heading counts. */
  private static final Subject PEOPLE = new Subject(SubjectKey.of("people"), "people", "people");

  /** The predicate last mentioned, for "jumlah tersebut" (that number) in the next sentence. */
  private record Topic(String predicate, Subject subject, boolean addition) {}

  /**
   * A claim before its id is known, with what later figures and the sentence's post-pass read:
   * its predicate and subject, the place named next to its figure (a part of the whole only if
   * the sentence says so), whether that place opens the sentence, and the sentence index.
   */
  private record Draft(
      Claim.Builder builder, int start, String predicate, Subject subject, PartFinder.Place place,
      boolean frontedPlace, Scope scope, boolean subset, int sentence, Quantity value) {
    Draft(Claim.Builder builder, int start) {
      this(builder, start, null, null, null, false, null, false, -1, null);
    }
  }

  /** Calendar days outside these years ("(1/1/9999)") are typos or history, not news events. */
  private static final int FIRST_NEWS_YEAR = 1900;
  private static final int LAST_NEWS_YEAR = 2100;
  /** The event predicate of a verb of the event happening ("terjadi", "struck"). */
  private static final String OCCURRED = "occurred";
  /**
   * Date predicates whose dates belong to one article: a statement, the start of a period, an
   * occurrence as one report tells it. Their subjects never group claims across articles.
   */
  private static final Set<String> ARTICLE_EVENTS = Set.of("reported", "began", "occurred", "dated");
  /** The predicate of counts that are none of the action predicates; see {@code lang/measures.tsv}. */
  static final String OTHER = "other";

  private final String articleId;
  private final String text;
  private final Language language;
  private final LocalDate reference;
  private final boolean referenceCertain;
  private final Lexicon lx;
  private final AttributionFinder attributions;
  private final PartFinder parts;
  /** Drafts given a scope by the sentence pass. */
  private final Set<Draft> scoped = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
  /** The count claim made last, and the sentence it came from: list items continue it. */
  private Draft lastCount;
  /** Where the figure of {@link #lastCount} ends in the text. */
  private int lastCountEnd;
  /** The last date the sentence before named: what "kala itu" (at that time) refers to. */
  private DateExpression thenDate;
  /** The sentence being read. */
  private int sentenceIndex;
  /** The sentence where the paragraph topic was set. */
  private int topicSentence = -1;
  /** The last sentence in which each predicate counted something. */
  private final java.util.Map<String, Integer> lastCounted = new java.util.HashMap<>();
  private final Quotes quotes;

  private final List<Draft> drafts = new ArrayList<>();
  private final List<Unread> unread = new ArrayList<>();
  private int paragraph = -1;
  private Subject paragraphSubject;
  private Attribution paragraphAttribution;
  private Topic paragraphTopic;
  /**
   * What the lines of a list count, from the heading line before them ("Rincian korban
   * meninggal:", "Deaths by county:"); null when the sentence read is no item of such a list.
   */
  private Topic listTopic;
  /** The last sentence that was a labelled line of a list ("Bireuen: 4 meninggal"). */
  private int labelLine = -2;
  private String articleContext;
  private Attribution lastNamed;
  /** The sentences, as offsets. */
  private SentenceSplitter.Sentences sentences;
  /** The sentence whose tokens are in {@link #tokens}, or -1: one sentence's tokens at a time. */
  private int tokensOf = -1;
  private List<Token> tokens;
  /** How many tokens the reading asked for, summed over the sentences read. */
  private long tokenVisits;
  /** The first and after-last token the figure being read may look at (see {@link #REACH}). */
  private int reachFrom;
  private int reachTo;
  /** Per token of the sentence read, the first clause break at or after it, else the token count. */
  private int[] nextBreak;
  /** The first word of the sentence read ({@link PartFinder#firstWord}). */
  private int firstWord;
  /** Per token of the sentence read, whether a date or a time of day holds it. */
  private boolean[] datedTokens;
  /** Whether the sentence read is written in title case (a headline). */
  private boolean titleCase;
  /** At most this many tokens of an article are kept between finding its event and reading it. */
  static final int KEPT_TOKENS = 20_000;
  /** Token lists kept from the search for the article's event, by sentence (null: none kept). */
  private TokenList[] keptTokens;
  private int keptCount;
  /** Whether the sentences are being read (then nothing more is kept). */
  private boolean reading;
  /** The context each sentence names, computed on first use (index as in {@link #sentences}). */
  private String[] contexts;
  private boolean[] contextKnown;
  /** The place each sentence's context names, as {@link #contexts}. */
  private PartFinder.Place[] contextPlaces;
  /** The place the last {@link #contextOf(List, int, int)} call read. */
  private PartFinder.Place lastContextPlace;

  ClaimFinder(
      String articleId,
      String text,
      Lexicon lexicon,
      Language language,
      LocalDate reference,
      boolean referenceCertain) {
    this.articleId = articleId;
    this.text = text;
    this.language = language;
    this.reference = reference;
    this.referenceCertain = referenceCertain;
    this.lx = lexicon;
    this.attributions = new AttributionFinder(lx);
    this.parts = new PartFinder(lx);
    this.quotes = Quotes.of(text);
  }

  List<Claim> find(SentenceSplitter.Sentences sentences) {
    this.sentences = sentences;
    contexts = new String[sentences.size()];
    contextPlaces = new PartFinder.Place[sentences.size()];
    contextKnown = new boolean[sentences.size()];
    keptTokens = new TokenList[sentences.size()];
    keptCount = 0;
    reading = false;
    articleContext = firstContext();
    reading = true;
    for (int k = 0; k < sentences.size(); k++) {
      if (sentences.paragraph(k) != paragraph) {
        paragraph = sentences.paragraph(k);
        paragraphSubject = null;
        paragraphAttribution = null;
        if (topicSentence < k - 1) {
          // A topic named in the sentence just before still carries over a paragraph break:
          // news paragraphs are often one sentence long.
          paragraphTopic = null;
        }
      }
      read(sentences.get(k), k);
      if (tokens instanceof TokenList read) {
        tokenVisits += read.takeVisits();
      }
    }
    tokens = null;
    keptTokens = null;
    drafts.sort(Comparator.comparingInt(Draft::start));
    placesBelowTotals();
    List<Claim> out = new ArrayList<>(drafts.size());
    int n = 1;
    for (Draft d : drafts) {
      out.add(d.builder().id(articleId + "#" + n++).build());
    }
    return out;
  }

  /**
   * A figure that could be a claim but is not read.
   *
   * @param span where it is in the text read
   * @param text what it says
   * @param why why it is not read
   */
  record Unread(Span span, String text, String why) {}

  /** How many tokens the reading of the sentences asked for; after {@link #find}. */
  long tokenVisits() {
    return tokenVisits;
  }

  /** The figures that could be claims but are not read, in text order; after {@link #find}. */
  List<Unread> unread() {
    return unread;
  }

  /**
   * The tokens of sentence {@code k}, made when first asked for. The article's event is looked
   * for before the sentences are read, often in every sentence, so the tokens (with what the
   * phrase tables found in them) are kept for the reading, up to {@link #KEPT_TOKENS} tokens per
   * article: a longer text is tokenised again, one sentence at a time, so memory stays bounded.
   */
  private List<Token> tokens(int k) {
    if (tokensOf != k) {
      TokenList kept = keptTokens == null ? null : keptTokens[k];
      if (kept != null) {
        keptTokens[k] = null; // read once more at most: the sentence's own reading
        tokens = kept;
      } else {
        TokenList fresh =
            Tokenizer.tokenize(text, sentences.start(k), sentences.end(k), lx.profile.clitics(),
                lx.vocabulary());
        fresh.lookUpWords(lx.vocabulary());
        tokens = fresh;
        if (keptTokens != null && !reading && keptCount + tokens.size() <= KEPT_TOKENS) {
          keptTokens[k] = fresh;
          keptCount += tokens.size();
        }
      }
      tokensOf = k;
    }
    return tokens;
  }

  private void read(Sentence s, int index) {
    sentenceIndex = index;
    List<Token> tokens = tokens(index);
    if (tokens.isEmpty()) {
      return;
    }
    int base = s.span().start();
    Expressions found = Expressions.of(s.text(), language, reference);
    List<DateExpression> dates = new ArrayList<>(found.dates());
    // The furthest end of the dates up to each, in text order: a figure lies in a date when one
    // of the dates starting before its end ends after its start (one search, not one per date).
    int[] furthestEnd = new int[dates.size()];
    for (int k = 0; k < dates.size(); k++) {
      furthestEnd[k] = Math.max(dates.get(k).span().end(), k > 0 ? furthestEnd[k - 1] : 0);
    }
    List<NumberExpression> numbers = new ArrayList<>();
    for (NumberExpression n : found.numbers()) {
      int before = firstAtOrAfter(dates, d -> d.span().start(), n.span().end());
      boolean inDate = before > 0 && furthestEnd[before - 1] > n.span().start();
      if (n.type() == ExpressionType.QUANTITY && !inDate) {
        numbers.add(n);
      }
    }
    int[] clause = clauses(tokens);
    nextBreak = nextBreaks(tokens);
    firstWord = PartFinder.firstWord(tokens);
    titleCase = isTitleCase(tokens);
    List<PhraseTable.Match<List<PredicateForm>>> predicates = predicateMentions(tokens);
    boolean bulletItem = listTopic != null && bulleted(s.text());
    if (!bulletItem) {
      listTopic = null; // a list ends at the first line that is no item of it
    }
    Attribution attribution = attributions.find(tokens);
    if (attribution != null && attribution.pronoun()) {
      // "katanya", "Ia menambahkan": the speaker named last.
      attribution = lastNamed != null ? lastNamed : null;
    }
    if (attribution != null && attribution.named()) {
      lastNamed = attribution;
    }
    if (attribution == null || (!attribution.named() && paragraphAttribution != null)) {
      attribution = paragraphAttribution != null ? paragraphAttribution : attribution;
    } else if (attribution.named()) {
      paragraphAttribution = attribution;
    }
    if (attribution == null) {
      attribution = Attribution.NONE;
    }
    String context = contextOf(index);
    PartFinder.Place eventPart = null;
    if (context != null && articleContext != null && context.contains(":")
        && kindOf(context).equals(kindOf(articleContext)) && !context.equals(articleContext)) {
      // "Akibat banjir ... di Kabupaten Agam, 14 orang meninggal" in a story of the Sumatera
      // Barat floods: the same event, counted in one of its places.
      eventPart = contextPlaces[index];
      context = articleContext;
    }
    if (context == null
        || (articleContext != null && articleContext.startsWith(context + ":"))) {
      // No event named, or the article's event without its place ("banjir" in a Garut story).
      context = articleContext;
    }
    // A sentence with no figure and no date gives claims only through the discourse (a zero
    // count, the subject and topic it names, its speaker): what only figures and dates read, its
    // cues, places and blocked tokens, is not worked out for it (two sentences in three).
    boolean quiet = numbers.isEmpty() && dates.isEmpty();
    List<PhraseTable.Match<Cue>> cues = quiet ? List.of() : lx.cues.findAll(tokens, 0, tokens.size());
    boolean anaphor = has(cues, Cue.ANAPHOR);
    boolean citesEarlierFigure = has(cues, Cue.EARLIER);
    List<ClockFinder.Clock> clocks = numbers.isEmpty() ? List.of() : clocks(s.text(), dates);
    if (!clocks.isEmpty()) {
      // "tercatat per 4 Januari 2020, pukul 10.00 WIB menjadi 53 orang": a comma before a time
      // of day that goes on to the verb continues the clause (the time adds to the date)
      boolean[] soft = new boolean[tokens.size()];
      boolean any = false;
      for (ClockFinder.Clock k : clocks) {
        int at = firstToken(tokens, k.span().start() + base);
        if (at > 0 && tokens.get(at - 1).text().equals(",") && !hasCommaAhead(tokens, at)) {
          soft[at - 1] = true;
          any = true;
        }
      }
      if (any) {
        clause = clauses(tokens, soft);
      }
    }
    boolean[] framing = framingTokens(tokens, dates, clocks, base);
    datedTokens = framing;
    List<DateSite> sites = dateSites(dates, tokens, clause, base, framing);
    Set<DateExpression> usedDates = new HashSet<>();
    Subject sentenceSubject = null;
    int draftsBefore = drafts.size();

    boolean[] blocked = quiet ? null : blockedTokens(tokens, numbers, dates, base);
    PartFinder.Place fronted = quiet ? null : parts.frontedPlace(tokens, blocked);
    if (fronted == null && !numbers.isEmpty() && inList(s, index)) {
      // "Aceh Tengah: 16 meninggal, 2 hilang" in a list: the label names the figures' place
      fronted = parts.labelPlace(tokens, blocked);
      if (fronted != null) {
        labelLine = index;
      }
    }
    if (!quiet && fronted == null && lastCount != null && lastCount.place() != null
        && lastCount.sentence() >= index - 1 && parts.opensWithPlaceAnaphor(tokens)) {
      // "Di daerah ini juga ... 672 warga luka berat": the place of the sentence before.
      PartFinder.Place before = lastCount.place();
      fronted = new PartFinder.Place(0, 0, before.key(), before.text(), before.administrative());
    }
    boolean anecdote = has(cues, Cue.ANECDOTE);
    List<AttributionFinder.Speaker> speakers =
        !numbers.isEmpty() && attribution.named() && attribution.origin() == null
            ? attributions.speakers(tokens) : List.of();
    Attribution sentenceAttribution = attribution;
    boolean[] claimed = new boolean[numbers.size()];
    int breakdownAt = firstCue(cues, Cue.BREAKDOWN);
    boolean listsParts = listsParts(cues);
    boolean then = has(cues, Cue.THEN);
    int firstColon = s.text().indexOf(':');
    boolean wholeCounted = false;
    for (int figure = 0; figure < numbers.size(); figure++) {
      NumberExpression n = numbers.get(figure);
      Span abs = shift(n.span(), base);
      int a = firstToken(tokens, abs.start());
      int b = lastToken(tokens, abs.end());
      reachFrom = Math.max(0, a - REACH);
      reachTo = Math.min(tokens.size(), Math.max(a, b) + 1 + REACH);
      int nearFrom = tokens.get(reachFrom).start() - base;
      int nearTo = tokens.get(reachTo - 1).end() - base;
      List<NumberExpression> near = within(numbers, o -> o.span().start(), nearFrom, nearTo);
      List<PhraseTable.Match<List<PredicateForm>>> nearPredicates =
          within(predicates, PhraseTable.Match::from, reachFrom, reachTo);
      List<PhraseTable.Match<Cue>> nearCues =
          within(cues, PhraseTable.Match::from, reachFrom, reachTo);
      attribution = speakerOf(
          within(speakers, AttributionFinder.Speaker::verb, reachFrom, reachTo), a, sentenceAttribution);
      if (a < 0 || b < a || gluedToWord(tokens, a, b, abs) || namesSomething(tokens, a)
          || isAge(tokens, a, b) || (a > 0 && lx.is(WordClass.AGE, tokens.get(a - 1).lower()))
          || !isWholeNumber(n.value())) {
        // "6.4-magnitude", "5Blogger", "JT 610", "nomor 12": a number inside a name is no count,
        // nor is an age ("berusia 20-an"); people, rounds and bags come in whole numbers ("6.8
        // on the Richter scale").
        continue;
      }
      PartOf partOf = partOf(tokens, clause, numbers, figure, a, base);
      // --- what is counted
      int nounFrom = b + 1;
      boolean additionBefore = flagged(ClaimFlag.ADDITION, FlagCues.Anchor.FIGURE, tokens, a);
      boolean additionBetween = false;
      if (nounFrom < tokens.size() && lx.is(WordClass.OF, tokens.get(nounFrom).lower())) {
        nounFrom++;
      }
      PhraseTable.Match<Cue> between = nounFrom < tokens.size() ? lx.cues.matchAt(tokens, nounFrom) : null;
      if (between != null && between.value() == Cue.ADDITION) {
        additionBetween = true;
        nounFrom = between.to();
      }
      String actor = null;
      PhraseTable.Match<String> adjActor = nounFrom < tokens.size() ? lx.actors.matchAt(tokens, nounFrom) : null;
      if (adjActor != null) {
        actor = adjActor.value();
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
          if (!tokens.get(k).isCapitalised() || !tokens.get(k).isWord() || blocked[k]) {
            break;
          }
          noun = lx.nouns.matchAt(tokens, k + 1);
        }
      }
      if (noun == null && adjActor == null && lx.profile.modifiersBeforeNoun()) {
        noun = nounAfterModifiers(tokens, nounFrom, blocked);
      }
      if (noun == null && n.unitSpan() != null && lx.isNoun(n.unit())) {
        // "150 dead bodies": the scanner read our counting noun past a word qualifying it
        int u = firstToken(tokens, n.unitSpan().start() + base);
        PhraseTable.Match<Noun> unitNoun = u > b ? lx.nouns.matchAt(tokens, u) : null;
        if (unitNoun != null && u - b <= 1 + MODIFIERS) {
          noun = unitNoun;
        }
      }
      if (noun == null && n.unit() != null && adjActor == null && !additionBetween
          && !unitOfLaterFigure(n, near)) {
        // The scanner read a unit our lexicon does not count (hari, negara, desa, km): not a claim.
        continue;
      }
      if (noun == null && lx.is(WordClass.ONE, n.text().toLowerCase(Locale.ROOT))
          && !(lastCount != null && lastCount.sentence() == index && lastCount.place() != null
              && parts.placeAfter(tokens, clause, b + 1, blocked) != null)) {
        // "satu" alone counts nothing; but "..., 38 in Suzu and one in Hakui": an item of a list
        // of places
        continue;
      }
      if (noun == null && !(nounFrom < blocked.length && blocked[nounFrom])
          && countsSomethingElse(tokens, nounFrom)) {
        // "12 suspects", "12 kendaraan": a noun we do not count follows the figure.
        continue;
      }
      if (anecdote && isOne(n.value()) && !n.markers().contains(NumberMarker.OTHERS)) {
        // "mengevakuasi satu korban ... atas nama Herianto": one named person, not a count.
        continue;
      }
      if (cueEndingAt(tokens, a, Cue.OWN) || ownKinAfter(tokens, b)) {
        // "his five missing family members", "dua anaknya masih hilang": one family's story, not
        // the toll.
        continue;
      }
      if (noun != null && actor == null) {
        actor = actorAfter(tokens, noun.to());
      }
      boolean others = n.markers().contains(NumberMarker.OTHERS);
      // "Dari yang meninggal, 10 orang berasal dari ...": the sentence counts a part of those.
      boolean subset = n.markers().contains(NumberMarker.SUBSET)
          || (opensWith(tokens, Cue.SUBSET_OF) && !inSubsetOpener(tokens, near, base, a)
              && !clauseJoinedAfterOpener(tokens, a))
          || afterInnerSubsetOpener(tokens, a)
          || (cueEndingAt(tokens, a, Cue.SUBSET_BEFORE) && ((lastCount != null && lastCount.sentence() == index)
              || figure > 0)); // "26 foreign victims, including five from Iran": a part of 26 all the same
      boolean inherits = others || subset || noun == null || noun.value().generic();
      Subject subject = null;
      if (noun != null && !noun.value().generic()) {
        subject = new Subject(key(actor, noun.value().kind()), noun.value().kind(), noun.value().unit());
      }
      if (noun == null && subject == null && !others && !subset) {
        // "korban jiwa di kalangan pasukan Korea Utara melebihi 3.000": the counted noun precedes.
        subject = nounBefore(tokens, clause, a);
      }
      boolean namedBefore = noun == null && subject != null;
      Subject earlier = sentenceSubject != null ? sentenceSubject : paragraphSubject;
      if (inherits && earlier != null && subject == null
          && !(noun != null && parts.opensPlaceRelative(tokens, a))) {
        // "send 300 troops to South Sudan, where thousands of people were killed": a clause
        // about the place counts its own people, not the troops
        subject = new Subject(earlier.key(), earlier.kind(), noun != null ? noun.value().unit() : earlier.unit());
      }
      if (subject == null && noun != null) {
        subject = new Subject(key(actor, noun.value().kind()), noun.value().kind(), noun.value().unit());
      }
      // --- which part of the whole
      int objectEnd = noun != null ? noun.to() : b + 1;
      int nounStart = noun != null ? noun.from() : -1;
      subset |= subsetAfter(tokens, near, objectEnd);
      PartFinder.Place place = parts.placeAfter(tokens, clause, objectEnd, blocked);
      if (place == null) {
        place = parts.placeBefore(tokens, clause, a, blocked,
            lastCount != null && lastCount.sentence() == index && lastCount.place() != null);
      }
      boolean placeFronted = false;
      if (place == null && lastCount != null && lastCount.sentence() == index && lastCount.place() != null
          && (fronted == null || lastCount.place().from() > fronted.from()) && lastCount.place().to() <= a
          && !semicolonBetween(tokens, lastCount.place().to(), a)) {
        // "... sedangkan di Kabupaten Lombok Tengah sebanyak 2 orang korban meninggal dunia, luka
        // berat 2 orang": the place the list item before named, not the one the sentence opened with.
        place = lastCount.place();
        placeFronted = lastCount.frontedPlace();
      } else if (place == null && fronted != null && fronted.to() <= a) {
        place = fronted;
        placeFronted = true;
      }
      // A place the figure's own words name makes it an item of a list; the event's place or the
      // speaker's area do not ("Banjir di Riau mempengaruhi 131.834 warga" continues no count).
      boolean placeNamed = place != null;
      if (place == null && eventPart != null) {
        place = eventPart;
      }
      if (place == null) {
        place = jurisdiction(tokens, attribution, blocked); // "kata Kepala BPBD Kabupaten Agam"
      }
      // "Kota Bekasi dan Kota Depok masing-masing 3 orang": a figure for each of several places
      // is no one place's part, nor the place of the item before
      boolean distributive = cueEndingAt(tokens, a, Cue.DISTRIBUTIVE)
          || cueAt(tokens, objectEnd, Cue.DISTRIBUTIVE);
      if (distributive) {
        place = null;
      }
      Scope part = parts.category(tokens, a, nounStart, objectEnd);
      boolean listItem = placeNamed || part != null || others || distributive;
      // --- what happened to it
      boolean listed = listItem || listsParts;
      PredicateChoice choice =
          choosePredicate(tokens, clause, nearPredicates, near, n, a, nounStart, objectEnd, base,
              subject, listed, partOf);
      if (choice == null && (noun == null || noun.value().generic()) && subject != null
          && !subject.kind().equals(noun == null ? "people" : noun.value().kind())) {
        // "Sembilan jenazah berhasil diidentifikasi" after body bags: the bodies, not the bags.
        Subject own = noun == null ? PEOPLE
            : new Subject(key(actor, noun.value().kind()), noun.value().kind(), noun.value().unit());
        choice = choosePredicate(tokens, clause, nearPredicates, near, n, a, nounStart, objectEnd,
            base, own, listed, partOf);
        subject = choice != null ? own : subject;
      }
      if (choice != null && choice.to <= a && untrackedMainVerb(tokens, objectEnd)) {
        // "the bodies of 24 foreign nationals have been sent home": the main verb says what
        // the figure is about
        choice = null;
      }
      int state = stateWordBefore(tokens, clause, a);
      if (choice != null && state >= 0 && (state < choice.from || state >= choice.to)) {
        // "populasi terdampak sebanyak 5.205 jiwa dan warga mengungsi 2.004": the figure counts
        // a state no predicate tracks; the verb after it is the next figure's, and "pemakaman 7
        // jenazah", "pemulangan jenazah 3 korban" bury or return the dead: no new toll (unless a
        // language pack makes the state word a predicate of its own)
        choice = null;
      }
      if (choice != null && listItem && choice.to <= a && lastCount != null && lastCount.sentence() == index
          && lastCountEnd > choice.span.end() && lastCount.predicate().equals(choice.predicate)) {
        // "the toll rose to 12,200, including 5,000 children, 3,250 women": an item after another
        // of the same predicate continues the list that item is in
        choice = null;
      }
      if (choice != null && choice.weak) {
        // "korban sudah mencapai 41 orang" after a death toll: the victims are the dead.
        String yields = lx.weakPredicates.get(choice.predicate);
        Integer at = yields == null ? null : lastCounted.get(yields);
        if (at != null && at >= index - 2) {
          choice.predicate = yields;
        }
      }
      if (choice != null && !choice.weak && noun != null && noun.value().generic()
          && choice.to <= a && choice.from > 1 && relative(tokens, choice.from)) {
        // "jumlah pasukan Korea Utara yang tewas ... mencapai 1.100 orang": the noun the relative
        // clause describes is what the generic "orang" counts
        int opener = choice.from - 1;
        while (opener > reachFrom && !cueAt(tokens, opener, Cue.RELATIVE)) {
          opener--;
        }
        Subject described = opener > reachFrom ? nounEndingAt(tokens, opener) : null;
        if (described != null && lx.counts(choice.predicate, described.kind())) {
          subject = new Subject(described.key(), described.kind(), subject.unit());
        }
      }
      Topic topic = null;
      // "- Kabupaten Agam: 20 orang" under "Rincian korban meninggal:": an item of the list
      // counts what its heading names, for the place or part its label names (else no claim)
      boolean labelled = bulletItem && (place != null || part != null)
          && firstColon >= 0 && firstColon <= n.span().start();
      Topic referred = anaphor ? paragraphTopic : labelled ? listTopic : null;
      if ((choice == null || choice.weak) && referred != null && subject != null && state < 0
          && lx.counts(referred.predicate(), subject.kind())) {
        // "Jumlah tersebut ... 1.000 hingga 3.000 orang": the figure of the topic just mentioned
        // (but "pencarian korban tersebut, melibatkan 40 personel" counts those searching).
        topic = referred;
        choice = null;
        Subject t = topic.subject();
        subject =
            t.kind().equals(subject.kind()) || noun == null || noun.value().generic()
                ? new Subject(t.key(), t.kind(), subject.unit())
                : new Subject(key(actorOf(t.key()), subject.kind()), subject.kind(), subject.unit());
      }
      Draft continued = null;
      boolean quoted = quotedAlone(tokens, a, objectEnd);
      if (choice == null && topic == null && lastCount != null
          && lastCount.sentence() >= index - (quoted ? 2 : 1)
          && (listItem || subset || quoted
              || (lastCount.sentence() == index && (noun != null || !saysWhoBetween(tokens, abs.start()))))
          && !(lastCount.sentence() == index && clauseBetween(tokens, abs.start()))
          && (subject == null || (noun == null && !namedBefore) || (noun != null && noun.value().generic())
              || subject.kind().equals(lastCount.subject().kind()))
          && !saysOwnState(tokens, objectEnd) && !untrackedMainVerb(tokens, objectEnd)
          && !stateBefore(tokens, clause, a)
          && !(lastCount.sentence() < index && partOfUntracked(tokens, numbers, claimed, figure, a, base))
          && !partOf.isGroup()) {
        // "… 19 orang di Kabupaten Agam, 15 orang di Kabupaten Tanah Datar": an item of the list
        // the figure before began, counting what it counted.
        continued = lastCount;
        // "27 people had been killed, of whom 25 were women and two were men": the item after
        // a part of the sentence's count is a part too
        subset |= continued.sentence() == index && continued.scope() != null && continued.subset();
        if (subject == null || noun == null || noun.value().generic()) {
          Subject c = continued.subject();
          subject = new Subject(c.key(), c.kind(), subject != null ? subject.unit() : c.unit());
        }
      }
      String measure = null;
      Scope besideFigure = statusNextTo(tokens, clause, a, objectEnd);
      // "29 people are in serious condition": a state only one count's people are in names it
      String statePredicate = choice == null && topic == null && continued == null
          ? stateCount(besideFigure, subject) : null;
      if (choice == null && topic == null && continued == null && statePredicate == null) {
        Subject counted = subject;
        if ((counted == null || !lx.measureNouns.containsKey(counted.kind()))
            && (noun == null || noun.value().generic())) {
          // "40 ribu orang (peserta reuni)"
          counted = measureNounNear(tokens, clause, a, near, n, base);
        }
        measure = counted == null ? null : lx.measureNouns.get(counted.kind());
        if (measure == null) {
          continue;
        }
        subject = counted;
      }
      if (subject == null && choice != null && noun == null && lx.counts(choice.predicate, "people")
          && isWholeNumber(n.value())) {
        // "the death toll has risen to 2,445": a toll of people with no noun after the figure.
        subject = PEOPLE;
      }
      if (subject == null) {
        continue;
      }
      String predicate = choice != null ? choice.predicate
          : topic != null ? topic.predicate()
          : continued != null ? continued.predicate()
          : statePredicate != null ? statePredicate
          : OTHER;
      if (choice != null && subject.key().actor().isEmpty() && actor == null
          && lx.senderPredicates.contains(predicate)) {
        // "Korea Utara telah mengirim 10.000 tentara": the sender is the clause's subject.
        String sender = nearestActorBefore(tokens, clause, Math.min(a, choice.from));
        if (sender != null) {
          subject = new Subject(key(sender, subject.kind()), subject.kind(), subject.unit());
        }
      }
      if (subject.key().actor().isEmpty() && paragraphSubject != null
          && paragraphSubject.kind().equals(subject.kind()) && !paragraphSubject.key().equals(subject.key())) {
        subject = new Subject(paragraphSubject.key(), subject.kind(), subject.unit());
      }
      // Counts the annotation scheme calls "other": people aboard, a crowd, body bags.
      String counted = measure != null ? measure : lx.measurePredicates.get(predicate);
      if (counted == null && predicate.startsWith(OTHER + ":")) {
        counted = predicate.substring(OTHER.length() + 1);
      }
      // The discourse keeps the people counted; the claim reports what the count is of.
      Subject reported = subject;
      String reportedPredicate = predicate;
      if (counted != null) {
        reportedPredicate = OTHER;
        reported = new Subject(key(actorOf(subject.key()), counted), counted, subject.unit());
      }
      // --- flags
      Set<ClaimFlag> flags = EnumSet.noneOf(ClaimFlag.class);
      if (n.markers().contains(NumberMarker.CHANGE)) {
        flags.add(ClaimFlag.CHANGE);
      }
      // "100 soldiers were killed and another 1,000 wounded": after a count of another predicate
      // in the same sentence, "another" names others of the group, not an addition to a total;
      // so too right after such a count when nothing of this predicate was counted before
      // ("The toll rose to 11,300. Another 10,100 are missing.").
      boolean othersOfAnotherCount = lastCount != null && !lastCount.predicate().equals(predicate)
          && (lastCount.sentence() == index
              || (lastCount.sentence() == index - 1 && !lastCounted.containsKey(predicate)));
      // "300 were killed and another 2,700 injured": the verb after the figure sees the figure's
      // own "another", which names others of the group; "2.251 personel tambahan tiba" adds
      boolean ownCueOnly = othersOfAnotherCount && choice != null && choice.from >= objectEnd
          && !additionAfter(tokens, near, base, objectEnd);
      if ((choice != null && choice.addition && !ownCueOnly)
          || (!othersOfAnotherCount && (n.markers().contains(NumberMarker.ADDITION)
              || (topic != null && topic.addition() && !n.markers().contains(NumberMarker.NEW_TOTAL))
              || additionBefore
              || additionBetween
              || additionAfter(tokens, near, base, objectEnd)))) {
        flags.add(ClaimFlag.ADDITION);
      }
      if (flagged(ClaimFlag.INCREMENT, FlagCues.Anchor.FIGURE, tokens, a) || (choice != null
          && flagged(ClaimFlag.INCREMENT, FlagCues.Anchor.VERB, tokens, choice.from))) {
        // "dengan ditemukannya 3 korban", "datang lagi ada 24 kantong jenazah"
        flags.add(ClaimFlag.INCREMENT);
      }
      if (subset) {
        flags.add(ClaimFlag.SUBSET);
      }
      if (plannedBefore(nearCues, clause, a, choice == null ? a : choice.from)) {
        flags.add(ClaimFlag.PLANNED);
      }
      if ((citesEarlierFigure && earlierCueApplies(nearCues, a, n))
          || previousValue(tokens, near, n, a, objectEnd, base)) {
        flags.add(ClaimFlag.EARLIER);
      }
      if (!attribution.named() && attribution.unnamed()) {
        flags.add(ClaimFlag.UNNAMED_SOURCE);
      }
      // --- when
      DateExpression scope =
          nearestDate(within(sites, DateSite::first, reachFrom, reachTo), clause, a, tokens);
      DateValue when = null;
      String whenText = null;
      if (scope != null && scope.value().isPresent()) {
        usedDates.add(scope);
        when = scope.value().get();
        whenText = scope.text();
        if (scope.asOf()) {
          flags.add(ClaimFlag.AS_OF);
        }
        if (scope.future()) {
          flags.add(ClaimFlag.PLANNED);
        }
        if (scope.weekdayMismatch()) {
          flags.add(ClaimFlag.WEEKDAY_MISMATCH);
        }
      } else if (scope != null) {
        usedDates.add(scope);
      } else if (thenDate != null && (then || pastEventCited(tokens, a))) {
        // "… digelar dua tahun lalu. Kala itu, panitia mengklaim 7 juta orang": that time.
        when = thenDate.value().orElseThrow();
        whenText = thenDate.text();
      }
      ClockFinder.Clock clock = clockFor(within(clocks, c -> c.span().start(), nearFrom, nearTo),
          tokens, clause, a, scope, base, framing);
      Span evidence = abs;
      if (noun != null) {
        evidence = evidence.union(Span.of(tokens.get(noun.from()).start(), tokens.get(noun.to() - 1).end()));
      }
      if (choice != null) {
        evidence = evidence.union(choice.span);
      }
      if (!canCount(n.value())) {
        unread.add(new Unread(abs, n.text(), "a count cannot be " + below(n.value())));
        continue;
      }
      // A status named by the predicate or next to the figure ("luka berat 248 orang").
      int[] window = tokenWindow(tokens, evidence);
      Scope status = parts.status(tokens, window[0], window[1], window[1] + 1);
      if (status == null) {
        status = besideFigure;
      }
      String stated = counted != null ? null : stateCount(status, subject);
      if (stated != null && !stated.equals(predicate)) {
        // "the toll may rise, as 30 people are in critical condition": only the injured are
        predicate = stated;
        reportedPredicate = stated;
      }
      Scope own = status != null ? status : part;
      if (own == null && distributive) {
        own = Scope.status(UNNAMED_PART + abs.start(), n.text());
      }
      if (own == null && subset && place != null) {
        own = place.scope(); // "Dari yang meninggal, 10 orang berasal dari Bukit Batabuah"
      }
      // "11 orang meninggal dunia. 10 penumpang dan satu korban tewas lainnya ...": others of
      // the count just given are a part of it, not a second total.
      boolean othersOfCount = (others || cueRight(tokens, objectEnd, Cue.OTHERS_AFTER))
          && place == null && lastCount != null && lastCount.sentence() >= index - 1
          && lastCount.predicate().equals(predicate);
      if (own == null && (othersOfCount
          || (subset && (lastCount == null || lastCount.predicate().equals(predicate)
              || (choice != null && choice.to <= openerEnd(tokens)))))) {
        // "Of those killed, 101 were female" after a count of the injured: the opener's own
        // predicate names the group, so the figure is a part of it all the same
        // "delapan orang tewas, dua di antaranya anak-anak": the part is named after the marker.
        // Drawn from a group of another count ("15.000 tentara dikirim ... 600 di antaranya
        // tewas"), the figure is the whole of its own: no part.
        int to = objectEnd;
        // not past the next figure: "termasuk 175 penumpang dan enam awak" names no part of 175
        while (to < tokens.size() && to < objectEnd + SUBSET_REACH && clause[to] == clause[a] && !blocked[to]) {
          to++;
        }
        own = parts.namedPart(tokens, objectEnd, to);
        if (own == null) {
          // A part no word names: it is compared with nothing, and never taken for the total.
          own = Scope.status(UNNAMED_PART + abs.start(), n.text());
        }
      }
      Draft draft =
          new Draft(
              Claim.builder()
                  .articleId(articleId)
                  .predicate(reportedPredicate)
                  .subject(reported.key())
                  .value(n.value())
                  .unit(reported.unit())
                  .when(when)
                  .whenText(whenText)
                  .clock(clock == null ? null : clock.time(), clock == null ? null : clock.text())
                  .attribution(attribution.source())
                  .origin(attribution.origin())
                  .event(context)
                  .span(evidence)
                  .sentence(s.span(), s.text())
                  .flags(flags),
              evidence.start(),
              predicate,
              subject,
              place,
              placeFronted,
              own,
              flags.contains(ClaimFlag.SUBSET),
              index,
              n.value());
      drafts.add(draft);
      claimed[figure] = true;
      lastCount = draft;
      lastCountEnd = abs.end();
      sentenceSubject = subject;
      paragraphSubject = subject;
      if (a < breakdownAt) {
        paragraphTopic = new Topic(predicate, subject, flags.contains(ClaimFlag.ADDITION));
        wholeCounted = true;
      } else if (!wholeCounted) {
        // "22 orang yang terdiri dari 19 selamat dan tiga meninggal. Jumlahnya ...": "jumlahnya"
        // refers back to the whole, which yielded no claim here, never to an item of it
        paragraphTopic = null;
      }
      topicSentence = index;
      lastCounted.put(predicate, index);
    }
    if (!quiet) {
      scopeParts(draftsBefore, context, listsParts(cues), semicolons(tokens) >= 2);
    }
    zeroClaims(s, tokens, predicates, numbers, attribution, context);
    rememberMentions(tokens, clause, predicates, sentenceSubject);
    if (numbers.isEmpty() && s.text().strip().endsWith(":")) {
      listTopic = headingTopic(predicates);
    }
    dateClaims(s, tokens, clause, sites, usedDates, attribution, context);
    thenDate = null;
    for (DateSite d : sites) {
      if (d.date().value().isPresent() && !d.date().asOf() && !d.date().future()) {
        thenDate = d.date(); // the last date this sentence names, for "kala itu" in the next
      }
    }
  }

  // ---------------------------------------------------------------- predicates

  private static final class PredicateChoice {
    String predicate;
    Span span;
    int from;
    boolean addition;
    /** Chosen from a generic counting noun ("17 korban"): a topic or a list may override it. */
    boolean weak;
    /** In a relative clause after the counted noun ("who had been unaccounted for"). */
    boolean relative;
    /** The token after the predicate's words. */
    int to;
  }

  private List<PhraseTable.Match<List<PredicateForm>>> predicateMentions(List<Token> tokens) {
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
  private int outrunningPredicate(
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
  private boolean predicateOutruns(List<Token> tokens, PhraseTable.Match<Cue> trap) {
    for (int k = trap.from() + 1; k < trap.to(); k++) {
      PhraseTable.Match<List<PredicateForm>> p = lx.predicates.matchAt(tokens, k);
      if (p != null && p.to() > trap.to()) {
        return true;
      }
    }
    return false;
  }

  private PredicateChoice choosePredicate(
      List<Token> tokens,
      int[] clause,
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
    PredicateChoice best = null;
    NumberExpression group = partOf.group();
    PhraseTable.Match<Noun> counted = nounStart >= 0 ? lx.nouns.matchAt(tokens, nounStart) : null;
    boolean genericNoun = counted != null && counted.value().generic();
    int bestDistance = Integer.MAX_VALUE;
    for (PhraseTable.Match<List<PredicateForm>> m : mentions) {
      if (clause[m.from()] != clause[a] && clause[m.to() - 1] != clause[a]) {
        continue;
      }
      // "70 tawanan perang", "1.000 pengungsi": the counted noun itself names the predicate.
      boolean nominal = m.from() == nounStart;
      boolean after = !nominal && m.from() >= objectEnd;
      boolean before = !nominal && m.to() <= a;
      if (!after && !before && !nominal) {
        continue;
      }
      // A verb after the figure belongs to the nearest figure before it; a governing verb before
      // the figure may govern several ("menewaskan 12 tentara dan 3 warga").
      if (after && crossesOtherNumber(tokens, clause, a, numbers, n, base, objectEnd, m.from())
          && !coordinatedBefore(tokens, numbers, base, counted, objectEnd, m.from())
          && !(group != null && auxiliaryBefore(tokens, m.from()) && !crossesOtherNumber(tokens,
              clause, a, numbers, group, base, objectEnd, m.from()))) {
        // "55 of 75 confirmed dead had been identified": the main verb after the group's figure
        // is the part's, which the group does not hide (words inside the group's phrase are not)
        continue;
      }
      if (after && partOf.isGroup() && m.from() > objectEnd && auxiliaryBefore(tokens, m.from())) {
        // ... and the group (75) is counted by its own words ("confirmed dead"), not that verb
        continue;
      }
      if (before && !joinedToGoverningVerb(tokens, a, n)
          && crossesOtherNumber(tokens, clause, a, numbers, n, base, m.to(), a)
          && (!listItem || contentWords(tokens, ownClauseStart(tokens, m.to(), a), a) >= CLAUSE_WORDS)) {
        // "evacuated 3,000 residents and detained 12 suspects": another verb governs the 12; a
        // list item with a place too, when a clause of its own stands before it ("rose to 23 in
        // four counties while deputies in Lake County searched homes for 540 people")
        continue;
      }
      // A generic noun that names a predicate ("17 korban") yields to a verb near it, a
      // participle describing the noun to the main verb ("people reported missing were found").
      // Words set off inside the figure's clause ("satu korban, Budi dan Ani, belum ditemukan")
      // are no distance: they belong to a clause of their own.
      int distance = nominal ? (!genericNoun ? 0 : m.to() <= objectEnd ? GENERIC_NOMINAL_DISTANCE : 2)
          : after ? m.from() - objectEnd - setOffCount(clause, a, objectEnd, m.from()) : a - m.to();
      if (after && isGenericNoun(tokens, m.from(), m.to())) {
        // "Tujuh orang korban dengan luka berat": a generic noun after the counted one yields to
        // a predicate of its clause a few words on, as it does when it is the counted noun
        distance += GENERIC_NOMINAL_DISTANCE;
      }
      boolean joined = after && clauseJoinedBetween(tokens, clause, a, objectEnd, m.from());
      if (joined) {
        // "the death toll has risen to 31 and more were missing": a verb after a clause joined
        // on is that clause's; a predicate before the figure, when there is one, is the figure's
        distance += RELATIVE_CLAUSE_PENALTY;
      }
      if (after && relative(tokens, m.from()) && m.from() - objectEnd <= 2
          && statesWhatIsCounted(m)) {
        // "19 jenazah yang belum teridentifikasi": a clause right after the noun that states a
        // count of its own (lang/measures.tsv) says which of the bodies are counted
        distance = -1;
      } else if (after && relative(tokens, m.from()) && genericNoun && nounStart >= 0
          && m.from() - objectEnd <= 3 && !mentionAfter(mentions, clause, m)) {
        // "satu korban tenggelam yang masih dalam pencarian": with no main verb after it, the
        // clause says which victims are counted
        distance = m.from() - objectEnd;
      } else if (after && relative(tokens, m.from())) {
        // "300 tentara yang dikirim ke Rusia telah tewas", "300 soldiers who were sent to Russia
        // have died": the relative clause describes the soldiers; the main verb after it says
        // what the figure counts
        distance += RELATIVE_CLAUSE_PENALTY;
      } else if (after && !joined
          && finiteAuxiliaryBefore(tokens, m.from())) {
        distance = -1; // the main verb wins over a participle right after the noun
      }
      // "meninggal 9 orang", "warga yang mengungsi ... mencapai 20 ribu": a verb that usually
      // follows its figure may precede it right before the figure or in a relative clause.
      if (before && modifiesAnotherPredicate(tokens, mentions, m) && !statesWhatIsCounted(m)) {
        // "korban meninggal dunia yang telah dievakuasi sebanyak 67 orang": the clause describes
        // the dead; they are what is counted. But "korban yang ditemukan dalam kondisi selamat
        // adalah 18 orang": a clause stating a count of its own says which victims are counted.
        continue;
      }
      boolean inverted = before && (onlyFillersBetween(tokens, m.to(), a) || relative(tokens, m.from()));
      for (PredicateForm f : m.value()) {
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
          best = new PredicateChoice();
          best.predicate = f.predicate();
          best.from = m.from();
          best.to = m.to();
          best.relative = after && relative(tokens, m.from());
          best.span = Span.of(tokens.get(m.from()).start(), tokens.get(m.to() - 1).end());
          best.addition = flagged(ClaimFlag.ADDITION, FlagCues.Anchor.VERB, tokens, m.from());
          // "17 korban", "puluhan korban itu ... 19 orang": a predicate only a generic noun gives.
          best.weak = (nominal && genericNoun) || isGenericNoun(tokens, m.from(), m.to());
        }
      }
    }
    if (best != null && best.relative && mainVerbElsewhere(tokens, numbers, n, base, best.to)) {
      // "Fifty people who had been unaccounted for, though, were found on Tuesday": the
      // relative clause says what they were; the main verb, which counts nothing we track, what
      // the figure is about
      return null;
    }
    if (best == null) {
      best = earlierClause(tokens, clause, mentions, numbers, n, a, base, subject);
    }
    if (best != null) {
      combine(tokens, mentions, best);
    }
    return best;
  }

  /**
   * The predicate of an earlier clause of the sentence when the figure's own clause has none and
   * only asides (a place, a date, a source) stand between: "jumlah korban meninggal dunia ..., di
   * Posko Induk, hingga Kamis (9/8), sebanyak 225 orang"; "Dari yang meninggal, 10 orang ...".
   */
  private PredicateChoice earlierClause(
      List<Token> tokens, int[] clause, List<PhraseTable.Match<List<PredicateForm>>> mentions,
      List<NumberExpression> numbers, NumberExpression n, int a, int base, Subject subject) {
    PhraseTable.Match<List<PredicateForm>> last = null;
    for (PhraseTable.Match<List<PredicateForm>> m : mentions) {
      if (m.to() <= a && clause[m.to() - 1] != clause[a]) {
        last = m;
      }
    }
    if (last == null || crossesAnyNumber(tokens, numbers, n, base, last.to(), a)
        || contentWords(tokens, ownClauseStart(tokens, last.to(), a), a) >= CLAUSE_WORDS) {
      // "..., where 11 of the deaths occurred, searched homes for 670 people": the figure's own
      // clause says something else; asides between commas ("di Posko Induk, hingga Kamis (9/8),
      // sebanyak 225 orang") do not
      return null;
    }
    for (PredicateForm f : last.value()) {
      String kind = subject == null ? null : subject.kind();
      boolean governs = f.position().allowsFigureAfter() || relative(tokens, last.from());
      if (governs && f.allows(kind) && (kind == null || lx.counts(f.predicate(), kind))) {
        PredicateChoice c = new PredicateChoice();
        c.predicate = f.predicate();
        c.from = last.from();
        c.span = Span.of(tokens.get(last.from()).start(), tokens.get(last.to() - 1).end());
        c.weak = true;
        return c;
      }
    }
    return null;
  }

  /**
   * Whether the scanner gave the figure the unit of a later figure it changed into ("naik dari 500
   * menjadi 1.090 orang": 500 has the unit of 1.090): the figure itself is followed by no unit.
   */
  private static boolean unitOfLaterFigure(NumberExpression n, List<NumberExpression> numbers) {
    int from = n.span().end();
    int to = n.unitSpan().start();
    for (NumberExpression o : numbers) {
      if (o != n && o.span().start() >= from && o.span().start() < to) {
        return true;
      }
    }
    return false;
  }

  /** Whether any other figure starts between tokens {@code from} and {@code to}. */
  private boolean crossesAnyNumber(
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

  /**
   * "tewas atau terluka", "tewas dan hilang": two predicates joined make one combined count, as
   * {@code lang/measures.tsv} lists.
   */
  private void combine(
      List<Token> tokens, List<PhraseTable.Match<List<PredicateForm>>> mentions, PredicateChoice c) {
    int end = tokenAt(tokens, c.span.end());
    int start = tokenAt(tokens, c.span.start());
    for (PhraseTable.Match<List<PredicateForm>> m : mentions) {
      int gapFrom = Math.min(end, m.to());
      int gapTo = Math.max(start, m.from());
      if (gapTo - gapFrom != 1 && gapTo - gapFrom != 0) {
        continue; // checked first: the mentions are many, a joined one is rare
      }
      String combined = null;
      for (PredicateForm f : m.value()) {
        combined = combined != null ? combined : lx.combinations.get(c.predicate + "+" + f.predicate());
      }
      String mid = tokens.get(Math.max(0, Math.min(gapFrom, tokens.size() - 1))).lower();
      if (combined != null && lx.is(WordClass.JOINER, mid)) {
        c.predicate = combined;
        c.span = c.span.union(Span.of(tokens.get(m.from()).start(), tokens.get(m.to() - 1).end()));
        return;
      }
    }
  }

  /** The first token starting at or after {@code offset}, else the token count. */
  private static int tokenAt(List<Token> tokens, int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).start() >= offset) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /**
   * Whether a figure after another one still hangs on the verb before both: joined by a
   * conjunction ("menewaskan 12 tentara dan 3 warga") or naming the new total ("bertambah 19
   * orang sehingga totalnya menjadi 1.090").
   */
  private boolean joinedToGoverningVerb(List<Token> tokens, int a, NumberExpression n) {
    if (n.markers().contains(NumberMarker.NEW_TOTAL)) {
      return true;
    }
    for (int k = Math.max(0, a - 4); k < a; k++) {
      String w = tokens.get(k).lower();
      if (lx.is(WordClass.CONJ, w) && contentWords(tokens, k + 1, a) == 0) {
        return true; // "12 tentara dan 3 warga"; not "searched shelters and homes for 540"
      }
    }
    return false;
  }

  /** How many semicolons the sentence holds: two or more make it a list of items. */
  private static int semicolons(List<Token> tokens) {
    int n = 0;
    for (Token t : tokens) {
      if (t.text().equals(";")) {
        n++;
      }
    }
    return n;
  }

  /** Whether a semicolon stands in tokens {@code [from, to)}: a list item of its own begins. */
  private static boolean semicolonBetween(List<Token> tokens, int from, int to) {
    for (int k = Math.max(0, from); k < Math.min(to, tokens.size()); k++) {
      if (tokens.get(k).text().equals(";")) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word of {@link Cue#AUXILIARY} stands one or two tokens before token {@code k}. */
  private boolean auxiliaryBefore(List<Token> tokens, int k) {
    return cueAt(tokens, k - 1, Cue.AUXILIARY) || cueAt(tokens, k - 2, Cue.AUXILIARY);
  }

  /**
   * How a figure stands in "N of M" ("55 of 75", "30 of the 45 victims", "40 dari 67 korban"):
   * the group it is a part of (the figure after it), or whether it is the group of the figure
   * before it.
   */
  private record PartOf(NumberExpression group, boolean isGroup) {}

  /** The figure's place in "N of M", looking only at its neighbours in the sentence. */
  private PartOf partOf(List<Token> tokens, int[] clause, List<NumberExpression> numbers, int index,
      int a, int base) {
    NumberExpression group = index + 1 < numbers.size()
        && groupAfter(tokens, clause, numbers.get(index), numbers.get(index + 1), a, base)
        ? numbers.get(index + 1) : null;
    boolean isGroup = index > 0 && groupAfter(tokens, clause, numbers.get(index - 1),
        numbers.get(index), a, base);
    return new PartOf(group, isGroup);
  }

  /** Whether {@code part} and {@code next} read "part of next" within one clause. */
  private boolean groupAfter(List<Token> tokens, int[] clause, NumberExpression part,
      NumberExpression next, int a, int base) {
    int end = lastToken(tokens, part.span().end() + base);
    int k = end + 1;
    if (end < 0 || k >= tokens.size() || !lx.is(WordClass.PART_OF, tokens.get(k).lower())) {
      return false;
    }
    k++;
    if (k < tokens.size() && lx.is(WordClass.PART_OF, tokens.get(k).lower())) {
      k++; // "out of"
    }
    for (int skipped = 0; k < tokens.size() && skipped < 2
        && (lx.functionWords.contains(tokens.get(k).lower()) || cueAt(tokens, k, Cue.FILLER)); skipped++) {
      k++;
    }
    return k < tokens.size() && next.span().start() + base == tokens.get(k).start()
        && clause[k] == clause[a];
  }

  /**
   * Whether the figure ending at {@code objectEnd} is joined by a conjunction to a next figure
   * and its noun that the verb at {@code verb} follows: "5 warga dan 2 tentara tewas", "five
   * civilians and two soldiers were killed" count both figures with that verb. Only figures of
   * different kinds, or of a category, share it: two counts of one subject would read as one
   * article giving two values for it. {@code own} is the figure's counting noun.
   */
  private boolean coordinatedBefore(List<Token> tokens, List<NumberExpression> numbers, int base,
      PhraseTable.Match<Noun> own, int objectEnd, int verb) {
    if (own == null || objectEnd + 1 >= verb || !lx.is(WordClass.CONJ, tokens.get(objectEnd).lower())) {
      return false;
    }
    NumberExpression next = null;
    for (int i = 0; i < numbers.size() && next == null; i++) {
      NumberExpression o = numbers.get(i);
      next = firstToken(tokens, o.span().start() + base) == objectEnd + 1 ? o : null;
    }
    if (next == null) {
      return false;
    }
    int k = lastToken(tokens, next.span().end() + base) + 1;
    PhraseTable.Match<Noun> noun = k < verb ? lx.nouns.matchAt(tokens, k) : null;
    if (noun == null && k < verb && lx.profile.modifiersBeforeNoun()) {
      noun = nounAfterModifiers(tokens, k, new boolean[tokens.size()]); // "four suspected militants"
    }
    if (noun == null || noun.to() > verb || (noun.value().kind().equals(own.value().kind())
        && !namesCategory(tokens, own.from()) && !namesCategory(tokens, noun.from()))) {
      return false;
    }
    for (k = noun.to(); k < verb; k++) {
      if (!cueAt(tokens, k, Cue.AUXILIARY) && !lx.functionWords.contains(tokens.get(k).lower())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether another figure of the same clause stands between tokens from and to; one inside a
   * phrase of place or origin that counts nothing ("26 foreigners from 14 countries were among
   * those killed") does not count.
   */
  private boolean crossesOtherNumber(
      List<Token> tokens, int[] clause, int a, List<NumberExpression> numbers, NumberExpression n,
      int base, int from, int to) {
    if (from >= to) {
      return false;
    }
    int s = tokens.get(Math.min(from, tokens.size() - 1)).start();
    int e = tokens.get(Math.min(to, tokens.size()) - 1).end();
    for (NumberExpression o : within(numbers, x -> x.span().start() + base, s, e)) {
      if (o == n || !isWholeNumber(o.value())) {
        continue; // "after the 7.6-magnitude quake stood at 222": a measure, no count
      }
      int t = firstToken(tokens, o.span().start() + base);
      if (t >= 0 && clause[t] == clause[a] && !countsNothingAfterPlaceWord(tokens, t, o, base)) {
        return true;
      }
    }
    return false;
  }

  /** Whether figure {@code o}, starting at token t, follows "in" or "from" and no noun it counts. */
  private boolean countsNothingAfterPlaceWord(List<Token> tokens, int t, NumberExpression o, int base) {
    int last = lastToken(tokens, o.span().end() + base);
    return t > 0 && cueEndingAt(tokens, t, Cue.PLACE) && last >= t && last + 1 < tokens.size()
        && tokens.get(last + 1).isWord() && lx.nouns.matchAt(tokens, last + 1) == null
        && lx.predicates.matchAt(tokens, last + 1) == null;
  }

  /**
   * Whether the figure is the value before a change: after "down from", "dari sebelumnya", or
   * followed by the new value ("dari 654 ribu orang menjadi 624.670", "from 174 to 131").
   */
  private boolean previousValue(
      List<Token> tokens, List<NumberExpression> numbers, NumberExpression n, int a, int objectEnd, int base) {
    if (n.markers().contains(NumberMarker.CHANGE)) {
      return false; // "bertambah 19 orang sehingga totalnya menjadi 1.090": a change, not a value
    }
    for (int k = Math.max(0, a - 3); k < a; k++) {
      PhraseTable.Match<Cue> m = lx.cues.matchAt(tokens, k);
      if (m != null && m.value() == Cue.PREVIOUS && m.to() >= a - 1 && m.to() <= a) {
        return true;
      }
    }
    int limit = objectEnd + 3 < tokens.size() ? tokens.get(objectEnd + 3).end() : Integer.MAX_VALUE;
    int after = a >= 2 ? tokens.get(a - 2).start() : 0;
    for (NumberExpression o : numbers) {
      int oe = o.span().end() + base;
      if (o != n && oe <= tokens.get(a).start() && oe >= after && cueAt(tokens, a - 1, Cue.PLACE)
          && o.markers().contains(NumberMarker.NEW_TOTAL) && !n.markers().contains(NumberMarker.NEW_TOTAL)) {
        return true; // "increased to 131 from 174": "from" introduces the old value
      }
    }
    for (NumberExpression o : numbers) {
      int os = o.span().start() + base;
      if (o != n && os > n.span().end() + base && os <= limit
          && o.markers().contains(NumberMarker.NEW_TOTAL)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a word joining clauses ("and", "dan") stands in {@code [from, to)} in the clause of
   * token {@code a} (not in names set off inside it: "Budi dan Ani").
   */
  private boolean clauseJoinedBetween(List<Token> tokens, int[] clause, int a, int from, int to) {
    for (int k = Math.max(0, from); k < to && k < tokens.size(); k++) {
      if (!isSetOff(clause, a, k, to) && lx.is(WordClass.CLAUSE_CONJ, tokens.get(k).lower())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isName(Token t) {
    return t.isWord() && t.isCapitalised();
  }

  /** How many tokens of {@code [from, to)} are {@link #isSetOff} from token {@code a}'s clause. */
  private static int setOffCount(int[] clause, int a, int from, int to) {
    int n = 0;
    for (int k = Math.max(0, from); k < to; k++) {
      n += isSetOff(clause, a, k, to) ? 1 : 0;
    }
    return n;
  }

  /**
   * Whether token {@code k} lies in a clause set off inside the clause of token {@code a}, which
   * goes on at token {@code to} (the words between the commas of an aside).
   */
  private static boolean isSetOff(int[] clause, int a, int k, int to) {
    return to < clause.length && clause[to] == clause[a] && clause[k] != clause[a];
  }

  /**
   * Whether one of the two words after the figure ending at token {@code b} is a kin word with a
   * possessive clitic ({@code words.tsv}: "dua anaknya", "lima anggota keluarganya"): the
   * languages that put the owner after the noun, as Indonesian does, say "his" there.
   */
  private boolean ownKinAfter(List<Token> tokens, int b) {
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
   * Whether an auxiliary of a main verb ends right before the verb at {@code v} or one word before
   * it ("had been found", "were quickly found", "had been subsequently found"); not one of an
   * infinitive ("15 people thought to have died had been found safe": "have died" says what they
   * were thought, "been found safe" what they are).
   */
  private boolean finiteAuxiliaryBefore(List<Token> tokens, int v) {
    for (int k = Math.max(0, v - 1 - FlagCues.REACH); k < v; k++) {
      PhraseTable.Match<Cue> m = lx.cues.matchAt(tokens, k);
      if (m != null && m.value() == Cue.AUXILIARY && (m.to() == v || m.to() == v - 1)
          && !(k > 0 && lx.is(WordClass.INFINITIVE, tokens.get(k - 1).lower()))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the mention opens a relative clause right after another predicate word. */
  private boolean modifiesAnotherPredicate(
      List<Token> tokens, List<PhraseTable.Match<List<PredicateForm>>> mentions,
      PhraseTable.Match<List<PredicateForm>> m) {
    int y = cueAt(tokens, m.from() - 1, Cue.RELATIVE) ? m.from() - 1
        : cueAt(tokens, m.from() - 2, Cue.RELATIVE) ? m.from() - 2 : -1;
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

  /**
   * Whether a clause of its own stands between the last figure and the offset: two or more words
   * in lower case that are neither function words, cues, counting nouns nor predicate words
   * ("Where 11 people died, officers
   * searched homes for 670 people"), so the figure is no further item of the same list.
   */
  private boolean clauseBetween(List<Token> tokens, int offset) {
    int from = reachFrom;
    while (from < tokens.size() && tokens.get(from).start() < lastCountEnd) {
      from++;
    }
    int to = from;
    while (to < tokens.size() && tokens.get(to).start() < offset) {
      to++;
    }
    return contentWords(tokens, from, to) >= 2;
  }

  /** The token after the last clause break in {@code [from, to)}, or {@code from}. */
  private static int ownClauseStart(List<Token> tokens, int from, int to) {
    int start = from;
    for (int k = from; k < to; k++) {
      if (tokens.get(k).isClauseBreak()) {
        start = k + 1;
      }
    }
    return start;
  }

  /**
   * The words of tokens {@code [from, to)} that may make a clause of their own: in lower case and
   * neither function words, cues, scope words, counting nouns, predicate or attribution words, nor
   * words of a date ("sejak Oktober tahun lalu").
   */
  private int contentWords(List<Token> tokens, int from, int to) {
    int content = 0;
    for (int k = Math.max(0, from); k < Math.min(tokens.size(), to); k++) {
      Token t = tokens.get(k);
      if (!t.isWord() || t.isCapitalised() || !Character.isLetter(t.text().charAt(0))
          || (datedTokens != null && k < datedTokens.length && datedTokens[k])
          || lx.functionWords.contains(t.lower()) || lx.cues.matchAt(tokens, k) != null
          || lx.scopes.matchAt(tokens, k) != null || lx.nouns.matchAt(tokens, k) != null
          || lx.predicates.matchAt(tokens, k) != null || lx.attribution.matchAt(tokens, k) != null) {
        continue;
      }
      content++;
    }
    return content;
  }

  /**
   * Whether a speech tag stands between the last figure and the offset ("120 orang, kata polisi
   * 52"): what follows it is no item of the same list.
   */
  private boolean saysWhoBetween(List<Token> tokens, int offset) {
    for (int k = reachFrom; k < tokens.size() && tokens.get(k).start() < offset; k++) {
      PhraseTable.Match<List<Lexicon.AttributionCue>> m =
          tokens.get(k).start() >= lastCountEnd ? lx.attribution.matchAt(tokens, k) : null;
      if (m != null && (m.value().contains(Lexicon.AttributionCue.AFTER)
          || m.value().contains(Lexicon.AttributionCue.BEFORE))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a category of the counted ({@code scopes.tsv}: a cause, a group) starts at {@code k}. */
  private boolean namesCategory(List<Token> tokens, int k) {
    PhraseTable.Match<Lexicon.ScopeWord> w = lx.scopes.matchAt(tokens, k);
    return w != null && w.value().kind() == Scope.Kind.CATEGORY;
  }

  /** Whether tokens {@code [from, to)} are exactly a generic counting noun ("korban"). */
  private boolean isGenericNoun(List<Token> tokens, int from, int to) {
    PhraseTable.Match<Noun> noun = lx.nouns.matchAt(tokens, from);
    return noun != null && noun.value().generic() && noun.to() == to;
  }

  /** Whether tokens {@code [from, to)} are all fillers ("sebanyak", "mencapai"): none at all too. */
  private boolean onlyFillersBetween(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!cueAt(tokens, k, Cue.FILLER)) {
        return false;
      }
    }
    return from <= to;
  }

  /**
   * Whether, after a relative clause ending at token {@code from}, the sentence goes on with an
   * auxiliary and a verb that is no predicate ("..., were found on Tuesday"), before any other
   * figure.
   */
  private boolean mainVerbElsewhere(List<Token> tokens, List<NumberExpression> numbers,
      NumberExpression n, int base, int from) {
    for (int k = from; k < reachTo; k++) {
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

  /** Whether the predicate word at token i opens a relative clause ("yang mengungsi"). */
  /**
   * Whether the figure at token {@code a} follows a back reference ("Laga ... tersebut
   * memakan korban 328 orang") to the sentence before, whose last date lies more than a year
   * before the article's year ("... di Lima, Peru, pada 24 Mei 1964"): the figure counts that
   * past event, cited for comparison.
   */
  private boolean pastEventCited(List<Token> tokens, int a) {
    LocalDate then = thenDate.value().orElseThrow().end();
    if (reference == null || then.getYear() >= reference.getYear() - 1) {
      return false;
    }
    for (int k = Math.max(1, reachFrom); k < a; k++) {
      if (lx.is(WordClass.BACK_REFERENCE, tokens.get(k).lower())) {
        return true;
      }
    }
    return false;
  }

  /** Whether another predicate is mentioned after {@code m} in its clause. */
  private static boolean mentionAfter(
      List<PhraseTable.Match<List<PredicateForm>>> mentions, int[] clause,
      PhraseTable.Match<List<PredicateForm>> m) {
    for (PhraseTable.Match<List<PredicateForm>> o : mentions) {
      if (o.from() >= m.to() && clause[o.from()] == clause[m.from()]) {
        return true;
      }
    }
    return false;
  }

  /** Whether every form of the mention is a count of its own kind ({@code lang/measures.tsv}). */
  private boolean statesWhatIsCounted(PhraseTable.Match<List<PredicateForm>> m) {
    return m.value().stream().allMatch(f -> lx.measurePredicates.containsKey(f.predicate()));
  }

  private boolean relative(List<Token> tokens, int i) {
    // "yang mengungsi", "yang telah mengungsi", "who had been unaccounted for"
    for (int back = 1; back <= 3 && i - back >= 0; back++) {
      if (cueAt(tokens, i - back, Cue.RELATIVE)) {
        return true;
      }
      Token t = tokens.get(i - back);
      if (t.isClauseBreak() || !t.isWord() || t.isCapitalised()) {
        return false;
      }
    }
    return false;
  }

  /** Tokens inside a figure or a date: no place name starts or runs there. */
  private static boolean[] blockedTokens(
      List<Token> tokens, List<NumberExpression> numbers, List<DateExpression> dates, int base) {
    boolean[] out = new boolean[tokens.size()];
    for (NumberExpression n : numbers) {
      mark(out, tokens, shift(n.span(), base));
    }
    for (DateExpression d : dates) {
      mark(out, tokens, shift(d.span(), base));
    }
    return out;
  }

  private static void mark(boolean[] out, List<Token> tokens, Span span) {
    int from = firstToken(tokens, span.start());
    int to = lastToken(tokens, span.end());
    for (int k = Math.max(0, from); k >= 0 && k <= to && k < out.length; k++) {
      out[k] = true;
    }
  }

  /** The token indices {@code [first, last + 1)} a span covers. */
  private static int[] tokenWindow(List<Token> tokens, Span span) {
    int from = Math.max(0, firstToken(tokens, span.start()));
    return new int[] {from, Math.max(from, lastToken(tokens, span.end()) + 1)};
  }

  /**
   * Whether the figure at token {@code a} is part of a name: after an identifier word ("nomor
   * 12", "Flight 610"), joined by a hyphen to a code ("B737-8", "JT-610"), after a two-letter
   * code ("JT 610"), or a capitalised number word after a name word with no counting noun after
   * it ("Kepulauan Seribu").
   */
  private boolean namesSomething(List<Token> tokens, int a) {
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
        && a > firstWord && !lx.functionWords.contains(prev.lower())
        && lx.cues.matchAt(tokens, a - 1) == null && lx.predicates.matchAt(tokens, a - 1) == null
        && (a + 1 >= tokens.size() || (lx.nouns.matchAt(tokens, a + 1) == null
            && lx.predicates.matchAt(tokens, a + 1) == null))) {
      return true; // "Kepulauan Seribu", but not "Jadi Tiga Orang" in a headline
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
        && !titleCase && fig.text().chars().allMatch(Character::isDigit)
        && lx.nouns.matchAt(tokens, a + 1) == null && lx.actors.matchAt(tokens, a + 1) == null
        && lx.scopes.matchAt(tokens, a + 1) == null
        && (a + 2 >= tokens.size() || lx.nouns.matchAt(tokens, a + 2) == null)
        && (a + 3 >= tokens.size() || lx.nouns.matchAt(tokens, a + 3) == null)) {
      return true;
    }
    // "Reuni Alumni 212 mengklaim", "Aksi 212": digits right after a name, no noun after them.
    boolean afterName = a >= 2 && !titleCase && prev.isCapitalised() && prev.isWord()
        && tokens.get(a - 2).isWord()
        && lx.scopes.matchAt(tokens, a - 1) == null && lx.actors.matchAt(tokens, a - 1) == null
        && fig.text().chars().allMatch(Character::isDigit);
    return afterName && (a + 1 >= tokens.size() || lx.nouns.matchAt(tokens, a + 1) == null)
        && (a + 1 >= tokens.size() || !tokens.get(a + 1).isWord()
            || !Character.isDigit(tokens.get(a + 1).text().charAt(0)));
  }

  /**
   * Whether the figure is all a quote says: "\"30 ribu,\" kata Kapolres"; "\"Sekitar 200 ribu.\"":
   * it answers the count the text spoke of just before.
   */
  /**
   * Whether the figure's own words say what state it counts, one the predicates do not track
   * ("2.282 warga terdampak banjir", "300 people stranded"): then it is no further item of the
   * count before it.
   */
  private boolean saysOwnState(List<Token> tokens, int objectEnd) {
    for (int k = objectEnd; k < Math.min(tokens.size(), objectEnd + 3); k++) {
      Token t = tokens.get(k);
      if (!t.isWord()) {
        return false;
      }
      if (lx.is(WordClass.OTHER_STATE, t.lower())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the figure's main verb, right after its noun and an auxiliary, says something no
   * predicate tracks: "the bodies of 24 foreign nationals have been sent home" counts a return,
   * not the dead the noun before it names.
   */
  private boolean untrackedMainVerb(List<Token> tokens, int objectEnd) {
    int k = objectEnd;
    PhraseTable.Match<Cue> m;
    while (k < tokens.size() && (m = lx.cues.matchAt(tokens, k)) != null
        && (m.value() == Cue.AUXILIARY || m.value() == Cue.PASSIVE)) {
      k = m.to();
    }
    if (k == objectEnd || k >= tokens.size()) {
      return false;
    }
    return lx.is(WordClass.OTHER_STATE, tokens.get(k).lower()) || cueAt(tokens, k, Cue.TRAP);
  }

  /**
   * The status word next to the figure, in its clause: "335 orang, luka berat 248 orang" gives 335
   * none; a phrase starting there may end two words later ("33 others remain in serious
   * condition").
   */
  private Scope statusNextTo(List<Token> tokens, int[] clause, int a, int objectEnd) {
    int from = Math.max(0, a - 2);
    int to = Math.min(tokens.size(), objectEnd + 3);
    while (from < a && clause[from] != clause[a]) {
      from++;
    }
    while (to > objectEnd && clause[to - 1] != clause[a]) {
      to--;
    }
    int end = to;
    while (end < Math.min(tokens.size(), to + 2) && clause[end] == clause[a]) {
      end++;
    }
    return parts.status(tokens, from, to, end);
  }

  /**
   * The count a status puts its figure in ({@code lang/status-predicates.tsv}: "critical
   * condition" is the injured's), when that count may count the subject; else null.
   */
  private String stateCount(Scope status, Subject subject) {
    String predicate = status == null || subject == null ? null : lx.statusPredicates.get(status.key());
    return predicate != null && lx.counts(predicate, subject.kind()) ? predicate : null;
  }

  /**
   * Whether the figure is an item of an "including ..." list whose head, an earlier figure of the
   * sentence that yielded no claim, is in a state no predicate tracks, named after the list:
   * "1,386 persons, including 599 women and 320 children, were rescued". Such items continue no
   * count of an earlier sentence.
   */
  private boolean partOfUntracked(List<Token> tokens, List<NumberExpression> numbers,
      boolean[] claimed, int figure, int a, int base) {
    for (int k = a - 1; k >= reachFrom && !tokens.get(k).isClauseBreak(); k--) {
      PhraseTable.Match<Cue> m = lx.cues.matchAt(tokens, k);
      if (m != null && m.value() == Cue.SUBSET_BEFORE && m.to() <= a) { // "including"
        int opens = tokens.get(k).start();
        int head = figure - 1;
        while (head >= 0 && numbers.get(head).span().end() + base > opens) {
          head--;
        }
        return head >= 0 && !claimed[head]
            && saysOwnState(tokens, clauseBreakFrom(a, tokens.size()) + 1);
      }
    }
    return false;
  }

  /** Whether a word of a state no predicate tracks stands up to three words before the figure. */
  private boolean stateBefore(List<Token> tokens, int[] clause, int a) {
    return stateWordBefore(tokens, clause, a) >= 0;
  }

  /** The token of a state no predicate tracks up to three words before the figure, or -1. */
  private int stateWordBefore(List<Token> tokens, int[] clause, int a) {
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

  private static boolean quotedAlone(List<Token> tokens, int a, int objectEnd) {
    int open = a - 1;
    if (open < 0 || !tokens.get(open).isQuote()) {
      return false;
    }
    int k = objectEnd;
    while (k < tokens.size() && !tokens.get(k).isWord()) {
      if (tokens.get(k).isQuote()) {
        return true;
      }
      k++;
    }
    return k >= tokens.size();
  }

  /** Whether tokens {@code [from, to)} are only single letters and digits ("S 5"), or none. */
  private static boolean codeOnly(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      String t = tokens.get(k).text();
      if (!(t.length() == 1 && Character.isLetter(t.charAt(0))) && !t.chars().allMatch(Character::isDigit)) {
        return false;
      }
    }
    return true;
  }

  /** Most words that qualify a counted noun between it and its figure ("40 foreign aid workers"). */
  private static final int MODIFIERS = 2;

  /**
   * The counting noun after words that qualify it ("280 medical personnel", "12 foreign
   * tourists"), in a language that puts such words before the noun; they must be lower-case words
   * of no table.
   */
  private PhraseTable.Match<Noun> nounAfterModifiers(List<Token> tokens, int from, boolean[] blocked) {
    for (int k = from; k < Math.min(tokens.size() - 1, from + MODIFIERS); k++) {
      if (!plainWord(tokens, k) || blocked[k] || lx.cues.matchAt(tokens, k) != null) {
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
   * Whether token {@code k} is a lower-case word that is no function word and starts no predicate:
   * a word that may qualify a noun ("devastating", "medical").
   */
  private boolean plainWord(List<Token> tokens, int k) {
    Token t = tokens.get(k);
    return t.isWord() && !t.isCapitalised() && !lx.functionWords.contains(t.lower())
        && lx.predicates.matchAt(tokens, k) == null;
  }

  /** Most tokens before a bare number inside the brackets that follow a name. */
  private static final int AGE_ASIDE_TOKENS = 6;

  /**
   * "Herianto (25)", "Tri Suci (perempuan, 24, warga Aceh Tamiang)": a bare number standing alone
   * in brackets, or as one comma-separated item of them, right after a name is an age; so is one
   * set off by commas right after a name ("Imam Syafii, 51, asal Ngantang", "John Doe, 45, of").
   */
  private static boolean isAge(List<Token> tokens, int a, int b) {
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

  private static boolean isOne(Quantity q) {
    return q.low().isPresent() && q.high().isPresent()
        && q.low().get().compareTo(java.math.BigDecimal.ONE) == 0
        && q.high().get().compareTo(java.math.BigDecimal.ONE) == 0;
  }

  /**
   * A counting noun whose figures count themselves ({@code lang/measures.tsv}) near the figure at
   * token {@code a}, in its clause before it ("peserta aksi mencapai delapan juta") or in brackets
   * right after it ("40 ribu orang (peserta reuni)").
   */
  private Subject measureNounNear(
      List<Token> tokens, int[] clause, int a, List<NumberExpression> numbers, NumberExpression n, int base) {
    for (int i = a - 1; i >= reachFrom; i--) {
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

  private Subject measureNounAt(List<Token> tokens, int i, int limit) {
    PhraseTable.Match<Noun> noun = lx.nouns.matchAt(tokens, i);
    if (noun == null || noun.to() > limit || !lx.measureNouns.containsKey(noun.value().kind())) {
      return null;
    }
    return new Subject(SubjectKey.of(noun.value().kind()), noun.value().kind(), "people");
  }

  // ---------------------------------------------------------------- subjects

  private String actorAfter(List<Token> tokens, int i) {
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
  private String nearestActorBefore(List<Token> tokens, int[] clause, int end) {
    String found = null;
    int i = reachFrom;
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

  /** The nearest specific counting noun with a named actor before token {@code a} in its clause. */
  /**
   * The counting noun (with its actor) that ends right before token {@code end}: "pasukan Korea
   * Utara" before "yang"; null when none does.
   */
  private Subject nounEndingAt(List<Token> tokens, int end) {
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
  private boolean placeNameBetween(List<Token> tokens, int from, int to) {
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

  private Subject nounBefore(List<Token> tokens, int[] clause, int a) {
    for (int i = a - 1; i >= reachFrom && clause[i] == clause[a]; i--) {
      PhraseTable.Match<Noun> noun = lx.nouns.matchAt(tokens, i);
      if (noun != null && !noun.value().generic() && noun.to() <= a && !inEventName(tokens, i)) {
        String actor = actorAfter(tokens, noun.to());
        return new Subject(key(actor, noun.value().kind()), noun.value().kind(), noun.value().unit());
      }
    }
    return null;
  }

  /** Whether token {@code i} is a word of an event's name of several words ("crowd crush"). */
  private boolean inEventName(List<Token> tokens, int i) {
    for (int k = Math.max(0, i - EVENT_NAME_WORDS + 1); k <= i; k++) {
      PhraseTable.Match<String> m = lx.contexts.matchAt(tokens, k);
      if (m != null && m.to() > i && m.to() - m.from() > 1) {
        return true;
      }
    }
    return false;
  }

  /** Most words of an event's name that {@link #inEventName} looks back over. */
  private static final int EVENT_NAME_WORDS = 3;

  private static String actorOf(SubjectKey.Counted subjectKey) {
    return subjectKey.actor().orElse(null);
  }

  private static SubjectKey.Counted key(String actor, String kind) {
    return SubjectKey.of(actor, kind);
  }

  /** Characters that open an item of a list line ("- Kabupaten Agam: 20 orang"). */
  private static final String BULLETS = "-\u2013\u2014\u2022*\u00b7\u25aa\u25cf";

  /**
   * Whether the sentence is a line of a list: opened by a bullet, or right after a bullet on a
   * line of its own, a heading line ending in a colon, or another labelled line.
   */
  private boolean inList(Sentence s, int index) {
    if (bulleted(s.text())) {
      return true;
    }
    if (index == 0 || sentences.paragraph(index - 1) == s.paragraph()) {
      return false;
    }
    String before = sentences.get(index - 1).text().strip();
    return labelLine == index - 1 || before.endsWith(":")
        || (before.length() == 1 && BULLETS.indexOf(before.charAt(0)) >= 0);
  }

  /** Whether the sentence is a line opened by a bullet. */
  private static boolean bulleted(String text) {
    String t = text.stripLeading();
    return !t.isEmpty() && BULLETS.indexOf(t.charAt(0)) >= 0;
  }

  /**
   * What a heading line without a figure ("Rincian korban meninggal:") says its list counts: the
   * first predicate it names that counts people; null when it names none.
   */
  private Topic headingTopic(List<PhraseTable.Match<List<PredicateForm>>> predicates) {
    String weak = null;
    for (PhraseTable.Match<List<PredicateForm>> m : predicates) {
      for (PredicateForm f : m.value()) {
        if (!lx.counts(f.predicate(), "people")) {
          continue;
        }
        if (!lx.weakPredicates.containsKey(f.predicate())) {
          return topicOfPeople(f.predicate());
        }
        weak = weak == null ? f.predicate() : weak; // "Korban luka-luka:": the wounded, not victims
      }
    }
    return weak == null ? null : topicOfPeople(weak);
  }

  private static Topic topicOfPeople(String predicate) {
    return new Topic(predicate, PEOPLE, false);
  }

  /** Remembers "tentara Korea Utara yang baru dikerahkan" even without a figure. */
  private void rememberMentions(
      List<Token> tokens, int[] clause, List<PhraseTable.Match<List<PredicateForm>>> predicates, Subject counted) {
    Subject mentioned = null;
    int at = -1;
    for (int i = 0; i < tokens.size(); i++) {
      PhraseTable.Match<Noun> noun = lx.nouns.matchAt(tokens, i);
      if (noun == null || noun.value().generic()) {
        continue;
      }
      String actor = actorAfter(tokens, noun.to());
      if (actor != null) {
        mentioned = new Subject(key(actor, noun.value().kind()), noun.value().kind(), noun.value().unit());
        at = noun.to();
      }
    }
    if (mentioned != null && counted == null) {
      paragraphSubject = mentioned;
      for (PhraseTable.Match<List<PredicateForm>> m : predicates) {
        if (m.from() >= at && m.from() - at <= 4) {
          for (PredicateForm f : m.value()) {
            if (lx.counts(f.predicate(), mentioned.kind())) {
              paragraphTopic = new Topic(f.predicate(), mentioned,
                  flagged(ClaimFlag.ADDITION, FlagCues.Anchor.VERB, tokens, m.from()));
              topicSentence = sentenceIndex;
              return;
            }
          }
        }
      }
    }
  }

  // ---------------------------------------------------------------- cues

  /**
   * Whether the sentence's earlier cue applies to the figure at token {@code a}: not when the last
   * of the earlier and current cues before it is a current one ("semula 127, kini 129"), nor when
   * the earlier cues follow it and it names a new total or a previous value follows it first
   * ("revised the toll to 97, down from their previous toll of 115").
   */
  private static boolean earlierCueApplies(
      List<PhraseTable.Match<Cue>> cues, int a, NumberExpression n) {
    Cue last = null;
    for (PhraseTable.Match<Cue> m : cues) {
      if (m.to() > a) {
        if (last == null && m.value() == Cue.PREVIOUS) {
          return false; // "to 97, down from their previous toll of 115": that toll is the old one
        }
        if (m.value() == Cue.EARLIER) {
          break;
        }
        continue;
      }
      if (m.value() == Cue.EARLIER || m.value() == Cue.CURRENT) {
        last = m.value();
      } else if (m.value() == Cue.REVISION) {
        last = Cue.CURRENT; // "was earlier put at 288, which the government revised to 275"
      }
    }
    return last == null ? !n.markers().contains(NumberMarker.NEW_TOTAL) : last == Cue.EARLIER;
  }

  /** Whether the sentence lists parts of a whole: a breakdown, or figures for each of several. */
  private static boolean listsParts(List<PhraseTable.Match<Cue>> cues) {
    return has(cues, Cue.BREAKDOWN) || has(cues, Cue.DISTRIBUTIVE);
  }

  /** The first token of the sentence's first cue of this kind, or the largest int when none. */
  private static int firstCue(List<PhraseTable.Match<Cue>> cues, Cue cue) {
    for (PhraseTable.Match<Cue> m : cues) {
      if (m.value() == cue) {
        return m.from();
      }
    }
    return Integer.MAX_VALUE;
  }

  private static boolean has(List<PhraseTable.Match<Cue>> cues, Cue cue) {
    return firstCue(cues, cue) != Integer.MAX_VALUE;
  }

  /** Whether a rule of {@code lang/flag-cues.tsv} gives the flag to the figure anchored at i. */
  private boolean flagged(ClaimFlag flag, FlagCues.Anchor anchor, List<Token> tokens, int i) {
    return FlagCues.builtIn().gives(flag, anchor, tokens, i, lx.cues);
  }

  /**
   * An addition cue after the counted object ("tentara dan teknisi tambahan", "12 more"), unless
   * it is the subject of a clause of its own: "the toll rose to 31 and more (people) were
   * missing".
   */
  private boolean additionAfter(List<Token> tokens, List<NumberExpression> numbers, int base, int objectEnd) {
    for (int k = objectEnd; k < Math.min(tokens.size(), objectEnd + 3); k++) {
      if (tokens.get(k).isClauseBreak()) {
        return false;
      }
      PhraseTable.Match<Cue> m = lx.cues.matchAt(tokens, k);
      if (m != null && m.value() == Cue.ADDITION && !figureWithin(tokens, numbers, base, k, m.to() + 2)) {
        // "238 people and more than 900 injured": the cue is the next figure's hedge
        // "... and more (people) were missing": a verb after the cue makes it another subject
        return !cueAt(tokens, m.to(), Cue.AUXILIARY) && !cueAt(tokens, m.to() + 1, Cue.AUXILIARY);
      }
    }
    return false;
  }

  /** Whether a figure starts in tokens {@code [from, to)}. */
  private static boolean figureWithin(List<Token> tokens, List<NumberExpression> numbers, int base, int from, int to) {
    if (from >= tokens.size()) {
      return false;
    }
    int s = tokens.get(from).start();
    int e = tokens.get(Math.min(to, tokens.size()) - 1).end();
    return !within(numbers, o -> o.span().start() + base, s, e).isEmpty();
  }

  /** A cue within three words after token i, before the clause ends ("tentara dan teknisi tambahan"). */
  private boolean cueRight(List<Token> tokens, int i, Cue cue) {
    for (int k = i; k < Math.min(tokens.size(), i + 3); k++) {
      if (tokens.get(k).isClauseBreak()) {
        return false;
      }
      if (cueAt(tokens, k, cue)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The source of the figure at token {@code a} when the sentence names several, each before its
   * own speech verb ("Police estimated the crowd at 40,000, while organisers claimed 200,000"):
   * the last one named before the figure; otherwise the sentence's source.
   */
  private static Attribution speakerOf(List<AttributionFinder.Speaker> speakers, int a,
      Attribution sentence) {
    Attribution own = null;
    for (AttributionFinder.Speaker sp : speakers) {
      if (sp.verb() < a) {
        own = sp.attribution();
      }
    }
    return own != null ? own : sentence;
  }

  /**
   * Whether a subset cue follows the figure's noun within its clause, with no figure of its own
   * after it ("Dua korban meninggal di antaranya ..."; not "8 orang tewas, di antaranya 2 anak").
   */
  private boolean subsetAfter(List<Token> tokens, List<NumberExpression> numbers, int objectEnd) {
    for (int k = objectEnd; k < Math.min(tokens.size(), objectEnd + 3); k++) {
      if (tokens.get(k).isClauseBreak()) {
        return false;
      }
      PhraseTable.Match<Cue> m = lx.cues.matchAt(tokens, k);
      if (m != null && m.value() == Cue.SUBSET_AFTER) {
        int next = m.to() < tokens.size() ? tokens.get(m.to()).start() : -1;
        return numbers.stream().noneMatch(e -> e.span().start() == next);
      }
    }
    return false;
  }

  private boolean cueAt(List<Token> tokens, int i, Cue cue) {
    if (i < 0 || i >= tokens.size()) {
      return false;
    }
    PhraseTable.Match<Cue> m = lx.cues.matchAt(tokens, i);
    return m != null && m.value() == cue;
  }

  /**
   * The administrative area of the speaker the figure is attributed to ("kata Kepala BPBD
   * Kabupaten Agam"): a local official counts the local part. A place after a preposition is
   * where the speaker spoke ("kata Muhadjir di Kabupaten Malang"), not what they count.
   */
  private PartFinder.Place jurisdiction(List<Token> tokens, Attribution attribution, boolean[] blocked) {
    String source = attribution.source();
    if (source == null) {
      return null;
    }
    for (int k = reachFrom; k < reachTo; k++) {
      PhraseTable.Match<Lexicon.ScopeWord> admin = lx.scopes.matchAt(tokens, k);
      if (admin != null && admin.value().placeBefore() && !cueAt(tokens, k - 1, Cue.PLACE)) {
        PartFinder.Place p = parts.placeAt(tokens, k, blocked);
        if (p != null && p.administrative() && source.contains(p.text())) {
          return p;
        }
      }
    }
    return null;
  }

  /**
   * Whether token {@code a} lies in a sentence's opening group that holds a figure of its own, up
   * to its first comma ("Of the 55 passengers on board, 33 were women": the 55 is the group).
   */
  private boolean inSubsetOpener(List<Token> tokens, List<NumberExpression> numbers,
      int base, int a) {
    int end = clauseBreakFrom(0, tokens.size());
    if (a >= end || end == tokens.size()) {
      return false;
    }
    int limit = tokens.get(end).start();
    return numbers.stream().anyMatch(o -> o.span().start() + base < limit);
  }

  /**
   * "He said that of the 1,100 injured, less than 200 are still treated": a figure in the clause
   * right after an opener that names its group, where the opener starts a clause inside the
   * sentence (after a comma or "that").
   */
  private boolean afterInnerSubsetOpener(List<Token> tokens, int a) {
    for (int k = Math.max(1, reachFrom); k < a; k++) {
      if (!cueAt(tokens, k, Cue.SUBSET_OF)
          || !(tokens.get(k - 1).isClauseBreak() || lx.is(WordClass.STOP, tokens.get(k - 1).lower()))) {
        continue;
      }
      int end = clauseBreakFrom(k, a);
      return end < a && clauseBreakFrom(end + 1, a) == a;
    }
    return false;
  }

  /**
   * Whether a clause joined on ("..., and some 3,000 more were dispatched") stands between the
   * clause a sentence-opening subset opener ends and token {@code a}: the opener is answered by
   * the clause after it, not by every later one.
   */
  private boolean clauseJoinedAfterOpener(List<Token> tokens, int a) {
    for (int k = Math.max(openerEnd(tokens) + 1, reachFrom); k < a - 1; k++) {
      if (tokens.get(k).isClauseBreak() && cueAt(tokens, k + 1, Cue.BOUNDARY)) {
        return true;
      }
    }
    return false;
  }

  /** Where the clause of a sentence opened by a subset opener ("Of those killed,") ends; -1 if none. */
  private int openerEnd(List<Token> tokens) {
    if (!opensWith(tokens, Cue.SUBSET_OF)) {
      return -1;
    }
    return clauseBreakFrom(firstWord, tokens.size());
  }

  /** The first clause break in tokens {@code [from, to)} of the sentence read, or {@code to}. */
  private int clauseBreakFrom(int from, int to) {
    return from >= to ? from : Math.min(nextBreak[from], to);
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

  /** Whether the sentence's first words are the cue. */
  private boolean opensWith(List<Token> tokens, Cue cue) {
    return cueAt(tokens, firstWord, cue);
  }

  /** A cue phrase ending right before token {@code i} ("another batch of | 1,500"). */
  private boolean cueEndingAt(List<Token> tokens, int i, Cue cue) {
    for (int k = Math.max(0, i - FlagCues.REACH); k < i; k++) {
      PhraseTable.Match<Cue> m = lx.cues.matchAt(tokens, k);
      if (m != null && m.value() == cue && m.to() == i) {
        return true;
      }
    }
    return false;
  }

  /** A planned cue ("akan", "will") in the figure's clause before the figure or its verb. */
  private static boolean plannedBefore(
      List<PhraseTable.Match<Cue>> cues, int[] clause, int a, int predicateFrom) {
    int end = Math.max(a, predicateFrom);
    for (PhraseTable.Match<Cue> m : cues) {
      if (m.value() == Cue.PLANNED && m.from() < end && clause[m.from()] == clause[a]) {
        return true;
      }
    }
    return false;
  }

  /**
   * Gives each figure of the sentence its part of the whole: its status or category, or the place
   * named next to it when that place is a part of the event's area: an administrative unit
   * ("Kabupaten Agam"), one of several places the sentence lists ("di Palu 821 orang dan di
   * Donggala 11 orang"), or the place the sentence opens with when the article's event names
   * another. A place that is the event's own is no part. In a breakdown sentence ("terdiri atas",
   * "dengan rincian") the parts are flagged as one complete list.
   */
  private void scopeParts(int from, String context, boolean breakdown, boolean itemized) {
    List<Draft> sentence = drafts.subList(from, drafts.size());
    Set<String> placeKeys = new HashSet<>();
    for (Draft d : sentence) {
      if (d.place() != null) {
        placeKeys.add(d.place().key());
      }
    }
    String eventPlace = placeOf(context);
    boolean listStarted = false;
    Scope.Kind listKind = Scope.Kind.STATUS;
    for (Draft d : sentence) {
      Scope scope = d.scope();
      PartFinder.Place p = d.place();
      if (p != null && !PartFinder.isEventPlace(p, eventPlace)) {
        // another figure of the sentence names another place
        boolean listed = placeKeys.size() > 1;
        if (p.administrative() || listed || (d.frontedPlace() && eventPlace != null)) {
          scope = scope == null || scope.equals(p.scope()) ? p.scope()
              : new Scope(scope.kind(), scope.key() + "@" + p.key(), scope.text() + ", " + p.text());
        }
      }
      if (scope == null && (breakdown || itemized) && listStarted) {
        // "terdiri dari tujuh kru dan tiga penumpang", "Kantor A, 89 orang; Aula B, 300 orang":
        // an item after a named part of the list is a part too, even when no word names it;
        // never a second total
        // of the list's kind, so a complete list still adds up with it
        scope = new Scope(listKind, UNNAMED_PART + d.start(), String.valueOf(d.value()));
      }
      if (scope != null) {
        d.builder().scope(scope);
        scoped.add(d);
        listStarted = true;
        listKind = scope.kind();
        if (breakdown) {
          d.builder().flag(ClaimFlag.BREAKDOWN);
        }
      }
    }
  }

  /**
   * A figure named with a place that is smaller than a total the article gave before for the same
   * predicate counts a part of that total ("menewaskan 174 orang. ... Sementara di Sumatra Barat,
   * 23 orang"), even when no administrative word or list says so.
   */
  private void placesBelowTotals() {
    // A total counts when it has no place and no scope and was not scoped by its sentence; for
    // each predicate the largest lower bound of the totals so far decides (one pass, not a
    // search of every earlier figure per figure: an article may hold many thousands).
    java.util.Map<String, java.math.BigDecimal> largestTotal = new java.util.HashMap<>();
    for (Draft d : drafts) {
      if (d.place() != null && d.scope() == null && !scoped.contains(d)) {
        java.math.BigDecimal total = largestTotal.get(d.predicate());
        Quantity p = d.value();
        if (total != null && p != null && p.high().isPresent() && total.compareTo(p.high().get()) > 0) {
          d.builder().scope(d.place().scope());
          scoped.add(d);
        }
      } else if (d.place() == null && d.scope() == null && !scoped.contains(d)
          && d.value() != null && d.value().low().isPresent()) {
        largestTotal.merge(d.predicate(), d.value().low().get(),
            (a, b) -> a.compareTo(b) >= 0 ? a : b);
      }
    }
    // The place a sentence opens with covers all its figures: if one is a part, all are.
    Set<Integer> scopedFronted = new HashSet<>();
    for (Draft d : drafts) {
      if (d.frontedPlace() && scoped.contains(d)) {
        scopedFronted.add(d.sentence());
      }
    }
    for (Draft d : drafts) {
      if (d.frontedPlace() && d.scope() == null && !scoped.contains(d)
          && scopedFronted.contains(d.sentence())) {
        d.builder().scope(d.place().scope());
        scoped.add(d);
      }
    }
  }

  /** Whether the total's value is certainly larger than the part's. */
  private static boolean larger(Quantity t, Quantity p) {
    return t != null && p != null && t.low().isPresent() && p.high().isPresent()
        && t.low().get().compareTo(p.high().get()) > 0;
  }

  /** The place of an event key ("flood:garut" gives "garut"), or null. */
  private static String placeOf(String context) {
    int colon = context == null ? -1 : context.indexOf(':');
    return colon < 0 ? null : context.substring(colon + 1);
  }

  // ---------------------------------------------------------------- zero figures

  /**
   * Whether some count (a number at least 0) fits the figure: not for "less than 0" or "at most
   * −5", which no count can be.
   */
  private static boolean canCount(Quantity q) {
    return q.high().map(h -> h.signum() > 0 || (h.signum() == 0 && q.highInclusive()))
        .orElse(true);
  }

  /** "less than 0", "at most -5", "-5": what the figure says that no count can be. */
  private static String below(Quantity q) {
    String h = q.high().orElseThrow().toPlainString();
    return q.kind() == QuantityKind.AT_MOST ? (q.highInclusive() ? "at most " : "less than ") + h
        : "below 0 (" + q + ")";
  }

  /** "tidak ada korban jiwa": killed = 0. */
  private void zeroClaims(
      Sentence s,
      List<Token> tokens,
      List<PhraseTable.Match<List<PredicateForm>>> predicates,
      List<NumberExpression> numbers,
      Attribution attribution,
      String context) {
    if (!numbers.isEmpty()) {
      return;
    }
    for (PhraseTable.Match<List<PredicateForm>> m : predicates) {
      for (int k = Math.max(0, m.from() - 3); k < m.from(); k++) {
        PhraseTable.Match<Cue> c = lx.cues.matchAt(tokens, k);
        boolean joined = c != null && (c.to() == m.from()
            || (c.to() + 1 == m.from() && cueAt(tokens, c.to(), Cue.RELATIVE)));
        if (c != null && c.value() == Cue.NEGATION && joined) {
          // "tidak ada korban jiwa", "belum ada yang teridentifikasi"
          String predicate = m.value().get(0).predicate();
          String counted = lx.measurePredicates.get(predicate);
          if (counted != null) {
            predicate = OTHER;
          }
          Span span = Span.of(tokens.get(k).start(), tokens.get(m.to() - 1).end());
          drafts.add(
              new Draft(
                  Claim.builder()
                      .articleId(articleId)
                      .predicate(predicate)
                      .subject(SubjectKey.of(counted != null ? counted : "people"))
                      .value(Quantity.exact(0))
                      .unit("people")
                      .attribution(attribution.source())
                      .origin(attribution.origin())
                      .event(context)
                      .span(span)
                      .sentence(s.span(), s.text()),
                  span.start()));
          return;
        }
      }
    }
  }

  // ---------------------------------------------------------------- dates

  /**
   * A date expression of the sentence with what the claim rules ask of it, worked out once per
   * sentence rather than once per figure.
   */
  private record DateSite(
      DateExpression date, Span span, int first, int last, boolean startsPeriod, boolean frames,
      boolean speechTag, boolean occurrence) {}

  private List<DateSite> dateSites(
      List<DateExpression> dates, List<Token> tokens, int[] clause, int base, boolean[] framing) {
    List<DateSite> out = new ArrayList<>(dates.size());
    List<PhraseTable.Match<String>> events = null;
    for (DateExpression d : dates) {
      Span abs = shift(d.span(), base);
      int first = firstToken(tokens, abs.start());
      if (first < 0) {
        continue;
      }
      if (events == null) {
        events = lx.events.findAll(tokens, 0, tokens.size());
      }
      int last = lastToken(tokens, abs.end());
      boolean frames = framesSentence(tokens, clause, abs, framing);
      out.add(new DateSite(d, abs, first, last, startsAPeriod(tokens, first), frames,
          inSpeechTagClause(tokens, clause, first),
          occurrence(events, clause, first, frames) || datesTheEvent(tokens, last)));
    }
    return out;
  }

  /** The tokens a framing clause may hold besides fillers: those of its dates and times of day. */
  private static boolean[] framingTokens(
      List<Token> tokens, List<DateExpression> dates, List<ClockFinder.Clock> clocks, int base) {
    boolean[] out = new boolean[tokens.size()];
    for (DateExpression d : dates) {
      markInside(out, tokens, shift(d.span(), base));
    }
    for (ClockFinder.Clock c : clocks) {
      markInside(out, tokens, shift(c.span(), base));
    }
    return out;
  }

  /** Marks the tokens lying wholly inside {@code span}. */
  private static void markInside(boolean[] out, List<Token> tokens, Span span) {
    int k = firstToken(tokens, span.start());
    for (; k >= 0 && k < tokens.size() && tokens.get(k).start() < span.end(); k++) {
      out[k] |= within(tokens.get(k), span);
    }
  }

  /**
   * "Sunday's quake", "the May 11 flood", "Monday's devastating earthquake": a date right before
   * an event word, or before words that qualify it in a language that puts them first, is that
   * event's.
   */
  private boolean datesTheEvent(List<Token> tokens, int last) {
    if (last + 1 >= tokens.size()) {
      return false;
    }
    if (cueAt(tokens, last + 1, Cue.CAUSES)) {
      return true; // "... pada Sabtu (11/5/2024) menyebabkan 41 korban": what caused the toll
    }
    int reach = lx.profile.modifiersBeforeNoun() ? MODIFIERS : 0;
    for (int k = last + 1; k < tokens.size() && k <= last + 1 + reach; k++) {
      PhraseTable.Match<String> m = lx.contexts.matchAt(tokens, k);
      if (m != null) {
        return namesEvent(m.value());
      }
      if (!plainWord(tokens, k)) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the nearest event word before the date in its clause is a verb of the event happening
   * ("banjir yang terjadi pada Sabtu (11/5)"): the date is the event's, not a figure's time. A
   * date standing alone after a comma belongs to the clause before it ("insiden yang terjadi usai
   * laga, Sabtu (1/10)").
   */
  private static boolean occurrence(
      List<PhraseTable.Match<String>> events, int[] clause, int t, boolean alone) {
    int own = clause[t];
    int start = t;
    while (start > Math.max(0, t - REACH) && clause[start - 1] == own) {
      start--;
    }
    int before = alone && start >= 2 ? clause[start - 2] : own;
    PhraseTable.Match<String> nearest = null;
    for (PhraseTable.Match<String> e : within(events, PhraseTable.Match::from, t - REACH, t)) {
      int c = clause[e.from()];
      if (e.to() <= t && (c == own || c == before)
          && (nearest == null || e.from() > nearest.from())) {
        nearest = e;
      }
    }
    return nearest != null && nearest.value().equals(OCCURRED);
  }

  /**
   * The date governing the figure at token {@code a}: the nearest in its clause; else a date that
   * frames the whole sentence (a clause of its own: "Kemarin, 12 orang ..."), or the date of the
   * speech tag ("..., ujar Lee pada Senin (13/1)").
   */
  private DateExpression nearestDate(List<DateSite> sites, int[] clause, int a, List<Token> tokens) {
    DateExpression best = null;
    int bestScore = Integer.MAX_VALUE;
    for (DateSite d : sites) {
      if (d.first() > a && cueAt(tokens, d.last() + 1, Cue.RELATIVE)) {
        // "8 juta orang, lebih banyak dari 2016 lalu yang mencapai 7 juta": the year heads what
        // follows it, the 7 million, not the figure before it.
        continue;
      }
      if (d.startsPeriod() || d.occurrence()) {
        // "tewas sejak dikerahkan tahun lalu": the period starts then; the figure is as of now.
        // "korban banjir yang terjadi pada Sabtu (11/5)": the flood's day, not the toll's.
        continue;
      }
      // "hingga Minggu, 12 Mei 2024 pukul 21.00 WIB ada 37 orang": a date may span a comma.
      boolean sameClause = clause[d.first()] == clause[a] || clause[Math.max(d.first(), d.last())] == clause[a];
      if (!sameClause && !d.frames() && !d.speechTag()) {
        continue;
      }
      int score = Math.abs(d.first() - a) + (sameClause ? 0 : 1000);
      if (score < bestScore) {
        bestScore = score;
        best = d.date();
      }
    }
    return best;
  }

  private List<ClockFinder.Clock> clocks(String sentence, List<DateExpression> dates) {
    List<Span> days = new ArrayList<>(dates.size());
    for (DateExpression d : dates) {
      days.add(d.span());
    }
    return ClockFinder.of(language).find(sentence, days);
  }

  /**
   * The time of day of the figure at token {@code a}, chosen like its date: a clock time in its
   * clause (the nearest), or one whose clause frames the sentence ("Hingga pukul 15.00 WITA, 225
   * ..."); a part of the day ("sore") only with the day that dates the figure ("hingga Kamis sore").
   */
  private ClockFinder.Clock clockFor(
      List<ClockFinder.Clock> clocks, List<Token> tokens, int[] clause, int a, DateExpression scope,
      int base, boolean[] framing) {
    ClockFinder.Clock best = null;
    int bestScore = Integer.MAX_VALUE;
    for (ClockFinder.Clock c : clocks) {
      Span abs = shift(c.span(), base);
      int t = firstToken(tokens, abs.start());
      if (t < 0) {
        continue;
      }
      boolean attached = scope != null
          && (Math.abs(c.span().start() - scope.span().end()) <= 2
              || Math.abs(scope.span().start() - c.span().end()) <= 2);
      if (c.partOfDay() && !attached) {
        continue;
      }
      boolean sameClause = clause[t] == clause[a];
      if (!sameClause && !attached && !framesSentence(tokens, clause, abs, framing)) {
        continue;
      }
      // A clock time beats a part of the day: "Senin pagi pukul 06.33 WIB".
      int score = Math.abs(t - a) + (sameClause || attached ? 0 : 1000) + (c.partOfDay() ? 50 : 0);
      if (score < bestScore) {
        bestScore = score;
        best = c;
      }
    }
    return best;
  }

  /**
   * Whether a token of the figure joins its digits to a word: "6.4-magnitude", "5Blogger". Short
   * suffixes are part of a number ("700-an", "10rb").
   */
  private static boolean gluedToWord(List<Token> tokens, int a, int b, Span figure) {
    for (int i = a; i <= b; i++) {
      Token tok = tokens.get(i);
      String t = tok.text();
      if (t.chars().noneMatch(Character::isDigit)) {
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

  private static boolean isWholeNumber(Quantity q) {
    return q.low().or(q::high).map(v -> v.stripTrailingZeros().scale() <= 0).orElse(false);
  }

  /**
   * Whether the word at token i names what the figure counts but is no counting noun of ours: a
   * lower-case word that is no function word, predicate or cue.
   */
  private boolean countsSomethingElse(List<Token> tokens, int i) {
    if (i >= tokens.size()) {
      return false;
    }
    Token t = tokens.get(i);
    PhraseTable.Match<Lexicon.ScopeWord> admin = lx.scopes.matchAt(tokens, i);
    if (admin != null && admin.value().kind() == Scope.Kind.PLACE) {
      return true; // "menimpa 3 Kecamatan": places, not people
    }
    if (!t.isWord() || t.isCapitalised() || !Character.isLetter(t.text().charAt(0))) {
      return false;
    }
    return !lx.functionWords.contains(t.lower())
        && lx.predicates.matchAt(tokens, i) == null
        && lx.cues.matchAt(tokens, i) == null
        && lx.attribution.matchAt(tokens, i) == null;
  }

  /** Most words between "sejak"/"since" and the date of the start it names. */
  private static final int SINCE_WORDS = 8;

  /**
   * Whether "sejak"/"since" stands within the three words before token t ("sejak pukul 08.00
   * Senin"), or opens the phrase the date ends with no comma, figure or count predicate further
   * back: "since the outbreak of the war on 7 Oct".
   */
  private boolean startsAPeriod(List<Token> tokens, int t) {
    for (int k = t - 1; k >= Math.max(0, t - SINCE_WORDS); k--) {
      Token tok = tokens.get(k);
      if (lx.is(WordClass.SINCE, tok.lower())) {
        return true;
      }
      boolean near = k >= t - 3;
      if (!near && (tok.isClauseBreak() || tok.text().equals(",")
          || Character.isDigit(tok.text().charAt(0)) || lx.predicates.matchAt(tokens, k) != null)) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the date's clause holds nothing but the date, other dates and times of day ({@code
   * also}), prepositions and asides in parentheses: "Hingga pukul 17.00 WIB (H+4), ...".
   */
  private boolean framesSentence(List<Token> tokens, int[] clause, Span date, boolean[] framing) {
    int t = firstToken(tokens, date.start());
    int c = clause[t];
    int depth = 0;
    for (int i = Math.max(0, t - REACH); i < Math.min(tokens.size(), t + 1 + REACH); i++) {
      Token tok = tokens.get(i);
      if (clause[i] != c || tok.isClauseBreak()) {
        continue;
      }
      boolean inDate = framing[i]; // the date is one of the framing spans
      if (!inDate && tok.text().equals("(")) {
        depth++;
      } else if (!inDate && tok.text().equals(")") && depth > 0) {
        depth--;
        continue;
      }
      boolean filler = depth > 0 || !tok.isWord() || lx.is(WordClass.DATE_FILLER, tok.lower());
      if (!inDate && !filler) {
        return false;
      }
    }
    return true;
  }

  private static boolean within(Token tok, Span s) {
    return tok.start() >= s.start() && tok.end() <= s.end();
  }

  private boolean inSpeechTagClause(List<Token> tokens, int[] clause, int t) {
    for (int i = Math.max(0, t - REACH); i < t; i++) {
      if (clause[i] == clause[t]) {
        PhraseTable.Match<List<Lexicon.AttributionCue>> m = lx.attribution.matchAt(tokens, i);
        if (m != null && (m.value().contains(Lexicon.AttributionCue.AFTER)
            || m.value().contains(Lexicon.AttributionCue.BEFORE))) {
          return true;
        }
      }
    }
    return false;
  }

  private void dateClaims(
      Sentence s,
      List<Token> tokens,
      int[] clause,
      List<DateSite> sites,
      Set<DateExpression> used,
      Attribution attribution,
      String context) {
    List<PhraseTable.Match<String>> events = lx.events.findAll(tokens, 0, tokens.size());
    for (DateSite site : sites) {
      DateExpression d = site.date();
      if (d.value().isEmpty()) {
        continue;
      }
      DateValue value = d.value().get();
      DateRole role = dateRole(site, used.contains(d));
      if (role == DateRole.NONE) {
        continue;
      }
      Span abs = site.span();
      // "13 orang meninggal akibat erupsi Gunung Semeru per Minggu (5/12)": the day a count
      // stands as of is not the event's
      PhraseTable.Match<String> best = d.asOf() ? null : eventWordFor(site, sites, tokens, clause, events);
      if (role == DateRole.EVENT_WORD && best == null && !d.weekdayMismatch()) {
        continue;
      }
      String predicate;
      if (best != null) {
        predicate = best.value();
      } else if (role == DateRole.EVENT_WORD) {
        // A weekday that contradicts its date is reported even when no event word dates it.
        predicate = "dated";
      } else {
        predicate = site.startsPeriod() ? "began" : site.speechTag() ? "reported" : "dated";
      }
      Span evidence =
          best == null ? abs : abs.union(Span.of(tokens.get(best.from()).start(), tokens.get(best.to() - 1).end()));
      Set<ClaimFlag> flags = EnumSet.noneOf(ClaimFlag.class);
      if (d.weekdayMismatch() && !used.contains(d)) {
        // A figure dated by the same words already carries the mismatch.
        flags.add(ClaimFlag.WEEKDAY_MISMATCH);
      }
      if (role != DateRole.EVENT_WORD && d.future()) {
        flags.add(ClaimFlag.PLANNED);
      }
      if (role != DateRole.EVENT_WORD && d.asOf()) {
        flags.add(ClaimFlag.AS_OF);
      }
      SubjectKey subject =
          best == null || ARTICLE_EVENTS.contains(predicate)
              ? localSubject(predicate, context, abs)
              : eventSubject(predicate, tokens, clause, best.from(), abs, evidence);
      drafts.add(
          new Draft(
              Claim.builder()
                  .articleId(articleId)
                  .predicate(predicate)
                  .subject(subject)
                  .value(value)
                  .attribution(attribution.source())
                  .origin(attribution.origin())
                  .event(context)
                  .flags(flags)
                  .span(evidence)
                  .sentence(s.span(), s.text()),
              evidence.start()));
    }
  }

  /** Why a date of the sentence becomes a date claim, if it does. */
  private enum DateRole {
    /** A calendar day the text spells out ("Senin (21/11)", "15 Agustus 2018", "Oct. 23"). */
    CALENDAR,
    /** A day named against a certain report date, outside quotes ("on Sunday", "kemarin"). */
    SPOKEN_DAY,
    /** Any other date: a claim only when an event word dates it. */
    EVENT_WORD,
    /** No claim. */
    NONE
  }

  /**
   * A calendar day is an event date whatever it dates: the event, a briefing, the cut-off of a
   * count, a plan. A day named by a word ("Sunday", "kemarin") counts when the report's own day is
   * certain and the word is the reporter's, not a speaker's inside a quote. Other dates (a month,
   * "pekan lalu", "this year") need an event word and must not be a figure's time scope.
   */
  private DateRole dateRole(DateSite site, boolean used) {
    DateExpression d = site.date();
    DateValue value = d.value().orElseThrow();
    boolean day = value.granularity() == Granularity.DAY;
    boolean digits = d.text().chars().anyMatch(Character::isDigit);
    int year = value.start().getYear();
    if (day && digits && year >= FIRST_NEWS_YEAR && year <= LAST_NEWS_YEAR) {
      return DateRole.CALENDAR;
    }
    if (day && d.relative() && referenceCertain && !quotes.inside(site.span().start())) {
      return DateRole.SPOKEN_DAY;
    }
    if (value.granularity() == Granularity.YEAR && d.explicitYear() && !site.startsPeriod() && !used
        && d.text().chars().allMatch(Character::isDigit) && year >= FIRST_NEWS_YEAR
        && year <= LAST_NEWS_YEAR) {
      // "Aksi 212 pada 2016": a year after a preposition dates what the sentence tells ("Tahun
      // 2007" in a law's title, "sejak 2014" starting a period, a figure's year, are no event
      // dates).
      return DateRole.CALENDAR;
    }
    if (used || d.asOf() || d.future() || site.startsPeriod()) {
      // "sejak Agustus 2023" starts a period; a figure's time scope dates the figure.
      return DateRole.NONE;
    }
    if (day && d.relative() && !referenceCertain && !digits) {
      // A bare weekday against a guessed reference date could be any day of that week.
      return DateRole.NONE;
    }
    if (d.relative() && value.granularity() == Granularity.YEAR && reference != null
        && !reference.isBefore(value.start()) && !reference.isAfter(value.end())) {
      // "this year" frames the report; it dates no event.
      return DateRole.NONE;
    }
    return DateRole.EVENT_WORD;
  }

  /**
   * The event word dating the date: the nearest in its clause (before it preferred: "ditandatangani
   * ... pada 19 Juni selama kunjungan": the verb before the date is the event dated; a word after it
   * usually frames it), or in the sentence when the date frames the whole sentence.
   */
  private PhraseTable.Match<String> eventWordFor(
      DateSite site, List<DateSite> sites, List<Token> tokens, int[] clause,
      List<PhraseTable.Match<String>> events) {
    int t0 = site.first();
    int t1 = site.last();
    boolean dateQuoted = quotes.inside(site.span().start());
    PhraseTable.Match<String> best = null;
    int bestScore = Integer.MAX_VALUE;
    for (PhraseTable.Match<String> e
        : within(events, PhraseTable.Match::from, t0 - REACH, t1 + 1 + REACH)) {
      if ((e.from() <= t1 && e.to() > t0) || quotes.inside(tokens.get(e.from()).start()) != dateQuoted) {
        // '"... yang terjadi di Itaewon," dikutip dari KBS, pada Minggu': the speaker's event
        // word and the reporter's date (of the citation) are of different clauses
        continue;
      }
      boolean after = e.from() > t1;
      int distance = after ? e.from() - t1 : t0 - e.to() + 1;
      if (crossesDate(sites, site, tokens, after ? t1 : e.to(), after ? e.from() : t0)) {
        continue;
      }
      boolean sameClause = clause[e.from()] == clause[t0];
      if (!sameClause && !site.frames()) {
        // "A bomb exploded on Sunday, killing 18, police said": "said" does not date Sunday.
        continue;
      }
      int score = distance + (after ? 3 : 0) + (sameClause ? 0 : 100);
      if (score < bestScore) {
        bestScore = score;
        best = e;
      }
    }
    return best;
  }

  /**
   * The subject of a date that belongs to this article alone (a statement, a cut-off, the day of
   * an occurrence as this report tells it): what is dated, then where in the article.
   */
  private SubjectKey localSubject(String predicate, String context, Span date) {
    String what = predicate.equals("reported") ? "statement"
        : predicate.equals("occurred") && context != null ? context : predicate;
    return new SubjectKey.Local(what, articleId, date.start());
  }

  private static boolean crossesDate(
      List<DateSite> sites, DateSite self, List<Token> tokens, int from, int to) {
    if (from >= to || to > tokens.size()) {
      return false;
    }
    int s = tokens.get(Math.max(0, from)).start();
    int e = tokens.get(to - 1).end();
    for (DateSite o : within(sites, d -> d.span().start(), s + 1, e)) {
      if (o != self) {
        return true;
      }
    }
    return false;
  }

  /**
   * The subject of an event date: the treaty for signing and ratification, otherwise the named
   * people named in the event word's clause. Statements ("reported") are never the same event
   * across sentences.
   */
  private SubjectKey eventSubject(String predicate, List<Token> tokens, int[] clause, int t0, Span date, Span evidence) {
    int from = Math.max(0, t0 - REACH);
    int to = Math.min(tokens.size(), t0 + 1 + REACH);
    for (Token t : tokens.subList(from, to)) {
      if (lx.is(WordClass.TREATY, t.norm())) {
        return SubjectKey.of("treaty");
      }
    }
    boolean[] actor = new boolean[tokens.size()];
    for (PhraseTable.Match<String> m : lx.actors.findAll(tokens, from, to)) {
      for (int k = m.from(); k < m.to(); k++) {
        actor[k] = true;
      }
    }
    TreeSet<String> names = new TreeSet<>();
    for (int i = Math.max(1, from); i < to; i++) {
      Token t = tokens.get(i);
      if (clause[i] != clause[t0] || !t.isCapitalised() || !t.isWord() || actor[i]
          || (t.start() >= date.start() && t.end() <= date.end())
          || lx.is(WordClass.TITLE, t.lower()) || lx.functionWords.contains(t.lower())) {
        continue;
      }
      names.add(t.lower());
    }
    if (names.isEmpty()) {
      return new SubjectKey.Local(predicate, articleId, date.start());
    }
    return new SubjectKey.Named(names);
  }

  // ---------------------------------------------------------------- contexts

  /**
   * The article's event: the kind of event it names first, with the first place named with that
   * kind anywhere in the article ("gempa" in the lede, "gempa di Lombok" later: earthquake:lombok).
   */
  private String firstContext() {
    String kind = null;
    for (int k = 0; k < sentences.size(); k++) {
      String c = contextOf(k);
      if (c == null) {
        continue;
      }
      if (kind == null) {
        kind = kindOf(c);
      }
      if (c.startsWith(kind + ":")) {
        return c;
      }
    }
    return kind;
  }

  private static String kindOf(String context) {
    int colon = context.indexOf(':');
    return colon < 0 ? context : context.substring(0, colon);
  }

  /** The context sentence {@code k} names, computed once, with the place it names (if any). */
  private String contextOf(int k) {
    if (!contextKnown[k]) {
      List<Token> tokens = tokens(k);
      contexts[k] = contextOf(tokens, 0, tokens.size());
      contextPlaces[k] = lastContextPlace;
      contextKnown[k] = true;
    }
    return contexts[k];
  }

  /**
   * "banjir bandang di Garut" → flood:garut; "gempa" → earthquake. Words that name no event of
   * their own ("kecelakaan itu", "the disaster") are skipped: they refer to the article's event.
   * In a title-case headline every word is capitalised, so the place cannot be told from the
   * words around it and is left out.
   */
  private String contextOf(List<Token> tokens, int from, int to) {
    lastContextPlace = null;
    boolean headline = isTitleCase(tokens);
    boolean[] none = new boolean[tokens.size()];
    for (PhraseTable.Match<String> m : lx.contexts.findAll(tokens, from, to)) {
      if (!namesEvent(m.value()) || (!headline && insideName(tokens, m.from(), m.to()))) {
        // "National Fire Agency", "Badan Penanggulangan Kebakaran": a word of a name, no event
        continue;
      }
      int i = m.to();
      while (i < to && i < m.to() + 5 && !tokens.get(i).isCapitalised() && !tokens.get(i).isClauseBreak()
          && !cueAt(tokens, i, Cue.PLACE) && lx.predicates.matchAt(tokens, i) == null
          && !cueAt(tokens, i, Cue.BREAKDOWN) && !cueAt(tokens, i, Cue.DISTRIBUTIVE)) {
        // "banjir dan longsor yang terjadi di Sumatera Barat", "gempa 7 SR di Lombok"; not past a
        // count's words ("korban gempa yang meninggal dunia tersebar di …": the dead's places)
        i++;
      }
      // The place after a preposition ("banjir di Garut"), else the name right after the event
      // word ("Tenggelamnya KMP Sinar Bahari").
      int at = i < to && cueAt(tokens, i, Cue.PLACE) ? lx.cues.matchAt(tokens, i).to() : m.to();
      PartFinder.Place place = headline || at >= to ? null : parts.placeAt(tokens, at, none);
      lastContextPlace = place;
      return place == null ? m.value() : m.value() + ":" + place.key();
    }
    return null;
  }

  /**
   * Whether an event key of {@code contexts.tsv} names an event: not "*" (the article's event,
   * "the disaster") nor "-" (an event word inside a phrase naming none, "fire department").
   */
  private static boolean namesEvent(String key) {
    return !key.equals("*") && !key.equals("-");
  }

  /**
   * Whether the capitalised event word at {@code [from, to)} continues a capitalised word before
   * it and does not end the name: a capitalised word follows, or the language names an event by
   * words after its event word ("Gempa Cianjur"), so one before it names something else.
   */
  private boolean insideName(List<Token> tokens, int from, int to) {
    return capitalisedWordBefore(tokens, from) && tokens.get(from).isCapitalised()
        && (!lx.profile.modifiersBeforeNoun()
            || (to < tokens.size() && tokens.get(to).isWord() && tokens.get(to).isCapitalised()));
  }

  private static boolean capitalisedWordBefore(List<Token> tokens, int k) {
    return k > 0 && tokens.get(k - 1).isWord() && tokens.get(k - 1).isCapitalised();
  }

  private static boolean isTitleCase(List<Token> tokens) {
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

  // ---------------------------------------------------------------- token helpers


  /**
   * Clause index of every token: a comma, semicolon, colon or dash starts a new clause. An aside
   * between two commas opened by an {@code aside} word ("including", "termasuk": "1,9 juta orang,
   * atau sekitar 90 persen, mengungsi") is a clause of its own, and the words after it continue
   * the clause before it.
   */
  private int[] clauses(List<Token> tokens) {
    return clauses(tokens, new boolean[tokens.size()]);
  }

  /** The clauses, where a comma marked {@code soft} breaks none. */
  private int[] clauses(List<Token> tokens, boolean[] soft) {
    int[] c = new int[tokens.size()];
    int k = 0;
    int next = 0;
    int resume = -1;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      int namesEnd = resume < 0 && !soft[i] && t.text().equals(",") ? namesAsideEnd(tokens, i) : -1;
      if (namesEnd > 0) {
        // names set off by commas: a clause of their own, then the clause goes on
        Arrays.fill(c, i, namesEnd, ++next);
        c[namesEnd] = k;
        i = namesEnd;
        continue;
      }
      if (t.isClauseBreak() && !soft[i]) {
        if (resume >= 0 && t.text().equals(",")) {
          k = resume;
          resume = -1;
        } else if (t.text().equals(",") && i + 1 < tokens.size()
            && lx.is(WordClass.ASIDE, tokens.get(i + 1).lower()) && hasCommaAhead(tokens, i + 1)) {
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
    if (from < tokens.size() && lx.is(WordClass.LIST_INTRO, tokens.get(from).lower())) {
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
      } else if (!lx.is(WordClass.JOINER, t.lower())) {
        return -1;
      }
    }
    return -1;
  }

  private static boolean isLowerCaseWord(Token t) {
    return t.isWord() && Character.isLowerCase(t.text().charAt(0));
  }

  private static boolean hasCommaAhead(List<Token> tokens, int from) {
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

  // Tokens are in text order and do not overlap, so starts and ends both ascend: binary search.

  /**
   * The items of a list in text order whose position lies in {@code [from, to)}: a view, found
   * by binary search, so that a figure weighs only the words and figures within its reach.
   */
  static <T> List<T> within(List<T> inOrder, ToIntFunction<T> position, int from, int to) {
    int lo = firstAtOrAfter(inOrder, position, from);
    return inOrder.subList(lo, Math.max(lo, firstAtOrAfter(inOrder, position, to)));
  }

  private static <T> int firstAtOrAfter(List<T> inOrder, ToIntFunction<T> position, int at) {
    int lo = 0;
    int hi = inOrder.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (position.applyAsInt(inOrder.get(mid)) < at) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The first token ending after {@code offset}, or -1. */
  private static int firstToken(List<Token> tokens, int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).end() > offset) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo < tokens.size() ? lo : -1;
  }

  /** The last token starting before {@code offset}, or -1. */
  private static int lastToken(List<Token> tokens, int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo - 1;
  }

  private static Span shift(Span s, int base) {
    return Span.of(s.start() + base, s.end() + base);
  }
}
