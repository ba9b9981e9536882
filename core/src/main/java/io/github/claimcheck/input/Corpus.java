package io.github.claimcheck.input;

import io.github.claimcheck.model.Article;
import io.github.claimcheck.model.Problem;
import java.util.List;

/**
 * Articles read from some input, with the problems met while reading it.
 *
 * @param articles the articles read, in input order, ids unique
 * @param problems what could not be read, with file and line
 */
public record Corpus(List<Article> articles, List<Problem> problems) {

  /** Copies the lists. */
  public Corpus {
    articles = List.copyOf(articles);
    problems = List.copyOf(problems);
  }

  /** Returns a corpus of articles with no problems. */
  public static Corpus of(List<Article> articles) {
    return new Corpus(articles, List.of());
  }
}
