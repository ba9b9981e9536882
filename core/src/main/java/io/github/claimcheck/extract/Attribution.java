package io.github.claimcheck.extract;

/**
 * Who states the figures of a sentence.
 *
 * @param source the named source as written, or null
 * @param origin the underlying source a named source cites, or null
 * @param unnamed whether an agentless passive ("dilaporkan") attributes the figure to no one
 * @param pronoun whether a pronoun ("katanya", "ia") stands for the speaker named before
 */
record Attribution(String source, String origin, boolean unnamed, boolean pronoun) {

  static final Attribution NONE = new Attribution(null, null, false, false);
  static final Attribution PRONOUN = new Attribution(null, null, false, true);

  Attribution(String source, String origin, boolean unnamed) {
    this(source, origin, unnamed, false);
  }

  boolean named() {
    return source != null;
  }
}
