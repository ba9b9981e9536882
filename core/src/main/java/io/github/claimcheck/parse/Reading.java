package io.github.claimcheck.parse;

import io.github.claimcheck.internal.text.CutText;
import io.github.claimcheck.internal.text.VisibleText;
import io.github.claimcheck.model.Language;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One text read for the scanners: its chars as a reader sees them, one look at both scanners'
 * anchors, and its tokens cut once, when a scanner needs them, for both. A sentence the claim
 * reader cut already ({@link CutText}) is not cut again: its tokens are read off that cut, and
 * its words by their numbers in the claim reader's vocabulary.
 */
final class Reading {

  private final VisibleText visible;
  /**
   * The cut a caller made of the text, or null: read when the visible text is the text and the
   * cut's words are numbered.
   */
  private final CutText cut;
  /** The scanners' words by the numbers of {@link #cut}'s words, or null. */
  private final ScanWords.Numbered numbered;
  private final ScanWords words;
  /** The scanners that may find something ({@link Anchors} bits). */
  private final int may;
  private TextTokens tokens;

  private Reading(CharSequence text, Language language, int wanted) {
    this.visible = VisibleText.of(text);
    this.words = ScanWords.of(language);
    if (text instanceof CutText c && visible.unchanged() && c.cut().numbering() != null) {
      this.cut = c;
      this.numbered = words.numbered(c.cut().numbering());
    } else {
      this.cut = null;
      this.numbered = null;
    }
    this.may = words.anchors().mayHold(visible.text(), wanted);
  }

  /** The reading of {@code text} for the scanners of {@code wanted} ({@link Anchors} bits). */
  static Reading of(CharSequence text, Language language, int wanted) {
    return new Reading(text, language, wanted);
  }

  private TextTokens tokens() {
    if (tokens == null) {
      tokens = cut == null ? TextTokens.of(visible.text(), words)
          : TextTokens.of(visible.text(), cut.cut(), cut.base(), numbered, words);
    }
    return tokens;
  }

  /** The number expressions, as {@link NumberScanner#scan} documents them. */
  List<NumberExpression> numbers() {
    if ((may & Anchors.NUMBERS) == 0) {
      return List.of(); // no digit, no number word: most sentences, not worth tokenising
    }
    List<NumberExpression> found =
        new ScanRun(visible.text(), tokens().numberTokens(), words.numbers()).run();
    if (visible.unchanged()) {
      return List.copyOf(found);
    }
    List<NumberExpression> out = new ArrayList<>(found.size());
    for (NumberExpression e : found) {
      out.add(new NumberExpression(e.type(), visible.toOriginal(e.span()),
          visible.originalText(e.span()), e.value(), e.unit(),
          e.unitSpan() == null ? null : visible.toOriginal(e.unitSpan()), e.unitNormalized(),
          e.markers()));
    }
    return Collections.unmodifiableList(out);
  }

  /** The date expressions, as {@link DateScanner#scan} documents them. */
  List<DateExpression> dates(LocalDate reference) {
    if ((may & Anchors.DATES) == 0) {
      return List.of(); // no year or slash, no month, day or unit word: most sentences
    }
    DateScan scan = DateScan.of(tokens(), words.dates());
    List<DateExpression> out = new ArrayList<>(scan.matches.size());
    for (DateMatch m : scan.matches) {
      DateExpression d = DateExpression.of(scan, m, reference);
      out.add(visible.unchanged() ? d : d.at(visible.toOriginal(d.span()),
          visible.originalText(d.span())));
    }
    return Collections.unmodifiableList(out);
  }
}
