package io.github.claimcheck.model;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The event a claim belongs to: a type ({@code flood}, {@code earthquake}, {@code rally}) and,
 * when the text names one, a place or name ({@code sumatera_barat}). Claims are compared by the
 * type: outlets name one flood by its province, regency or valley, so the place tells nothing
 * reliable (different events of one type are told apart by their stories). The name is kept as
 * written for reports.
 *
 * <p>Immutable and thread-safe; equal when the names are equal.
 *
 * @since 0.1.0
 */
public final class EventKey {

  private final String name;
  private final String type;
  private final String typeText;
  private final String place;

  private EventKey(String name, String type, String typeText, String place) {
    this.name = name;
    this.type = type;
    this.typeText = typeText;
    this.place = place;
  }

  /**
   * Returns the key of an event type and place, as the extractor builds it: {@code flood} and
   * {@code garut} give {@code flood:garut}.
   *
   * @param type the event type, one word (underscores for spaces)
   * @param place the place or name, one word, or null for none
   */
  public static EventKey of(String type, String place) {
    Objects.requireNonNull(type, "type");
    String t = type.strip().toLowerCase(Locale.ROOT);
    if (t.isEmpty() || (place != null && place.isBlank())) {
      throw new IllegalArgumentException("blank event type or place: " + type + ":" + place);
    }
    return new EventKey(place == null ? type : type + ":" + place, t, type, place);
  }

  /**
   * Returns the key of an event as written by a caller: {@code flood:garut} (type and place, no
   * spaces) or free text such as {@code the Garut floods}, whose type is the whole text (folded
   * to lower case and single spaces) up to a first colon. Empty for blank text.
   */
  public static Optional<EventKey> named(String name) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    String lower = name.strip().toLowerCase(Locale.ROOT);
    // Every claim the extractor makes names its event this way: fold space only when there is
    // some to fold (strip and toLowerCase return the text itself when they change nothing).
    String folded = singleSpaced(lower) ? lower : SPACES.matcher(lower).replaceAll(" ");
    int colon = folded.indexOf(':');
    String type = colon < 0 ? folded : folded.substring(0, colon);
    String written = name.strip();
    int at = written.indexOf(':');
    boolean typed = at >= 0 && written.indexOf(' ') < 0;
    return Optional.of(new EventKey(name, type, typed ? written.substring(0, at) : written,
        typed ? written.substring(at + 1) : null));
  }

  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** Whether every run of white space in {@code s} is one plain space. */
  private static boolean singleSpaced(String s) {
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ws = Character.isWhitespace(c);
      if (ws && (c != ' ' || space)) {
        return false;
      }
      space = ws;
    }
    return true;
  }

  /** Returns the name as written, such as {@code flood:garut} or {@code the Garut floods}. */
  public String name() {
    return name;
  }

  /** Returns the type claims are compared by, in lower case: {@code flood}. */
  public String type() {
    return type;
  }

  /**
   * Returns the type as written ({@code Flood} for {@code Flood:garut}), or the whole name,
   * stripped, when it is free text.
   */
  public String typeText() {
    return typeText;
  }

  /** Returns the place or name after the type ({@code garut}), when the key has one. */
  public Optional<String> place() {
    return Optional.ofNullable(place);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EventKey e && name.equals(e.name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  @Override
  public String toString() {
    return name;
  }
}
