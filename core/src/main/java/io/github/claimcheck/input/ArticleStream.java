package io.github.claimcheck.input;

import io.github.claimcheck.model.Article;
import io.github.claimcheck.model.Problem;
import java.io.Closeable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Articles read one at a time, with the problems met on the way: what {@link
 * io.github.claimcheck.ClaimChecker#check(ArticleStream, io.github.claimcheck.ReportListener)}
 * checks without holding the input in memory. {@link ArticleReader#stream(List)} reads files and
 * folders this way, a JSONL file line by line; {@link #of(Iterable)} and {@link #of(Stream)} wrap
 * articles from anywhere else.
 *
 * <p>An iterator, so not thread-safe: one thread reads it. Close it when done (a file may be
 * open).
 *
 * @since 0.1.0
 */
public final class ArticleStream implements Iterator<Article>, Closeable {

  /** Gives the next article, reporting problems to the stream; null at the end. */
  interface Source extends Closeable {
    Article next(ArticleStream to);

    /** Bytes of input read so far. */
    default long bytesRead() {
      return 0;
    }

    /** Bytes of input in all, or -1 when not known. */
    default long totalBytes() {
      return -1;
    }

    @Override
    default void close() {}
  }

  private final Source source;
  private final List<Problem> problems = new ArrayList<>();
  private final List<Problem> view = Collections.unmodifiableList(problems);
  private Article next;
  private boolean done;

  ArticleStream(Source source) {
    this.source = source;
  }

  /** Returns a stream of the given articles, with no problems. */
  public static ArticleStream of(Iterable<? extends Article> articles) {
    Iterator<? extends Article> it = Objects.requireNonNull(articles, "articles").iterator();
    return new ArticleStream(to -> it.hasNext() ? Objects.requireNonNull(it.next(), "article")
        : null);
  }

  /** Returns a stream of a corpus's articles, its problems listed before the first article. */
  public static ArticleStream of(Corpus corpus) {
    ArticleStream s = of(Objects.requireNonNull(corpus, "corpus").articles());
    corpus.problems().forEach(s::problem);
    return s;
  }

  /** Returns a stream of the given articles, with no problems; closing it closes {@code articles}. */
  public static ArticleStream of(Stream<? extends Article> articles) {
    Iterator<? extends Article> it = Objects.requireNonNull(articles, "articles").iterator();
    return new ArticleStream(new Source() {
      @Override
      public Article next(ArticleStream to) {
        return it.hasNext() ? Objects.requireNonNull(it.next(), "article") : null;
      }

      @Override
      public void close() {
        articles.close();
      }
    });
  }

  /** Lists a problem met while reading. */
  void problem(Problem p) {
    problems.add(p);
  }

  @Override
  public boolean hasNext() {
    if (next == null && !done) {
      next = source.next(this);
      done = next == null;
    }
    return next != null;
  }

  @Override
  public Article next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Article a = next;
    next = null;
    return a;
  }

  /**
   * Returns the problems met so far, in the order met; the list grows as the stream is read and
   * is complete once {@link #hasNext()} returned false.
   */
  public List<Problem> problems() {
    return view;
  }

  /** Returns how many bytes of input files were read so far (0 for articles given in memory). */
  public long bytesRead() {
    return source.bytesRead();
  }

  /**
   * Returns how many bytes the input files hold in all, or -1 when not known (articles given in
   * memory): with {@link #bytesRead()}, how far the reading is.
   */
  public long totalBytes() {
    return source.totalBytes();
  }

  /** Reads the rest of the stream into a corpus (in memory), then closes it. */
  public Corpus toCorpus() {
    List<Article> articles = new ArrayList<>();
    try (ArticleStream s = this) {
      while (s.hasNext()) {
        articles.add(s.next());
      }
    }
    return new Corpus(articles, problems);
  }

  /** Closes any file open. */
  @Override
  public void close() {
    done = true;
    next = null;
    source.close();
  }
}
