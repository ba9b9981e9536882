package io.github.claimcheck.parse;

import java.util.Locale;

/**
 * The roles a lexicon entry can play; the second column of the lexicon files is the lower-case
 * name of one of these constants. See {@code io/github/claimcheck/lang/README.md}.
 */
enum Kind {
  // ---- number words (numbers.tsv) ----
  /** A digit word 0–9: value. */
  DIGIT,
  /** A word worth 10–19 on its own (sepuluh, sebelas, ten … nineteen): value. */
  TEEN,
  /** An English tens word (twenty … ninety): value. */
  TENS,
  /** Indonesian {@code belas}: adds 10 to the digit before it. */
  BELAS,
  /** Indonesian {@code puluh}: multiplies the digit before it by 10. */
  PULUH,
  /** {@code ratus} / {@code hundred}: multiplies the digit before it by 100. */
  HUNDRED,
  /** A fused "one hundred" (seratus): value. */
  HUNDRED_ONE,
  /** A scale word (ribu, juta, thousand, million): value. */
  SCALE,
  /** A fused "one scale" (seribu, sejuta): value. */
  SCALE_ONE,
  /** A scale abbreviation only read after digits (rb, jt, k): value. */
  SCALE_ABBR,
  /** A scale letter only read after digits in money context and in upper case (M, T): value. */
  MONEY_SCALE,
  /** {@code lusin} / {@code dozen}: multiplies by the value (12). */
  DOZEN,
  /** A fused "one dozen" (selusin): value. */
  DOZEN_ONE,
  /** A half (setengah, separuh, half): value 0.5. */
  HALF,
  /** A decimal point word (koma, point). */
  POINT,
  /** English {@code and} inside a number ("one hundred and five"). */
  AND,
  /** English {@code a} before hundred / thousand / dozen. */
  ARTICLE,
  /** A classifier meaning "one" (seorang): value. */
  CLASSIFIER,
  /** A vague amount (ribuan, dozens): low and high bound. */
  VAGUE,
  /** An ordinal word that is always an ordinal (pertama, first, eleventh): value. */
  ORDINAL,
  /** An Indonesian {@code ke-} ordinal word, which may mean "both / all N": value. */
  ORDINAL_KE,
  /** An ordinal suffix glued to digits (th, st, nd, rd). */
  ORDINAL_SUFFIX,
  /** The ordinal prefix {@code ke} before digits (ke-11). */
  KE,
  /** Words that look like numbers but are not counts (salah satu, no one): skipped. */
  NOT_NUMBER,
  /** A multiplier after a number ({@code kali lipat}, {@code times}, {@code -fold}): code = normalised unit. */
  MULTIPLIER,
  /** A word after a multiplier that makes it an occasion, not a multiplier ({@code kali ini}). */
  NOT_AFTER_MULTIPLIER,
  /** A multiplier in one word ({@code sixfold}, {@code twice}): value, code = normalised unit. */
  MULTIPLIER_WORD,
  /**
   * The denominator of a fraction after a numerator ({@code thirds}, {@code pertiga}): value. With
   * the flag {@code always} the word is a denominator wherever it follows a number; without it
   * ({@code third}, also an ordinal) only when joined by a hyphen or followed by {@code of}.
   */
  DENOMINATOR,
  /** A fused "one n-th" ({@code sepertiga}, {@code seperempat}): value = the denominator. */
  FRACTION_ONE,
  /** A word after a fraction that makes it one ({@code of}, {@code the}, {@code dari}). */
  FRACTION_NEXT,
  /** The word of a ratio "one in three" ({@code in}, {@code out of}). */
  RATIO_IN,
  /** A word before a number that makes it a name, not an amount ({@code Flight 610}); flag cap. */
  IDENT,
  /** A word near "3-2" that makes it a score ({@code won}, {@code menang}). */
  SCORE_CUE,
  /** A word for a negative sign before a number ({@code minus}). */
  MINUS,
  /** A word ending of plural nouns: an unknown word with it after a number is its counting noun. */
  NOUN_SUFFIX,
  /** A word ending that {@link #NOUN_SUFFIX} does not cover ({@code ss}: class, press). */
  NOT_NOUN_SUFFIX,
  /** A word ending of verbs and adverbs: no adjective between a number and its noun ({@code ed}). */
  NOT_ADJECTIVE_SUFFIX,
  /** A word with a plural ending that is no counting noun ({@code its}, {@code always}). */
  NOT_UNIT,
  /** A capitalised word before a number that does not make it a name ({@code Monday 20 people}). */
  NOT_NAME,
  /**
   * A switch of the language's grammar, on when listed: {@code capitalised_names} (a capitalised
   * word inside a sentence before a bare number names a thing: {@code the Snapdragon 845}).
   */
  SETTING,

  // ---- hedges, bounds and markers (hedges.tsv) ----
  /** About: {@code sekitar}, {@code about}. */
  APPROX,
  /** More than: {@code lebih dari}, {@code more than}. */
  AT_LEAST_EXCL,
  /** At least: {@code setidaknya}, {@code at least}. */
  AT_LEAST_INCL,
  /** Less than / almost: {@code kurang dari}, {@code hampir}, {@code nearly}. */
  AT_MOST_EXCL,
  /** At most: {@code paling banyak}, {@code no more than}. */
  AT_MOST_INCL,
  /** Up to, only with no number before it: {@code hingga}, {@code up to}. */
  UP_TO,
  /** Postposed "more than" ({@code seribu lebih}). */
  POST_AT_LEAST_EXCL,
  /** Postposed "or more" ({@code atau lebih}). */
  POST_AT_LEAST_INCL,
  /** Postposed "or fewer" ({@code atau kurang}). */
  POST_AT_MOST_INCL,
  /** Postposed "or so". */
  POST_APPROX,
  /** Words after which a postposed {@code lebih} is a comparison (lebih banyak). */
  NOT_AFTER_LEBIH,
  /** Range connector between two numbers (hingga, s.d., -, to). */
  RANGE_TO,
  /** Range connector only after a range opener (dan, and). */
  RANGE_AND,
  /**
   * Range connector between two close figures with no unit between them ("3 atau 4 orang", "two
   * or three people"): a guess between two values, not two counts.
   */
  RANGE_OR,
  /** Range opener (antara, berkisar, between). */
  RANGE_OPEN,
  /** Epistemic hedge: the figure is an estimate (diperkirakan, estimated). */
  ESTIMATED,
  /** The figure is a change (bertambah, increased by). */
  CHANGE,
  /** The figure is a new total (menjadi, rose to). */
  NEW_TOTAL,
  /** The figure is an addition (tambahan, additional, another). */
  ADDITION,
  /** English adjectives between a number and its unit meaning "additional" (more, extra). */
  ADJ_ADDITION,
  /** English adjective between a number and its unit meaning "other". */
  ADJ_OTHERS,
  /** The figure counts others (lainnya, others). */
  OTHERS,
  /** The figure is a subset (di antaranya, of them). */
  SUBSET,
  /** A neutral quantity marker, skipped when looking for hedges (mencapai, sebanyak, total). */
  NEUTRAL,
  /** "from" before an old value (naik dari 10 menjadi 12). */
  FROM,
  /** A word that makes a following {@code sekitar} spatial (di sekitar). */
  SPATIAL,
  /** Function words: a {@code ke-} word after one of these means "both / all N". */
  FUNCTION,
  /** Words after a {@code ke-} word that make it an ordinal (kali, kalinya). */
  ORDINAL_NEXT,
  /** A conjunction allowed between a unit and a following marker (dan, and). */
  CONJ,
  /** English {@code of} between a vague amount and its unit (thousands of people). */
  OF,

  // ---- context ----
  /** A percent word or sign. */
  PERCENT,
  /** A currency before the number: value = ISO code. */
  CURRENCY_PRE,
  /** A currency after the number: value = ISO code. */
  CURRENCY_POST,
  /** A word before a 4-digit number making it a year (tahun, pada, since). */
  YEAR_CUE,
  /** A month name: value = month number. */
  MONTH,
  /** A word before a number making it a time of day (pukul). */
  TIME_PRE,
  /** A word after a number making it a time of day (WIB, GMT). */
  TIME_POST,
  /** A word before a number making it a day of month (tanggal). */
  DATE_PRE,

  // ---- units (units.tsv) ----
  /** A counting noun that can follow a number: code = normalised unit. */
  UNIT,
  /**
   * A unit of measure after a number, spaced or glued ({@code km}, {@code 256GB}): code =
   * normalised unit, flags {@code glued}, {@code exact}, {@code money}.
   */
  MEASURE,
  /** A unit written before the number ({@code magnitudo 5,6}): code = normalised unit. */
  UNIT_PRE,
  /** "per" between a unit and what it is counted per ({@code per}, {@code /}; {@code a}: flag article). */
  PER,
  /** What a unit is counted per ({@code per barrel}, {@code a month}): code = normalised unit. */
  PER_UNIT,
  /** A word after "a month" that makes it a time, not a rate ({@code a year ago}). */
  NOT_AFTER_PER,
  /** A suffix after a round number making it a range of its order: "700-an" is 700 to 799. */
  RANGE_SUFFIX;

  /** Returns the constant for a lexicon file name such as {@code at_least_excl}. */
  static Kind fromFileName(String name) {
    return valueOf(name.trim().toUpperCase(Locale.ROOT));
  }
}
