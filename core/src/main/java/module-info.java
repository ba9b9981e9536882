/**
 * claimcheck's library: reads news articles into typed claims and reconciles them across
 * sources. Entry point: {@link io.github.claimcheck.ClaimChecker}.
 *
 * <p>Every package but {@code io.github.claimcheck.internal.*} is API; the internal packages are
 * not exported, so code on the module path cannot reach them.
 */
module io.github.claimcheck.core {
  // transitive: model.Interval is built on Guava's Range, which its API hands out
  requires transitive com.google.common;
  requires org.apache.commons.text;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires static com.google.errorprone.annotations;

  exports io.github.claimcheck;
  exports io.github.claimcheck.extract;
  exports io.github.claimcheck.input;
  exports io.github.claimcheck.json;
  exports io.github.claimcheck.lang;
  exports io.github.claimcheck.model;
  exports io.github.claimcheck.parse;
  exports io.github.claimcheck.reconcile;
  exports io.github.claimcheck.render;
  exports io.github.claimcheck.render.text;
}
