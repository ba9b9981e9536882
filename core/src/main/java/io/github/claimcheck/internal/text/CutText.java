package io.github.claimcheck.internal.text;

/**
 * A sentence's text handed to the scanners together with the tokens the claim reader already cut
 * it into, so that the scanners read that cut instead of cutting the text again: one cut per
 * sentence for both. It is the text itself as a {@link CharSequence}; a reader that knows nothing
 * of the cut reads it as it would read the text. Immutable while the cut does not change.
 *
 * <p>The cut must be of the whole text: its tokens in text order, together covering every char
 * that is not white space ({@link Character#isWhitespace}), none spanning white space, each a run
 * of letters and digits (with inner joiners) or one other char.
 */
public final class CutText implements CharSequence {

  /** Tokens of a text, with offsets into a larger text (the article) that holds it. */
  public interface Cut {

    /** Returns how many tokens there are. */
    int size();

    /** Returns where token {@code k} starts, as an offset into the larger text. */
    int start(int k);

    /** Returns where token {@code k} ends, as an offset into the larger text. */
    int end(int k);

    /** Returns token {@code k} as written. */
    String written(int k);

    /** Returns token {@code k} lower-cased ({@code toLowerCase(Locale.ROOT)}). */
    String lower(int k);

    /** Returns the {@code hashCode()} of {@link #lower}. */
    int lowerHash(int k);

    /**
     * Returns whether every char of the text, white space too, is ASCII (then it is as a reader
     * sees it: {@link VisibleText} has nothing to do).
     */
    boolean allAscii();

    /** Returns the numbers {@link #wordNumber} gives, or null when it gives none. */
    Numbering numbering();

    /**
     * Returns the number of token {@code k}'s lower-cased word in {@link #numbering}: -1 when the
     * numbering lacks it, -2 when it was not looked up.
     */
    int wordNumber(int k);
  }

  /**
   * Words numbered from 0 (the claim reader's vocabulary): a reader of the cut may keep, with
   * the numbering, what each number's word is to it, and then read that by number instead of
   * looking the word up. Its words never change once it is handed out.
   */
  public interface Numbering {

    /** Returns how many words are numbered. */
    int size();

    /** Returns word {@code number}, lower case. */
    String word(int number);

    /** Returns what a reader of the cut keeps with this numbering ({@link #keep}), or null. */
    Object kept();

    /**
     * Keeps {@code value} with this numbering, in place of what was kept before: one reader's
     * table of what each number's word is to it, which it recognises as its own when it reads it
     * back. Safe to call from any thread.
     */
    void keep(Object value);
  }

  private final String text;
  private final int base;
  private final Cut cut;

  /**
   * Makes the text.
   *
   * @param text the sentence's text
   * @param base the offset of the sentence in the larger text the cut's offsets point into
   * @param cut the sentence's tokens
   */
  public CutText(String text, int base, Cut cut) {
    this.text = text;
    this.base = base;
    this.cut = cut;
  }

  /** Returns the offset of the text in the larger text the cut's offsets point into. */
  public int base() {
    return base;
  }

  /** Returns the text's tokens. */
  public Cut cut() {
    return cut;
  }

  @Override
  public int length() {
    return text.length();
  }

  @Override
  public char charAt(int index) {
    return text.charAt(index);
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return text.subSequence(start, end);
  }

  /** Returns the text itself, not a copy. */
  @Override
  public String toString() {
    return text;
  }
}
