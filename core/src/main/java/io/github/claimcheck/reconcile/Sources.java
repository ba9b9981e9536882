package io.github.claimcheck.reconcile;

import io.github.claimcheck.internal.lang.SharedData;
import io.github.claimcheck.lang.LanguageProfile.DataLine;

import io.github.claimcheck.model.ClaimCheckException;
import io.github.claimcheck.internal.text.Resources;
import io.github.claimcheck.model.Claim;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A simple heuristic for "do these claims rest on the same original source?".
 *
 * <p>Attribution and origin are normalised to tokens: lower case; a few multi-word names joined
 * ({@code korea selatan}, {@code south korean} → {@code south_korea}); a few Indonesian words
 * translated ({@code intelijen} → {@code intelligence}, {@code polisi} → {@code police}, {@code
 * AS} → {@code us}); common words dropped (articles, "citing", "according to", "official",
 * "member of parliament", "national", "agency", "service", …). A claim's <em>underlying</em>
 * tokens are those of its origin when it has one, else of its attribution; its <em>full</em>
 * tokens are those of both. Claims rest on the same source when one of them (a pivot) has
 * non-empty underlying tokens contained in every other claim's full tokens, and every other
 * claim's underlying tokens are contained in the pivot's full tokens. So {@code Intelijen Korea
 * Selatan} and {@code anggota parlemen Korea Selatan Lee Seong-kweun} citing {@code the national
 * intelligence service} match, while US and South Korean intelligence do not. Claims without any
 * attribution never match.
 */
final class Sources {

  private static final Pattern SPLIT = Pattern.compile("[^\\p{L}\\p{N}_]+");

  /** The words of {@code lang/sources.tsv} (and of each known language's {@code sources.tsv}). */
  private record Vocabulary(Map<String, String> phrases, Map<String, String> words,
      Map<String, List<String>> expansions, Set<String> stop) {

    static Vocabulary parse(List<DataLine> lines) {
      Map<String, String> phrases = new LinkedHashMap<>();
      Map<String, String> words = new HashMap<>();
      Map<String, List<String>> expansions = new HashMap<>();
      Set<String> stop = new HashSet<>();
      for (DataLine l : lines) {
        String[] c = Resources.cells(l.text());
        if (c.length != 3) {
          throw new ClaimCheckException(l.at() + ": expected kind<TAB>words<TAB>key");
        }
        String w = c[1].toLowerCase(Locale.ROOT);
        switch (c[0]) {
          case "phrase" -> phrases.put(w, c[2]);
          case "word" -> words.put(w, c[2]);
          case "expand" -> expansions.put(w, List.of(c[2].split(",")));
          case "stop" -> stop.add(w);
          default -> throw new ClaimCheckException(l.at() + ": unknown kind '" + c[0]
              + "'; kinds: phrase, word, expand, stop");
        }
      }
      return new Vocabulary(Collections.unmodifiableMap(phrases), Map.copyOf(words),
          Map.copyOf(expansions), Set.copyOf(stop));
    }
  }

  private final Vocabulary vocabulary =
      SharedData.parsed("sources.tsv", Vocabulary.class, Vocabulary::parse);
  private final Map<String, Set<String>> cache = new ConcurrentHashMap<>();

  Sources() {}

  /** Forgets the cached tokens. */
  void forget() {
    cache.clear();
  }

  /** Returns the normalised tokens of {@code text}, cached. */
  Set<String> cachedTokens(String text) {
    if (text == null) {
      return Set.of();
    }
    // Mostly found: looked up before a function is made to compute it.
    Set<String> known = cache.get(text);
    return known != null ? known : cache.computeIfAbsent(text, this::tokens);
  }

  private Set<String> tokens(String text) {
    if (text == null) {
      return Set.of();
    }
    String s = " " + text.toLowerCase(Locale.ROOT) + " ";
    for (Map.Entry<String, String> p : vocabulary.phrases().entrySet()) {
      s = s.replace(p.getKey(), " " + p.getValue() + " ");
    }
    Set<String> out = new HashSet<>();
    for (String w : SPLIT.split(s)) {
      if (w.isEmpty()) {
        continue;
      }
      String t = vocabulary.words().getOrDefault(w, w);
      List<String> expanded = vocabulary.expansions().get(t);
      if (expanded != null) {
        out.addAll(expanded);
      } else if (!vocabulary.stop().contains(t)) {
        out.add(t);
      }
    }
    return out;
  }

  /** A source as a claim words it: its attribution and origin (null: none), and their words. */
  private record Info(String attribution, String origin, Set<String> underlying, Set<String> full) {

    /** The wording of the original source: the origin, else the attribution. */
    String wording() {
      return origin != null ? origin : Objects.requireNonNull(attribution);
    }
  }

  /** Orders by the size of the underlying source, then by claim ({@code x}, {@code y}). */
  private static <T extends Comparable<T>> int bySize(Info a, T x, Info b, T y) {
    int c = Integer.compare(a.underlying.size(), b.underlying.size());
    return c != 0 ? c : x.compareTo(y);
  }

  private Info info(Claim c) {
    return info(c.attribution().orElse(null), c.origin().orElse(null));
  }

  private Info info(String attribution, String origin) {
    Set<String> attr = cachedTokens(attribution);
    Set<String> orig = cachedTokens(origin);
    Set<String> full = attr;
    if (!orig.isEmpty()) {
      full = new HashSet<>(attr);
      full.addAll(orig);
    }
    return new Info(attribution, origin, orig.isEmpty() ? attr : orig, full);
  }

  /**
   * Whether two claims may rest on the same original source, for counting independent sources:
   * they do by {@link #commonSource(List)}, or the underlying source of one is named, word for
   * word, within what the other names ({@code panitia} within {@code panitia reuni}, {@code
   * Abdul} within {@code Abdul Muhari}, {@code BNPB} within {@code Kepala Pusat Data BNPB}). Looser
   * than {@link #commonSource(List)} on purpose: counting a copy twice is the worse mistake.
   */
  boolean maySameSource(Claim a, Claim b) {
    Info x = info(a);
    Info y = info(b);
    if (x.underlying.isEmpty() || y.underlying.isEmpty()) {
      return false;
    }
    return y.full.containsAll(x.underlying) || x.full.containsAll(y.underlying);
  }

  /**
   * Returns the wording of the one original source all claims rest on, or empty when they do not
   * (or when fewer than two claims are given).
   */
  Optional<String> commonSource(List<Claim> claims) {
    if (claims.size() < 2) {
      return Optional.empty();
    }
    List<Info> infos = new ArrayList<>(claims.size());
    // Two pivots are tried: the most and the least specific underlying source (ties: the highest
    // and the lowest claim id), found in the same pass.
    Info most = null;
    Info least = null;
    String mostId = null;
    String leastId = null;
    for (Claim c : claims) {
      Info i = info(c);
      if (i.underlying.isEmpty()) {
        return Optional.empty();
      }
      infos.add(i);
      if (most == null || bySize(i, c.id(), most, mostId) > 0) {
        most = i;
        mostId = c.id();
      }
      if (least == null || bySize(i, c.id(), least, leastId) < 0) {
        least = i;
        leastId = c.id();
      }
    }
    return common(most, least, infos);
  }

  /**
   * {@link #commonSource(List)} of the claims at positions {@code at} among claims sorted by id,
   * whose wordings are {@code wordings}: each wording of the claims is read once, and the pivots'
   * ties are broken by position, which is id order.
   */
  Optional<String> commonSource(int[] at, ClaimColumns.Wordings wordings) {
    int n = at.length;
    if (n < 2) {
      return Optional.empty();
    }
    long[] byPair = new long[n];
    for (int k = 0; k < n; k++) {
      byPair[k] = (long) wordings.pair()[at[k]] << 32 | at[k];
    }
    Arrays.sort(byPair);
    List<Info> infos = new ArrayList<>();
    Info most = null;
    Info least = null;
    int mostAt = -1;
    int leastAt = -1;
    for (int j = 0; j < n; ) {
      int pair = (int) (byPair[j] >>> 32);
      int end = j;
      while (end + 1 < n && (int) (byPair[end + 1] >>> 32) == pair) {
        end++;
      }
      int first = (int) byPair[j]; // the lowest and highest positions of this wording
      int last = (int) byPair[end];
      Info i = info(wordings.attribution()[pair], wordings.origin()[pair]);
      if (i.underlying.isEmpty()) {
        return Optional.empty();
      }
      infos.add(i);
      if (most == null || bySize(i, last, most, mostAt) > 0) {
        most = i;
        mostAt = last;
      }
      if (least == null || bySize(i, first, least, leastAt) < 0) {
        least = i;
        leastAt = first;
      }
      j = end + 1;
    }
    return common(most, least, infos);
  }

  /** The wording of the pivot whose source every info's rests on, trying {@code most} first. */
  private static Optional<String> common(Info most, Info least, List<Info> infos) {
    for (Info pivot : List.of(most, least)) {
      boolean all = true;
      for (Info other : infos) {
        if (!other.full.containsAll(pivot.underlying) || !pivot.full.containsAll(other.underlying)) {
          all = false;
          break;
        }
      }
      if (all) {
        return Optional.of(pivot.wording());
      }
    }
    return Optional.empty();
  }
}
