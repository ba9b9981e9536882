package io.github.claimcheck.parse;

import io.github.claimcheck.model.Language;
import io.github.claimcheck.model.Span;
import io.github.claimcheck.parse.DateLexicon.Hit;
import io.github.claimcheck.parse.DateLexicon.Kind;
import io.github.claimcheck.parse.DateMatch.Rel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/** The tokens and date matches of one text, with each match's as-of and future flags set. */
final class DateScan {

  /** How far back, in tokens, a future cue may govern a date. */
  private static final int FUTURE_LOOKBACK = 10;
  /** How far ahead, in tokens and within the clause, a future cue may govern a date. */
  private static final int FUTURE_LOOKAHEAD = 3;
  /** How far, in tokens within the sentence, a reporting verb may be from a date. */
  private static final int REPORT_WINDOW = 15;
  /** How far back, in tokens within the sentence, an event verb may govern a date. */
  private static final int OCCUR_WINDOW = 12;

  final TextTokens tokens;
  final DateLexicon lexicon;
  /** Valid matches in text order (invalid ones are dropped). */
  final List<DateMatch> matches;

  private DateScan(TextTokens tokens, DateLexicon lexicon, List<DateMatch> matches) {
    this.tokens = tokens;
    this.lexicon = lexicon;
    this.matches = matches;
  }

  /** The matches of a text's tokens, as the date scanner reads them. */
  static DateScan of(TextTokens tokens, DateLexicon lexicon) {
    return of(tokens.dates(), lexicon, 0);
  }

  /** The matches of a text, tokenised here. */
  static DateScan of(CharSequence text, Language language) {
    ScanWords words = ScanWords.of(language);
    return of(TextTokens.of(text, words), words.dates());
  }

  /**
   * The matches of the tokens from token {@code fromTok} on; the lexicon is that of the
   * tokens' words (taken from the caller, not looked up again for each sentence).
   */
  private static DateScan of(TextTokens t, DateLexicon lex, int fromTok) {
    List<DateMatch> all = new DateGrammar(t, lex).run(fromTok);
    List<DateMatch> valid = new ArrayList<>(all.size());
    DateScan scan = new DateScan(t, lex, valid);
    for (DateMatch m : all) {
      if (m.kind != DateMatch.Kind.INVALID) {
        m.asOf = scan.asOf(m);
        m.future = scan.future(m);
        valid.add(m);
      }
    }
    return scan;
  }

  /** Texts up to this long are scanned whole; longer ones piece by piece. */
  static final int PIECE_CHARS = 1 << 16;
  /**
   * Tokens of context kept on each side of a piece: more than any pattern, as-of word, future cue,
   * reporting or event verb looks back or ahead (at most 15 tokens each).
   */
  static final int CONTEXT_TOKENS = 100;

  /**
   * Gives each valid match of {@code text}, in text order, with the scan that holds its tokens:
   * the matches {@link #of(CharSequence, Language)} finds, with the same facts, but a long text is
   * read in pieces of about {@value #PIECE_CHARS} chars with {@value #CONTEXT_TOKENS} tokens of
   * context around each, so memory is bounded by the piece, not the text. Scanning resumes in
   * each piece where it stopped in the one before, so the matches are those of one pass.
   */
  static void forEach(CharSequence text, Language language, BiConsumer<DateScan, DateMatch> f) {
    forEach(text, language, PIECE_CHARS, f);
  }

  /** {@link #forEach(CharSequence, Language, BiConsumer)} with pieces of {@code piece} chars. */
  static void forEach(CharSequence text, Language language, int piece,
      BiConsumer<DateScan, DateMatch> f) {
    int n = text.length();
    if (n <= piece) {
      DateScan whole = of(text, language);
      whole.matches.forEach(m -> f.accept(whole, m));
      return;
    }
    ScanWords words = ScanWords.of(language);
    int resume = 0; // scanning goes on at the first token starting here or later
    for (int a = 0; a < n; ) {
      int b = spaceAtOrAfter(text, Math.min(n, a + piece));
      int back = 1024;
      int ahead = 1024;
      TextTokens t;
      int first;
      while (true) {
        int from = a == 0 ? 0 : spaceAtOrBefore(text, Math.max(0, a - back));
        int to = b >= n ? n : spaceAtOrAfter(text, Math.min(n, b + ahead));
        t = TextTokens.of(text, from, to, newlineBefore(text, from), words).dates();
        first = firstAtOrAfter(t, resume);
        int before = firstAtOrAfter(t, a);
        int after = t.size - firstAtOrAfter(t, b);
        boolean enoughBefore = from == 0 || before >= CONTEXT_TOKENS;
        boolean enoughAfter = to == n || after >= CONTEXT_TOKENS;
        if (enoughBefore && enoughAfter) {
          break;
        }
        back = enoughBefore ? back : back * 2;
        ahead = enoughAfter ? ahead : ahead * 2;
      }
      DateScan scan = of(t, words.dates(), first);
      int end = b;
      for (DateMatch m : scan.matches) {
        if (t.start[m.startTok] >= b) {
          break; // the next piece reads it, with its own context
        }
        f.accept(scan, m);
        end = Math.max(end, t.end[m.endTok - 1]);
      }
      resume = end;
      a = b;
    }
  }

  private static int firstAtOrAfter(TextTokens t, int offset) {
    int lo = 0;
    int hi = t.size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (t.start[mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static int spaceAtOrAfter(CharSequence text, int i) {
    while (i < text.length() && !TextTokens.isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int spaceAtOrBefore(CharSequence text, int i) {
    while (i > 0 && !TextTokens.isSpace(text.charAt(i))) {
      i--;
    }
    return i;
  }

  /** Whether the spaces right before {@code i} hold a line break. */
  private static boolean newlineBefore(CharSequence text, int i) {
    for (int k = i - 1; k >= 0 && TextTokens.isSpace(text.charAt(k)); k--) {
      if (text.charAt(k) == '\n' || text.charAt(k) == '\r') {
        return true;
      }
    }
    return false;
  }

  Span span(DateMatch m) {
    return Span.of(tokens.start[m.startTok], tokens.end[m.endTok - 1]);
  }

  String text(DateMatch m) {
    return span(m).of(tokens.text);
  }

  private boolean asOf(DateMatch m) {
    int j = m.startTok;
    Hit prep = lexicon.endingAt(tokens, j, Kind.PREP);
    if (prep != null && lexicon.endingAt(tokens, j, Kind.ASOF) == null) {
      j = prep.start;
    }
    return lexicon.endingAt(tokens, j, Kind.ASOF) != null;
  }

  private boolean future(DateMatch m) {
    if (m.rel == Rel.NEXT || (m.kind == DateMatch.Kind.RELDAY && m.offset > 0)) {
      return true;
    }
    if (m.rel == Rel.PAST || m.kind == DateMatch.Kind.AGO
        || (m.kind == DateMatch.Kind.RELDAY && m.offset <= 0)
        || (m.yearDelta != null && m.yearDelta < 0)) {
      return false;
    }
    TextTokens t = tokens;
    if (today(m)) {
      return false;
    }
    for (int p = m.startTok - 1, n = 0; p >= 0 && n < FUTURE_LOOKBACK; p--, n++) {
      if (t.sentenceBreakBefore(p + 1)) {
        break;
      }
      if (lexicon.at(t, p, Kind.FUTURE) != null) {
        return true;
      }
    }
    for (int p = m.endTok, n = 0; p < t.size && n < FUTURE_LOOKAHEAD; p++, n++) {
      if (t.type[p] == TextTokens.PUNCT || t.newline[p] || lexicon.at(t, p, Kind.JOIN) != null) {
        // "dimulai sejak 17 Oktober dan akan berlanjut ...": a cue after a conjunction is the
        // next clause's
        break;
      }
      if (lexicon.at(t, p, Kind.FUTURE) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the match names "today" in apposition ("akan melaksanakan apel pada hari ini, Senin, 2
   * September 2024"): the report's own day, whatever future cue governs the clause.
   */
  private boolean today(DateMatch m) {
    int before = m.startTok - 1;
    if (before < 1 || !tokens.isPunct(before, ",")) {
      return false;
    }
    DateLexicon.Hit day = lexicon.endingAt(tokens, before, Kind.RELDAY);
    return day != null && day.entry.intValue() == 0;
  }

  /** Whether a reporting verb stands in the same sentence, near the match. */
  boolean reportNear(DateMatch m) {
    TextTokens t = tokens;
    for (int p = m.startTok - 1, n = 0; p >= 0 && n < REPORT_WINDOW; p--, n++) {
      if (t.sentenceBreakBefore(p + 1)) {
        break;
      }
      if (lexicon.at(t, p, Kind.REPORT) != null) {
        return true;
      }
    }
    for (int p = m.endTok, n = 0; p < t.size && n < REPORT_WINDOW; p++, n++) {
      if (t.sentenceBreakBefore(p)) {
        break;
      }
      if (lexicon.at(t, p, Kind.REPORT) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a verb of the event happening governs the match: it stands before the date in the
   * same sentence ({@code gempa yang terjadi pada Sabtu (4/12/2021)}, {@code crashed on Monday}),
   * with no reporting verb between them. Such a date is the event's, not the report's.
   */
  boolean occurrence(DateMatch m) {
    TextTokens t = tokens;
    for (int p = m.startTok - 1, n = 0; p >= 0 && n < OCCUR_WINDOW; p--, n++) {
      if (t.sentenceBreakBefore(p + 1)) {
        break;
      }
      if (lexicon.at(t, p, Kind.REPORT) != null) {
        return false;
      }
      if (lexicon.at(t, p, Kind.OCCUR) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the match looks like a dateline: within the first {@code maxChars} of the text, at most
   * three tokens after the start of its line ({@code JAKARTA, 12 Mei 2025}) or followed by a dash.
   */
  boolean datelineShape(DateMatch m, int maxChars) {
    TextTokens t = tokens;
    if (t.start[m.startTok] >= maxChars) {
      return false;
    }
    int lineStart = m.startTok;
    while (lineStart > 0 && !t.newline[lineStart] && m.startTok - lineStart <= 3) {
      lineStart--;
    }
    boolean nearLineStart = lineStart == 0 || t.newline[lineStart];
    boolean dashAfter = t.isPunct(m.endTok, "-") || t.isPunct(m.endTok, ":");
    return (nearLineStart && m.startTok - lineStart <= 3) || dashAfter;
  }
}
