package io.github.claimcheck.parse;

import io.github.claimcheck.lang.LanguageProfile;
import io.github.claimcheck.model.Language;
import io.github.claimcheck.model.Quantity;
import io.github.claimcheck.model.QuantityKind;
import io.github.claimcheck.model.Span;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One scan of one text: tokens, lexicon items, then a single left-to-right walk that reads every
 * number expression. Each expression is a core (digits, words or a vague amount) with a bounded
 * look-back for hedge, sign, currency and marker words and a bounded look-ahead for a range
 * partner, percent, currency, unit, rate ("per barrel") and markers, so the whole scan is linear in
 * the length of the text.
 */
final class ScanRun {

  /** How many items before a number are searched for hedges and markers. */
  private static final int LOOKBACK = 8;

  /** How many words may stand between a change word and "from" ("raised the death toll from"). */
  private static final int FROM_OBJECT_WORDS = 3;
  /** How many capitalised or adjective words may stand between an English number and its unit. */
  private static final int MAX_ADJECTIVES = 3;
  /** How many items after a number or unit are searched for lainnya / di antaranya / tambahan. */
  private static final int MARKER_WINDOW = 4;
  /** How many items before and after "3-2" are searched for a word that makes it a score. */
  private static final int SCORE_WINDOW = 3;
  /** Longest digit group of a score ("112-108"). */
  private static final int SCORE_DIGITS = 3;
  /** How many times the first value the second of "a or b" may be for the two to be one guess. */
  private static final int OR_RANGE_RATIO = 2;
  /** How many times the change a value after "rose A to B" must be to be the new total. */
  private static final int TOTAL_RATIO = 4;
  /** Significant digits of a fraction: a third is 0.3333. */
  private static final MathContext FRACTION = new MathContext(4, RoundingMode.HALF_EVEN);
  /** The normalised unit of a multiplier when its entry names none. */
  private static final String TIMES = "times";
  /** The normalised unit of a percentage when its entry names none. */
  private static final String PERCENT = "%";

  private static final BigDecimal YEAR_MIN = BigDecimal.valueOf(1900);
  private static final BigDecimal YEAR_MAX = BigDecimal.valueOf(2100);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final String text;
  private final Lexicon lex;
  private final Language lang;
  private final LanguageProfile profile;
  /** The language's decimal mark, as the text of a punctuation item. */
  private final String decimalMark;
  private final List<Item> items;
  private final int n;
  private final List<NumberExpression> out = new ArrayList<>();
  /** First item not yet consumed by an expression: look-back never crosses it. */
  private int lastEnd;
  /** Item index right after an expression read as the old value of a change ("rose from 500"). */
  private int fromChangeEnd = -1;
  /**
   * Item index right after an expression that followed "from" / "dari", the index of that
   * expression in {@link #out} and the scale word its number ended on: a "to B" right there gives
   * it B's unit and scale ("fell from 4.8 to 4.7 percent").
   */
  private int fromEnd = -1;
  private int fromOut = -1;
  private BigDecimal fromScale = BigDecimal.ONE;

  /** A scan of the tokens of {@code text} ({@link TextTokens#numberTokens()}). */
  ScanRun(String text, List<Token> tokens, Lexicon lex) {
    this.text = text;
    this.lex = lex;
    this.lang = lex.language();
    this.profile = lex.profile();
    this.decimalMark = lex.decimalMark();
    this.items = lex.segment(tokens);
    this.n = items.size();
  }

  List<NumberExpression> run() {
    int i = 0;
    while (i < n) {
      int next = at(i);
      if (next > i) {
        lastEnd = next;
        i = next;
      } else {
        i++;
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- dispatch

  /**
   * Reads whatever starts at item i; returns the index after what it consumed, or i. A text is
   * not scanned at all without a digit or a word of a kind this starts at ({@link
   * Lexicon#anchorKeys()}): a new kind read here belongs in {@code Lexicon.ANCHOR_KINDS}.
   */
  private int at(int i) {
    Item it = items.get(i);
    if (!it.known() && it.isWord()) {
      return i; // most words: nothing starts here
    }
    if (it.has(Kind.NOT_NUMBER)) {
      return i + 1;
    }
    if (numberWordInName(i)) {
      return i + 1; // "restoran Pulau Dua", "World War Two": a name, no amount
    }
    if (it.has(Kind.KE) && i + 1 < n) {
      int r = keDigits(i);
      if (r > i) {
        return r;
      }
    }
    if (it.has(Kind.FRACTION_ONE) || fractionStart(i)) {
      return fractionWord(i);
    }
    if (it.has(Kind.MULTIPLIER_WORD)) {
      return multiplierWord(i);
    }
    if (it.has(Kind.ORDINAL) || it.has(Kind.ORDINAL_KE)) {
      return ordinalWord(i);
    }
    if (it.isNumber() || it.has(Kind.VAGUE) || it.has(Kind.CLASSIFIER) || leadingDecimal(i)
        || WordNumberGrammar.canStart(items, i)) {
      return expression(i);
    }
    return i;
  }

  // ---------------------------------------------------------------- ordinals

  /**
   * ke-11, ke11, ke 11, ke tiga (the spaced forms only when no count unit follows: "ke 11
   * negara").
   */
  private int keDigits(int i) {
    Item a = items.get(i + 1);
    Item num;
    int end;
    if (a.isPunct("-") && a.glued() && i + 2 < n && items.get(i + 2).isNumber()
        && items.get(i + 2).glued()) {
      num = items.get(i + 2);
      end = i + 3;
    } else if (a.isNumber() && (a.glued() || !has(i + 2, Kind.UNIT))) {
      num = a;
      end = i + 2;
    } else if (a.has(Kind.DIGIT) && !has(i + 2, Kind.UNIT) && !has(i + 2, Kind.BELAS)
        && !has(i + 2, Kind.PULUH) && !has(i + 2, Kind.DIGIT)) {
      // "hari ke tiga", a spaced "ketiga": one number word after "ke", no count noun after it
      emit(ExpressionType.ORDINAL, i, i + 2, Quantity.exact(a.get(Kind.DIGIT).value()), null,
          EnumSet.noneOf(NumberMarker.class));
      return i + 2;
    } else {
      return i;
    }
    if (!isPlainDigits(num.first) || num.first.digits > 9) {
      return i;
    }
    emit(ExpressionType.ORDINAL, i, end, Quantity.exact(new BigDecimal(num.first.text)), null,
        EnumSet.noneOf(NumberMarker.class));
    return end;
  }

  /**
   * Ordinal words. A {@code ke-} word before a count noun means "both / all N" ({@code kedua
   * negara}, {@code ketiga provinsi}); so does a short form ({@code kedua} … {@code kesembilan})
   * after a function word or at the start of a clause ({@code Kedua pemimpin bertemu}). Then
   * nothing is emitted, unless {@code kali} / {@code kalinya} follows ({@code untuk kedua
   * kalinya}).
   */
  private int ordinalWord(int i) {
    Item it = items.get(i);
    if (it.has(Kind.ORDINAL)) {
      emit(ExpressionType.ORDINAL, i, i + 1, Quantity.exact(it.get(Kind.ORDINAL).value()), null,
          EnumSet.noneOf(NumberMarker.class));
      return i + 1;
    }
    BigDecimal v = it.get(Kind.ORDINAL_KE).value();
    int j = i + 1;
    if (v.compareTo(BigDecimal.TEN) < 0 && j < n) {
      if (items.get(j).has(Kind.BELAS)) {
        v = v.add(BigDecimal.TEN);
        j++;
      } else if (items.get(j).has(Kind.PULUH)) {
        v = v.multiply(BigDecimal.TEN);
        j++;
        if (j < n && items.get(j).has(Kind.DIGIT)) {
          v = v.add(items.get(j).get(Kind.DIGIT).value());
          j++;
        }
      }
    }
    Item next = j < n ? items.get(j) : null;
    Item prev = i > 0 ? items.get(i - 1) : null;
    boolean ordinalContext = next != null && next.has(Kind.ORDINAL_NEXT);
    // Only the short forms (kedua … kesembilan) are the usual "both / all N" words; compounds
    // (keempat belas, kedua puluh) and kesepuluh, kesebelas mean "all N" only before a noun.
    boolean shortForm = j == i + 1 && v.compareTo(BigDecimal.TEN) < 0;
    boolean both = (next != null && next.has(Kind.UNIT))
        || (shortForm && (prev == null || !prev.isWord() || prev.has(Kind.FUNCTION)));
    if (both && !ordinalContext) {
      return j;
    }
    emit(ExpressionType.ORDINAL, i, j, Quantity.exact(v), null,
        EnumSet.noneOf(NumberMarker.class));
    return j;
  }

  // ---------------------------------------------------------------- fractions and multipliers

  /**
   * A fraction that starts with a word: {@code a third of}, {@code a quarter of}, and a half on its
   * own before {@code of} / {@code the} / {@code dari} or a counting noun ({@code half of the
   * town}, {@code separuh warga}); {@code half a million} is a number, read by the grammar.
   */
  private boolean fractionStart(int i) {
    Item it = items.get(i);
    if (i + 1 >= n) {
      return false;
    }
    Item nx = items.get(i + 1);
    if (it.has(Kind.ARTICLE) && nx.has(Kind.DENOMINATOR)) {
      return has(i + 2, Kind.FRACTION_NEXT);
    }
    if (!it.has(Kind.HALF)) {
      return false;
    }
    if (nx.has(Kind.ARTICLE) && i + 2 < n && !items.get(i + 2).has(Kind.SCALE)) {
      Item u = items.get(i + 2);
      return u.has(Kind.PERCENT) || u.has(Kind.UNIT) || unitEntry(i + 2, Kind.MEASURE) != null;
    }
    return !WordNumberGrammar.canStart(items, i)
        && (nx.has(Kind.FRACTION_NEXT) || nx.has(Kind.UNIT));
  }

  /**
   * Emits a fraction ending at item {@code end}, with the unit of "of a percentage point" or "a
   * point" after it when there is one; returns the index after what it consumed.
   */
  private int emitFraction(Prefix p, int end, BigDecimal v) {
    int k = has(end, Kind.OF) ? end + 1 : end;
    Entry article = k < n ? items.get(k).get(Kind.PER) : null;
    if (article != null && article.is("article") && k + 1 < n) {
      Item u = items.get(k + 1);
      Entry m = unitEntry(k + 1, Kind.MEASURE);
      if (u.has(Kind.PERCENT)) {
        Entry pe = u.get(Kind.PERCENT);
        emitBounded(ExpressionType.PERCENT, p, end, Quantity.exact(v),
            ref(k + 1, pe.code() != null ? pe.code() : PERCENT), p.markers);
        return k + 2;
      } else if (m != null || u.has(Kind.UNIT)) {
        emitBounded(ExpressionType.QUANTITY, p, end, Quantity.exact(v),
            m != null ? ref(k + 1, m.code()) : counting(k + 1), p.markers);
        return k + 2;
      }
    }
    emitBounded(ExpressionType.QUANTITY, p, end, Quantity.exact(v), null, p.markers);
    return end;
  }

  /** sepertiga, a third (of), half (of): a fraction, with a unit only as "of a unit". */
  private int fractionWord(int i) {
    Prefix p = lookback(i);
    Item it = items.get(i);
    BigDecimal v;
    int end = i + 1;
    if (it.has(Kind.FRACTION_ONE)) {
      v = BigDecimal.ONE.divide(it.get(Kind.FRACTION_ONE).value(), FRACTION);
    } else if (it.has(Kind.ARTICLE)) {
      v = BigDecimal.ONE.divide(items.get(i + 1).get(Kind.DENOMINATOR).value(), FRACTION);
      end = i + 2;
    } else {
      v = it.get(Kind.HALF).value();
    }
    return emitFraction(p, end, v);
  }

  /** sixfold, twice: a multiplier in one word. */
  private int multiplierWord(int i) {
    Prefix p = lookback(i);
    Entry e = items.get(i).get(Kind.MULTIPLIER_WORD);
    UnitRef unit = new UnitRef(textOf(i, i + 1), TIMES, i, i + 1);
    emitBounded(ExpressionType.QUANTITY, p, i + 1, Quantity.exact(e.value()), unit, p.markers);
    return i + 1;
  }

  /**
   * The denominator after a numerator ending at item j ({@code two-thirds}, {@code dua pertiga},
   * {@code one third of}): its value, or null when there is none.
   */
  private BigDecimal denominatorAt(int j) {
    if (j >= n) {
      return null;
    }
    Item d = items.get(j);
    if (d.isPunct("-") && d.glued() && j + 1 < n && items.get(j + 1).glued()
        && items.get(j + 1).has(Kind.DENOMINATOR)) {
      return items.get(j + 1).get(Kind.DENOMINATOR).value();
    }
    if (d.has(Kind.DENOMINATOR)) {
      Entry e = d.get(Kind.DENOMINATOR);
      return e.is("always") || has(j + 1, Kind.FRACTION_NEXT) ? e.value() : null;
    }
    return null;
  }

  // ---------------------------------------------------------------- expressions

  /** Hedges, sign, currency, names and markers found before a number. */
  private static final class Prefix {
    int spanFrom;
    Kind bound;
    boolean opener;
    boolean fromChange;
    boolean sawFrom;
    boolean negative;
    /** A name precedes ("Flight 610"): the number is no amount. */
    boolean ident;
    /** A word that may name a thing precedes ("iPhone 15", "JT 610"): no amount unless a unit follows. */
    boolean weakIdent;
    /** Index in {@link ScanRun#out} of the "from" value this figure completes, or -1. */
    int linkFrom = -1;
    String currency;
    int currencyItem = -1;
    int unitPre = -1;
    final Set<NumberMarker> markers = EnumSet.noneOf(NumberMarker.class);
  }

  /** A number core: a point value or vague bounds over items [from, to). */
  private static final class Core {
    int from;
    int to;
    BigDecimal value;
    BigDecimal lo;
    BigDecimal hi;
    BigDecimal trailingScale = BigDecimal.ONE;
    boolean digits;
    boolean yearCandidate;
    boolean yearContext;
    /** The value is approximate by its words: {@code 800 ribuan}. */
    boolean roughly;
    /** Consumed, nothing to emit (dates, times, codes, malformed digits). */
    boolean skip;
    /** For a skip: a year or ordinal to emit when this core is taken (not for a range partner). */
    ExpressionType pendingType;
    int pendingFrom;
    int pendingTo;
    BigDecimal pendingValue;

    boolean vague() {
      return value == null;
    }

    BigDecimal low() {
      return value != null ? value : lo;
    }

    BigDecimal high() {
      return value != null ? value : hi;
    }

    void negate() {
      if (value != null) {
        value = value.negate();
      }
    }
  }

  /**
   * A unit next to a number.
   *
   * @param written the unit as written (counting nouns lower-cased)
   * @param normalized the unit from the tables
   * @param from first item of the unit words
   * @param to item after the unit words
   */
  private record UnitRef(String written, String normalized, int from, int to) {

    /** This unit counted per another one: {@code $ a barrel}, {@code USD/barrel}. */
    UnitRef per(String perWritten, String perNormalized) {
      return new UnitRef(written + " " + perWritten, normalized + "/" + perNormalized, from, to);
    }
  }

  private int expression(int i) {
    Prefix p = lookback(i);
    Core a = core(i, p);
    if (a == null) {
      return i;
    }
    if (a.skip) {
      if (a.pendingType != null) {
        emit(a.pendingType, a.pendingFrom, a.pendingTo, Quantity.exact(a.pendingValue), null,
            EnumSet.noneOf(NumberMarker.class));
      }
      return a.to;
    }
    if (p.ident && a.digits && isPlainDigits(items.get(a.from).first)
        && a.trailingScale.compareTo(BigDecimal.ONE) == 0 && !has(a.to, Kind.PERCENT)) {
      return afterName(a.to); // Flight 610, Section 427, Boeing 737-800: a name, no amount
    }
    if (p.negative) {
      a.negate();
    }
    int j = a.to;
    Item nx = j < n ? items.get(j) : null;

    // Multipliers and fractions: 3,200 times, dua kali lipat; two-thirds, one in three.
    Entry mult = nx == null ? null : unitEntry(j, Kind.MULTIPLIER);
    if (mult != null && has(j + 1, Kind.NOT_AFTER_MULTIPLIER)) {
      return j + 1; // "212 kali ini": this time, no multiplier and no amount
    }
    if (mult != null) {
      UnitRef unit = new UnitRef(textOf(j, j + 1), mult.code() != null ? mult.code() : TIMES, j,
          j + 1);
      emitBounded(ExpressionType.QUANTITY, p, j, base(a, null), unit, p.markers);
      return j + 1;
    }
    if (!a.vague() && isWholePositive(a.value)) {
      BigDecimal den = denominatorAt(j);
      if (den != null && a.value.compareTo(den) < 0) {
        int end = items.get(j).isPunct("-") ? j + 2 : j + 1;
        return emitFraction(p, end, a.value.divide(den, FRACTION));
      }
      if (nx != null && nx.has(Kind.RATIO_IN) && j + 1 < n && canStartCore(j + 1)) {
        Core of = core(j + 1, new Prefix());
        if (of != null && !of.skip && !of.vague() && !of.yearCandidate
            && isWholePositive(of.value) && of.value.compareTo(a.value) > 0) {
          emitBounded(ExpressionType.QUANTITY, p, of.to,
              Quantity.exact(a.value.divide(of.value, FRACTION)), null, p.markers);
          return of.to;
        }
      }
    }

    if (!a.digits && !a.vague() && isMonth(nx)) {
      return j; // a day number in words before a month name belongs to the date scanner
    }
    if (a.yearCandidate) {
      boolean unitNext = nx != null && (nx.has(Kind.UNIT) || nx.has(Kind.PERCENT)
          || nx.has(Kind.CURRENCY_POST) || unitEntry(j, Kind.MEASURE) != null);
      // Where thousands are grouped (2,012 people), "more than 2012" is a year.
      boolean hedgeCue = (p.bound != null || p.opener) && !lex.setting("grouped_thousands");
      boolean quantityCue = hedgeCue || p.currency != null || p.negative || unitNext;
      if (a.yearContext || !quantityCue) {
        emit(ExpressionType.YEAR, a.from, a.to, Quantity.exact(a.value), null,
            EnumSet.noneOf(NumberMarker.class));
        return seasonEnd(a.to); // the 2019-20 season: "-20" ends the years, no amount
      }
    }

    // Range: A [unit] connector [currency] B
    Core b = null;
    int c = j;
    boolean unitBetween = false;
    boolean changeThenTotal = false;
    if (isUnitItem(c) && c + 1 < n && isConnector(items.get(c + 1), p)) {
      c++;
      unitBetween = true;
    }
    if (c < n && isConnector(items.get(c), p) && !p.fromChange && c + 1 < n) {
      int bFrom = c + 1;
      if (p.currency != null && items.get(bFrom).has(Kind.CURRENCY_PRE) && bFrom + 1 < n) {
        bFrom++; // $3 billion to $5 billion
      }
      Core cand = canStartCore(bFrom) ? core(bFrom, p) : null;
      if (cand != null && !cand.skip && !unitBetween && isScore(a, cand, items.get(c), p)) {
        return cand.to; // 3-2: a score, no amount
      }
      if (cand != null && !cand.skip && changeThenTotal(a, cand, items.get(c), p)) {
        changeThenTotal = true; // rose $12.40 to $1,945.30: a change, then the new total
      } else if (cand != null && !cand.skip && rangeOk(a, cand, items.get(c))
          && (!unitBetween || (cand.to < n && items.get(cand.to).key.equals(items.get(j).key)))
          && (isRangeConnector(items.get(c), p) || closeAlternatives(a, cand, unitBetween))) {
        b = cand;
      }
    }
    if (b != null && p.weakIdent && !unitBetween && modelNumber(a, b, c)) {
      return afterName(b.to); // ATR 42-500, JT 610-800: a model or series after a name, no amount
    }
    int end = b != null ? b.to : a.to;
    int spanEnd = end;

    ExpressionType type = ExpressionType.QUANTITY;
    UnitRef unit = null;
    boolean measure = false;
    if (p.currency != null) {
      type = ExpressionType.MONEY;
      unit = ref(p.currencyItem, p.currency);
    } else if (p.unitPre >= 0) {
      unit = ref(p.unitPre, items.get(p.unitPre).get(Kind.UNIT_PRE).code());
      measure = true;
    }
    Item x = end < n ? items.get(end) : null;
    Entry m;
    if (x != null && x.has(Kind.PERCENT)) {
      type = ExpressionType.PERCENT;
      Entry pe = x.get(Kind.PERCENT);
      unit = ref(end, pe.code() != null ? pe.code() : PERCENT);
      end++;
      spanEnd = end;
    } else if (x != null && x.has(Kind.CURRENCY_POST) && p.currency == null
        && (!x.get(Kind.CURRENCY_POST).is("scaled")
            || (b != null ? b : a).trailingScale.compareTo(BigDecimal.ONE) > 0)) {
      // 788 million pounds is money; 20 pounds may be a weight
      type = ExpressionType.MONEY;
      unit = ref(end, x.get(Kind.CURRENCY_POST).code());
      end++;
    } else if (unit == null && (m = unitEntry(end, Kind.MEASURE)) != null) {
      type = m.is("money") ? ExpressionType.MONEY : ExpressionType.QUANTITY;
      unit = ref(end, m.code());
      measure = true;
      end++;
    } else if (unit == null && (m = hyphenUnit(end)) != null) {
      // a 1.8-litre engine, a 10-year bond, a 6.4-magnitude quake, a billion-dollar deal
      unit = m.kind() == Kind.UNIT ? counting(end + 1) : ref(end + 1, m.code());
      measure = m.kind() == Kind.MEASURE;
      if (m.kind() == Kind.CURRENCY_POST) {
        type = ExpressionType.MONEY;
      }
      end += 2;
    }
    Kind post = postBound(end);
    if (post != null) {
      end++;
      spanEnd = end;
    }

    Set<NumberMarker> markers = EnumSet.copyOf(p.markers);
    int consumed = end;
    // Money has its currency as unit; a noun after a percentage is its base, not a unit.
    if (type == ExpressionType.QUANTITY && unit == null) {
      boolean one = b == null && !a.vague() && a.value.compareTo(BigDecimal.ONE) == 0;
      int u = end;
      boolean afterOf = false;
      Set<NumberMarker> adj = EnumSet.noneOf(NumberMarker.class);
      if (profile.modifiersBeforeNoun()) { // "1,000 more troops"
        for (int skipped = 0; u < n && skipped < MAX_ADJECTIVES; skipped++) {
          Item y = items.get(u);
          if (y.has(Kind.UNIT) || pluralNoun(y, afterOf, one)) {
            break;
          } else if (pluralNoun(y, true, one) && !(u + 1 < n && (items.get(u + 1).has(Kind.UNIT)
              || pluralNoun(items.get(u + 1), false, one)))) {
            afterOf = true; // 11 million Americans, but 5 Texas cities
            break;
          } else if (y.has(Kind.ADJ_ADDITION)) {
            adj.add(NumberMarker.ADDITION);
          } else if (y.has(Kind.ADJ_OTHERS)) {
            adj.add(NumberMarker.OTHERS);
          } else if (y.has(Kind.OF) && a.vague()) {
            afterOf = true; // thousands of people
            u++;
            continue;
          } else if (!(y.capitalized() && !y.known())) {
            break;
          } else if (dashNumber(u + 1)) {
            u += 2; // 4.7 million COVID-19 deaths
          }
          afterOf = false;
          u++;
        }
      }
      if (u + 1 < n && profile.modifiersBeforeNoun() && adjective(items.get(u))
          && (items.get(u + 1).has(Kind.UNIT) || pluralNoun(items.get(u + 1), false, one))) {
        u++; // 1,200 new homes, three straight games
      }
      if (afterOf && u < n && items.get(u).has(Kind.CURRENCY_POST)
          && !items.get(u).get(Kind.CURRENCY_POST).is("scaled")) {
        type = ExpressionType.MONEY; // millions of dollars
        unit = ref(u, items.get(u).get(Kind.CURRENCY_POST).code());
        consumed = u + 1;
      } else if (u < n && (items.get(u).has(Kind.UNIT) || pluralNoun(items.get(u), afterOf, one))) {
        unit = counting(u);
        consumed = u + 1;
        markers.addAll(adj);
        if (post == null) {
          post = postBound(consumed);
          if (post != null) {
            consumed++; // 1.000 orang lebih
          }
        }
      }
    }
    // A rate: $80 a barrel, Rp 10.000 per kg, 65 km per hour, 20 points per game.
    if (unit != null && type != ExpressionType.PERCENT) {
      int per = perAt(consumed, type == ExpressionType.MONEY || measure);
      if (per > consumed) {
        unit = unit.per(textOf(consumed, consumed + 1) + " " + textOf(consumed + 1, per),
            items.get(consumed + 1).get(Kind.PER_UNIT).code());
        consumed = per;
      }
    }
    if (p.weakIdent && unit == null && b == null && a.digits
        && a.trailingScale.compareTo(BigDecimal.ONE) == 0) {
      return afterName(a.to); // iPhone 15, JT 610, FTSE 100
    }
    int w = consumed;
    for (int k = consumed; k < Math.min(n, consumed + MARKER_WINDOW); k++) {
      Item y = items.get(k);
      if (y.has(Kind.OTHERS)) {
        markers.add(NumberMarker.OTHERS);
        w = k + 1;
      } else if (y.has(Kind.SUBSET)) {
        markers.add(NumberMarker.SUBSET);
        w = k + 1;
      } else if (y.has(Kind.ADDITION) && !profile.modifiersBeforeNoun()) {
        markers.add(NumberMarker.ADDITION);
        w = k + 1;
      } else if (!(y.has(Kind.UNIT) || y.has(Kind.CONJ))) {
        break;
      }
    }
    consumed = Math.max(consumed, w);

    Quantity q = base(a, b);
    Kind bound = p.bound;
    boolean hedge = false;
    if (post != null && (bound == null || bound == Kind.APPROX)) {
      hedge = bound == Kind.APPROX && post != Kind.POST_APPROX;
      bound = post;
    }
    q = applyBound(q, bound, b != null, a.vague() || (b != null && b.vague()));
    if (hedge && !q.isHedged()) {
      q = q.hedged();
    }
    if (markers.contains(NumberMarker.ESTIMATED) && !q.isHedged()) {
      q = q.hedged();
    }
    emit(type, p.spanFrom, spanEnd, q, unit, markers);
    NumberExpression self = out.get(out.size() - 1);
    if (p.linkFrom >= 0) {
      shareBack(p.linkFrom, self, (b != null ? b : a).trailingScale);
    }
    if (p.fromChange || changeThenTotal) {
      fromChangeEnd = consumed;
    }
    if (p.fromChange || p.sawFrom) {
      fromEnd = consumed;
      fromOut = out.size() - 1;
      fromScale = a.trailingScale;
    }
    return consumed;
  }

  /**
   * Gives the "from" value of a change the unit, type and scale of the value it changed to, when
   * it has none of its own: "fell from 4.8 to 4.7 percent" is 4.8 % to 4.7 %, "naik dari 5 menjadi
   * 7 juta" 5 million to 7 million (a scale only when the values stay within a factor of ten).
   */
  private void shareBack(int index, NumberExpression to, BigDecimal scale) {
    NumberExpression from = out.get(index);
    Quantity q = from.value();
    boolean changed = false;
    if (fromScale.compareTo(BigDecimal.ONE) == 0 && scale.compareTo(BigDecimal.ONE) > 0
        && q.low().isPresent() && to.value().low().isPresent()) {
      BigDecimal scaled = q.low().get().multiply(scale);
      BigDecimal target = to.value().low().get();
      if (scaled.signum() > 0 && target.signum() > 0
          && scaled.compareTo(target.multiply(BigDecimal.TEN)) <= 0
          && scaled.multiply(BigDecimal.TEN).compareTo(target) >= 0) {
        q = q.scaledBy(scale);
        changed = true;
      }
    }
    ExpressionType type = from.type();
    String unit = from.unit();
    Span unitSpan = from.unitSpan();
    String normalized = from.unitNormalized();
    if (from.type() == ExpressionType.QUANTITY && from.unit() == null && to.unit() != null) {
      type = to.type();
      unit = to.unit();
      unitSpan = to.unitSpan();
      normalized = to.unitNormalized();
      changed = true;
    }
    if (changed) {
      out.set(index, new NumberExpression(type, from.span(), from.text(), q, unit, unitSpan,
          normalized, from.markers()));
    }
  }

  /** The item after a year, with a glued two-digit end of years ("2019-20", "1961–62"). */
  private int seasonEnd(int j) {
    if (j + 1 < n && (items.get(j).isPunct("-") || items.get(j).isPunct("\u2013"))
        && items.get(j).glued() && items.get(j + 1).isNumber() && items.get(j + 1).glued()
        && isPlainDigits(items.get(j + 1).first) && items.get(j + 1).first.digits == 2) {
      return j + 2;
    }
    return j;
  }

  /** The item after a name's number, with a glued "-800" of "737-800". */
  private int afterName(int j) {
    if (j + 1 < n && items.get(j).isPunct("-") && items.get(j).glued()
        && items.get(j + 1).isNumber() && items.get(j + 1).glued()) {
      return j + 2;
    }
    return j;
  }

  /** Looks back from item i for sign, name, currency, hedge, range-opener and marker words. */
  private Prefix lookback(int i) {
    Prefix p = new Prefix();
    p.spanFrom = i;
    int top = i - 1;
    if (top >= 0 && top >= lastEnd && items.get(i).isNumber() && items.get(i).glued()) {
      Item s = items.get(top);
      if ((s.isPunct("-") || s.isPunct("\u2212")) && (!s.glued() || top == 0
          || items.get(top - 1).first.type == Token.Type.PUNCT && !items.get(top - 1).isNumber()
              && !items.get(top - 1).isPunct("-"))) {
        p.negative = true; // -1,2; (-5%)
        p.spanFrom = top;
        top--;
      }
    }
    if (!p.negative && top >= 0 && top >= lastEnd && items.get(top).has(Kind.MINUS)) {
      p.negative = true; // minus 1.200.000
      p.spanFrom = top;
      top--;
    }
    if (top >= 0 && p.spanFrom == i) {
      Item w = items.get(top);
      Entry id = w.get(Kind.IDENT);
      if (id != null && (!id.is("cap") || w.capitalized())) {
        p.ident = true;
        return p;
      }
      p.weakIdent = namelike(w) || (lex.setting("capitalised_names") && capitalisedName(top));
      if (w.has(Kind.UNIT_PRE)) {
        p.unitPre = top; // magnitudo 5,6
      } else if (w.isPunct("-") && w.glued() && top > 0 && items.get(top - 1).has(Kind.UNIT_PRE)) {
        p.unitPre = top - 1; // magnitude-6.4
      }
      if (p.unitPre >= 0) {
        top = p.unitPre - 1;
      }
    }
    boolean chain = true; // still contiguous with the number: extends the span
    boolean sawChange = false;
    int between = 0; // words passed between "from" and a change word before it
    int min = Math.max(lastEnd, i - LOOKBACK);
    for (int k = top; k >= min; k--) {
      Item it = items.get(k);
      if (k == fromEnd && chain && (it.has(Kind.RANGE_TO) || it.has(Kind.NEW_TOTAL))) {
        p.linkFrom = fromOut; // rose from 500 to 1,090; naik dari 125 menjadi 131
        if (it.has(Kind.RANGE_TO) && !it.has(Kind.NEW_TOTAL)) {
          if (k == fromChangeEnd) {
            p.markers.add(NumberMarker.NEW_TOTAL);
          }
          break;
        }
      }
      if (k == fromChangeEnd && chain && it.has(Kind.RANGE_TO) && p.linkFrom < 0) {
        p.markers.add(NumberMarker.NEW_TOTAL); // rose 86 cents to $95.01
        break;
      }
      if (it.has(Kind.CURRENCY_PRE) && p.currency == null && chain && p.bound == null
          && !p.opener && p.unitPre < 0) {
        p.currency = it.get(Kind.CURRENCY_PRE).code();
        p.currencyItem = k;
        p.spanFrom = k;
        continue;
      }
      Kind b = boundOf(it);
      if (b != null && p.bound == null && chain) {
        if (b == Kind.APPROX && k > 0 && items.get(k - 1).has(Kind.SPATIAL)) {
          break; // di sekitar tiga desa: spatial, not a hedge
        }
        if (b == Kind.UP_TO && k > 0 && (items.get(k - 1).isNumber()
            || items.get(k - 1).has(Kind.UNIT) || items.get(k - 1).isPunct(","))) {
          // a number before hingga: not "up to"; nor after a comma, where it closes a list
          // ("sembilan pelajar, seorang guru, hingga seorang pengendara motor")
          break;
        }
        p.bound = b;
        p.spanFrom = k;
        continue;
      }
      if (it.has(Kind.RANGE_OPEN) && chain) {
        p.opener = true;
        p.spanFrom = k;
        continue;
      }
      if (chain && p.bound == null && isOnlyNeutral(it)) {
        continue; // "sedikitnya ada 17", "hampir mencapai 500": the hedge still governs
      }
      chain = false;
      if (!it.has(Kind.CHANGE) && (between > 0
          || (p.sawFrom && !sawChange && !it.has(Kind.NEUTRAL) && objectWord(it)))) {
        // "raised the death toll from 29 to 31": the change word may stand a few words before
        // "from"; past those words only a change word counts ("Estimates range from" is none)
        if (it.has(Kind.NEUTRAL) || (objectWord(it) && ++between <= FROM_OBJECT_WORDS)) {
          continue;
        }
        break;
      }
      if (it.has(Kind.ESTIMATED)) {
        p.markers.add(NumberMarker.ESTIMATED);
      } else if (it.has(Kind.NEW_TOTAL)) {
        if (!sawChange && !p.sawFrom) {
          p.markers.add(NumberMarker.NEW_TOTAL);
        }
        sawChange = true;
      } else if (it.has(Kind.CHANGE)) {
        if (p.sawFrom) {
          p.fromChange = true;
        } else if (!sawChange) {
          p.markers.add(NumberMarker.CHANGE);
        }
        sawChange = true;
      } else if (it.has(Kind.ADDITION)) {
        p.markers.add(NumberMarker.ADDITION);
      } else if (it.has(Kind.FROM)) {
        p.sawFrom = true;
      } else if (!it.has(Kind.NEUTRAL)) {
        break;
      }
    }
    return p;
  }

  /** A word that may stand between a change word and "from": no marker of a figure of its own. */
  private static boolean objectWord(Item it) {
    return it.isWord() && !it.has(Kind.ESTIMATED) && !it.has(Kind.NEW_TOTAL)
        && !it.has(Kind.ADDITION) && !it.has(Kind.FROM) && !it.has(Kind.CHANGE);
  }

  /**
   * A word before a number that may make it a name: a camel-case word ({@code iPhone}) or a short
   * word in capitals ({@code JT}, {@code FTSE}, {@code KM}) that is no currency, hedge or marker.
   */
  private static boolean namelike(Item w) {
    if (!w.isWord() || w.tokTo - w.tokFrom != 1) {
      return false;
    }
    String s = w.first.text;
    if (Character.isLowerCase(s.charAt(0))) {
      for (int k = 1; k < s.length(); k++) {
        if (Character.isUpperCase(s.charAt(k))) {
          return true; // iPhone, eBay
        }
      }
      return false;
    }
    return s.length() >= 2 && s.length() <= 5 && w.upperCase() && !w.has(Kind.CURRENCY_PRE)
        && boundOf(w) == null && !w.has(Kind.NEUTRAL) && !w.has(Kind.RANGE_OPEN)
        && !w.has(Kind.ESTIMATED) && !w.has(Kind.CHANGE) && !w.has(Kind.NEW_TOTAL)
        && !w.has(Kind.ADDITION) && !w.has(Kind.FROM) && !w.has(Kind.YEAR_CUE)
        && !w.has(Kind.FUNCTION) && !w.has(Kind.MINUS);
  }

  /**
   * A capitalised word inside a sentence, unknown to the lexicon, right before a number: the name
   * of a thing ({@code the Snapdragon 845}, {@code powered by Android 7.0}); not at the start of a
   * sentence or in a headline in title case, where the word before is capitalised too.
   */
  private boolean capitalisedName(int k) {
    Item w = items.get(k);
    if (k == 0 || !w.capitalized() || w.upperCase() || w.known() || w.tokTo - w.tokFrom != 1) {
      return false;
    }
    Item before = items.get(k - 1);
    return before.isWord() && Character.isLowerCase(before.first.text.charAt(0));
  }

  /**
   * Whether item i is a capitalised number word that ends a name: right after a capitalised word
   * that follows a word in lower case ("di restoran Pulau Dua"); not in a headline in title case
   * or at the start of a sentence, where every word may be capitalised.
   */
  private boolean numberWordInName(int i) {
    Item it = items.get(i);
    if (i < 2 || it.isNumber() || !it.capitalized() || it.upperCase()
        || !WordNumberGrammar.canStart(items, i)) {
      return false;
    }
    Item name = items.get(i - 1);
    Item before = items.get(i - 2);
    return name.isWord() && name.capitalized() && !name.upperCase() && !name.known()
        && before.isWord() && Character.isLowerCase(before.first.text.charAt(0));
  }

  private static boolean isOnlyNeutral(Item it) {
    return it.has(Kind.NEUTRAL) && boundOf(it) == null && !it.has(Kind.ESTIMATED)
        && !it.has(Kind.NEW_TOTAL) && !it.has(Kind.CHANGE) && !it.has(Kind.ADDITION)
        && !it.has(Kind.FROM) && !it.has(Kind.RANGE_OPEN) && !it.isNumber();
  }

  private static Kind boundOf(Item it) {
    for (Kind k : new Kind[] {Kind.APPROX, Kind.AT_LEAST_EXCL, Kind.AT_LEAST_INCL,
        Kind.AT_MOST_EXCL, Kind.AT_MOST_INCL, Kind.UP_TO}) {
      if (it.has(k)) {
        return k;
      }
    }
    return null;
  }

  /** A postposed bound at item k ({@code lebih}, {@code atau lebih}, {@code or so}), or null. */
  private Kind postBound(int k) {
    if (k >= n) {
      return null;
    }
    Item it = items.get(k);
    if (it.has(Kind.POST_AT_LEAST_EXCL)) {
      return has(k + 1, Kind.NOT_AFTER_LEBIH) ? null : Kind.POST_AT_LEAST_EXCL;
    }
    for (Kind kind : new Kind[] {Kind.POST_AT_LEAST_INCL, Kind.POST_AT_MOST_INCL,
        Kind.POST_APPROX}) {
      if (it.has(kind)) {
        return kind;
      }
    }
    return null;
  }

  private boolean isConnector(Item it, Prefix p) {
    return isRangeConnector(it, p) || it.has(Kind.RANGE_OR);
  }

  private static boolean isRangeConnector(Item it, Prefix p) {
    return it.has(Kind.RANGE_TO) || (p.opener && it.has(Kind.RANGE_AND));
  }

  /**
   * Whether "a or b" is one guess between two values ("3 atau 4 orang", "two or three"): two exact
   * figures with no unit after the first, the second above the first and at most twice it; "54
   * KK atau 165 jiwa" counts one group two ways.
   */
  private static boolean closeAlternatives(Core a, Core b, boolean unitBetween) {
    return !unitBetween && !a.vague() && !b.vague() && a.value.signum() > 0
        && b.value.compareTo(a.value) > 0
        && b.value.compareTo(a.value.multiply(BigDecimal.valueOf(OR_RANGE_RATIO))) <= 0;
  }

  private boolean canStartCore(int i) {
    Item it = items.get(i);
    return it.isNumber() || it.has(Kind.VAGUE) || WordNumberGrammar.canStart(items, i);
  }

  /** Whether item k is a unit a range may repeat after its first number (5 km to 10 km, 5% to 10%). */
  private boolean isUnitItem(int k) {
    if (k >= n) {
      return false;
    }
    Item it = items.get(k);
    return it.has(Kind.UNIT) || it.has(Kind.PERCENT) || it.has(Kind.CURRENCY_POST)
        || unitEntry(k, Kind.MEASURE) != null;
  }

  /**
   * Whether "A-B" at the connector {@code c} is written as one designation: plain digits joined by
   * a hyphen with no space on either side and no unit after ({@code 42-500}).
   */
  private boolean modelNumber(Core a, Core b, int c) {
    Item dash = items.get(c);
    return dash.isPunct("-") && dash.glued() && items.get(b.from).glued() && a.digits && b.digits
        && isPlainDigits(items.get(a.from).first) && isPlainDigits(items.get(b.from).first)
        && !(b.to < n && (isUnitItem(b.to) || items.get(b.to).has(Kind.PERCENT)));
  }

  /**
   * Whether "A-B" is a score and no amount: two numbers of at most three plain digits joined by a
   * dash, B not above A ({@code 3-2}, {@code 112-108}), or any such pair with a score word near
   * ({@code won 1-2}, {@code skor 0-3}).
   */
  private boolean isScore(Core a, Core b, Item connector, Prefix p) {
    if (connector.first.type != Token.Type.PUNCT || !a.digits || !b.digits || a.vague()
        || b.vague() || !isPlainDigits(items.get(a.from).first)
        || !isPlainDigits(items.get(b.from).first) || a.to != a.from + 1 || b.to != b.from + 1
        || items.get(a.from).first.digits > SCORE_DIGITS
        || items.get(b.from).first.digits > SCORE_DIGITS || p.currency != null) {
      return false;
    }
    if (b.to < n && (items.get(b.to).has(Kind.PERCENT) || isUnitItem(b.to))) {
      return false;
    }
    if (a.value.compareTo(b.value) >= 0) {
      return true;
    }
    if (a.from > 0 && items.get(a.from - 1).isPunct("(") && b.to < n && items.get(b.to).isPunct(")")) {
      return true; // a win-loss record: Colorado (4-1)
    }
    for (int k = Math.max(0, p.spanFrom - SCORE_WINDOW); k < Math.min(n, b.to + SCORE_WINDOW);
        k++) {
      if (items.get(k).has(Kind.SCORE_CUE)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether "A to B" after a verb of change is the change and the new total, not a range: B is
   * at least {@value #TOTAL_RATIO} times A ({@code rose $12.40 to $1,945.30}, {@code fell 2 points
   * to 98}); a close pair stays a range of the change ({@code rose 10 to 20 percent}).
   */
  private boolean changeThenTotal(Core a, Core b, Item connector, Prefix p) {
    if (!p.markers.contains(NumberMarker.CHANGE) || a.vague() || b.vague()
        || connector.first.type == Token.Type.PUNCT || a.value.signum() <= 0) {
      return false;
    }
    BigDecimal aValue = a.value;
    if (a.trailingScale.compareTo(BigDecimal.ONE) == 0
        && b.trailingScale.compareTo(BigDecimal.ONE) > 0
        && a.value.multiply(b.trailingScale).compareTo(b.value) <= 0) {
      aValue = a.value.multiply(b.trailingScale); // rose 5 to 7 million: a range of millions
    }
    return b.value.compareTo(aValue.multiply(BigDecimal.valueOf(TOTAL_RATIO))) >= 0;
  }

  /** Decides whether B completes a range with A, distributing a scale word back to A. */
  private boolean rangeOk(Core a, Core b, Item connector) {
    if (connector.first.type == Token.Type.PUNCT && !(a.digits && b.digits)) {
      return false;
    }
    if (b.yearCandidate && !a.yearCandidate && !has(b.to, Kind.UNIT)) {
      return false; // hingga 2024: a time scope, not a range
    }
    if (!a.vague() && !b.vague() && a.trailingScale.compareTo(BigDecimal.ONE) == 0
        && b.trailingScale.compareTo(BigDecimal.ONE) > 0) {
      BigDecimal scaled = a.value.multiply(b.trailingScale);
      if (scaled.compareTo(b.value) <= 0) {
        a.value = scaled; // 10 hingga 12 ribu
      }
    }
    return a.low().compareTo(b.high()) <= 0 && (a.vague() || b.vague()
        || a.value.compareTo(b.value) < 0);
  }

  private static Quantity base(Core a, Core b) {
    if (b != null) {
      if (a.vague() || b.vague()) {
        return Quantity.vague(a.low(), b.high());
      }
      Quantity r = Quantity.range(a.value, b.value);
      return a.roughly || b.roughly ? r.hedged() : r;
    }
    if (a.vague()) {
      return Quantity.vague(a.lo, a.hi);
    }
    return a.roughly ? Quantity.approximately(a.value) : Quantity.exact(a.value);
  }

  /** Whether v is 1000, 10000, … (the scale of ribuan, jutaan), not puluhan or ratusan. */
  private static boolean isPowerOfTenFrom1000(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return s.unscaledValue().equals(java.math.BigInteger.ONE) && s.scale() <= -3;
  }

  private static Quantity applyBound(Quantity q, Kind bound, boolean range, boolean vague) {
    if (bound == null) {
      return q;
    }
    BigDecimal lo = q.low().orElseThrow();
    BigDecimal hi = q.high().orElseThrow();
    Quantity r;
    switch (bound) {
      case APPROX:
      case POST_APPROX:
        return q.kind() == QuantityKind.EXACT ? Quantity.approximately(lo)
            : q.isHedged() ? q : q.hedged();
      case AT_LEAST_EXCL:
      case POST_AT_LEAST_EXCL:
        r = Quantity.greaterThan(lo);
        break;
      case AT_LEAST_INCL:
      case POST_AT_LEAST_INCL:
        r = Quantity.atLeast(lo);
        break;
      case AT_MOST_EXCL:
        r = Quantity.lessThan(hi);
        break;
      case AT_MOST_INCL:
      case POST_AT_MOST_INCL:
        r = Quantity.atMost(hi);
        break;
      case UP_TO:
        if (range) {
          return q;
        }
        r = Quantity.atMost(hi);
        break;
      default:
        throw new AssertionError(bound);
    }
    return vague || range ? r.hedged() : r;
  }

  // ---------------------------------------------------------------- units

  /**
   * The entry of the kind at item k whose spelling fits (G generation, g gram) and, when it is
   * only read glued to the digits ({@code 164p}, {@code 5G}), is glued; or null.
   */
  private Entry unitEntry(int k, Kind kind) {
    if (k >= n) {
      return null;
    }
    Item it = items.get(k);
    Entry e = it.entry(kind);
    if (e == null || (e.is("glued") && !(it.glued() && k > 0 && items.get(k - 1).isNumber()))) {
      return null;
    }
    return e;
  }

  /**
   * A unit joined by a hyphen at item k: {@code -litre}, {@code -year}, {@code -dollar}; its
   * entry, or null.
   */
  private Entry hyphenUnit(int k) {
    if (k + 1 >= n || !items.get(k).isPunct("-") || !items.get(k).glued()
        || !items.get(k + 1).glued()) {
      return null;
    }
    Item u = items.get(k + 1);
    Entry e = u.entry(Kind.MEASURE);
    if (e != null && !e.is("glued")) {
      return e;
    }
    Entry c = u.get(Kind.CURRENCY_POST);
    return c != null && !c.is("scaled") ? c : u.get(Kind.UNIT);
  }

  /** The counting noun at item u: lower-cased as written, normalised from its entry. */
  private UnitRef counting(int u) {
    Item y = items.get(u);
    Entry e = y.get(Kind.UNIT);
    return new UnitRef(y.key, e != null && e.code() != null ? e.code() : y.key, u, u + 1);
  }

  /**
   * Whether an unknown word is the plural noun a number counts ("12 companies", "millions of
   * Americans" after {@code of}): a word of letters with a plural ending of the language that is
   * no function word; never after a count of one ("one says").
   */
  private boolean pluralNoun(Item y, boolean capitalOk, boolean one) {
    if (one || !y.isWord() || y.tokTo - y.tokFrom != 1 || y.known() || y.key.length() < 3) {
      return false;
    }
    String w = y.first.text;
    boolean lower = Character.isLowerCase(w.charAt(0));
    if (!lower && !(capitalOk && y.capitalized())) {
      return false;
    }
    return !lex.isFunctionWord(y.key) && lex.hasNounSuffix(y.key);
  }

  /**
   * Whether an unknown lower-case word may be an adjective between a number and its noun ({@code
   * new}, {@code straight}): no function word, no plural, no ending of verbs or adverbs of the
   * language ({@code not_adjective_suffix}: died, fleeing, nearly).
   */
  private boolean adjective(Item y) {
    if (!y.isWord() || y.tokTo - y.tokFrom != 1 || y.known()
        || !Character.isLowerCase(y.first.text.charAt(0))) {
      return false;
    }
    return !lex.isFunctionWord(y.key) && !lex.hasNounSuffix(y.key) && !lex.hasVerbSuffix(y.key);
  }

  /**
   * The end of a rate at item k ({@code per barrel}, {@code a month}, {@code /kg}), or k when
   * there is none; {@code a} / {@code an} only after money and units of measure, never before a
   * time word ({@code a year ago}).
   */
  private int perAt(int k, boolean articleOk) {
    if (k + 1 >= n) {
      return k;
    }
    Entry per = items.get(k).get(Kind.PER);
    if (per == null || (per.is("article") && !articleOk) || !items.get(k + 1).has(Kind.PER_UNIT)
        || has(k + 2, Kind.NOT_AFTER_PER)) {
      return k;
    }
    return k + 2;
  }

  private UnitRef ref(int k, String normalized) {
    return new UnitRef(textOf(k, k + 1), normalized, k, k + 1);
  }

  /** The text of items [from, to) as written. */
  private String textOf(int from, int to) {
    return text.substring(items.get(from).start, items.get(to - 1).end);
  }

  // ---------------------------------------------------------------- cores

  private Core core(int i, Prefix p) {
    Item it = items.get(i);
    if (it.isNumber()) {
      return digits(i, p);
    }
    if (leadingDecimal(i)) {
      Token t = items.get(i + 1).first;
      Core c = point(i, i + 2, new BigDecimal("0." + t.text)); // ,77 and .5
      c.digits = true;
      return c;
    }
    if (it.has(Kind.VAGUE)) {
      return vague(i);
    }
    if (it.has(Kind.CLASSIFIER)) {
      return point(i, i + 1, it.get(Kind.CLASSIFIER).value());
    }
    WordNumberGrammar.Result r = WordNumberGrammar.parse(items, i);
    if (r == null) {
      return null;
    }
    Core c = point(i, r.end(), r.value());
    c.trailingScale = r.trailingScale();
    return c;
  }

  /**
   * A decimal mark before digits with no leading zero ({@code ,77} in Indonesian, {@code .5} in
   * English): the mark stands apart from what precedes and the digits are glued to it.
   */
  private boolean leadingDecimal(int i) {
    if (i + 1 >= n) {
      return false;
    }
    Item it = items.get(i);
    Item nx = items.get(i + 1);
    return it.isPunct(decimalMark) && nx.isNumber()
        && nx.glued() && isPlainDigits(nx.first) && nx.first.digits <= 3
        && (i == 0 || !it.glued() || items.get(i - 1).isPunct("("));
  }

  private static Core point(int from, int to, BigDecimal v) {
    Core c = new Core();
    c.from = from;
    c.to = to;
    c.value = v;
    return c;
  }

  private static Core skip(int from, int to) {
    Core c = new Core();
    c.from = from;
    c.to = to;
    c.skip = true;
    return c;
  }

  private Core vague(int i) {
    Entry e = items.get(i).get(Kind.VAGUE);
    BigDecimal lo = e.value();
    BigDecimal hi = e.value2();
    int j = i + 1;
    BigDecimal s = null;
    if (j < n && (items.get(j).has(Kind.SCALE) || items.get(j).has(Kind.HUNDRED))) {
      Item y = items.get(j);
      s = (y.has(Kind.SCALE) ? y.get(Kind.SCALE) : y.get(Kind.HUNDRED)).value();
      j++;
    } else if (j + 1 < n && items.get(j).has(Kind.OF) && items.get(j + 1).has(Kind.VAGUE)
        && items.get(j + 1).get(Kind.VAGUE).value().compareTo(BigDecimal.valueOf(100)) >= 0) {
      s = items.get(j + 1).get(Kind.VAGUE).value(); // tens of thousands
      j += 2;
    }
    if (s != null) {
      // [low x scale, (high + 1) x scale - 1]: belasan ribu = [11000, 19999]
      lo = lo.multiply(s);
      hi = hi.add(BigDecimal.ONE).multiply(s).subtract(BigDecimal.ONE);
    }
    Core c = new Core();
    c.from = i;
    c.to = j;
    c.lo = lo;
    c.hi = hi;
    return c;
  }

  private Core digits(int i, Prefix p) {
    Item it = items.get(i);
    Token t = it.first;
    Item prev = i > 0 ? items.get(i - 1) : null;
    Item prev2 = i > 1 ? items.get(i - 2) : null;
    Item nx = i + 1 < n ? items.get(i + 1) : null;
    Item nx2 = i + 2 < n ? items.get(i + 2) : null;
    if (t.digits > DigitReader.MAX_DIGITS) {
      return skip(i, i + 1);
    }
    // Glued to a word: a name or code (G20, F-16, COVID-19), unless Rp5, RM79 or ke11.
    if (it.glued() && prev != null && prev.isWord() && !prev.has(Kind.CURRENCY_PRE)
        && !prev.has(Kind.KE)) {
      return skip(i, i + 1);
    }
    if (it.glued() && prev != null && prev.isPunct("-") && prev.glued() && prev2 != null
        && prev2.isWord() && !prev2.has(Kind.KE) && !prev2.has(Kind.UNIT_PRE)) {
      return skip(i, i + 1);
    }
    // Times of day: 18:17, pukul 10.30, 10.30 WIB.
    if ((prev != null && prev.has(Kind.TIME_PRE)) || (nx != null && nx.has(Kind.TIME_POST))) {
      return skip(i, i + 1);
    }
    if (nx != null && nx.isPunct(":") && nx.glued() && nx2 != null && nx2.isNumber()
        && nx2.glued()) {
      int j = i + 3;
      if (has(j + 1, Kind.TIME_POST)) {
        j++;
      }
      return skip(i, j);
    }
    // Dates with slashes: (22/3/2025), (12/6). Only a 4-digit last part is reported, as a year.
    if (nx != null && nx.isPunct("/") && nx2 != null && nx2.isNumber()) {
      int j = i;
      for (int parts = 1; parts < 3 && j + 2 < n && items.get(j + 1).isPunct("/")
          && items.get(j + 2).isNumber(); parts++) {
        j += 2;
      }
      Token last = items.get(j).first;
      Core c = skip(i, j + 1);
      if (isYearLike(last)) {
        c.pendingType = ExpressionType.YEAR;
        c.pendingFrom = j;
        c.pendingTo = j + 1;
        c.pendingValue = new BigDecimal(last.text);
      }
      return c;
    }
    boolean plain = isPlainDigits(t);
    if (plain && isPhone(i)) {
      return skip(i, phoneEnd(i)); // 0812-3456-7890, +62 21 555 1234, 555-1234, RT 05
    }
    if (plain && t.digits <= 2) {
      int v = Integer.parseInt(t.text);
      if (v >= 1 && v <= 31 && (isMonth(nx) || isMonth(prev)
          || (prev != null && prev.isPunct(".") && isMonth(prev2))
          || (prev != null && prev.has(Kind.DATE_PRE)))) {
        return skip(i, i + 1); // 19 Juni, June 19, Dec. 20, tanggal 9
      }
    }
    boolean money = p.currency != null;
    boolean scaleNext = scaleAt(i + 1, money);
    boolean decimalContext = scaleNext || money
        || (nx != null && (nx.has(Kind.PERCENT) || nx.has(Kind.CURRENCY_POST)));
    boolean unitNext = nx != null && (nx.has(Kind.UNIT) || nx.has(Kind.MULTIPLIER)
        || unitEntry(i + 1, Kind.MEASURE) != null);
    BigDecimal v = DigitReader.read(t.text, profile, decimalContext, unitNext);
    if (v == null) {
      return skip(i, i + 1);
    }
    int j = i + 1;
    BigDecimal factor = BigDecimal.ONE;
    while (j < n && scaleAt(j, money)) {
      factor = factor.multiply(scaleOf(items.get(j)));
      j++;
    }
    if (j == i + 1 && j + 1 < n && items.get(j).isPunct("-") && items.get(j).glued()
        && items.get(j + 1).glued() && items.get(j + 1).has(Kind.SCALE)) {
      factor = scaleOf(items.get(j + 1)); // a $5-billion fund
      j += 2;
    }
    boolean roughly = false;
    if (j == i + 1 && j < n && items.get(j).has(Kind.VAGUE)
        && isPowerOfTenFrom1000(items.get(j).get(Kind.VAGUE).value())) {
      factor = items.get(j).get(Kind.VAGUE).value(); // Rp 800 ribuan: about 800 thousand
      roughly = true;
      j++;
    }
    Core c = point(i, j, v.multiply(factor));
    c.digits = true;
    c.trailingScale = factor;
    c.roughly = roughly;
    c.yearCandidate = isYearLike(t) && j == i + 1;
    c.yearContext = c.yearCandidate && (has(i - 1, Kind.YEAR_CUE) || isMonth(prev)
        || (prev != null && prev.isPunct(",") && (isMonth(prev2)
            || (prev2 != null && prev2.isNumber() && i > 2 && isMonth(items.get(i - 3))))));
    Item y = j < n ? items.get(j) : null;
    Item y2 = j + 1 < n ? items.get(j + 1) : null;
    boolean hyphened = y != null && y.isPunct("-") && y.glued() && y2 != null && y2.glued()
        && y2.has(Kind.RANGE_SUFFIX);
    boolean suffixed = y != null && y.glued() && y.isWord() && j == i + 1
        && y.has(Kind.RANGE_SUFFIX);
    if ((hyphened || suffixed) && (plain || isWholePositive(c.value)) && !c.yearContext) {
      // 700-an, 1.300-an, 13.400an: [700, 799], [1300, 1399], [13400, 13499]; the step is the
      // last non-zero digit's place
      BigDecimal step = BigDecimal.ONE;
      BigDecimal val = c.value;
      while (val.signum() > 0 && val.remainder(BigDecimal.TEN).signum() == 0) {
        val = val.divide(BigDecimal.TEN);
        step = step.multiply(BigDecimal.TEN);
      }
      c.lo = c.value;
      c.hi = c.value.add(step).subtract(BigDecimal.ONE);
      c.value = null;
      c.yearCandidate = false;
      c.to = hyphened ? j + 2 : j + 1;
      return c;
    }
    if (y != null && y.glued() && y.isWord() && j == i + 1) {
      if (y.has(Kind.ORDINAL_SUFFIX) && plain) {
        Core o = skip(i, j + 1);
        o.pendingType = ExpressionType.ORDINAL;
        o.pendingFrom = i;
        o.pendingTo = j + 1;
        o.pendingValue = v;
        return o;
      }
      if (!y.known() || (y.entry(Kind.MEASURE) == null && y.get(Kind.MEASURE) != null
          && !y.has(Kind.UNIT) && !y.has(Kind.PERCENT) && !y.has(Kind.MULTIPLIER))) {
        return skip(i, j + 1); // 4D, 5x3: not a count
      }
    }
    return c;
  }

  /**
   * Phone numbers and codes, never amounts: a number with a leading zero ({@code 021}, {@code RT
   * 05}), one after a glued {@code +}, three dash-joined groups ({@code 555-123-4567}) or three
   * digits dash four digits not ending in 00 ({@code 555-1234}, but {@code 300-1000} is a range).
   */
  private boolean isPhone(int i) {
    Token t = items.get(i).first;
    if (t.digits >= 2 && t.text.charAt(0) == '0') {
      return true;
    }
    if (i > 0 && items.get(i - 1).isPunct("+") && items.get(i).glued()
        && (i == 1 || !items.get(i - 1).glued())) {
      return true;
    }
    if (i > 0 && items.get(i - 1).isPunct("(") && i + 2 < n && items.get(i + 1).isPunct(")")
        && items.get(i + 2).isNumber() && t.digits == 3 && dashNumber(i + 3)) {
      return true; // the area code of (212) 555-0147
    }
    if (!dashNumber(i + 1)) {
      return false;
    }
    Token second = items.get(i + 2).first;
    return dashNumber(i + 3) || (t.digits == 3 && second.digits == 4
        && new BigDecimal(second.text).remainder(HUNDRED).signum() != 0);
  }

  /** Whether items k, k+1 are a glued dash and a glued number of plain digits. */
  private boolean dashNumber(int k) {
    return k + 1 < n && items.get(k).isPunct("-") && items.get(k).glued()
        && items.get(k + 1).isNumber() && items.get(k + 1).glued()
        && isPlainDigits(items.get(k + 1).first);
  }

  /** The end of a phone number starting at item i: its dash-joined and spaced digit groups. */
  private int phoneEnd(int i) {
    int j = i + 1;
    while (j < n) {
      if (dashNumber(j)) {
        j += 2;
      } else if (items.get(j).isNumber() && isPlainDigits(items.get(j).first)
          && items.get(j).first.digits >= 2 && items.get(j).first.digits <= 4
          && items.get(j - 1).isNumber()) {
        j++;
      } else {
        break;
      }
    }
    return j;
  }

  /**
   * Whether item j is a scale after digits: a scale word or abbreviation ({@code juta}, {@code
   * jt}, {@code bn}, {@code k}), or a scale letter ({@code M}, {@code T}, {@code B}) in capitals
   * after money, in any case glued after money ({@code £5m}) or glued before a counting noun
   * ({@code 3m people}, {@code 3M people}); otherwise {@code 100m} is a length and {@code 7,8M}
   * a magnitude.
   */
  private boolean scaleAt(int j, boolean money) {
    if (j >= n) {
      return false;
    }
    Item it = items.get(j);
    if (it.has(Kind.SCALE) || it.has(Kind.SCALE_ABBR)) {
      return true;
    }
    if (!it.has(Kind.MONEY_SCALE)) {
      return false;
    }
    boolean glued = it.glued() && items.get(j - 1).isNumber();
    if (money) {
      return it.upperCase() || glued;
    }
    return glued && has(j + 1, Kind.UNIT);
  }

  private static BigDecimal scaleOf(Item it) {
    Entry e = it.get(Kind.SCALE);
    if (e == null) {
      e = it.get(Kind.SCALE_ABBR);
    }
    if (e == null) {
      e = it.get(Kind.MONEY_SCALE);
    }
    return e.value();
  }

  private boolean isMonth(Item it) {
    if (it == null || !it.has(Kind.MONTH)) {
      return false;
    }
    // English month names double as words (may, march): only capitalised ones count.
    return !profile.capitalisedMonths() || it.capitalized();
  }

  private static boolean isPlainDigits(Token t) {
    return t.type == Token.Type.NUMBER && t.digits == t.text.length();
  }

  private static boolean isWholePositive(BigDecimal v) {
    return v.signum() > 0 && v.stripTrailingZeros().scale() <= 0;
  }

  private static boolean isYearLike(Token t) {
    if (!isPlainDigits(t) || t.digits != 4) {
      return false;
    }
    BigDecimal v = new BigDecimal(t.text);
    return v.compareTo(YEAR_MIN) >= 0 && v.compareTo(YEAR_MAX) <= 0;
  }

  private boolean has(int k, Kind kind) {
    return k >= 0 && k < n && items.get(k).has(kind);
  }

  /** Emits a value with the hedge of its prefix applied, from the prefix to item {@code end}. */
  private void emitBounded(ExpressionType type, Prefix p, int end, Quantity q, UnitRef unit,
      Set<NumberMarker> markers) {
    Quantity v = applyBound(q, p.bound, false, false);
    if (markers.contains(NumberMarker.ESTIMATED) && !v.isHedged()) {
      v = v.hedged();
    }
    emit(type, p.spanFrom, end, v, unit, markers);
  }

  private void emit(ExpressionType type, int fromItem, int toItem, Quantity q, UnitRef unit,
      Set<NumberMarker> markers) {
    int s = items.get(fromItem).start;
    int e = items.get(toItem - 1).end;
    Span unitSpan = null;
    if (unit != null) {
      unitSpan = Span.of(items.get(unit.from()).start, items.get(unit.to() - 1).end);
    }
    out.add(new NumberExpression(type, Span.of(s, e), text.substring(s, e), q,
        unit == null ? null : unit.written(), unitSpan, unit == null ? null : unit.normalized(),
        markers));
  }
}
