package io.github.claimcheck.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Who or what a claim counts or dates, as a typed key: claims are compared only when their keys
 * are equal. Three forms:
 *
 * <ul>
 *   <li>{@link Counted}: an optional actor and a kind, such as {@code north_korea:soldiers} or
 *       {@code people};
 *   <li>{@link Named}: the people an event date is about, such as {@code kim+putin};
 *   <li>{@link Local}: a date that belongs to one article alone (a statement, a cut-off), compared
 *       with nothing outside it: what is dated, the article and the offset of the date.
 * </ul>
 *
 * <p>{@link #id()} is the string form the JSON report and {@link Claim#subject()} give. Keys are
 * built from their parts; {@link #of(String)} reads the string form of a counted key for callers
 * who hold one. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public sealed interface SubjectKey permits SubjectKey.Counted, SubjectKey.Named, SubjectKey.Local {

  /** Returns the string form: {@code actor:kind}, {@code kind}, {@code a+b}, {@code what@article:offset}. */
  String id();

  /**
   * Returns what is counted or dated, without its actor: {@code soldiers} for {@code
   * north_korea:soldiers}; for a named subject its id, for a local one what is dated.
   */
  String kind();

  /** Returns the actor of a counted subject ({@code north_korea}), empty for the other forms. */
  default Optional<String> actor() {
    return Optional.empty();
  }

  /** Returns a counted subject of no actor, such as {@code people}. */
  static Counted of(String kind) {
    return new Counted(Optional.empty(), kind);
  }

  /** Returns a counted subject: the actor (null for none) and the kind. */
  static Counted of(String actor, String kind) {
    return new Counted(Optional.ofNullable(actor), kind);
  }

  /**
   * Returns the key whose {@link #id()} is {@code text}, for callers holding the string form
   * (hand-built claims, stored reports, table rows): {@code what@article:offset} is a {@link
   * Local} key, {@code a+b} (no colon) a {@link Named} one, anything else a {@link Counted} one
   * whose kind is what follows the last colon ({@code actor:kind}) or the whole text. The
   * extractor builds keys from their parts.
   *
   * @throws IllegalArgumentException if the text is blank
   */
  static SubjectKey parse(String text) {
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      throw new IllegalArgumentException("a subject key is 'kind' or 'actor:kind', not blank");
    }
    int at = text.lastIndexOf('@');
    int colon = text.lastIndexOf(':');
    String digits = colon > at && at > 0 ? text.substring(colon + 1) : "";
    if (colon > at + 1 && digits.matches("0|[1-9][0-9]{0,8}")) {
      return new Local(text.substring(0, at), text.substring(at + 1, colon),
          Integer.parseInt(digits));
    }
    if (colon < 0 && text.indexOf('+') > 0) {
      List<String> names = List.of(text.split("\\+", -1));
      TreeSet<String> sorted = new TreeSet<>(names);
      if (!sorted.contains("") && String.join("+", sorted).equals(text)) {
        return new Named(sorted);
      }
    }
    boolean split = colon > 0 && colon < text.length() - 1 && !text.substring(0, colon).isBlank()
        && !text.substring(colon + 1).isBlank();
    return split ? of(text.substring(0, colon), text.substring(colon + 1)) : of(text);
  }

  /**
   * A counted subject: who (optional) and what kind.
   *
   * @param actor the actor, such as {@code north_korea}
   * @param kind what is counted, such as {@code soldiers}
   */
  record Counted(Optional<String> actor, String kind) implements SubjectKey {
    /** Checks the parts. */
    public Counted {
      Objects.requireNonNull(actor, "actor");
      Objects.requireNonNull(kind, "kind");
      if (kind.isBlank() || actor.map(String::isBlank).orElse(false)) {
        throw new IllegalArgumentException("blank part in subject key " + actor + ":" + kind);
      }
    }

    @Override
    public String id() {
      return actor.map(a -> a + ":" + kind).orElse(kind);
    }

    @Override
    public String toString() {
      return id();
    }
  }

  /**
   * The people (or the treaty) an event date is about, in sorted order.
   *
   * @param names the names, lower case, at least one
   */
  record Named(SortedSet<String> names) implements SubjectKey {
    /** Copies the names, which must not be empty. */
    public Named {
      if (names.isEmpty()) {
        throw new IllegalArgumentException("a named subject names someone");
      }
      names = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(names));
    }

    /** Returns the subject of the given names. */
    public static Named of(List<String> names) {
      TreeSet<String> set = new TreeSet<>();
      for (String n : names) {
        set.add(n.toLowerCase(Locale.ROOT));
      }
      return new Named(set);
    }

    @Override
    public String id() {
      return String.join("+", names);
    }

    @Override
    public String kind() {
      return id();
    }

    @Override
    public String toString() {
      return id();
    }
  }

  /**
   * A date only its own article speaks of: what is dated ({@code statement}, {@code began}, an
   * event key), the article and the offset of the date in its text.
   *
   * @param what what is dated
   * @param articleId the article
   * @param offset where the date starts in the article's text
   */
  record Local(String what, String articleId, int offset) implements SubjectKey {
    /** Checks the parts. */
    public Local {
      Objects.requireNonNull(what, "what");
      Objects.requireNonNull(articleId, "articleId");
    }

    @Override
    public String id() {
      return what + "@" + articleId + ":" + offset;
    }

    @Override
    public String kind() {
      return what;
    }

    @Override
    public String toString() {
      return id();
    }
  }
}
