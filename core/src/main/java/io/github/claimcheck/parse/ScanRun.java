package io.github.claimcheck.parse;

import io.github.claimcheck.lang.LanguageProfile;
import io.github.claimcheck.model.Language;
import io.github.claimcheck.model.Quantity;
import io.github.claimcheck.model.QuantityKind;
import io.github.claimcheck.model.Span;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One scan of one text: tokens, lexicon items, then a single left-to-right walk that reads every
 * number expression. Each expression is a core (digits, words or a vague amount) with a bounded
 * look-back for hedge and marker words and a bounded look-ahead for a range partner, percent,
 * currency, unit and markers, so the whole scan is linear in the length of the text.
 */
final class ScanRun {

  /** How many items before a number are searched for hedges and markers. */
  private static final int LOOKBACK = 8;
  /** How many capitalised or adjective words may stand between an English number and its unit. */
  private static final int MAX_ADJECTIVES = 3;
  /** How many items after a number or unit are searched for lainnya / di antaranya / tambahan. */
  private static final int MARKER_WINDOW = 4;

  private static final BigDecimal YEAR_MIN = BigDecimal.valueOf(1900);
  private static final BigDecimal YEAR_MAX = BigDecimal.valueOf(2100);

  private final String text;
  private final Language lang;
  private final LanguageProfile profile;
  private final List<Item> items;
  private final int n;
  private final List<NumberExpression> out = new ArrayList<>();
  /** First item not yet consumed by an expression: look-back never crosses it. */
  private int lastEnd;
  /** Item index right after an expression read as the old value of a change ("rose from 500"). */
  private int fromChangeEnd = -1;

  ScanRun(CharSequence text, Lexicon lex) {
    this.text = text.toString();
    this.lang = lex.language();
    this.profile = lex.profile();
    this.items = lex.segment(Tokenizer.tokenize(this.text));
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

  /** Reads whatever starts at item i; returns the index after what it consumed, or i. */
  private int at(int i) {
    Item it = items.get(i);
    if (it.has(Kind.NOT_NUMBER)) {
      return i + 1;
    }
    if (it.has(Kind.KE) && i + 1 < n) {
      int r = keDigits(i);
      if (r > i) {
        return r;
      }
    }
    if (it.has(Kind.ORDINAL) || it.has(Kind.ORDINAL_KE)) {
      return ordinalWord(i);
    }
    if (it.isNumber() || it.has(Kind.VAGUE) || it.has(Kind.CLASSIFIER)
        || WordNumberGrammar.canStart(items, i)) {
      return expression(i);
    }
    return i;
  }

  // ---------------------------------------------------------------- ordinals

  /** ke-11, ke11, ke 11 (the spaced form only when no count unit follows: "ke 11 negara"). */
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
    } else {
      return i;
    }
    if (!isPlainDigits(num.first) || num.first.digits > 9) {
      return i;
    }
    emit(ExpressionType.ORDINAL, i, end, Quantity.exact(new BigDecimal(num.first.text)), null, -1,
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
          -1, EnumSet.noneOf(NumberMarker.class));
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
    emit(ExpressionType.ORDINAL, i, j, Quantity.exact(v), null, -1,
        EnumSet.noneOf(NumberMarker.class));
    return j;
  }

  // ---------------------------------------------------------------- expressions

  /** Hedges and markers found before a number. */
  private static final class Prefix {
    int spanFrom;
    Kind bound;
    boolean opener;
    boolean fromChange;
    String currency;
    int currencyItem = -1;
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
  }

  private int expression(int i) {
    Prefix p = lookback(i);
    Core a = core(i, p);
    if (a == null) {
      return i;
    }
    if (a.skip) {
      if (a.pendingType != null) {
        emit(a.pendingType, a.pendingFrom, a.pendingTo, Quantity.exact(a.pendingValue), null, -1,
            EnumSet.noneOf(NumberMarker.class));
      }
      return a.to;
    }
    int j = a.to;
    Item nx = j < n ? items.get(j) : null;
    if (nx != null && nx.has(Kind.NOT_COUNT)) {
      return j + 1; // dua kali lipat, three times, tiga perempat
    }
    if (!a.digits && !a.vague() && isMonth(nx)) {
      return j; // a day number in words before a month name belongs to the date scanner
    }
    if (a.yearCandidate) {
      boolean quantityCue = p.bound != null || p.opener || p.currency != null
          || (nx != null && (nx.has(Kind.UNIT) || nx.has(Kind.PERCENT)
              || nx.has(Kind.CURRENCY_POST)));
      if (a.yearContext || !quantityCue) {
        emit(ExpressionType.YEAR, a.from, a.to, Quantity.exact(a.value), null, -1,
            EnumSet.noneOf(NumberMarker.class));
        return a.to;
      }
    }

    // Range: A [unit] connector B
    Core b = null;
    int c = j;
    boolean unitBetween = false;
    if (has(c, Kind.UNIT) && c + 1 < n && isConnector(items.get(c + 1), p)) {
      c++;
      unitBetween = true;
    }
    if (c < n && isConnector(items.get(c), p) && !p.fromChange && c + 1 < n
        && canStartCore(c + 1)) {
      Core cand = core(c + 1, p);
      if (cand != null && !cand.skip && rangeOk(a, cand, items.get(c))
          && (!unitBetween || (cand.to < n && items.get(cand.to).key.equals(items.get(j).key)))) {
        b = cand;
      }
    }
    int end = b != null ? b.to : a.to;
    int spanEnd = end;

    ExpressionType type = ExpressionType.QUANTITY;
    String unit = null;
    int unitItem = -1;
    if (p.currency != null) {
      type = ExpressionType.MONEY;
      unit = p.currency;
      unitItem = p.currencyItem;
    }
    Item x = end < n ? items.get(end) : null;
    if (x != null && x.has(Kind.PERCENT)) {
      type = ExpressionType.PERCENT;
      end++;
      spanEnd = end;
    } else if (x != null && x.has(Kind.CURRENCY_POST) && unit == null) {
      type = ExpressionType.MONEY;
      unit = x.get(Kind.CURRENCY_POST).code();
      unitItem = end;
      end++;
    }
    Kind post = postBound(end);
    if (post != null) {
      end++;
      spanEnd = end;
    }

    Set<NumberMarker> markers = EnumSet.copyOf(p.markers);
    int consumed = end;
    // Money has its currency as unit; a noun after a percentage is its base, not a unit.
    if (type == ExpressionType.QUANTITY) {
      int u = end;
      Set<NumberMarker> adj = EnumSet.noneOf(NumberMarker.class);
      if (profile.modifiersBeforeNoun()) { // "1,000 more troops"
        for (int skipped = 0; u < n && skipped < MAX_ADJECTIVES; skipped++) {
          Item y = items.get(u);
          if (y.has(Kind.UNIT)) {
            break;
          } else if (y.has(Kind.ADJ_ADDITION)) {
            adj.add(NumberMarker.ADDITION);
          } else if (y.has(Kind.ADJ_OTHERS)) {
            adj.add(NumberMarker.OTHERS);
          } else if (y.has(Kind.OF) && a.vague()) {
            // thousands of people
          } else if (!(y.capitalized() && !y.known())) {
            break;
          }
          u++;
        }
      }
      if (u < n && items.get(u).has(Kind.UNIT)) {
        unitItem = u;
        unit = items.get(u).key;
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
    if (p.fromChange) {
      fromChangeEnd = consumed;
    }
    emit(type, p.spanFrom, spanEnd, q, unit, unitItem, markers);
    return consumed;
  }

  /** Looks back from item i for currency, hedge, range-opener and marker words. */
  private Prefix lookback(int i) {
    Prefix p = new Prefix();
    p.spanFrom = i;
    boolean chain = true; // still contiguous with the number: extends the span
    boolean sawFrom = false;
    boolean sawChange = false;
    int min = Math.max(lastEnd, i - LOOKBACK);
    for (int k = i - 1; k >= min; k--) {
      Item it = items.get(k);
      if (it.has(Kind.CURRENCY_PRE) && p.currency == null && chain && p.bound == null
          && !p.opener) {
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
            || items.get(k - 1).has(Kind.UNIT))) {
          break; // a number before hingga: not "up to"
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
      if (it.has(Kind.RANGE_TO) && k == i - 1 && k == fromChangeEnd) {
        p.markers.add(NumberMarker.NEW_TOTAL); // rose from 500 to 1,090
        break;
      }
      if (chain && p.bound == null && isOnlyNeutral(it)) {
        continue; // "sedikitnya ada 17", "hampir mencapai 500": the hedge still governs
      }
      chain = false;
      if (it.has(Kind.ESTIMATED)) {
        p.markers.add(NumberMarker.ESTIMATED);
      } else if (it.has(Kind.NEW_TOTAL)) {
        if (!sawChange && !sawFrom) {
          p.markers.add(NumberMarker.NEW_TOTAL);
        }
        sawChange = true;
      } else if (it.has(Kind.CHANGE)) {
        if (sawFrom) {
          p.fromChange = true;
        } else if (!sawChange) {
          p.markers.add(NumberMarker.CHANGE);
        }
        sawChange = true;
      } else if (it.has(Kind.ADDITION)) {
        p.markers.add(NumberMarker.ADDITION);
      } else if (it.has(Kind.FROM)) {
        sawFrom = true;
      } else if (!it.has(Kind.NEUTRAL)) {
        break;
      }
    }
    return p;
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
    return it.has(Kind.RANGE_TO) || (p.opener && it.has(Kind.RANGE_AND));
  }

  private boolean canStartCore(int i) {
    Item it = items.get(i);
    return it.isNumber() || it.has(Kind.VAGUE) || WordNumberGrammar.canStart(items, i);
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
      return Quantity.range(a.value, b.value);
    }
    return a.vague() ? Quantity.vague(a.lo, a.hi) : Quantity.exact(a.value);
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
        r = Quantity.atLeast(lo, false);
        break;
      case AT_LEAST_INCL:
      case POST_AT_LEAST_INCL:
        r = Quantity.atLeast(lo, true);
        break;
      case AT_MOST_EXCL:
        r = Quantity.atMost(hi, false);
        break;
      case AT_MOST_INCL:
      case POST_AT_MOST_INCL:
        r = Quantity.atMost(hi, true);
        break;
      case UP_TO:
        if (range) {
          return q;
        }
        r = Quantity.atMost(hi, true);
        break;
      default:
        throw new AssertionError(bound);
    }
    return vague || range ? r.hedged() : r;
  }

  // ---------------------------------------------------------------- cores

  private Core core(int i, Prefix p) {
    Item it = items.get(i);
    if (it.isNumber()) {
      return digits(i, p);
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
    // Glued to a word: a name or code (G20, F-16, COVID-19), unless Rp5 or ke11.
    if (it.glued() && prev != null && prev.isWord() && !prev.has(Kind.CURRENCY_PRE)
        && !prev.has(Kind.KE)) {
      return skip(i, i + 1);
    }
    if (it.glued() && prev != null && prev.isPunct("-") && prev.glued() && prev2 != null
        && prev2.isWord() && !prev2.has(Kind.KE)) {
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
    if (plain && t.digits <= 2) {
      int v = Integer.parseInt(t.text);
      if (v >= 1 && v <= 31 && (isMonth(nx) || isMonth(prev)
          || (prev != null && prev.isPunct(".") && isMonth(prev2))
          || (prev != null && prev.has(Kind.DATE_PRE)))) {
        return skip(i, i + 1); // 19 Juni, June 19, Dec. 20, tanggal 9
      }
    }
    boolean money = p.currency != null;
    boolean scaleNext = isScale(nx, money);
    boolean decimalContext = scaleNext || money
        || (nx != null && (nx.has(Kind.PERCENT) || nx.has(Kind.CURRENCY_POST)));
    BigDecimal v = DigitReader.read(t.text, lang, decimalContext, nx != null && nx.has(Kind.UNIT));
    if (v == null) {
      return skip(i, i + 1);
    }
    int j = i + 1;
    BigDecimal factor = BigDecimal.ONE;
    while (j < n && isScale(items.get(j), money)) {
      factor = factor.multiply(scaleOf(items.get(j)));
      j++;
    }
    Core c = point(i, j, v.multiply(factor));
    c.digits = true;
    c.trailingScale = factor;
    c.yearCandidate = isYearLike(t) && j == i + 1;
    c.yearContext = c.yearCandidate && (has(i - 1, Kind.YEAR_CUE) || isMonth(prev)
        || (prev != null && prev.isPunct(",") && (isMonth(prev2)
            || (prev2 != null && prev2.isNumber() && i > 2 && isMonth(items.get(i - 3))))));
    Item y = j < n ? items.get(j) : null;
    Item y2 = j + 1 < n ? items.get(j + 1) : null;
    if (y != null && y.isPunct("-") && y.glued() && y2 != null && y2.glued()
        && y2.has(Kind.RANGE_SUFFIX) && plain && !c.yearContext) {
      // 700-an: [700, 799]; the step is the last non-zero digit's place
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
      c.to = j + 2;
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
      if (!y.known()) {
        return skip(i, j + 1); // 4G, 5x: not a count
      }
    }
    return c;
  }

  private boolean isScale(Item it, boolean money) {
    if (it == null) {
      return false;
    }
    return it.has(Kind.SCALE) || it.has(Kind.SCALE_ABBR)
        || (money && it.has(Kind.MONEY_SCALE) && it.upperCase());
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

  private void emit(ExpressionType type, int fromItem, int toItem, Quantity q, String unit,
      int unitItem, Set<NumberMarker> markers) {
    int s = items.get(fromItem).start;
    int e = items.get(toItem - 1).end;
    Span unitSpan = null;
    if (unit != null) {
      Item u = items.get(unitItem);
      unitSpan = Span.of(u.start, u.end);
    }
    out.add(new NumberExpression(type, Span.of(s, e), text.substring(s, e), q, unit, unitSpan,
        markers));
  }
}
