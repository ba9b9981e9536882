package io.github.claimcheck.extract;

/**
 * Who states the figures of a sentence.
 *
 * @param source the named source as written, or null
 * @param origin the underlying source a named source cites, or null
 * @param unnamed whether an agentless passive ("dilaporkan") attributes the figure to no one
 */
record Attribution(String source, String origin, boolean unnamed) {

  static final Attribution NONE = new Attribution(null, null, false);

  boolean named() {
    return source != null;
  }
}
