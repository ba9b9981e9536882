package io.github.claimcheck.internal.text;

import io.github.claimcheck.model.ClaimCheckException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Loads the built-in language data under {@code io/github/claimcheck/}: UTF-8 text, one entry per
 * line, {@code #} starts a comment line, blank lines are ignored.
 */
public final class Resources {

  private static final String ROOT = "/io/github/claimcheck/";

  private Resources() {}

  /**
   * A line of a data file with its 1-based number, for error messages that name file and line.
   *
   * @param number the line number in the file
   * @param text the line, stripped
   */
  public record Line(int number, String text) {}

  /** Returns the non-comment, non-blank lines of a resource, stripped. */
  public static List<String> lines(String path) {
    List<Line> numbered = numberedLines(path);
    List<String> out = new ArrayList<>(numbered.size());
    for (Line l : numbered) {
      out.add(l.text());
    }
    return out;
  }

  /** Returns whether a built-in resource exists. */
  public static boolean exists(String path) {
    return Resources.class.getResource(ROOT + path) != null;
  }

  /** Returns the non-comment, non-blank lines of a resource with their numbers. */
  public static List<Line> numberedLines(String path) {
    try (InputStream in = Resources.class.getResourceAsStream(ROOT + path)) {
      if (in == null) {
        throw new ClaimCheckException("built-in resource missing: " + ROOT + path);
      }
      return numberedLines(in);
    } catch (IOException e) {
      throw new ClaimCheckException("cannot read built-in resource " + ROOT + path, e);
    }
  }

  /**
   * Returns the non-comment, non-blank lines of a UTF-8 stream with their numbers, stripped (a
   * leading byte-order mark too); does not close the stream.
   */
  public static List<Line> numberedLines(InputStream in) throws IOException {
    List<Line> out = new ArrayList<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int n = 0;
    while ((line = r.readLine()) != null) {
      n++;
      String s = line.strip();
      if (n == 1 && s.startsWith("\uFEFF")) {
        s = s.substring(1).strip();
      }
      if (!s.isEmpty() && !s.startsWith("#")) {
        out.add(new Line(n, s));
      }
    }
    return out;
  }

  /** Returns the lines of a resource lower-cased as a set. */
  public static Set<String> wordSet(String path) {
    Set<String> out = new LinkedHashSet<>();
    for (String l : lines(path)) {
      out.add(l.toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(out);
  }

  /** Splits a TSV line into its cells, stripped. */
  public static String[] cells(String line) {
    String[] cells = line.split("\t");
    for (int i = 0; i < cells.length; i++) {
      cells[i] = cells[i].strip();
    }
    return cells;
  }
}
