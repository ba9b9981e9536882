package io.github.claimcheck.extract;

import io.github.claimcheck.extract.Lexicon.Cue;
import io.github.claimcheck.internal.text.Resources;
import io.github.claimcheck.model.ClaimCheckException;
import io.github.claimcheck.model.ClaimFlag;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules of {@code lang/flag-cues.tsv}: a cue of some kind standing within a window of a
 * figure or of its verb gives the figure a flag ("tambahan 1.500 tentara": an addition). Which
 * words are cues is each language's data ({@code cues.tsv}); where they must stand is this file's,
 * so the claim reader holds no offsets of its own. Immutable; shared by all threads.
 */
final class FlagCues {

  /** What a rule's offsets count from. */
  enum Anchor {
    /** The figure's first token. */
    FIGURE,
    /** The first token of the word that says what the figure counts. */
    VERB
  }

  /** Offsets from an anchor, both ends included. */
  record Window(int from, int to) {
    boolean holds(int offset) {
      return offset >= from && offset <= to;
    }
  }

  /**
   * One rule; a null window is "anywhere".
   *
   * @param origin the file and line it was read from, for error messages
   */
  record Rule(Cue cue, Anchor anchor, Window start, Window end, ClaimFlag flag, String origin) {}

  /**
   * How far before its end a cue phrase is looked for when only its end is placed: cue phrases
   * are at most four tokens long ("the previous death toll").
   */
  static final int REACH = 4;

  private static final String FILE = "lang/flag-cues.tsv";
  private static final FlagCues BUILT_IN = parse(FILE, Resources.numberedLines(FILE));

  private final List<Rule> rules;

  private FlagCues(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** The built-in rules. */
  static FlagCues builtIn() {
    return BUILT_IN;
  }

  /** The rules of a file's lines; {@code file} names it in error messages. */
  static FlagCues parse(String file, List<Resources.Line> lines) {
    List<Rule> rules = new ArrayList<>();
    for (Resources.Line l : lines) {
      String at = file + ":" + l.number();
      String[] c = Resources.cells(l.text());
      if (c.length != 5) {
        throw new ClaimCheckException(at + ": expected cue<TAB>anchor<TAB>start<TAB>end<TAB>flag,"
            + " got " + c.length + " columns: " + l.text());
      }
      Window start = window(c[2], at);
      Window end = window(c[3], at);
      if (start == null && end == null) {
        throw new ClaimCheckException(at + ": a rule needs a start or an end window: " + l.text());
      }
      rules.add(new Rule(named(Cue.class, c[0], at), named(Anchor.class, c[1], at), start, end,
          named(ClaimFlag.class, c[4], at), at));
    }
    return new FlagCues(rules);
  }

  private static Window window(String cell, String at) {
    if (cell.equals("*")) {
      return null;
    }
    int dots = cell.indexOf("..");
    try {
      Window w = dots < 0
          ? new Window(Integer.parseInt(cell), Integer.parseInt(cell))
          : new Window(Integer.parseInt(cell.substring(0, dots)),
              Integer.parseInt(cell.substring(dots + 2)));
      if (w.from() > w.to()) {
        throw new ClaimCheckException(at + ": window '" + cell + "' ends before it starts");
      }
      return w;
    } catch (NumberFormatException e) {
      throw new ClaimCheckException(
          at + ": expected a window such as -2..-1, 0 or *, got '" + cell + "'");
    }
  }

  private static <E extends Enum<E>> E named(Class<E> type, String name, String at) {
    try {
      return Enum.valueOf(type, name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ClaimCheckException(at + ": unknown " + type.getSimpleName().toLowerCase(Locale.ROOT)
          + " '" + name + "'");
    }
  }

  /** The rules, in file order. */
  List<Rule> rules() {
    return rules;
  }

  /**
   * Whether a rule gives {@code flag} to the figure whose {@code anchor} is token {@code i} of
   * {@code tokens}, with the cue phrases {@code cues} finds.
   */
  boolean gives(ClaimFlag flag, Anchor anchor, List<Token> tokens, int i, PhraseTable<Cue> cues) {
    for (Rule r : rules) {
      if (r.flag() == flag && r.anchor() == anchor && holds(r, tokens, i, cues)) {
        return true;
      }
    }
    return false;
  }

  private static boolean holds(Rule r, List<Token> tokens, int i, PhraseTable<Cue> cues) {
    // The starts to try: the start window's, or every start from which a phrase of up to REACH
    // tokens can end in the end window.
    int from = r.start() != null ? i + r.start().from() : i + r.end().from() - REACH;
    int to = r.start() != null ? i + r.start().to() : i + r.end().to() - 1;
    for (int k = Math.max(0, from); k <= to && k < tokens.size(); k++) {
      PhraseTable.Match<Cue> m = cues.matchAt(tokens, k);
      if (m != null && m.value() == r.cue() && (r.end() == null || endsWithin(r, m, i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean endsWithin(Rule r, PhraseTable.Match<Cue> m, int i) {
    return r.end().holds(m.to() - i) && (r.start() != null || m.to() - m.from() <= REACH);
  }
}
