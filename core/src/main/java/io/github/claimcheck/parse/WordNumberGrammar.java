package io.github.claimcheck.parse;

import java.math.BigDecimal;
import java.util.List;

/**
 * Reads spelled-out cardinals over lexicon items ({@code dua ratus lima puluh ribu}, {@code satu
 * setengah juta}, {@code twelve thousand five hundred}): multiplicative inside a group below one
 * thousand, additive across descending scale words, and multiplicative again when a larger scale
 * follows a smaller one ({@code seribu triliun}). Stops at the first word that does not fit and
 * reports how far it got.
 */
final class WordNumberGrammar {

  /** The value read, the item index after it, and the scale word it ended on (or 1). */
  record Result(BigDecimal value, int end, BigDecimal trailingScale) {}

  private enum St { START, DIGIT, TEEN, TENS, PULUH, HUNDRED, SCALE, HALF, POINT, DEC, DOZEN, AND }

  private WordNumberGrammar() {}

  /** Returns whether a spelled-out number can start at this item. */
  static boolean canStart(List<Item> items, int i) {
    Item it = items.get(i);
    if (it.has(Kind.DIGIT) || it.has(Kind.TEEN) || it.has(Kind.TENS) || it.has(Kind.HUNDRED_ONE)
        || it.has(Kind.SCALE_ONE) || it.has(Kind.DOZEN_ONE)) {
      return true;
    }
    if (i + 1 < items.size() && (it.has(Kind.ARTICLE) || it.has(Kind.HALF))) {
      Item nx = items.get(i + 1);
      return nx.has(Kind.SCALE) || nx.has(Kind.HUNDRED) || nx.has(Kind.DOZEN)
          || (it.has(Kind.HALF) && nx.has(Kind.ARTICLE));
    }
    return false;
  }

  /** Reads a number starting at item {@code i}, or returns null when none starts there. */
  static Result parse(List<Item> items, int i) {
    int n = items.size();
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal group = BigDecimal.ZERO;
    BigDecimal lastScale = null;
    BigDecimal trailing = BigDecimal.ONE;
    int lastDigit = -1;
    int decimals = 0;
    St st = St.START;
    int end = -1;
    BigDecimal valueAtEnd = null;
    BigDecimal trailingAtEnd = BigDecimal.ONE;
    for (int j = i; j < n; j++) {
      Item it = items.get(j);
      Item nx = j + 1 < n ? items.get(j + 1) : null;
      if (st == St.TENS && it.isPunct("-") && nx != null && nx.has(Kind.DIGIT) && nx.glued()) {
        continue; // twenty-one
      }
      boolean ok = true;
      boolean counts = true; // whether the item ends a valid number (not "and", not "koma")
      if (it.has(Kind.DIGIT)) {
        int d = it.get(Kind.DIGIT).value().intValueExact();
        if (st == St.POINT || st == St.DEC) {
          decimals++;
          group = group.add(BigDecimal.valueOf(d).movePointLeft(decimals));
          st = St.DEC;
        } else if (st == St.START || st == St.HUNDRED || st == St.SCALE || st == St.AND
            || st == St.TENS || st == St.PULUH) {
          group = group.add(BigDecimal.valueOf(d));
          lastDigit = d;
          st = St.DIGIT;
        } else {
          ok = false;
        }
      } else if (it.has(Kind.TEEN) || it.has(Kind.TENS)) {
        Entry e = it.has(Kind.TEEN) ? it.get(Kind.TEEN) : it.get(Kind.TENS);
        if (st == St.START || st == St.HUNDRED || st == St.SCALE || st == St.AND) {
          group = group.add(e.value());
          st = it.has(Kind.TEEN) ? St.TEEN : St.TENS;
        } else {
          ok = false;
        }
      } else if (it.has(Kind.BELAS)) {
        if (st == St.DIGIT && lastDigit >= 1 && group.remainder(BigDecimal.valueOf(100))
            .compareTo(BigDecimal.TEN) < 0) {
          group = group.add(BigDecimal.TEN);
          st = St.TEEN;
        } else {
          ok = false;
        }
      } else if (it.has(Kind.PULUH)) {
        if (st == St.DIGIT && lastDigit >= 1 && group.remainder(BigDecimal.valueOf(100))
            .compareTo(BigDecimal.TEN) < 0) {
          group = group.add(BigDecimal.valueOf(lastDigit * 9L));
          st = St.PULUH;
        } else {
          ok = false;
        }
      } else if (it.has(Kind.HUNDRED)) {
        if ((st == St.DIGIT && group.compareTo(BigDecimal.valueOf(lastDigit)) == 0 && lastDigit > 0)
            || (st == St.TEEN && group.compareTo(BigDecimal.valueOf(20)) < 0)) {
          group = group.multiply(BigDecimal.valueOf(100)); // dua ratus; twelve hundred
          st = St.HUNDRED;
        } else {
          ok = false;
        }
      } else if (it.has(Kind.HUNDRED_ONE)) {
        if ((st == St.START || st == St.SCALE || st == St.AND) && group.signum() == 0) {
          group = it.get(Kind.HUNDRED_ONE).value();
          st = St.HUNDRED;
        } else {
          ok = false;
        }
      } else if (it.has(Kind.SCALE)) {
        BigDecimal s = it.get(Kind.SCALE).value();
        boolean nest = st == St.SCALE && group.signum() == 0 && lastScale != null
            && s.compareTo(lastScale) > 0; // seribu triliun
        if ((st != St.START && st != St.POINT && st != St.AND && group.signum() > 0) || nest) {
          if (lastScale == null || s.compareTo(lastScale) < 0) {
            total = total.add(group.multiply(s));
          } else {
            total = total.add(group).multiply(s);
          }
          group = BigDecimal.ZERO;
          lastScale = s;
          st = St.SCALE;
          trailing = s;
        } else {
          ok = false;
        }
      } else if (it.has(Kind.SCALE_ONE)) {
        BigDecimal s = it.get(Kind.SCALE_ONE).value();
        if ((st == St.START || st == St.SCALE || st == St.AND) && group.signum() == 0
            && (lastScale == null || s.compareTo(lastScale) < 0)) {
          total = total.add(s);
          lastScale = s;
          st = St.SCALE;
          trailing = s;
        } else {
          ok = false;
        }
      } else if (it.has(Kind.DOZEN)) {
        if (st == St.DIGIT && group.compareTo(BigDecimal.valueOf(lastDigit)) == 0) {
          group = group.multiply(it.get(Kind.DOZEN).value());
          st = St.DOZEN;
        } else {
          ok = false;
        }
      } else if (it.has(Kind.DOZEN_ONE)) {
        if (st == St.START) {
          group = it.get(Kind.DOZEN_ONE).value();
          st = St.DOZEN;
        } else {
          ok = false;
        }
      } else if (it.has(Kind.HALF)) {
        BigDecimal half = it.get(Kind.HALF).value();
        if (st == St.START && nx != null && (nx.has(Kind.SCALE) || nx.has(Kind.ARTICLE))) {
          group = half;
          st = St.HALF;
          counts = false; // "setengah" alone is not a count
        } else if (st == St.DIGIT || st == St.TEEN || st == St.TENS || st == St.PULUH) {
          group = group.add(half);
          st = St.HALF;
        } else {
          ok = false;
        }
      } else if (it.has(Kind.POINT)) {
        if ((st == St.DIGIT || st == St.TEEN || st == St.TENS || st == St.PULUH
            || st == St.HUNDRED) && nx != null && nx.has(Kind.DIGIT)) {
          st = St.POINT;
          counts = false;
        } else {
          ok = false;
        }
      } else if (it.has(Kind.AND)) {
        if ((st == St.HUNDRED || st == St.SCALE) && nx != null
            && (nx.has(Kind.DIGIT) || nx.has(Kind.TEEN) || nx.has(Kind.TENS))) {
          st = St.AND;
          counts = false;
        } else {
          ok = false;
        }
      } else if (it.has(Kind.ARTICLE)) {
        if (st == St.START && nx != null
            && (nx.has(Kind.HUNDRED) || nx.has(Kind.SCALE) || nx.has(Kind.DOZEN))) {
          group = BigDecimal.ONE;
          lastDigit = 1;
          st = St.DIGIT;
          counts = false;
        } else if (st == St.HALF && nx != null && nx.has(Kind.SCALE)) {
          counts = false; // half a million
        } else {
          ok = false;
        }
      } else {
        ok = false;
      }
      if (!ok) {
        break;
      }
      if (st != St.SCALE) {
        trailing = BigDecimal.ONE;
      }
      if (counts) {
        end = j + 1;
        valueAtEnd = total.add(group);
        trailingAtEnd = trailing;
      }
    }
    if (end < 0) {
      return null;
    }
    return new Result(valueAtEnd, end, trailingAtEnd);
  }
}
