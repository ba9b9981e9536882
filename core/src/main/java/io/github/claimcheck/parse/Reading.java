package io.github.claimcheck.parse;

import io.github.claimcheck.internal.text.VisibleText;
import io.github.claimcheck.model.Language;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One text read for the scanners: its chars as a reader sees them, one look at both scanners'
 * anchors, and its tokens cut once, when a scanner needs them, for both.
 */
final class Reading {

  private final VisibleText visible;
  private final ScanWords words;
  /** The scanners that may find something ({@link Anchors} bits). */
  private final int may;
  private TextTokens tokens;

  private Reading(CharSequence text, Language language, int wanted) {
    this.visible = VisibleText.of(text);
    this.words = ScanWords.of(language);
    this.may = words.anchors().mayHold(visible.text(), wanted);
  }

  /** The reading of {@code text} for the scanners of {@code wanted} ({@link Anchors} bits). */
  static Reading of(CharSequence text, Language language, int wanted) {
    return new Reading(text, language, wanted);
  }

  private TextTokens tokens() {
    if (tokens == null) {
      tokens = TextTokens.of(visible.text(), words);
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
