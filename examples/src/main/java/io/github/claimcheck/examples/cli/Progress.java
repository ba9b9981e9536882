package io.github.claimcheck.examples.cli;

import io.github.claimcheck.CheckResult;
import io.github.claimcheck.ReportListener;
import io.github.claimcheck.input.ArticleStream;
import io.github.claimcheck.model.ArticleInfo;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.Problem;
import io.github.claimcheck.render.SafeText;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The progress line on standard error: for a run longer than {@link #DELAY_MILLIS} and only on a
 * terminal, one line rewritten in place twice a second with the articles read, the claims, the
 * time elapsed, the rate and, when the input files' size is known, how far and how long is left.
 * Every other message to standard error goes through {@link #message(String)}, which clears the
 * line first, so the line never mixes with them. The line is made safe like every message
 * ({@link SafeText#clean}).
 */
final class Progress implements ReportListener, AutoCloseable {

  /** How long a run goes before the line appears. */
  static final long DELAY_MILLIS = 2_000;
  private static final long TICK_MILLIS = 500;

  private final PrintWriter err;
  private final ArticleStream input;
  private final boolean shown;
  private final long start = System.nanoTime();
  private final AtomicInteger articles = new AtomicInteger();
  private final AtomicLong claims = new AtomicLong();
  private volatile boolean reconciling;
  private final Thread ticker;
  /** The length of the line on screen, 0 when none is. */
  private int onScreen;

  /**
   * Returns the progress of reading {@code input}, printed to {@code err} when {@code shown}
   * (standard error is a terminal and the user did not ask for quiet).
   */
  Progress(PrintWriter err, ArticleStream input, boolean shown) {
    this.err = err;
    this.input = input;
    this.shown = shown;
    if (shown) {
      ticker = new Thread(this::tick, "claimcheck-progress");
      ticker.setDaemon(true);
      ticker.start();
    } else {
      ticker = null;
    }
  }

  /**
   * Whether standard error is a terminal. Java 17 tells only whether standard input and output
   * are ({@code System.console()}); on Linux the file behind descriptor 2 says it for standard
   * error itself.
   */
  static boolean stderrIsTerminal() {
    try {
      Path fd = Path.of("/proc/self/fd/2");
      if (Files.isSymbolicLink(fd)) {
        String target = Files.readSymbolicLink(fd).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      }
    } catch (Exception e) {
      // not Linux, or /proc hidden: fall back on the console
    }
    return System.console() != null;
  }

  @Override
  public void article(ArticleInfo info, List<Claim> c, List<Problem> problems) {
    articles.incrementAndGet();
    claims.addAndGet(c.size());
  }

  /** The reading is over; reconciliation runs. */
  @Override
  public void allArticlesRead() {
    reconciling = true;
  }

  @Override
  public void finished(CheckResult result) {
    reconciling = true;
  }

  private void tick() {
    try {
      Thread.sleep(DELAY_MILLIS);
      while (!Thread.currentThread().isInterrupted()) {
        draw();
        Thread.sleep(TICK_MILLIS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private synchronized void draw() {
    String line = SafeText.clean(line());
    StringBuilder sb = new StringBuilder("\r").append(line);
    for (int i = line.length(); i < onScreen; i++) {
      sb.append(' ');
    }
    err.print(sb);
    err.flush();
    onScreen = line.length();
  }

  /** The line: "claimcheck: 12,345 articles, 110,234 claims, 0:42, 293 articles/s, 38% of 222 MB, 1:08 left". */
  String line() {
    double seconds = Math.max(1e-3, (System.nanoTime() - start) / 1e9);
    int n = articles.get();
    StringBuilder sb = new StringBuilder("claimcheck: ")
        .append(String.format(Locale.ROOT, "%,d articles, %,d claims, %s, %,.0f articles/s", n,
            claims.get(), clock(seconds), n / seconds));
    long total = input.totalBytes();
    long read = input.bytesRead();
    if (reconciling) {
      sb.append(", comparing claims");
    } else if (total > 0 && read > 0) {
      double share = Math.min(1.0, (double) read / total);
      sb.append(String.format(Locale.ROOT, ", %.0f%% of %s", share * 100, size(total)));
      if (share < 1.0) {
        sb.append(", about ").append(clock(seconds * (1 - share) / share)).append(" left");
      }
    }
    return sb.toString();
  }

  private static String clock(double seconds) {
    long s = Math.round(seconds);
    return s >= 3600
        ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }

  private static String size(long bytes) {
    return bytes >= 1 << 30 ? String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1 << 30))
        : bytes >= 1 << 20 ? String.format(Locale.ROOT, "%d MB", bytes >> 20)
        : String.format(Locale.ROOT, "%d kB", Math.max(1, bytes >> 10));
  }

  /** Prints a message on standard error (through {@link Inputs#error}), clearing the line first. */
  synchronized void message(String message) {
    clear();
    Inputs.error(err, message);
  }

  private void clear() {
    if (onScreen > 0) {
      err.print("\r" + " ".repeat(onScreen) + "\r");
      err.flush();
      onScreen = 0;
    }
  }

  /** Stops the line and clears it. */
  @Override
  public void close() {
    if (ticker != null) {
      ticker.interrupt();
      try {
        ticker.join(1_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    synchronized (this) {
      clear();
    }
  }

  /** Whether the line is printed at all. */
  boolean shown() {
    return shown;
  }
}
