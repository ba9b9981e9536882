package io.github.claimcheck.extract;

import static io.github.claimcheck.extract.Positions.within;

import io.github.claimcheck.extract.Lexicon.Cue;
import io.github.claimcheck.extract.Lexicon.Noun;
import io.github.claimcheck.extract.Lexicon.PredicateForm;
import io.github.claimcheck.extract.Lexicon.WordClass;
import io.github.claimcheck.extract.PredicateAttacher.PartOf;
import io.github.claimcheck.extract.PredicateAttacher.PredicateChoice;
import io.github.claimcheck.extract.SentenceAnnotator.AnnotatedSentence;
import io.github.claimcheck.extract.TimeAttacher.DateSite;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.ClaimFlag;
import io.github.claimcheck.model.DateValue;
import io.github.claimcheck.model.Language;
import io.github.claimcheck.model.Quantity;
import io.github.claimcheck.model.QuantityKind;
import io.github.claimcheck.model.Scope;
import io.github.claimcheck.model.Span;
import io.github.claimcheck.model.SubjectKey;
import io.github.claimcheck.model.Value;
import io.github.claimcheck.parse.DateExpression;
import io.github.claimcheck.parse.NumberExpression;
import io.github.claimcheck.parse.NumberMarker;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.StringJoiner;

/**
 * Turns the sentences of one article into claims. One instance reads one article: it carries
 * what earlier sentences of the same paragraph said (the subject last counted, the source last
 * named, the topic last mentioned) to the figures that refer back to them.
 */
final class ClaimFinder {
  /** The predicate last mentioned, for "jumlah tersebut" (that number) in the next sentence. */
  private record Topic(String predicate, Subject subject, boolean addition) {}

  /**
   * What a sentence's figures are read against, worked out once per sentence.
   *
   * @param annotated the sentence, annotated
   * @param context the event its claims are about, or null
   * @param eventPart the place of the article's event it names, or null
   * @param fronted the place it opens with (or its list label names), or null
   * @param bulletItem whether it is an item of a list whose heading says what it counts
   * @param firstColon where its first colon is, or -1
   * @param anaphor whether it refers back to a figure ("jumlah tersebut")
   * @param anecdote whether it tells of one named person ("atas nama")
   * @param citesEarlier whether it cites an earlier figure
   * @param then whether it refers back to a time ("kala itu")
   * @param breakdownAt the token where a breakdown cue starts ("terdiri dari"), or
   *     {@link Integer#MAX_VALUE}
   * @param listsParts whether it lists the parts of a whole
   * @param partsAnnounced whether the sentence before ended announcing the parts of its count
   *     ("... yang tersebar di sejumlah titik."): its figures may be them
   * @param combinedBefore the exact counts of the sentence before when they are of two
   *     predicates that combine, else null
   * @param firstStateAt the first token naming a state no predicate tracks ("terdampak"), or
   *     {@link Integer#MAX_VALUE}
   * @param soFar whether it names a running count so far ("sejauh ini", "hingga kini")
   */
  private record SentenceFacts(
      AnnotatedSentence annotated, String context, PartFinder.Place eventPart,
      PartFinder.Place fronted, boolean bulletItem, int firstColon, boolean anaphor,
      int anecdoteAt, boolean citesEarlier, boolean then, int breakdownAt, boolean wholeNamed,
      boolean listsParts, boolean partsAnnounced, CombinedCounts combinedBefore, int firstStateAt,
      boolean soFar) {}

  /**
   * The exact counts of sentence {@code sentence} when they are of exactly two predicates that
   * combine ({@code lang/measures.tsv}; "50 orang meninggal dan 120 luka-luka"): the combined
   * predicate (casualties) and their sum.
   */
  private record CombinedCounts(int sentence, String predicate, BigDecimal sum) {}

  /** What the figures of one sentence have found so far, as they are read in text order. */
  private static final class Progress {
    /** The subject counted last in the sentence. */
    Subject subject;
    /** Whether the whole of a breakdown has been counted. */
    boolean wholeCounted;
    /** Per figure, whether it made a claim. */
    final boolean[] claimed;
    /** The dates that are a figure's time scope. */
    final Set<DateExpression> usedDates = new HashSet<>();

    Progress(int figures) {
      claimed = new boolean[figures];
    }
  }

  /**
   * What the sentences read so far tell the figures of the next one. A new state is made for each
   * change; a state is never changed.
   *
   * @param paragraph the paragraph of the sentence read last
   * @param paragraphSubject the subject last counted or mentioned in the paragraph
   * @param paragraphAttribution the source last named in the paragraph
   * @param paragraphTopic the predicate and subject last counted or mentioned, for "jumlah
   *     tersebut" (that number) in a later sentence
   * @param topicSentence the sentence where the topic was set
   * @param lastNamed the source named last, for "katanya" (he said)
   * @param listTopic what the lines of a list count, from the heading line before them ("Rincian
   *     korban meninggal:"); null when the sentence read is no item of such a list
   * @param labelLine the last sentence that was a labelled line of a list ("Bireuen: 4 meninggal")
   * @param lastCount the count claim made last, and the sentence it came from: list items
   *     continue it
   * @param lastCountEnd where the figure of {@code lastCount} ends in the text
   * @param thenDate the last date the sentence before named: what "kala itu" (at that time)
   *     refers to
   * @param lastCounted the last sentence in which each predicate counted something
   * @param partsAhead the sentence whose count ({@code lastCount}) announced its parts at its end
   *     ("1.216 orang mengungsi yang tersebar di sejumlah titik."), which the next sentence lists
   */
  private record Discourse(
      int paragraph, Subject paragraphSubject, Attribution paragraphAttribution,
      Topic paragraphTopic, int topicSentence, Attribution lastNamed, Topic listTopic,
      int labelLine, Draft lastCount, int lastCountEnd, DateExpression thenDate,
      LastCounts lastCounted, int partsAhead, boolean thenFrames) {
    static final Discourse START =
        new Discourse(-1, null, null, null, -1, null, null, -2, null, 0, null, LastCounts.NONE, -2,
            false);

    /**
     * At the first sentence of a new paragraph: its subject and source are not yet known. A
     * topic named in the sentence just before still carries over the break: news paragraphs are
     * often one sentence long.
     */
    Discourse newParagraph(int paragraph, int sentence) {
      return new Discourse(paragraph, null, null, topicSentence < sentence - 1 ? null : paragraphTopic,
          topicSentence, lastNamed, listTopic, labelLine, lastCount, lastCountEnd, thenDate,
          lastCounted, partsAhead, false);
    }

    Discourse withListTopic(Topic topic) {
      if (topic == listTopic) {
        return this; // most sentences: no list before, none now
      }
      return new Discourse(paragraph, paragraphSubject, paragraphAttribution, paragraphTopic,
          topicSentence, lastNamed, topic, labelLine, lastCount, lastCountEnd, thenDate,
          lastCounted, partsAhead, thenFrames);
    }

    /** After a sentence naming its source: the speaker named last, and the paragraph's source. */
    Discourse named(Attribution source) {
      return new Discourse(paragraph, paragraphSubject, source, paragraphTopic, topicSentence,
          source, listTopic, labelLine, lastCount, lastCountEnd, thenDate,
          lastCounted, partsAhead, thenFrames);
    }

    Discourse withLabelLine(int sentence) {
      return new Discourse(paragraph, paragraphSubject, paragraphAttribution, paragraphTopic,
          topicSentence, lastNamed, listTopic, sentence, lastCount, lastCountEnd, thenDate,
          lastCounted, partsAhead, thenFrames);
    }

    Discourse withThenDate(DateExpression date, boolean frames) {
      if (date == thenDate && frames == thenFrames) {
        return this; // most sentences: no date before, none now
      }
      return new Discourse(paragraph, paragraphSubject, paragraphAttribution, paragraphTopic,
          topicSentence, lastNamed, listTopic, labelLine, lastCount, lastCountEnd, date,
          lastCounted, partsAhead, frames);
    }

    /** A subject mentioned without a figure ("tentara Korea Utara yang baru dikerahkan"). */
    Discourse mentioned(Subject subject) {
      return new Discourse(paragraph, subject, paragraphAttribution, paragraphTopic, topicSentence,
          lastNamed, listTopic, labelLine, lastCount, lastCountEnd, thenDate,
          lastCounted, partsAhead, thenFrames);
    }

    /** A topic set in sentence {@code sentence}. */
    Discourse withTopic(Topic topic, int sentence) {
      return new Discourse(paragraph, paragraphSubject, paragraphAttribution, topic, sentence,
          lastNamed, listTopic, labelLine, lastCount, lastCountEnd, thenDate,
          lastCounted, partsAhead, thenFrames);
    }

    /**
     * After a count claim of sentence {@code sentence}, whose figure ends at {@code end}: the
     * count list items continue, the paragraph's subject, and the topic the sentence leaves.
     */
    Discourse counted(Draft draft, int end, Subject subject, String predicate, int sentence,
        Topic topic) {
      LastCounts counted = lastCounted.with(predicate, sentence);
      return new Discourse(paragraph, subject, paragraphAttribution, topic, sentence, lastNamed,
          listTopic, labelLine, draft, end, thenDate, counted, partsAhead, thenFrames);
    }

    /**
     * After a heading line of sentence {@code sentence} that names {@code predicate} and counts
     * nothing ("1. Jumlah Korban Meninggal"): the victims the next lines count are its.
     */
    Discourse headed(String predicate, int sentence) {
      return new Discourse(paragraph, paragraphSubject, paragraphAttribution, paragraphTopic,
          topicSentence, lastNamed, listTopic, labelLine, lastCount, lastCountEnd, thenDate,
          lastCounted.with(predicate, sentence), partsAhead, thenFrames);
    }

    /** After sentence {@code sentence}, whose last count announced its parts at its end. */
    Discourse withPartsAhead(int sentence) {
      return new Discourse(paragraph, paragraphSubject, paragraphAttribution, paragraphTopic,
          topicSentence, lastNamed, listTopic, labelLine, lastCount, lastCountEnd, thenDate,
          lastCounted, sentence, thenFrames);
    }
  }

  /** The predicate of counts that are none of the action predicates; see {@code lang/measures.tsv}. */
  static final String OTHER = "other";

  /** How many tokens the noun a relative clause describes may stand before its opener. */
  private static final int NOUN_BEFORE_RELATIVE = 6;

  private final String articleId;
  private final String text;
  private final Lexicon lx;
  private final AttributionFinder attributions;
  private final PartFinder parts;
  private final Clauses clauses;
  private final FigureFilter figureFilter;
  private final DateClaims dateClaimsOf;
  private final FlagAttacher flagsOf;
  private final TimeAttacher times;
  private final SubjectAttacher subjects;
  private final PredicateAttacher predicatesOf;
  private final PlaceAttacher placesOf;
  private final SentenceAnnotator annotator;
  /** Drafts given a scope by the sentence pass. */
  private final Set<Draft> scoped = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
  private final Quotes quotes;

  private final List<Draft> drafts = new ArrayList<>();
  /**
   * The drafts whose figure is a change of a count ("bertambah 4 orang") or an increment of it
   * ("empat jenazah ditemukan lagi"), by identity.
   */
  private final Set<Draft> changes = Collections.newSetFromMap(new IdentityHashMap<>());
  private final List<Unread> unread = new ArrayList<>();
  /** Where the drafts of the sentence read before the current one start in {@link #drafts}. */
  private int previousDraftsFrom;
  /** The combined counts of the sentence read last, or null. */
  private CombinedCounts lastCombined;
  /** What the sentences read so far tell the next one; replaced, never changed. */
  private Discourse discourse = Discourse.START;
  /** The sentences, as offsets. */
  private SentenceSplitter.Sentences sentences;
  /** How many tokens the reading asked for, summed over the sentences read. */
  private long tokenVisits;

  ClaimFinder(
      String articleId,
      String text,
      Lexicon lexicon,
      Language language,
      LocalDate reference,
      boolean referenceCertain) {
    this.articleId = articleId;
    this.text = text;
    this.lx = lexicon;
    this.attributions = new AttributionFinder(lx);
    this.parts = new PartFinder(lx);
    this.clauses = new Clauses(lx);
    this.figureFilter = new FigureFilter(lx);
    this.flagsOf = new FlagAttacher(lx);
    this.times = new TimeAttacher(lx, language, reference);
    this.subjects = new SubjectAttacher(lx);
    this.predicatesOf = new PredicateAttacher(lx);
    this.placesOf = new PlaceAttacher(lx, parts);
    this.annotator = new SentenceAnnotator(lx, language, reference, clauses, predicatesOf, times);
    this.quotes = Quotes.of(text);
    this.dateClaimsOf = new DateClaims(lx, articleId, quotes, reference, referenceCertain);
  }

  List<Claim> find(SentenceSplitter.Sentences sentences) {
    this.sentences = sentences;
    SentenceTokens tokens = new SentenceTokens(text, sentences, lx);
    EventContexts events = new EventContexts(lx, parts, tokens, sentences.size());
    tokens.startReading();
    for (int k = 0; k < sentences.size(); k++) {
      if (sentences.paragraph(k) != discourse.paragraph()) {
        discourse = discourse.newParagraph(sentences.paragraph(k), k);
      }
      read(sentences.get(k), k, tokens.of(k), events.of(k));
      tokenVisits += tokens.takeVisits();
    }
    drafts.sort(Comparator.comparingInt(Draft::start));
    dropRestatedChanges();
    dropHeadlineRestatements();
    placesBelowTotals();
    SummedParts.mark(drafts, scoped);
    List<Claim> out = new ArrayList<>(drafts.size());
    int n = 1;
    for (Draft d : drafts) {
      out.add(d.builder().id(articleId + "#" + n++).build());
    }
    return Companions.attach(timesOfUndatedCounts(out));
  }

  /**
   * A whole broken down after its sentence's breakdown cue (at {@code cueOffset}) into parts of
   * several counts, one of them its own ("total jumlah korban longsor sebanyak 64 orang terdiri
   * dari korban meninggal dunia 16 orang, selamat 25 orang dan dalam pencarian 23 orang"), counts
   * all the victims, not the toll of one part: no count we track, so no claim (its parts are).
   */
  private void wholeOfSeveralCounts(int from, int cueOffset) {
    Draft whole = null;
    Set<String> parts = new HashSet<>();
    for (int k = from; k < drafts.size(); k++) {
      Draft d = drafts.get(k);
      if (d.predicate() == null) {
        continue;
      }
      if (d.figureAt() > cueOffset && scoped.contains(d)) {
        if (whole != null) {
          parts.add(d.predicate());
        }
      } else if (whole == null && d.figureAt() < cueOffset && !scoped.contains(d)
          && !changes.contains(d)) {
        whole = d;
      }
    }
    // (a whole named by its own predicate words before its figure, "korban meninggal dunia
    // tercatat 34 orang, terdiri atas 16 laki-laki dan 12 perempuan, serta korban selamat 13
    // orang", is the toll its first parts break down)
    boolean namedBefore = whole != null && whole.namedPredicate() && whole.start() < whole.figureAt();
    if (whole != null && !namedBefore && parts.size() >= 2 && parts.contains(whole.predicate())) {
      drafts.remove(whole);
    }
  }

  /** What a count restates: the same predicate, subject and value. */
  private record Restated(String predicate, SubjectKey subject, Value value) {
    static Restated of(Claim c) {
      return new Restated(c.predicate(), c.subjectKey(), c.value());
    }
  }

  /**
   * Gives each count with no time of its own, in one pass in text order:
   * <ul>
   *   <li>the time of the same figure stated last before it with one ("bertambah menjadi 22 jiwa
   *       per Senin (6/12)" ... "Dari 22 korban meninggal dunia, ..."): a figure restated is the
   *       same datum, not one of the report's day (not for a part, an earlier figure or a change);
   *   <li>else the as-of time of the count stated last before it ("... menjadi 22 jiwa per Senin
   *       (6/12/2021) pukul 20.15 WIB. Sementara itu, 22 lainnya dinyatakan hilang ..."): the
   *       report's figures hold at the time of its data (not for an earlier or planned figure).
   * </ul>
   * A count dated without "as of", or dated as a restatement, ends the as-of time.
   */
  private static List<Claim> timesOfUndatedCounts(List<Claim> claims) {
    Map<Restated, Claim> dated = new HashMap<>();
    Claim asOf = null;
    List<Claim> out = null;
    for (int i = 0; i < claims.size(); i++) {
      Claim c = claims.get(i);
      if (c.quantity().isEmpty()) {
        continue;
      }
      if (c.when().isPresent()) {
        if (c.scope().isEmpty() && !c.has(ClaimFlag.EARLIER)) {
          dated.put(Restated.of(c), c);
        }
        asOf = c.has(ClaimFlag.AS_OF) ? c : null;
        continue;
      }
      Claim first = c.scope().isPresent() || c.has(ClaimFlag.EARLIER) || c.has(ClaimFlag.CHANGE)
          ? null : dated.get(Restated.of(c));
      Claim timed = null;
      if (first != null) {
        timed = c.toBuilder().when(first.when().get()).whenText(first.whenText().orElse(null))
            .build();
        asOf = timed.has(ClaimFlag.AS_OF) ? timed : null;
      } else if (asOf != null && !c.has(ClaimFlag.EARLIER) && !c.has(ClaimFlag.PLANNED)) {
        timed = c.toBuilder().when(asOf.when().get()).whenText(asOf.whenText().orElse(null))
            .flag(ClaimFlag.AS_OF).build();
      }
      if (timed != null) {
        out = out == null ? new ArrayList<>(claims) : out;
        out.set(i, timed);
      }
    }
    return out == null ? claims : out;
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

  private void read(Sentence s, int index, List<Token> tokens, EventContexts.Event event) {
    if (tokens.isEmpty()) {
      return;
    }
    AnnotatedSentence annotated = annotator.annotate(s, index, tokens);
    SentenceView view = annotated.view();
    List<DateExpression> dates = annotated.dates();
    List<NumberExpression> numbers = annotated.figures();
    List<PhraseTable.Match<List<PredicateForm>>> predicates = annotated.predicates();
    boolean bulletItem = discourse.listTopic() != null
        && (bulleted(s.text()) || labelledItem(tokens) || opensWithListIntro(tokens));
    if (!bulletItem) {
      discourse = discourse.withListTopic(null); // a list ends at the first line that is no item of it
    }
    Attribution found = attributions.find(tokens);
    if (found != null && found.pronoun()) {
      found = discourse.lastNamed(); // "katanya", "Ia menambahkan": the speaker named last
    }
    if (found != null && found.named()) {
      discourse = discourse.named(found);
    }
    // A sentence naming no source (or only an unnamed one) is the paragraph's source's.
    Attribution attribution = found != null && found.named() ? found
        : discourse.paragraphAttribution() != null ? discourse.paragraphAttribution()
        : found != null ? found : Attribution.NONE;
    String context = event.key();
    PartFinder.Place eventPart = event.part();
    boolean quiet = annotated.quiet();
    List<PhraseTable.Match<Cue>> cues = annotated.cues();
    int breakdownAt = firstCue(cues, Cue.BREAKDOWN);
    boolean citesEarlierFigure = has(cues, Cue.EARLIER);
    // "Penumpang sendiri terdiri dari 45 orang dewasa dan 6 anak-anak": a breakdown whose clause
    // names its whole with a noun and no predicate divides that whole, not the count before
    boolean wholeNamed = breakdownAt != Integer.MAX_VALUE && predicates.isEmpty()
        && nounInClauseBefore(view, breakdownAt);
    // "Sebaran penyintas: Kecamatan A 2.331 orang, B 983", "Jika sebelumnya 11 orang, kini 13
    // orang": a breakdown or an earlier figure that names no predicate is about the count of the
    // sentence before, as "jumlah tersebut" refers to it
    // ("14.045 jiwa terdampak dengan rincian ...": a whole in a state of its own is no such one)
    int firstStateAt = quiet ? Integer.MAX_VALUE : firstState(tokens); // a quiet one has no figure
    boolean anaphor = has(cues, Cue.ANAPHOR) || anaphorInside(tokens, cues, Cue.SUBSET_OF)
        || ((breakdownAt != Integer.MAX_VALUE || citesEarlierFigure) && predicates.isEmpty()
            && firstStateAt >= breakdownAt && !wholeNamed);
    List<DateSite> sites = annotated.dateSites();
    int draftsBefore = drafts.size();
    boolean[] blocked = annotated.blocked();
    PartFinder.Place fronted = quiet ? null : parts.frontedPlace(tokens, blocked);
    if (fronted == null && !numbers.isEmpty() && inList(s, index)) {
      // "Aceh Tengah: 16 meninggal, 2 hilang" in a list: the label names the figures' place
      fronted = parts.labelPlace(tokens, blocked);
      if (fronted != null) {
        discourse = discourse.withLabelLine(index);
      }
    }
    if (!quiet && fronted == null && discourse.lastCount() != null && discourse.lastCount().place() != null
        && discourse.lastCount().sentence() >= index - 1 && parts.opensWithPlaceAnaphor(tokens)) {
      // "Di daerah ini juga ... 672 warga luka berat": the place of the sentence before.
      PartFinder.Place before = discourse.lastCount().place();
      fronted = new PartFinder.Place(0, 0, before.key(), before.text(), before.administrative());
    }
    // where a person is named ("atas nama Siti"), as an offset in the sentence
    int anecdoteCue = firstCue(cues, Cue.ANECDOTE);
    int anecdoteAt = anecdoteCue == Integer.MAX_VALUE ? -1 : tokens.get(anecdoteCue).start() - view.base();
    List<AttributionFinder.Speaker> speakers =
        !numbers.isEmpty() && attribution.named() && attribution.origin() == null
            ? attributions.speakers(tokens) : List.of();
    Attribution sentenceAttribution = attribution;
    boolean listsParts = listsParts(cues);
    boolean then = has(cues, Cue.THEN);
    int firstColon = s.text().indexOf(':');
    boolean partsAnnounced = discourse.partsAhead() == index - 1 && breakdownAt == Integer.MAX_VALUE;
    Draft announcedWhole = partsAnnounced ? discourse.lastCount() : null;
    CombinedCounts combinedBefore =
        lastCombined != null && lastCombined.sentence() == index - 1 ? lastCombined : null;
    SentenceFacts facts = new SentenceFacts(annotated, context, eventPart, fronted, bulletItem,
        firstColon, anaphor, anecdoteAt, citesEarlierFigure, then, breakdownAt, wholeNamed, listsParts,
        partsAnnounced, combinedBefore, firstStateAt,
        has(cues, Cue.SO_FAR) || has(cues, Cue.CURRENT));
    Progress progress = new Progress(numbers.size());
    for (int figure = 0; figure < numbers.size(); figure++) {
      FigureSite site = FigureSite.of(view, numbers, figure, predicates, cues);
      // the figure's own speaker when the sentence names several (the last figure's stays for
      // the sentence's zero counts and dates)
      attribution = speakerOf(within(speakers, AttributionFinder.Speaker::verb, site.reachFrom(),
          site.reachTo()), site.first(), sentenceAttribution);
      readFigure(facts, site, attribution, progress);
    }
    int cueOffset = breakdownAt == Integer.MAX_VALUE ? Integer.MAX_VALUE
        : tokens.get(breakdownAt).start();
    // "1.216 orang mengungsi yang tersebar di sejumlah titik. Di gedung A 219 orang, ...": this
    // sentence lists the parts of the whole the one before announced at its end
    Draft announced = announcedWhole != null && itemsOf(announcedWhole, draftsBefore)
        ? announcedWhole : null;
    if (!quiet) {
      scopeParts(draftsBefore, context, listsParts(cues) || announced != null,
          view.semicolons() >= 2, announced != null ? -1 : cueOffset, announced);
    }
    if (!quiet && cueOffset != Integer.MAX_VALUE) {
      wholeOfSeveralCounts(draftsBefore, cueOffset);
    }
    boolean zero = zeroClaims(s, view, predicates, numbers, attribution, context);
    discourse = rememberMentions(discourse, view, predicates, progress.subject, zero);
    if (!quiet && announcesParts(draftsBefore, cueOffset, index)) {
      discourse = discourse.withPartsAhead(index);
    }
    CombinedCounts combined = combinedCounts(draftsBefore, index);
    if (!quiet && combined != null) {
      combineTheTotalBefore(previousDraftsFrom, draftsBefore, combined);
    }
    lastCombined = combined;
    if (!quiet && has(cues, Cue.DATA_ANAPHOR) && !countsFrom(draftsBefore)) {
      dateTheDataBefore(annotated, s, index, previousDraftsFrom, draftsBefore);
    }
    previousDraftsFrom = draftsBefore;
    Topic breakdownAhead = drafts.size() == draftsBefore && has(cues, Cue.BREAKDOWN)
        ? breakdownTopic(tokens, cues, predicates) : null;
    if (drafts.size() == draftsBefore && s.text().strip().endsWith(":")) {
      // "Berikut jumlah orang yang diamankan di 15 Polda:": a heading counts nothing itself;
      // "Rinciannya:" names no count but breaks down the first total of the sentence that
      // counted last ("14 korban meninggal dunia dan dua orang masih dicari": the dead)
      Topic heading = headingTopic(predicates);
      Draft broken = heading == null && discourse.lastCount() != null
          && discourse.lastCount().sentence() >= index - 2 && namesBreakdown(tokens)
          ? firstTotalOf(discourse.lastCount().sentence()) : null;
      if (broken != null) {
        heading = new Topic(broken.predicate(), broken.subject(), false);
      }
      discourse = discourse.withListTopic(heading);
    } else if (!numbers.isEmpty() && opensList(tokens)) {
      // "BNPB merinci penyebab 60 warga meninggal, yakni" before a bulleted list of causes
      discourse = discourse.withListTopic(headingTopic(predicates));
    } else if (breakdownAhead != null) {
      // "Sementara rincian korban yang belum ditemukan ada di lima wilayah." before "Yaitu,
      // Sikka 5 orang, Ende 22 orang": a breakdown announced with no count of its own
      discourse = discourse.withListTopic(breakdownAhead);
    } else if (!predicates.isEmpty()
        && (numbers.isEmpty() || numbers.size() == 1 && FigureFilter.itemNumber(tokens, 0, 0))
        && headingLine(tokens)) {
      // "1. Jumlah Korban Meninggal": a heading line, its item number no count
      Topic heading = headingTopic(predicates);
      if (heading != null && !lx.weakPredicates.containsKey(heading.predicate())) {
        discourse = discourse.headed(heading.predicate(), index);
      }
    }
    drafts.addAll(dateClaimsOf.dateClaims(view, sites, progress.usedDates, attribution, context));
    DateExpression lastDate = null;
    boolean frames = false;
    for (int k = 0; k < sites.size(); k++) { // by index: most sentences have none, no iterator
      DateSite d = sites.get(k);
      if (d.date().value().isPresent() && !d.date().asOf() && !d.date().future()) {
        lastDate = d.date(); // the last date this sentence names, for "kala itu" in the next
        frames = d.frames();
      }
    }
    discourse = discourse.withThenDate(lastDate, frames);
  }
  /**
   * Reads the figure at the site: what it counts, what happened to it, where and when, its flags
   * and its source; makes its claim (if it is one) and what the discourse learns from it.
   */
  private void readFigure(SentenceFacts facts, FigureSite site, Attribution attribution,
      Progress progress) {
    AnnotatedSentence annotated = facts.annotated();
    SentenceView view = annotated.view();
    Sentence s = view.sentence();
    int index = view.index();
    int base = view.base();
    List<Token> tokens = view.tokens();
    int[] clause = view.clause();
    List<NumberExpression> numbers = annotated.figures();
    boolean[] blocked = annotated.blocked();
    String context = facts.context();
    int figure = site.index();
    NumberExpression n = site.figure();
    Span abs = site.span();
    int a = site.first();
    int b = site.last();
    int reachFrom = site.reachFrom();
    // The count made last in this sentence, if any: the item before in a list of figures.
    Draft countHere = discourse.lastCount() != null && discourse.lastCount().sentence() == index
        ? discourse.lastCount() : null;
    PartFinder.Place placeHere = countHere == null ? null : countHere.place();
    List<NumberExpression> near = site.numbers();
    List<PhraseTable.Match<List<PredicateForm>>> nearPredicates = site.predicates();
    if (!figureFilter.mayCount(view, site)) {
      return;
    }
    if (n.value().isVague() && n.value().high().isPresent()
        && n.value().high().get().compareTo(BigDecimal.TEN) < 0) {
      // "beberapa korban", "several people died": a few, which no figure of another report can
      // agree or disagree with
      return;
    }
    PartOf partOf = predicatesOf.partOf(view, numbers, figure, a, base);
    // --- what is counted
    boolean additionBefore = view.flagged(ClaimFlag.ADDITION, FlagCues.Anchor.FIGURE, a);
    SubjectAttacher.CountedNoun countedNoun = subjects.nounAfter(view, site, blocked);
    PhraseTable.Match<Noun> noun = countedNoun.noun();
    PhraseTable.Match<String> adjActor = countedNoun.adjacentActor();
    int nounFrom = countedNoun.from();
    boolean additionBetween = countedNoun.additionBetween();
    String actor = adjActor == null ? null : adjActor.value();
    if (noun == null && n.unit() != null && adjActor == null && !additionBetween
        && !FigureFilter.unitOfLaterFigure(n, near)
        && !figureFilter.peopleBeforeDeathOrInjury(view, nounFrom)) {
      // The scanner read a unit our lexicon does not count (hari, negara, desa, km): not a claim.
      return;
    }
    if (noun == null && n.unit() == null && facts.breakdownAt() < a
        && wholeCountsThings(view, near, n, facts.breakdownAt())) {
      // "ada 18 titik yang tersebar di Gianyar (5), Karangasem (12)": the items of a breakdown of
      // things count those things
      return;
    }
    if (noun == null && lx.is(WordClass.ONE, n.text().toLowerCase(Locale.ROOT))
        && !(placeHere != null && parts.placeAfter(tokens, clause, b + 1, blocked) != null)
        && !predicatesOf.predicateOpensVerbGroup(view, b + 1)) {
      // "satu" alone counts nothing; but "..., 38 in Suzu and one in Hakui": an item of a list
      // of places, and "Satu masih dilaporkan hilang": the subject of a count's verb
      return;
    }
    if (noun == null && !(nounFrom < blocked.length && blocked[nounFrom])
        && (figureFilter.countsSomethingElse(view, nounFrom)
            || figureFilter.sharesUncountedNoun(view, site, nounFrom))) {
      // "12 suspects", "12 kendaraan", "6,500 and 2,000 other houses": a noun we do not count
      // follows the figure, or the figure joined right after it.
      return;
    }
    if (facts.anecdoteAt() >= 0 && Counts.isOne(n.value()) && !n.markers().contains(NumberMarker.OTHERS)
        && !(figure + 1 < numbers.size() && numbers.get(figure + 1).span().start() < facts.anecdoteAt())) {
      // "mengevakuasi satu korban ... atas nama Herianto": one named person, not a count; but in
      // "bertambah satu orang, kini menjadi 272 orang, korban bertambah 1 atas nama Siti" the
      // person is the last figure's, not the first's
      return;
    }
    if (figureFilter.onePersonAfterNoun(view, facts.annotated().predicates(), n, a, b)) {
      // "petugas menemukan jasad seorang laki-laki": the body of a man, one person's story
      return;
    }
    if (view.cueEndingAt(a, Cue.OWN) || figureFilter.ownKinAfter(tokens, b)) {
      // "his five missing family members", "dua anaknya masih hilang": one family's story, not
      // the toll.
      return;
    }
    if (noun != null && actor == null) {
      actor = subjects.actorAfter(tokens, noun.to());
    }
    boolean others = n.markers().contains(NumberMarker.OTHERS);
    // "Dari yang meninggal, 10 orang berasal dari ...": the sentence counts a part of those.
    boolean subset = flagsOf.subset(view, site,
        countHere != null || figure > 0);
    boolean inherits = others || subset || noun == null || noun.value().generic();
    Subject subject = null;
    if (noun != null && !noun.value().generic()) {
      subject = new Subject(SubjectAttacher.key(actor, noun.value().kind()), noun.value().kind(), noun.value().unit());
    }
    if (noun == null && subject == null && !others && !subset) {
      // "korban jiwa di kalangan pasukan Korea Utara melebihi 3.000": the counted noun precedes.
      subject = subjects.nounBefore(tokens, site, clause, a);
    }
    boolean namedBefore = noun == null && subject != null;
    Subject earlier = progress.subject != null ? progress.subject : discourse.paragraphSubject();
    if (inherits && earlier != null && subject == null
        && !(noun != null && parts.opensPlaceRelative(tokens, a))
        // "a festival attended by 30,000 worshippers killed 45 people": a crowd's size names no
        // group of its own for the people a later figure counts, unless they are drawn from it
        && !(noun != null && lx.measureNouns.containsKey(earlier.kind()) && !subset && !others)) {
      // "send 300 troops to South Sudan, where thousands of people were killed": a clause
      // about the place counts its own people, not the troops
      subject = new Subject(earlier.key(), earlier.kind(), noun != null ? noun.value().unit() : earlier.unit());
    }
    if (subject == null && noun != null) {
      subject = new Subject(SubjectAttacher.key(actor, noun.value().kind()), noun.value().kind(), noun.value().unit());
    }
    // --- which part of the whole
    int objectEnd = noun != null ? noun.to() : b + 1;
    int nounStart = noun != null ? noun.from() : -1;
    subset |= flagsOf.subsetAfter(view, near, objectEnd);
    PlaceAttacher.FigurePlace where = placesOf.place(view, site, objectEnd, nounStart, blocked,
        facts.fronted(), facts.eventPart(), attribution, placeOf(context) != null,
        placeHere != null ? countHere : null);
    PartFinder.Place place = where.place();
    boolean placeFronted = where.fronted();
    boolean distributive = where.distributive();
    Scope part = where.part();
    if (part == null) {
      // "95 orang berusia 20-an, 32 orang berusia 30-an": the part of the count of that age
      part = ageGroupAfter(tokens, objectEnd);
    }
    boolean listItem = where.named() || part != null || others || distributive;
    // --- what happened to it
    boolean listed = listItem || facts.listsParts();
    PredicateChoice choice =
        predicatesOf.choosePredicate(view, site, nearPredicates, near, n, a, nounStart, objectEnd, base,
            subject, listed, partOf);
    if (choice == null && (noun == null || noun.value().generic()) && subject != null
        && !subject.kind().equals(noun == null ? "people" : noun.value().kind())) {
      // "Sembilan jenazah berhasil diidentifikasi" after body bags: the bodies, not the bags.
      Subject own = noun == null ? Subject.PEOPLE
          : new Subject(SubjectAttacher.key(actor, noun.value().kind()), noun.value().kind(), noun.value().unit());
      choice = predicatesOf.choosePredicate(view, site, nearPredicates, near, n, a, nounStart, objectEnd,
          base, own, listed, partOf);
      subject = choice != null ? own : subject;
    }
    if (choice == null && facts.citesEarlier()) {
      // "Jika sebelumnya sebanyak 5.919 orang, kini ada 6.542 orang yang mengungsi": the earlier
      // figure counts what the current one after it counts
      choice = predicatesOf.ofLaterFigure(view, site, nearPredicates, numbers, figure, subject);
    }
    if (choice != null && choice.to() <= objectEnd && predicatesOf.untrackedMainVerb(view, objectEnd)) {
      // "the bodies of 24 foreign nationals have been sent home", "16 jenazah sudah tiba di
      // Halim": the main verb says what the figure is about
      choice = null;
    }
    if (choice != null && lx.moverPredicates.contains(choice.predicate())) {
      // "mengevakuasi 12 jenazah", "rincian dari 131 korban jiwa: 54 korban dievakuasi ke RS":
      // what was moved are the dead the noun names, not evacuees
      String lastPredicate = countHere == null ? null : countHere.predicate();
      String named = nounStart < 0 ? null : predicatesOf.countNamedByNoun(tokens, nounStart, lastPredicate);
      if (named == null && b + 1 < tokens.size() && b + 1 < choice.from()
          && (nounStart < 0 || b + 1 < nounStart)) {
        // "the 28 injured had been evacuated", "28 injured people were evacuated": a word of a
        // count right after the figure names who were moved
        named = predicatesOf.countNamedByNoun(tokens, b + 1, lastPredicate);
      }
      if (named != null) {
        choice = choice.withPredicate(named);
      } else if (others && countHere != null && (noun == null || noun.value().generic())
          && !verbSaidBefore(tokens, nearPredicates, choice, a)) {
        // "10 WNI luka-luka, empat dirawat di rumah sakit setempat, sedangkan enam lainnya harus
        // dievakuasi ke Ankara": the others moved are others of the count just made (but "11
        // orang dievakuasi dalam kondisi meninggal dunia, sedangkan 7 orang lainnya dievakuasi ke
        // puskesmas" sets the two ways they were moved apart)
        choice = choice.withPredicate(countHere.predicate());
      }
    }
    int state = predicatesOf.stateWordBefore(tokens, clause, a);
    if (choice != null && state >= 0 && (state < choice.from() || state >= choice.to())) {
      // "populasi terdampak sebanyak 5.205 jiwa dan warga mengungsi 2.004": the figure counts
      // a state no predicate tracks; the verb after it is the next figure's, and "pemakaman 7
      // jenazah", "pemulangan jenazah 3 korban" bury or return the dead: no new toll (unless a
      // language pack makes the state word a predicate of its own)
      choice = null;
    }
    if (choice != null && listItem && choice.to() <= a && countHere != null
        && discourse.lastCountEnd() > choice.span().end() && countHere.predicate().equals(choice.predicate())) {
      // "the toll rose to 12,200, including 5,000 children, 3,250 women": an item after another
      // of the same predicate continues the list that item is in
      choice = null;
    }
    if (choice != null && listItem && countHere != null && countHere.scope() != null
        && countHere.scope().kind() == Scope.Kind.CATEGORY && choice.from() >= objectEnd
        && predicatesOf.namesCategory(tokens, choice.from())) {
      // "17 orang karena terseret arus, 5 orang tertimbun longsor": after an item its cause
      // labels, a cause word after the figure ("tertimbun", buried) labels this item too; what
      // happened to them is what happened to the list's
      choice = choice.withPredicate(countHere.predicate());
    }
    boolean othersBesides = others && countHere != null && inBesidesClause(view, countHere.figureAt(), a);
    if (choice != null && choice.weak() && othersBesides) {
      // "Selain 11 korban meninggal, 10 korban lainnya masih diobservasi": the others besides
      // the dead are victims in some state the generic noun does not name
      choice = null;
    }
    if (choice != null && choice.weak()) {
      // "korban sudah mencapai 41 orang" after a death toll: the victims are the dead.
      String yields = lx.weakPredicates.get(choice.predicate());
      if (yields != null && discourse.lastCounted().countedSince(yields, index - 2)) {
        choice = choice.withPredicate(yields);
      }
    }
    if (choice != null && !choice.weak() && noun != null && noun.value().generic()
        && choice.to() <= a && choice.from() > 1 && view.relative(choice.from())) {
      // "jumlah pasukan Korea Utara yang tewas ... mencapai 1.100 orang": the noun the relative
      // clause describes is what the generic "orang" counts
      int opener = choice.from() - 1;
      while (opener > reachFrom && !view.cueAt(opener, Cue.RELATIVE)) {
        opener--;
      }
      Subject described = opener > reachFrom ? subjects.nounEndingAt(tokens, opener) : null;
      if (described != null && lx.counts(choice.predicate(), described.kind())) {
        subject = new Subject(described.key(), described.kind(), subject.unit());
      }
    }
    Topic topic = null;
    if (choice == null && place == null && part == null && facts.bulletItem()) {
      // "- Terseret arus banjir 31 orang" under "merinci penyebab 60 warga meninggal, yakni": the
      // words before the figure label a part of the count the list is of; so do the words before
      // the colon of a labelled line no place was read from ("Polda DI Yogyakarta: 60 orang")
      int labelEnd = facts.firstColon() < 0 ? a : colonBefore(tokens, a);
      part = labelEnd < 0 ? null : opensWithListIntro(tokens) ? labelInLine(tokens, labelEnd)
          : itemLabel(tokens, labelEnd);
    }
    // "- Kabupaten Agam: 20 orang" under "Rincian korban meninggal:": an item of the list
    // counts what its heading names, for the place or part its label names (else no claim)
    // ("Yaitu, Sikka 5 orang, Ende 22 orang" after a breakdown's announcement: items by place)
    boolean labelled = facts.bulletItem() && (place != null || part != null)
        && (facts.firstColon() < 0 ? part != null || opensWithListIntro(tokens)
            : facts.firstColon() <= n.span().start());
    Topic referred = facts.anaphor() ? discourse.paragraphTopic() : labelled ? discourse.listTopic() : null;
    if (labelled && referred != null && subject == null && noun == null) {
      subject = referred.subject(); // "Kota Bekasi: 9" under its heading: a bare figure counts its topic
    }
    if ((choice == null || choice.weak()) && referred != null && subject != null && state < 0
        && lx.counts(referred.predicate(), subject.kind())) {
      // "Jumlah tersebut ... 1.000 hingga 3.000 orang": the figure of the topic just mentioned
      // (but "pencarian korban tersebut, melibatkan 40 personel" counts those searching).
      topic = referred;
      choice = null;
      Subject t = topic.subject();
      subject =
          t.kind().equals(subject.kind()) || noun == null || noun.value().generic()
              ? new Subject(t.key(), t.kind(), subject.unit())
              : new Subject(SubjectAttacher.key(SubjectAttacher.actorOf(t.key()), subject.kind()), subject.kind(), subject.unit());
    }
    Draft continued = null;
    boolean quoted = quotedAlone(tokens, a, objectEnd);
    // "..., out of which 88 bodies were lying at a trauma center, 27 at Etah Hospital": an item
    // with no noun and no words of its own but names continues the list, whatever clause the
    // item before it had
    boolean elliptical = noun == null && countHere != null
        && ellipticalItem(view, facts.annotated().blocked(), objectEnd, nearPredicates);
    // the count a figure may carry on was made in an earlier sentence, not this one
    boolean countOfEarlierSentence =
        discourse.lastCount() != null && discourse.lastCount().sentence() < index;
    if (choice == null && topic == null && discourse.lastCount() != null
        && discourse.lastCount().sentence() >= index - (facts.anaphor() ? 3 : quoted ? 2 : 1)
        && (listItem || subset || quoted || facts.partsAnnounced()
            || (countHere != null && (noun != null || !saysWhoBetween(tokens, site, abs.start()))))
        // "mengirim 14.000 pasukan guna mendukung agresi Rusia, termasuk 3.000 pasukan tambahan":
        // "termasuk" (including) takes its part from the count before, past any clause between
        && !(countHere != null && !view.cueEndingAt(a, Cue.SUBSET_BEFORE)
            && !facts.partsAnnounced() && !elliptical && clauseBetween(view, site, abs.start()))
        && (subject == null || (noun == null && !namedBefore) || (noun != null && noun.value().generic())
            || subject.kind().equals(discourse.lastCount().subject().kind())
            // "150 KK yang terdiri dari ... 60 lansia": a breakdown may count its whole's
            // households by the people in them
            || (facts.breakdownAt() < a && lx.counts(discourse.lastCount().predicate(), subject.kind())))
        && !predicatesOf.saysOwnState(tokens, objectEnd) && !predicatesOf.untrackedMainVerb(view, objectEnd)
        && !(countOfEarlierSentence && predicatesOf.ownVerbAfter(view, objectEnd))
        // "kelompok rentan yang terdampak sebanyak 1.200 jiwa lansia, 450 balita, ...": a list
        // whose sentence names a state no predicate tracks continues no earlier sentence's count
        && !(countOfEarlierSentence && facts.firstStateAt() < a)
        && !(countOfEarlierSentence && facts.wholeNamed() && facts.breakdownAt() < a)
        // "Selain 11 korban meninggal, 10 korban lainnya masih dirawat": others besides those
        // a clause of "selain" counted are not of their count
        && !othersBesides
        && !predicatesOf.stateBefore(tokens, clause, a)
        && !(noun == null && figureFilter.unknownLabelBefore(view, a))
        && !(countOfEarlierSentence && predicatesOf.partOfUntracked(view, site, numbers, progress.claimed, figure, a, base))
        && !partOf.isGroup()) {
      // "… 19 orang di Kabupaten Agam, 15 orang di Kabupaten Tanah Datar": an item of the list
      // the figure before began, counting what it counted.
      continued = discourse.lastCount();
      if ((part != null || subset) && continued.scope() == null) {
        // "121 were killed and 28 injured. The victims included 108 women": a part is never
        // larger than its whole; the count just before that can hold it is the one continued
        // (after a part, a figure is its sibling, not a part of it)
        continued = wholeAtLeast(continued, n.value(), index);
      }
    }
    if (continued != null) {
      // "27 people had been killed, of whom 25 were women and two were men": the item after
      // a part of the sentence's count is a part too
      subset |= continued.sentence() == index && continued.scope() != null && continued.subset();
      if (subject == null || noun == null || noun.value().generic()) {
        Subject c = continued.subject();
        subject = new Subject(c.key(), c.kind(), subject != null ? subject.unit() : c.unit());
      }
    }
    String measure = null;
    Scope besideFigure = placesOf.statusNextTo(tokens, clause, a, objectEnd);
    // "29 people are in serious condition": a state only one count's people are in names it
    String statePredicate = choice == null && topic == null && continued == null
        ? predicatesOf.stateCount(besideFigure, subject) : null;
    if (choice == null && topic == null && continued == null && statePredicate == null) {
      Subject counted = subject;
      if ((counted == null || !lx.measureNouns.containsKey(counted.kind()))
          && (noun == null || noun.value().generic())) {
        // "40 ribu orang (peserta reuni)"
        counted = subjects.measureNounNear(tokens, site, clause, a, near, n, base);
      }
      measure = counted == null ? null : lx.measureNouns.get(counted.kind());
      if (measure == null) {
        return;
      }
      subject = counted;
    }
    if (subject == null && choice != null && noun == null && lx.counts(choice.predicate(), "people")
        && Counts.isWholeNumber(n.value())) {
      // "the death toll has risen to 2,445": a toll of people with no noun after the figure.
      subject = Subject.PEOPLE;
    }
    if (subject == null) {
      return;
    }
    String predicate = choice != null ? choice.predicate()
        : topic != null ? topic.predicate()
        : continued != null ? continued.predicate()
        : statePredicate != null ? statePredicate
        : OTHER;
    CombinedCounts before = facts.combinedBefore();
    if ((choice == null || choice.weak()) && before != null
        && n.value().kind() == QuantityKind.EXACT
        && n.value().low().get().compareTo(before.sum()) == 0) {
      // "50 orang meninggal dan 120 luka-luka. Dari 170 korban itu, ...": the figure that adds
      // up the counts just given counts them all
      predicate = before.predicate();
    }
    if (elliptical && (choice == null || choice.weak()) && countHere.subset()
        && countHere.scope() != null && countHere.predicate().equals(predicate)) {
      subset = true; // ... an item of a list of parts is a part too
    }
    if (choice != null && subject.key().actor().isEmpty() && actor == null
        && lx.senderPredicates.contains(predicate)) {
      // "Korea Utara telah mengirim 10.000 tentara": the sender is the clause's subject.
      String sender = subjects.nearestActorBefore(tokens, site, clause, Math.min(a, choice.from()));
      if (sender != null) {
        subject = new Subject(SubjectAttacher.key(sender, subject.kind()), subject.kind(), subject.unit());
      }
    }
    if (subject.key().actor().isEmpty() && discourse.paragraphSubject() != null
        && discourse.paragraphSubject().kind().equals(subject.kind()) && !discourse.paragraphSubject().key().equals(subject.key())) {
      subject = new Subject(discourse.paragraphSubject().key(), subject.kind(), subject.unit());
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
      reported = new Subject(SubjectAttacher.key(SubjectAttacher.actorOf(subject.key()), counted), counted, subject.unit());
    }
    // --- flags
    // "100 soldiers were killed and another 1,000 wounded": after a count of another predicate
    // in the same sentence, "another" names others of the group, not an addition to a total;
    // so too right after such a count when nothing of this predicate was counted before
    // ("The toll rose to 11,300. Another 10,100 are missing.").
    boolean othersOfAnotherCount = discourse.lastCount() != null && !discourse.lastCount().predicate().equals(predicate)
        && (discourse.lastCount().sentence() == index
            || (discourse.lastCount().sentence() == index - 1 && !discourse.lastCounted().counted(predicate)));
    Set<ClaimFlag> flags = flagsOf.flags(view, site, choice, objectEnd,
        additionBefore || additionBetween, topic != null && topic.addition(), othersOfAnotherCount,
        subset, facts.citesEarlier(), attribution);
    // --- when
    TimeAttacher.FigureTime time =
        times.timeOf(annotated, site, facts.then(), discourse.thenDate(), discourse.thenFrames());
    if (flags.contains(ClaimFlag.EARLIER) && time.date() != null && time.flags().contains(ClaimFlag.AS_OF)
        && time.date().span().start() + view.base() >= abs.end()) {
      // "Jika sebelumnya 5.919 orang, hingga hari ini, tercatat 6.542": the as-of date after an
      // earlier figure says when the current one holds, not when the earlier did
      time = new TimeAttacher.FigureTime(null, null, null, Set.of(), time.clock());
    }
    if (time.date() != null) {
      progress.usedDates.add(time.date());
    }
    flags.addAll(time.flags());
    if (flagsOf.findOfTheDay(view, a, facts.soFar(), time)) {
      flags.add(ClaimFlag.INCREMENT);
    }
    if (elliptical && countHere.planned() && time.date() == null) {
      // "1,800 troops will be deployed to Texas, 1,700 to Arizona": an item with no words of
      // its own continues the mood of the one before
      flags.add(ClaimFlag.PLANNED);
    }
    DateValue when = time.value();
    String whenText = time.text();
    ClockFinder.Clock clock = time.clock();
    Span evidence = abs;
    if (noun != null) {
      evidence = evidence.union(Span.of(tokens.get(noun.from()).start(), tokens.get(noun.to() - 1).end()));
    }
    if (choice != null) {
      evidence = evidence.union(choice.span());
    }
    if (!Counts.canCount(n.value())) {
      unread.add(new Unread(abs, n.text(), "a count cannot be " + Counts.below(n.value())));
      return;
    }
    // A status named by the predicate or next to the figure ("luka berat 248 orang").
    Scope status = placesOf.status(view, evidence, besideFigure);
    String stated = counted != null ? null : predicatesOf.stateCount(status, subject);
    if (stated != null && !stated.equals(predicate)) {
      // "the toll may rise, as 30 people are in critical condition": only the injured are
      predicate = stated;
      reportedPredicate = stated;
    }
    // "11 orang meninggal dunia. 10 penumpang dan satu korban tewas lainnya ...": others of
    // the count just given are a part of it, not a second total.
    boolean othersOfCount = (others || view.cueRight(objectEnd, Cue.OTHERS_AFTER))
        && place == null && discourse.lastCount() != null && discourse.lastCount().sentence() >= index - 1
        && discourse.lastCount().predicate().equals(predicate);
    // "Of those killed, 101 were female" after a count of the injured: the opener's own
    // predicate names the group, so the figure is a part of it all the same. Drawn from a group
    // of another count ("15.000 tentara dikirim ... 600 di antaranya tewas"), the figure is the
    // whole of its own: no part.
    boolean partOfGroup = othersOfCount
        || (subset && ((discourse.lastCount() == null ? !openerCountsAnother(view, numbers, n)
                : discourse.lastCount().predicate().equals(predicate))
            || (choice != null && choice.to() <= view.openerEnd())));
    Scope own = placesOf.ownScope(view, site, status != null ? status : part, distributive,
        subset ? place : null, partOfGroup, discourse.lastCount() != null, objectEnd, blocked);
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
            n.value(),
            abs.start(),
            flags.contains(ClaimFlag.AS_OF),
            choice != null && !choice.weak(),
            flags.contains(ClaimFlag.PLANNED),
            Counts.ofTheMoment(flags));
    drafts.add(draft);
    if (flags.contains(ClaimFlag.CHANGE) || flags.contains(ClaimFlag.INCREMENT)) {
      changes.add(draft);
    }
    progress.claimed[figure] = true;
    progress.subject = subject;
    Topic topicLeft = discourse.paragraphTopic();
    if (a < facts.breakdownAt()) {
      topicLeft = new Topic(predicate, subject, flags.contains(ClaimFlag.ADDITION));
      progress.wholeCounted = true;
    } else if (!progress.wholeCounted) {
      // "22 orang yang terdiri dari 19 selamat dan tiga meninggal. Jumlahnya ...": "jumlahnya"
      // refers back to the whole, which yielded no claim here, never to an item of it
      topicLeft = null;
    }
    discourse = discourse.counted(draft, abs.end(), subject, predicate, index, topicLeft);
  }

  /**
   * Whether a clause of its own stands between the last figure and the offset: two or more words
   * in lower case that are neither function words, cues, counting nouns nor predicate words
   * ("Where 11 people died, officers
   * searched homes for 670 people"), so the figure is no further item of the same list.
   */
  private boolean clauseBetween(SentenceView view, FigureSite site, int offset) {
    List<Token> tokens = view.tokens();
    int from = site.reachFrom();
    while (from < tokens.size() && tokens.get(from).start() < discourse.lastCountEnd()) {
      from++;
    }
    int to = from;
    while (to < tokens.size() && tokens.get(to).start() < offset) {
      to++;
    }
    return view.contentWords(from, to) >= 2;
  }

  /**
   * Whether a speech tag stands between the last figure and the offset ("120 orang, kata polisi
   * 52"): what follows it is no item of the same list.
   */
  private boolean saysWhoBetween(List<Token> tokens, FigureSite site, int offset) {
    for (int k = site.reachFrom(); k < tokens.size() && tokens.get(k).start() < offset; k++) {
      PhraseTable.Match<List<Lexicon.AttributionCue>> m =
          tokens.get(k).start() >= discourse.lastCountEnd() ? lx.attribution.matchAt(tokens, k) : null;
      if (m != null && (m.value().contains(Lexicon.AttributionCue.AFTER)
          || m.value().contains(Lexicon.AttributionCue.BEFORE))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the figure is all a quote says: "\"30 ribu,\" kata Kapolres"; "\"Sekitar 200 ribu.\"":
   * it answers the count the text spoke of just before.
   */
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

  /**
   * Whether the sentence's subset opener holds a figure other than {@code n} that no count
   * claimed ("Dari 66 penumpang, 29 orang meninggal dunia"): the figure is drawn from a group of
   * another kind (those aboard), so it is the whole of its own count, not a part.
   */
  private static boolean openerCountsAnother(SentenceView view, List<NumberExpression> numbers,
      NumberExpression n) {
    int end = view.openerEnd();
    if (end < 0 || end >= view.tokens().size()) {
      return false;
    }
    int limit = view.tokens().get(end).start() - view.base();
    for (NumberExpression o : numbers) {
      if (o != n && o.span().end() <= limit && n.span().start() >= limit) {
        return true;
      }
    }
    return false;
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
    return discourse.labelLine() == index - 1 || before.endsWith(":")
        || (before.length() == 1 && BULLETS.indexOf(before.charAt(0)) >= 0);
  }

  /** Whether a predicate phrase before token {@code a} starts with the word the chosen verb starts with. */
  private static boolean verbSaidBefore(List<Token> tokens,
      List<PhraseTable.Match<List<Lexicon.PredicateForm>>> mentions, PredicateAttacher.PredicateChoice choice, int a) {
    String verb = tokens.get(choice.from()).lower();
    for (PhraseTable.Match<List<Lexicon.PredicateForm>> m : mentions) {
      if (m.from() < a && m.from() != choice.from() && tokens.get(m.from()).lower().equals(verb)) {
        return true;
      }
    }
    return false;
  }

  /** The first count of sentence {@code sentence} that is a total (no part), or null. */
  private Draft firstTotalOf(int sentence) {
    Draft first = null;
    for (int k = drafts.size() - 1; k >= 0 && drafts.get(k).sentence() >= sentence; k--) {
      Draft d = drafts.get(k);
      if (d.sentence() == sentence && d.value() != null && d.scope() == null && d.predicate() != null) {
        first = d;
      }
    }
    return first;
  }

  /** Whether a breakdown cue stands in the tokens ("Rinciannya:"); for a quiet sentence too. */
  private boolean namesBreakdown(List<Token> tokens) {
    for (int k = 0; k < tokens.size(); k++) {
      if (lx.cueAt(tokens, k, Cue.BREAKDOWN)) {
        return true;
      }
    }
    return false;
  }

  /** The first colon before token {@code a}, or -1. */
  private static int colonBefore(List<Token> tokens, int a) {
    for (int k = 0; k < a; k++) {
      if (tokens.get(k).text().equals(":")) {
        return k;
      }
    }
    return -1;
  }

  /** Most words of a list item's label ("Keracunan asap genset"). */
  private static final int LABEL_WORDS = 5;

  /**
   * The category a bulleted item's label names, from the words between its bullet and its figure
   * at token {@code a} ("- Tersengat listrik 6 orang"), or null: no words, too many, or not all
   * plain words.
   */
  private static Scope itemLabel(List<Token> tokens, int a) {
    int from = 0;
    while (from < a && !tokens.get(from).isWord()) {
      from++; // the bullet
    }
    if (from >= a || a - from > LABEL_WORDS) {
      return null;
    }
    for (int k = from; k < a; k++) {
      if (!tokens.get(k).isWord()) {
        return null;
      }
    }
    return labelled(tokens, from, a, Scope::category);
  }

  /** A scope named by the words {@code [from, to)}: their lower-case forms joined by "_" as its key. */
  private static Scope labelled(List<Token> tokens, int from, int to,
      BiFunction<String, String, Scope> kind) {
    StringJoiner key = new StringJoiner("_");
    StringJoiner text = new StringJoiner(" ");
    for (int k = from; k < to; k++) {
      key.add(tokens.get(k).lower());
      text.add(tokens.get(k).text());
    }
    return kind.apply(key.toString(), text.toString());
  }

  /**
   * The label of an item in a list run on in one sentence ("Yaitu, Flores Timur 5 orang, Lembata
   * 22 orang"): the capitalised words after the comma or conjunction before the figure at
   * {@code a}, a place; or null.
   */
  private Scope labelInLine(List<Token> tokens, int a) {
    int from = a;
    while (from > 0 && a - from < LABEL_WORDS && tokens.get(from - 1).isWord()
        && tokens.get(from - 1).isCapitalised() && !lx.is(WordClass.LIST_INTRO, tokens, from - 1)) {
      from--;
    }
    if (from == a || (from > 0 && tokens.get(from - 1).isWord() && !lx.is(WordClass.CONJ, tokens, from - 1)
        && !lx.is(WordClass.LIST_INTRO, tokens, from - 1))) {
      return null; // no label, or one that starts mid-phrase
    }
    return labelled(tokens, from, a, Scope::place);
  }

  /**
   * Whether the sentence is a line labelled as an item of a list, its label of a few words then a
   * colon then a figure ("Polda Jawa Barat: 147 orang"): such a line needs no bullet.
   */
  private static boolean labelledItem(List<Token> tokens) {
    int k = 0;
    while (k < tokens.size() && k <= LABEL_WORDS && tokens.get(k).isWord()) {
      k++;
    }
    return k > 0 && k <= LABEL_WORDS && k + 1 < tokens.size() && tokens.get(k).text().equals(":")
        && Character.isDigit(tokens.get(k + 1).text().charAt(0));
  }

  /**
   * The count a breakdown cue names right after it ("rincian korban yang belum ditemukan"), or
   * null: the predicates of its clause after the cue, a generic one only when no other is there.
   */
  private Topic breakdownTopic(List<Token> tokens, List<PhraseTable.Match<Cue>> cues,
      List<PhraseTable.Match<List<PredicateForm>>> predicates) {
    for (PhraseTable.Match<Cue> cue : cues) {
      if (cue.value() != Cue.BREAKDOWN) {
        continue;
      }
      int end = cue.to();
      while (end < tokens.size() && !tokens.get(end).isClauseBreak()) {
        end++;
      }
      List<PhraseTable.Match<List<PredicateForm>>> named = new ArrayList<>();
      for (PhraseTable.Match<List<PredicateForm>> m : predicates) {
        if (m.from() >= cue.to() && m.to() <= end) {
          named.add(m);
        }
      }
      return named.isEmpty() || named.get(0).from() != cue.to() ? null : headingTopic(named);
    }
    return null;
  }

  /** Whether the sentence opens with a word that opens a list ("Yaitu, Sikka 5 orang, ..."). */
  private boolean opensWithListIntro(List<Token> tokens) {
    return !tokens.isEmpty() && lx.is(WordClass.LIST_INTRO, tokens, 0);
  }

  /** Whether the sentence ends with a word that opens a list ("..., yakni", "namely"). */
  private boolean opensList(List<Token> tokens) {
    int last = tokens.size() - 1;
    return last >= 0 && lx.is(WordClass.LIST_INTRO, tokens, last);
  }

  /** Whether the sentence is a line opened by a bullet, or by an item number ("3. ", "3) "). */
  private static boolean bulleted(String text) {
    String t = text.stripLeading();
    if (t.isEmpty()) {
      return false;
    }
    if (BULLETS.indexOf(t.charAt(0)) >= 0) {
      return true;
    }
    int digits = 0;
    while (digits < t.length() && digits <= ITEM_NUMBER_DIGITS && Character.isDigit(t.charAt(digits))) {
      digits++;
    }
    return digits > 0 && digits <= ITEM_NUMBER_DIGITS && digits + 1 < t.length()
        && (t.charAt(digits) == '.' || t.charAt(digits) == ')')
        && Character.isWhitespace(t.charAt(digits + 1));
  }

  /** Most digits of the number of a list's item ("12. Kabupaten Lebak: 8"). */
  private static final int ITEM_NUMBER_DIGITS = 2;

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

  /** Most words of a heading line ("1. Jumlah Korban Meninggal", "Korban Tewas Bertambah"). */
  private static final int HEADING_WORDS = 8;

  /** Whether the sentence is a short line that ends with no full stop: a heading. */
  private static boolean headingLine(List<Token> tokens) {
    if (tokens.size() > 2 * HEADING_WORDS) {
      return false;
    }
    String last = tokens.get(tokens.size() - 1).text();
    if (".!?\"”'".contains(last)) {
      return false;
    }
    int words = 0;
    for (Token t : tokens) {
      words += t.isWord() ? 1 : 0;
    }
    return words <= HEADING_WORDS;
  }

  private static Topic topicOfPeople(String predicate) {
    return new Topic(predicate, Subject.PEOPLE, false);
  }

  /** Remembers "tentara Korea Utara yang baru dikerahkan" even without a figure. */
  private Discourse rememberMentions(Discourse before, SentenceView view,
      List<PhraseTable.Match<List<PredicateForm>>> predicates, Subject counted, boolean zero) {
    List<Token> tokens = view.tokens();
    Subject mentioned = null;
    int at = -1;
    for (int i = 0; i < tokens.size(); i++) {
      PhraseTable.Match<Noun> noun = lx.nouns.matchAt(tokens, i);
      if (noun == null || noun.value().generic()) {
        continue;
      }
      String actor = subjects.actorAfter(tokens, noun.to());
      if (actor != null) {
        mentioned = new Subject(SubjectAttacher.key(actor, noun.value().kind()), noun.value().kind(), noun.value().unit());
        at = noun.to();
      }
    }
    if (mentioned != null && counted == null) {
      Discourse after = before.mentioned(mentioned);
      for (PhraseTable.Match<List<PredicateForm>> m : predicates) {
        if (m.from() >= at && m.from() - at <= 4) {
          for (PredicateForm f : m.value()) {
            if (lx.counts(f.predicate(), mentioned.kind())) {
              return after.withTopic(new Topic(f.predicate(), mentioned,
                  view.flagged(ClaimFlag.ADDITION, FlagCues.Anchor.VERB, m.from())), view.index());
            }
          }
        }
      }
      return after;
    }
    if (counted == null && !zero && !view.opensWith(Cue.ANAPHOR)) {
      // "Korban tewas gempa itu terus bertambah." then "Jumlahnya mencapai 2.300 orang": a toll
      // named without a figure (and not denied: "belum ada korban jiwa") is the topic a later
      // "jumlahnya" (its number) refers to
      for (PhraseTable.Match<List<PredicateForm>> m : predicates) {
        PhraseTable.Match<Noun> noun = lx.nouns.matchAt(tokens, m.from());
        String predicate = m.value().get(0).predicate();
        boolean named = (noun != null && noun.value().generic() && m.to() > noun.to())
            || describesVictims(view, m.from());
        if (named && lx.counts(predicate, "people") && !lx.measurePredicates.containsKey(predicate)) {
          return before.withTopic(topicOfPeople(predicate), view.index());
        }
      }
    }
    return before;
  }

  /**
   * Whether the predicate words at {@code at} stand in a relative clause about a noun of people
   * before it: "Jumlah korban gempa ... yang ditemukan meninggal dunia terus bertambah", "jumlah
   * pendaki yang tewas".
   */
  private boolean describesVictims(SentenceView view, int at) {
    int opener = view.relativeOpener(at);
    for (int k = opener - 1; opener > 0 && k >= Math.max(0, opener - NOUN_BEFORE_RELATIVE); k--) {
      PhraseTable.Match<Noun> noun = lx.nouns.matchAt(view.tokens(), k);
      if (noun != null && (noun.value().generic() || noun.value().kind().equals(Subject.PEOPLE.kind()))
          && view.clause()[k] == view.clause()[at]) {
        return true;
      }
    }
    return false;
  }

  /** Whether the sentence lists parts of a whole: a breakdown, or figures for each of several. */
  private static boolean listsParts(List<PhraseTable.Match<Cue>> cues) {
    return has(cues, Cue.BREAKDOWN) || has(cues, Cue.DISTRIBUTIVE);
  }

  /** The first token of the sentence's first cue of this kind, or the largest int when none. */
  private static int firstCue(List<PhraseTable.Match<Cue>> cues, Cue cue) {
    for (int k = 0; k < cues.size(); k++) { // by index: asked seven times a sentence, no iterator
      PhraseTable.Match<Cue> m = cues.get(k);
      if (m.value() == cue) {
        return m.from();
      }
    }
    return Integer.MAX_VALUE;
  }

  /** The first token naming a state no predicate tracks ("terdampak"), or MAX_VALUE. */
  private int firstState(List<Token> tokens) {
    for (int k = 0; k < tokens.size(); k++) {
      if (lx.is(WordClass.OTHER_STATE, tokens, k)) {
        return k;
      }
    }
    return Integer.MAX_VALUE;
  }

  /**
   * Whether an anaphor stands inside a cue of the kind: "Dari jumlah tersebut, 821 orang ..." draws
   * its part from the figure "jumlah tersebut" refers to, even sentences back.
   */
  private boolean anaphorInside(List<Token> tokens, List<PhraseTable.Match<Cue>> cues, Cue cue) {
    for (PhraseTable.Match<Cue> m : cues) {
      if (m.value() == cue) {
        for (int i = m.from() + 1; i < m.to(); i++) {
          if (lx.cueAt(tokens, i, Cue.ANAPHOR)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean has(List<PhraseTable.Match<Cue>> cues, Cue cue) {
    return firstCue(cues, cue) != Integer.MAX_VALUE;
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
   * Gives each figure of the sentence its part of the whole: its status or category, or the place
   * named next to it when that place is a part of the event's area: an administrative unit
   * ("Kabupaten Agam"), one of several places the sentence lists ("di Palu 821 orang dan di
   * Donggala 11 orang"), or the place the sentence opens with when the article's event names
   * another. A place that is the event's own is no part. In a breakdown sentence ("terdiri atas",
   * "dengan rincian") the parts are flagged as one complete list; after a whole counted before the
   * breakdown cue, its items are parts even when only their nouns tell them apart
   * ("115.000 personel yang terdiri atas 100.000 prajurit dan 15.000 polisi").
   *
   * @param cueAt where the sentence's breakdown cue starts, or the largest int when none
   */
  private void scopeParts(int from, String context, boolean breakdown, boolean itemized, int cueAt,
      Draft announced) {
    List<Draft> sentence = drafts.subList(from, drafts.size());
    Set<String> placeKeys = new HashSet<>();
    Draft whole = announced;
    for (Draft d : sentence) {
      if (d.place() != null) {
        placeKeys.add(d.place().key());
      }
      if (d.figureAt() < cueAt && d.scope() == null && d.value() != null) {
        whole = d;
      }
    }
    String eventPlace = placeOf(context);
    // "96 lansia, 432 laki-laki, 460 perempuan": parts by age and by sex overlap, no complete list
    boolean complete = breakdown && !dividedSeveralWays(sentence);
    boolean listStarted = false;
    Scope.Kind listKind = Scope.Kind.STATUS;
    Draft before = null;
    for (Draft d : sentence) {
      Scope scope = d.scope();
      boolean afterCategory = before != null && before.value() != null && d.value() != null
          && listKind == Scope.Kind.CATEGORY && listStarted && before.predicate().equals(d.predicate());
      before = d;
      PartFinder.Place p = d.place();
      boolean listed = placeKeys.size() > 1;
      // "377 orang luka-luka di Kabupaten Cianjur, satu orang luka sedang di Kabupaten Bandung"
      // in a story of the Cianjur quake: among several places listed, the event's is a part too
      if (p != null && (!PartFinder.isEventPlace(p, eventPlace) || (listed && p.administrative()))) {
        // another figure of the sentence names another place
        if (p.administrative() || listed || (d.frontedPlace() && eventPlace != null)) {
          scope = scope == null || scope.equals(p.scope()) ? p.scope()
              : new Scope(scope.kind(), scope.key() + "@" + p.key(), scope.text() + ", " + p.text());
        }
      }
      if (scope == null && breakdown && !listStarted && d.figureAt() > cueAt
          && itemOf(whole, d)) {
        listStarted = true;
        listKind = Scope.Kind.CATEGORY;
      }
      if (scope == null && (breakdown || itemized || (afterCategory && d.place() == null)) && listStarted) {
        // "terdiri dari tujuh kru dan tiga penumpang", "Kantor A, 89 orang; Aula B, 300 orang",
        // "1 guru, 9 siswa, dan 1 warga": an item after a named part of the list is a part too,
        // even when no word names it; never a second total
        // of the list's kind, so a complete list still adds up with it
        scope = Scope.unnamedPart(listKind, d.figureAt(), String.valueOf(d.value()));
      }
      if (scope != null) {
        d.builder().scope(scope);
        scoped.add(d);
        listStarted = true;
        listKind = scope.kind();
        if (complete) {
          d.builder().flag(ClaimFlag.BREAKDOWN);
        }
      }
    }
  }

  /**
   * Whether the last figure before the breakdown cue at token {@code cueAt} has a unit no counting
   * noun of the lexicon names ("18 titik", "40 rumah"): the whole the breakdown divides is things.
   */
  private boolean wholeCountsThings(SentenceView view, List<NumberExpression> near,
      NumberExpression n, int cueAt) {
    int cueStart = view.tokens().get(cueAt).start() - view.base();
    NumberExpression whole = null;
    for (NumberExpression o : near) {
      if (o != n && o.span().end() <= cueStart) {
        whole = o;
      }
    }
    if (whole == null || whole.unit() == null) {
      return false;
    }
    int at = Positions.firstToken(view.tokens(), whole.unitSpan().start() + view.base());
    return at >= 0 && lx.nouns.matchAt(view.tokens(), at) == null;
  }

  /**
   * Whether the figure at offset {@code figureAt} lies in a clause that a word of the class
   * {@code besides} opens ("Selain 11 korban meninggal"), and token {@code a} after that clause.
   */
  private boolean inBesidesClause(SentenceView view, int figureAt, int a) {
    List<Token> tokens = view.tokens();
    int[] clause = view.clause();
    int at = Positions.firstToken(tokens, figureAt);
    if (at < 0 || at >= a || clause[at] == clause[a]) {
      return false;
    }
    for (int k = at - 1; k >= 0 && clause[k] == clause[at]; k--) {
      if (lx.is(WordClass.BESIDES, tokens, k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The part an age right after the figure's noun names ("orang berusia 20-an", "korban berusia
   * remaja", "aged 30"), past a function word ("yang berusia"): a category keyed by the age as
   * written, or null.
   */
  private Scope ageGroupAfter(List<Token> tokens, int objectEnd) {
    int k = objectEnd;
    if (k < tokens.size() && lx.isFunctionWord(tokens, k) && !lx.is(WordClass.AGE, tokens, k)) {
      k++;
    }
    if (k + 1 >= tokens.size() || !lx.is(WordClass.AGE, tokens, k) || !tokens.get(k + 1).isWord()
        || lx.isFunctionWord(tokens, k + 1)) {
      return null;
    }
    Token age = tokens.get(k + 1);
    return Scope.category(AGE_PREFIX + age.lower(), tokens.get(k).text() + " " + age.text());
  }

  /** The key prefix of a part an age names ({@link #ageGroupAfter}). */
  private static final String AGE_PREFIX = "age:";

  /** Whether a counted noun stands in the clause of token {@code at}, before it. */
  private boolean nounInClauseBefore(SentenceView view, int at) {
    int[] clause = view.clause();
    for (int k = at - 1; k >= 0 && clause[k] == clause[at]; k--) {
      if (lx.nouns.matchAt(view.tokens(), k) != null) {
        return true;
      }
    }
    return false;
  }

  /** Whether the categories of the drafts divide the counted people in more than one way. */
  private boolean dividedSeveralWays(List<Draft> sentence) {
    String way = null;
    for (Draft d : sentence) {
      Scope s = d.scope();
      String dimension = s == null || s.kind() != Scope.Kind.CATEGORY ? null
          : lx.categoryDimensions.get(s.key());
      if (dimension != null && way != null && !way.equals(dimension)) {
        return true;
      }
      way = dimension != null ? dimension : way;
    }
    return false;
  }

  /**
   * Whether the counts of sentence {@code sentence} (its drafts from {@code from}) all stand before
   * its breakdown cue at {@code cueOffset}, the last of them a count the next sentence may break
   * down: the cue ends the sentence, and the parts it announces follow in the next.
   */
  private boolean announcesParts(int from, int cueOffset, int sentence) {
    if (cueOffset == Integer.MAX_VALUE) {
      return false;
    }
    boolean counted = false;
    for (int k = from; k < drafts.size(); k++) {
      Draft d = drafts.get(k);
      if (d.value() != null) {
        if (d.figureAt() > cueOffset) {
          return false;
        }
        counted = true;
      }
    }
    return counted && discourse.lastCount() != null
        && discourse.lastCount().sentence() == sentence;
  }

  /** Most tokens an elliptical list item may have after its figure ("at Etah Hospital"). */
  private static final int ITEM_TOKENS = 6;

  /**
   * Whether the tokens from {@code from} up to the next clause break or figure (at most {@value
   * #ITEM_TOKENS}) hold no content word and no predicate ({@code mentions}: the figure's): a list
   * item that says nothing of its own but a name.
   */
  private static boolean ellipticalItem(SentenceView view, boolean[] blocked, int from,
      List<PhraseTable.Match<List<PredicateForm>>> mentions) {
    List<Token> tokens = view.tokens();
    int limit = Math.min(tokens.size(), from + ITEM_TOKENS + 1);
    int end = from;
    while (end < limit && !tokens.get(end).isClauseBreak() && !(blocked != null && blocked[end])) {
      end++;
    }
    if (end == limit && limit < tokens.size()) {
      return false; // longer than an item
    }
    for (PhraseTable.Match<List<PredicateForm>> m : mentions) {
      if (m.from() >= from && m.from() < end) {
        return false;
      }
    }
    return view.contentWords(from, end) == 0;
  }

  /**
   * The counts of sentence {@code sentence} (its drafts from {@code from}) when they are all exact
   * wholes of exactly two predicates that combine; else null.
   */
  private CombinedCounts combinedCounts(int from, int sentence) {
    String first = null;
    String second = null;
    BigDecimal sum = BigDecimal.ZERO;
    for (Draft d : drafts.subList(from, drafts.size())) {
      if (d.sentence() != sentence || d.value() == null) {
        continue;
      }
      if (d.value().kind() != QuantityKind.EXACT || d.scope() != null) {
        return null;
      }
      if (first == null || first.equals(d.predicate())) {
        first = d.predicate();
      } else if (second == null || second.equals(d.predicate())) {
        second = d.predicate();
      } else {
        return null;
      }
      sum = sum.add(d.value().low().get());
    }
    String predicate = second == null ? null : lx.combinations.get(first + "+" + second);
    return predicate == null ? null : new CombinedCounts(sentence, predicate, sum);
  }

  /**
   * "Total korban sembilan. Enam meninggal dunia, tiga luka bakar.": the one exact count of the
   * sentence before (drafts {@code [from, to)}), its predicate named by no word of its own, that
   * the counts of this sentence ({@code here}) add up to counts them both: it takes their
   * combined predicate.
   */
  private void combineTheTotalBefore(int from, int to, CombinedCounts here) {
    Draft single = null;
    for (Draft d : drafts.subList(Math.min(from, to), to)) {
      if (d.sentence() == here.sentence() - 1 && d.value() != null) {
        if (single != null) {
          return;
        }
        single = d;
      }
    }
    if (single != null && !single.namedPredicate() && single.scope() == null
        && single.value().kind() == QuantityKind.EXACT
        && single.value().low().get().compareTo(here.sum()) == 0) {
      single.builder().predicate(here.predicate());
    }
  }

  /** Most recent drafts looked at for a whole that can hold a part. */
  private static final int WHOLES_BACK = 8;

  /**
   * {@code last} when the part {@code value} may be a part of it; else the latest whole count (no
   * scope) among the last few drafts of this sentence and the one before whose value is at least
   * the part's; else {@code last} when it is of this sentence, and null when it is of an earlier
   * one.
   */
  private Draft wholeAtLeast(Draft last, Quantity value, int index) {
    if (value.low().isEmpty() || last.value() == null || last.value().high().isEmpty()
        || value.low().get().compareTo(last.value().high().get()) <= 0) {
      return last;
    }
    for (int k = drafts.size() - 1, seen = 0; k >= 0 && seen < WHOLES_BACK; k--, seen++) {
      Draft d = drafts.get(k);
      if (d.sentence() >= 0 && d.sentence() < index - 1) {
        break;
      }
      if (d.value() != null && d.scope() == null && d.value().low().isPresent()
          && d.value().low().get().compareTo(value.low().get()) >= 0) {
        return d;
      }
    }
    // "At least 10 campers are missing. There were about 750 children at the camp": a part
    // larger than the count of the sentence before is no part of it
    return last.sentence() < index ? null : last;
  }

  /** Whether the sentence made a count claim (a draft from {@code from} with a value). */
  private boolean countsFrom(int from) {
    for (int k = from; k < drafts.size(); k++) {
      if (drafts.get(k).value() != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Data itu dihimpun BNPB per Selasa (22/11/2022) pukul 09.55 WIB": a sentence that refers back
   * to the counts of the one before as data, and gives a date as of which they hold, dates those
   * counts (and gives them its time of day), unless they have such a date of their own. The
   * drafts of the sentence before are those in {@code [from, to)}.
   */
  private void dateTheDataBefore(AnnotatedSentence annotated, Sentence s, int index, int from,
      int to) {
    DateExpression asOf = null;
    for (DateExpression d : annotated.dates()) {
      if (d.asOf() && !d.future() && d.value().isPresent()) {
        asOf = d;
        break;
      }
    }
    if (asOf == null) {
      return;
    }
    List<ClockFinder.Clock> clocks = times.clocks(s.text(), annotated.dates());
    ClockFinder.Clock clock = clocks.isEmpty() ? null : clocks.get(0);
    for (Draft d : drafts.subList(from, to)) {
      if (d.sentence() == index - 1 && d.value() != null && !d.asOf()) {
        d.builder().when(asOf.value().get()).whenText(asOf.text()).flag(ClaimFlag.AS_OF);
        if (clock != null) {
          d.builder().clock(clock.time(), clock.text());
        }
      }
    }
  }

  /** Whether a count of the sentence (its drafts from {@code from}) can be an item of {@code whole}. */
  private boolean itemsOf(Draft whole, int from) {
    for (int k = from; k < drafts.size(); k++) {
      if (itemOf(whole, drafts.get(k))) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code item} can be an item of the breakdown of {@code whole}: the same count, smaller. */
  private static boolean itemOf(Draft whole, Draft item) {
    return whole != null && item.value() != null && whole.predicate().equals(item.predicate())
        && whole.value().low().isPresent() && item.value().high().isPresent()
        && item.value().high().get().compareTo(whole.value().low().get()) < 0;
  }

  /**
   * Drops a change or an increment of a count that the text restates in full right after it, in
   * its sentence or the next ("bertambah 2 orang menjadi 13 orang", "bertambah 4 orang lagi. ...
   * total 43 korban", "four more bodies were found, bringing the toll to 17"): the new total says
   * what the change says, and the change is no value of the count. A change given alone stays,
   * flagged.
   */
  private void dropRestatedChanges() {
    if (changes.isEmpty()) {
      return;
    }
    List<Draft> kept = new ArrayList<>(drafts.size());
    for (int k = 0; k < drafts.size(); k++) {
      Draft d = drafts.get(k);
      if (!changes.contains(d) || !restatedAfter(d, k)) {
        kept.add(d);
      }
    }
    drafts.clear();
    drafts.addAll(kept);
  }

  /** Whether a draft after the {@code k}th, not a change, counts its predicate in its sentence or the next. */
  private boolean restatedAfter(Draft change, int k) {
    for (int j = k + 1; j < drafts.size(); j++) {
      Draft d = drafts.get(j);
      if (d.sentence() > change.sentence() + 1) {
        return false;
      }
      if (d.value() != null && !changes.contains(d) && d.predicate().equals(change.predicate())
          && d.sentence() >= change.sentence() && d.scope() == null) {
        return true;
      }
    }
    return false;
  }

  /**
   * A headline drops the hedge of the figure its body gives ("13 killed" over "At least 13 workers
   * have been killed", "Capai 11.300 Orang" over "Sedikitnya 11.300 orang tewas"): an exact total
   * of the title line whose number the body gives hedged, for the same predicate, is that figure
   * told short, not a count of its own.
   */
  private void dropHeadlineRestatements() {
    if (sentences.size() < 2 || sentences.paragraph(1) == sentences.paragraph(0)
        || sentences.get(0).text().strip().endsWith(".")) {
      return; // no title line of its own
    }
    drafts.removeIf(d -> d.sentence() == 0 && d.value() != null && d.scope() == null
        && d.value().kind() == QuantityKind.EXACT && hedgedInBody(d));
  }

  /** Whether a total after the title line gives the headline figure's number with a hedge. */
  private boolean hedgedInBody(Draft headline) {
    BigDecimal n = headline.value().low().orElseThrow();
    for (Draft d : drafts) {
      if (d.sentence() > 0 && d.value() != null && d.scope() == null && !d.value().isVague()
          && d.value().kind() != QuantityKind.EXACT && d.predicate().equals(headline.predicate())
          && (d.value().low().map(n::compareTo).orElse(1) == 0
              || d.value().high().map(n::compareTo).orElse(1) == 0)) {
        return true;
      }
    }
    return false;
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

  /** The place of an event key ("flood:garut" gives "garut"), or null. */
  private static String placeOf(String context) {
    int colon = context == null ? -1 : context.indexOf(':');
    return colon < 0 ? null : context.substring(colon + 1);
  }

  /** "tidak ada korban jiwa": killed = 0. Whether the sentence gave such a claim. */
  private boolean zeroClaims(
      Sentence s,
      SentenceView view,
      List<PhraseTable.Match<List<PredicateForm>>> predicates,
      List<NumberExpression> numbers,
      Attribution attribution,
      String context) {
    List<Token> tokens = view.tokens();
    if (!numbers.isEmpty()) {
      return false;
    }
    for (PhraseTable.Match<List<PredicateForm>> m : predicates) {
      for (int k = Math.max(0, m.from() - 3); k < m.from(); k++) {
        PhraseTable.Match<Cue> c = lx.cues.matchAt(tokens, k);
        boolean joined = c != null && (c.to() == m.from()
            || (c.to() + 1 == m.from() && view.cueAt(c.to(), Cue.RELATIVE)));
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
          return true;
        }
      }
    }
    return false;
  }
}
