package io.github.claimcheck.model;

import java.util.Objects;

/**
 * Something that went wrong with the input and was reported instead of thrown: a file that could
 * not be read, a bad JSONL line, a duplicate id.
 *
 * @param source where: a file name, with {@code :line} when a line is known
 * @param message what is wrong, for a person
 */
public record Problem(String source, String message) {

  /** Validates the fields. */
  public Problem {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(message, "message");
  }

  /** Returns a problem. */
  public static Problem of(String source, String message) {
    return new Problem(source, message);
  }

  /** Returns a problem at a line of a file. */
  public static Problem at(String file, long line, String message) {
    return new Problem(file + ":" + line, message);
  }

  @Override
  public String toString() {
    return source + ": " + message;
  }
}
