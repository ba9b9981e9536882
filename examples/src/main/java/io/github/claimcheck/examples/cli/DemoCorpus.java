package io.github.claimcheck.examples.cli;

import io.github.claimcheck.input.ArticleReader;
import io.github.claimcheck.input.Corpus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The demo corpus shipped in the jar: Indonesian and English news-style articles written for
 * claimcheck (troop deployments, casualties, ammunition shipments and treaty dates around North
 * Korea and Russia, and a flood whose toll three fictional outlets report differently).
 */
public final class DemoCorpus {

  /** The resource holding the demo articles, one JSON object per line. */
  public static final String RESOURCE = "/io/github/claimcheck/examples/demo/demo-corpus.jsonl";

  private DemoCorpus() {}

  /** Returns the demo articles. */
  public static Corpus load() {
    try (InputStream in = DemoCorpus.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("demo corpus missing from the jar: " + RESOURCE);
      }
      String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return ArticleReader.standard().readJsonLines("demo-corpus.jsonl", content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
