package io.github.claimcheck.extract;

import static io.github.claimcheck.extract.Positions.firstToken;
import static io.github.claimcheck.extract.Positions.lastToken;

import io.github.claimcheck.extract.Lexicon.Cue;
import io.github.claimcheck.model.Scope;
import io.github.claimcheck.model.Span;
import java.util.List;

/**
 * Attaches to a figure the part of the whole it counts: the place named next to it ("di
 * Kabupaten Agam"), the place of the list item before it in the sentence, the place the sentence
 * opens with, the event's own place, or the area of the official it is attributed to; and the
 * category it names ("anak-anak"). A figure given for each of several places ("masing-masing")
 * has none. A function of the sentence view and the figure's site: it keeps nothing between calls.
 */
final class PlaceAttacher {

  /**
   * Where a figure is counted.
   *
   * @param place the place, or null
   * @param fronted whether the place opens the sentence (or the list item before it)
   * @param named whether the figure's own words name the place (not the event's place or the
   *     speaker's area), which makes it an item of a list
   * @param distributive whether the figure is given for each of several places
   * @param part the category of the counted it names, or null
   */
  record FigurePlace(PartFinder.Place place, boolean fronted, boolean named,
      boolean distributive, Scope part) {}

  private final Lexicon lx;
  private final PartFinder parts;

  PlaceAttacher(Lexicon lx, PartFinder parts) {
    this.lx = lx;
    this.parts = parts;
  }

  /** How many tokens after a subset's figure may name its part ("dua di antaranya anak-anak"). */
  private static final int SUBSET_REACH = 5;

  /**
   * A status named by the figure's words or next to it ("luka berat 248 orang"), else {@code
   * besideFigure}.
   */
  Scope status(SentenceView view, Span evidence, Scope besideFigure) {
    List<Token> tokens = view.tokens();
    int from = Math.max(0, firstToken(tokens, evidence.start()));
    int to = Math.max(from, lastToken(tokens, evidence.end()) + 1);
    Scope status = parts.status(tokens, from, to, to + 1);
    if (status == null && besideFigure == null && drawnFromGroup(tokens, from, to)) {
      // "Thirteen of the injured were in serious condition": the part of the group the figure
      // is drawn from is named later in its clause
      int end = view.clauseBreakFrom(to, Math.min(tokens.size(), to + SUBSET_REACH));
      status = parts.status(tokens, to, end, end);
    }
    return status != null ? status : besideFigure;
  }

  /**
   * Whether the figure's words read "N of the ..." with the group named by the predicate they end
   * with ("Thirteen of the injured", "two of the dead").
   */
  private boolean drawnFromGroup(List<Token> tokens, int from, int to) {
    return to - from >= 3 && to - from <= 4 && lx.is(Lexicon.WordClass.OF, tokens, from + 1)
        && lx.predicates.matchAt(tokens, to - 1) != null;
  }

  /**
   * The part of the whole the figure at the site counts: its status or category, else a part no
   * word names for a figure given for each of several places, else the place a subset is drawn
   * from, else (for a part of the group counted before) the part named after it.
   *
   * @param named its status or category, or null
   * @param distributive whether it is given for each of several places
   * @param subsetPlace the place of a subset figure, or null
   * @param partOfGroup whether it counts a part of the group counted before
   * @param wholeCounted whether that group's count was read; when it was not ("60 people were
   *     victims. 11 of them died"), a part no word names is the whole of its own count
   * @param objectEnd the token after its counted noun, or after the figure
   * @param blocked per token, whether a figure or a date holds it
   */
  Scope ownScope(SentenceView view, FigureSite site, Scope named, boolean distributive,
      PartFinder.Place subsetPlace, boolean partOfGroup, boolean wholeCounted, int objectEnd,
      boolean[] blocked) {
    List<Token> tokens = view.tokens();
    int[] clause = view.clause();
    int a = site.first();
    Scope own = named;
    if (own == null && distributive) {
      own = Scope.unnamedPart(Scope.Kind.STATUS, site.span().start(), site.figure().text());
    }
    if (own == null && subsetPlace != null) {
      own = subsetPlace.scope(); // "Dari yang meninggal, 10 orang berasal dari Bukit Batabuah"
    }
    if (own == null && partOfGroup) {
      // "delapan orang tewas, dua di antaranya anak-anak": the part is named after the marker.
      int to = objectEnd;
      // not past the next figure: "termasuk 175 penumpang dan enam awak" names no part of 175
      while (to < tokens.size() && to < objectEnd + SUBSET_REACH && clause[to] == clause[a] && !blocked[to]) {
        to++;
      }
      own = parts.namedPart(tokens, objectEnd, to);
      if (own == null && wholeCounted) {
        // A part no word names: it is compared with nothing, and never taken for the total.
        own = Scope.unnamedPart(Scope.Kind.STATUS, site.span().start(), site.figure().text());
      }
    }
    return own;
  }

  /**
   * Where the figure at the site is counted.
   *
   * @param objectEnd the token after its counted noun, or after the figure
   * @param nounStart the first token of its counted noun, or -1
   * @param blocked per token, whether a figure or a date holds it
   * @param fronted the place the sentence opens with, or null
   * @param eventPart the place of the article's event the sentence names, or null
   * @param attribution the figure's source
   * @param eventPlaced whether the event the figure is about names its place
   * @param itemBefore the count made last in this sentence when it names a place, else null
   */
  FigurePlace place(SentenceView view, FigureSite site, int objectEnd, int nounStart,
      boolean[] blocked, PartFinder.Place fronted, PartFinder.Place eventPart,
      Attribution attribution, boolean eventPlaced, Draft itemBefore) {
    List<Token> tokens = view.tokens();
    int[] clause = view.clause();
    int a = site.first();
    PartFinder.Place place = parts.placeAfter(tokens, clause, objectEnd, blocked);
    if (place == null) {
      place = parts.placeBefore(tokens, clause, a, blocked, itemBefore != null);
    }
    boolean placeFronted = false;
    if (place == null && itemBefore != null
        && (fronted == null || itemBefore.place().from() > fronted.from()) && itemBefore.place().to() <= a
        && !view.semicolonBetween(itemBefore.place().to(), a)) {
      // "... sedangkan di Kabupaten Lombok Tengah sebanyak 2 orang korban meninggal dunia, luka
      // berat 2 orang": the place the list item before named, not the one the sentence opened with.
      place = itemBefore.place();
      placeFronted = itemBefore.frontedPlace();
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
    if (place == null && eventPlaced) {
      // "kata Kepala BPBD Kabupaten Agam" in a story of floods across a province; where the
      // event's place is not known, the official's area may be all of it ("Kepala Dinas
      // Kesehatan Kabupaten Malang" on a stampede in a Malang stadium)
      place = jurisdiction(view, site, attribution, blocked);
    }
    // "Kota Bekasi dan Kota Depok masing-masing 3 orang": a figure for each of several places
    // is no one place's part, nor the place of the item before
    boolean distributive = view.cueEndingAt(a, Cue.DISTRIBUTIVE)
        || view.cueAt(objectEnd, Cue.DISTRIBUTIVE);
    if (distributive) {
      place = null;
      placeFronted = false;
      placeNamed = false;
    }
    Scope part = parts.category(tokens, a, nounStart, objectEnd);
    return new FigurePlace(place, placeFronted, placeNamed, distributive, part);
  }

  /**
   * The administrative area of the speaker the figure is attributed to ("kata Kepala BPBD
   * Kabupaten Agam"): a local official counts the local part. A place after a preposition is
   * where the speaker spoke ("kata Muhadjir di Kabupaten Malang"), not what they count.
   */
  private PartFinder.Place jurisdiction(SentenceView view, FigureSite site, Attribution attribution, boolean[] blocked) {
    List<Token> tokens = view.tokens();
    String source = attribution.source();
    if (source == null) {
      return null;
    }
    for (int k = site.reachFrom(); k < site.reachTo(); k++) {
      PhraseTable.Match<Lexicon.ScopeWord> admin = lx.scopes.matchAt(tokens, k);
      if (admin != null && admin.value().placeBefore() && !view.cueAt(k - 1, Cue.PLACE)) {
        PartFinder.Place p = parts.placeAt(tokens, k, blocked);
        if (p != null && p.administrative() && source.contains(p.text())) {
          return p;
        }
      }
    }
    return null;
  }

  /**
   * The status word next to the figure, in its clause: "335 orang, luka berat 248 orang" gives 335
   * none; a phrase starting there may end two words later ("33 others remain in serious
   * condition").
   */
  Scope statusNextTo(List<Token> tokens, int[] clause, int a, int objectEnd) {
    int from = Math.max(0, a - 2);
    int to = Math.min(tokens.size(), objectEnd + 3);
    while (from < a && clause[from] != clause[a]) {
      from++;
    }
    while (to > objectEnd && clause[to - 1] != clause[a]) {
      to--;
    }
    for (int k = objectEnd; k < to; k++) {
      if (lx.is(Lexicon.WordClass.CONJ, tokens, k)) {
        to = k; // "832 orang meninggal dan luka berat 540 orang": that status is the next count's
        break;
      }
    }
    int end = to;
    while (end < Math.min(tokens.size(), to + 2) && clause[end] == clause[a]) {
      end++;
    }
    return parts.status(tokens, from, to, end);
  }
}
