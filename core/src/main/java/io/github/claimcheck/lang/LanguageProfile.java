package io.github.claimcheck.lang;

import io.github.claimcheck.model.ClaimCheckException;
import io.github.claimcheck.internal.text.Resources;
import io.github.claimcheck.model.Language;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Everything claimcheck knows of one language: a folder of word lists (the files of {@code
 * io/github/claimcheck/lang/id/}: {@code numbers.tsv}, {@code hedges.tsv}, {@code dates.tsv},
 * {@code predicates.tsv}, …) and a few typed settings in its {@code profile.tsv}:
 *
 * <table>
 *   <caption>Settings of {@code profile.tsv} ({@code name<TAB>value})</caption>
 *   <tr><th>setting</th><th>meaning</th><th>Indonesian</th><th>English</th></tr>
 *   <tr><td>{@code name}</td><td>the language's name</td><td>Indonesian</td><td>English</td></tr>
 *   <tr><td>{@code decimal}</td><td>decimal separator</td><td>{@code ,}</td><td>{@code .}</td></tr>
 *   <tr><td>{@code group}</td><td>thousands separator</td><td>{@code .}</td><td>{@code ,}</td></tr>
 *   <tr><td>{@code date_order}</td><td>{@code dmy}: day before month only ("19 Juni");
 *       {@code mdy}: month before day too ("June 19")</td><td>dmy</td><td>mdy</td></tr>
 *   <tr><td>{@code clitics}</td><td>endings stripped from words before they are looked up</td>
 *       <td>nya, lah, kah, pun</td><td>(none)</td></tr>
 *   <tr><td>{@code modifiers}</td><td>where words that qualify a counted noun stand: {@code
 *       after} it ("1.500 tentara tambahan") or {@code before} it ("1,500 more troops")</td>
 *       <td>after</td><td>before</td></tr>
 *   <tr><td>{@code month_case}</td><td>{@code capitalised}: a month name counts only with a
 *       capital (English "May", "March" are also words); {@code any}</td><td>any</td>
 *       <td>capitalised</td></tr>
 *   <tr><td>{@code detect_ties}</td><td>optional: {@code wins} makes the language the one the
 *       detector picks when the text's words decide nothing (the primary language), {@code
 *       loses} (the default) otherwise</td><td>wins</td><td>loses</td></tr>
 * </table>
 *
 * <p>Indonesian and English are built in. To add a language, write its folder (copy one of the
 * built-in ones, every file optional but {@code profile.tsv}) and register it:
 *
 * <pre>{@code
 * LanguageProfile malay = LanguageProfile.fromDirectory(Language.of("ms"), Path.of("lang/ms"));
 * ClaimChecker checker = ClaimChecker.builder().language(malay).build();
 * }</pre>
 *
 * <p>Profiles are registered JVM-wide by language code, once: registering the same profile again
 * does nothing, another profile for a registered code is an error. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class LanguageProfile {

  /** A line of a profile's data file: the file, its 1-based number and its stripped text. */
  public record DataLine(String file, int number, String text) {
    /** Returns {@code file:number}, for messages. */
    public String at() {
      return file + ":" + number;
    }
  }

  /** In which orders a date names its day and month. */
  public enum DateOrder {
    /** Day before month only: "19 Juni 2024". */
    DMY,
    /** Month before day too: "June 19, 2024" as well as "19 June 2024". */
    MDY
  }

  private static final Map<Language, LanguageProfile> REGISTERED = new ConcurrentHashMap<>();
  /** The sorted codes of {@link #known()}, replaced (never changed) when a profile registers. */
  private static volatile List<Language> known = sortedKnown();

  private final Language language;
  private final String name;
  private final char decimal;
  private final char group;
  private final DateOrder dateOrder;
  private final List<String> clitics;
  private final boolean modifiersBefore;
  private final boolean capitalisedMonths;
  private final boolean winsTies;
  private final Source files;

  /** Where a profile's files are: the built-in resources, a folder, or resources of a class. */
  private interface Source {
    /** The numbered lines of the file, or null when there is no such file. */
    List<Resources.Line> lines(String file);

    /** The file's name for messages. */
    String name(String file);
  }

  private LanguageProfile(Language language, Source files) {
    this.language = Objects.requireNonNull(language, "language");
    this.files = files;
    String name = language.code();
    char decimal = '.';
    char group = ',';
    DateOrder order = DateOrder.DMY;
    List<String> clitics = List.of();
    boolean before = false;
    boolean capitalised = false;
    boolean ties = false;
    List<Resources.Line> lines = files.lines("profile.tsv");
    if (lines == null) {
      throw new ClaimCheckException(files.name("profile.tsv") + ": missing: a language profile "
          + "needs its settings (name, decimal, group, date_order, clitics, modifiers, month_case)");
    }
    for (Resources.Line l : lines) {
      String[] c = Resources.cells(l.text());
      String where = files.name("profile.tsv") + ":" + l.number();
      if (c.length != 2) {
        throw new ClaimCheckException(where + ": expected setting<TAB>value, found \"" + l.text() + "\"");
      }
      String v = c[1];
      switch (c[0]) {
        case "name" -> name = v;
        case "decimal" -> decimal = oneChar(v, where);
        case "group" -> group = oneChar(v, where);
        case "date_order" -> order = choose(v, where, DateOrder.class);
        case "clitics" -> clitics = v.equals("-") ? List.of()
            : Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        case "modifiers" -> before = choice(v, where, "before", "after");
        case "month_case" -> capitalised = choice(v, where, "capitalised", "any");
        case "detect_ties" -> ties = choice(v, where, "wins", "loses");
        default -> throw new ClaimCheckException(where + ": unknown setting '" + c[0]
            + "'; settings: name, decimal, group, date_order, clitics, modifiers, month_case,"
            + " detect_ties");
      }
    }
    if (decimal == group) {
      throw new ClaimCheckException(files.name("profile.tsv")
          + ": the decimal and the group separator are both '" + decimal + "'");
    }
    this.name = name;
    this.decimal = decimal;
    this.group = group;
    this.dateOrder = order;
    this.clitics = List.copyOf(clitics);
    this.modifiersBefore = before;
    this.capitalisedMonths = capitalised;
    this.winsTies = ties;
  }

  /** Returns the built-in profile of Indonesian. */
  public static LanguageProfile indonesian() {
    return of(Language.INDONESIAN);
  }

  /** Returns the built-in profile of English. */
  public static LanguageProfile english() {
    return of(Language.ENGLISH);
  }

  /**
   * Returns the profile registered for the language; the built-in ones are registered from the
   * start.
   *
   * @throws IllegalArgumentException if no profile is registered for the language; the message
   *     names the registered ones
   */
  public static LanguageProfile of(Language language) {
    Objects.requireNonNull(language, "language");
    LanguageProfile p = REGISTERED.get(language);
    if (p == null && Language.builtIn().contains(language)) {
      p = REGISTERED.computeIfAbsent(language, l -> new LanguageProfile(l, builtInFiles(l)));
    }
    if (p == null) {
      throw new IllegalArgumentException("no profile for language '" + language.code()
          + "'; known: " + known());
    }
    return p;
  }

  /** Returns whether a profile is registered (or built in) for the language. */
  public static boolean isKnown(Language language) {
    return REGISTERED.containsKey(language) || Language.builtIn().contains(language);
  }

  /** Returns the codes of the built-in and registered languages, sorted. */
  public static List<Language> known() {
    return known;
  }

  private static List<Language> sortedKnown() {
    List<Language> out = new ArrayList<>(Language.builtIn());
    REGISTERED.keySet().stream().filter(l -> !out.contains(l)).forEach(out::add);
    out.sort((a, b) -> a.code().compareTo(b.code()));
    return List.copyOf(out);
  }

  /**
   * Registers a profile JVM-wide, so every scanner and extractor reads its language. Registering
   * the same profile again, or another profile read from the same place, does nothing.
   *
   * @return the profile registered for the language: {@code profile}, or the one read from the
   *     same place before
   * @throws IllegalStateException if a profile from elsewhere is registered for the language, or
   *     the language is built in
   * @throws ClaimCheckException if a file the languages share ({@code abbreviations.txt}, {@code
   *     boilerplate.tsv}, {@code actors.tsv}, {@code sources.tsv}, {@code unit-families.tsv}) has a
   *     malformed line; nothing is registered then
   */
  public static LanguageProfile register(LanguageProfile profile) {
    Objects.requireNonNull(profile, "profile");
    if (Language.builtIn().contains(profile.language) && !isBuiltIn(profile)) {
      throw new IllegalStateException("'" + profile.language.code()
          + "' is built in; add words to it with a LanguagePack instead");
    }
    if (!REGISTERED.containsKey(profile.language)) {
      SharedFileCheck.check(profile);
    }
    LanguageProfile old = REGISTERED.putIfAbsent(profile.language, profile);
    if (old == null) {
      synchronized (LanguageProfile.class) {
        known = sortedKnown();
      }
      return profile;
    }
    if (old != profile && !old.origin().equals(profile.origin())) {
      throw new IllegalStateException("another profile is registered for '"
          + profile.language.code() + "': " + old.origin());
    }
    return old;
  }

  private static boolean isBuiltIn(LanguageProfile p) {
    return p.files instanceof BuiltIn;
  }

  /**
   * Reads a language's folder: {@code profile.tsv} and the word lists it has.
   *
   * @throws ClaimCheckException if {@code profile.tsv} is missing or malformed
   */
  public static LanguageProfile fromDirectory(Language language, Path dir) {
    Objects.requireNonNull(dir, "dir");
    return new LanguageProfile(language, new Folder(dir.toAbsolutePath().normalize()));
  }

  /**
   * Reads a language's folder from the resources of {@code anchor}, resolved as {@link
   * Class#getResourceAsStream(String)} does ({@code "lang/ms"} beside the class, {@code
   * "/com/acme/lang/ms"} absolute).
   *
   * @throws ClaimCheckException if {@code profile.tsv} is missing or malformed
   */
  public static LanguageProfile fromResources(Language language, Class<?> anchor, String folder) {
    Objects.requireNonNull(anchor, "anchor");
    Objects.requireNonNull(folder, "folder");
    return new LanguageProfile(language, new ClassResources(anchor, folder));
  }

  /** Returns the language. */
  public Language language() {
    return language;
  }

  /** Returns the language's name, as {@code profile.tsv} gives it. */
  public String name() {
    return name;
  }

  /** Returns the decimal separator ({@code ,} in Indonesian, {@code .} in English). */
  public char decimalSeparator() {
    return decimal;
  }

  /** Returns the thousands separator ({@code .} in Indonesian, {@code ,} in English). */
  public char groupSeparator() {
    return group;
  }

  /** Returns in which orders dates name day and month. */
  public DateOrder dateOrder() {
    return dateOrder;
  }

  /** Returns the word endings stripped before lookup ({@code nya}, {@code lah}, …). */
  public List<String> clitics() {
    return clitics;
  }

  /** Returns whether words qualifying a counted noun stand before it ("1,500 more troops"). */
  public boolean modifiersBeforeNoun() {
    return modifiersBefore;
  }

  /** Returns whether a month name counts only when capitalised (English "May"). */
  public boolean capitalisedMonths() {
    return capitalisedMonths;
  }

  /**
   * Returns whether the language detector picks this language when a text's words decide nothing
   * ({@code detect_ties wins}): the primary language, Indonesian among the built-in ones.
   *
   * @since 0.1.0
   */
  public boolean winsTies() {
    return winsTies;
  }

  /**
   * Returns the language of the first known profile that {@linkplain #winsTies() wins ties} (by
   * code), else the first known language: what an article of undecided language is read as.
   *
   * @since 0.1.0
   */
  public static Language primary() {
    for (Language l : known()) {
      if (of(l).winsTies()) {
        return l;
      }
    }
    return known().get(0);
  }

  /**
   * Returns the non-comment, non-blank lines of one of the profile's files ({@code
   * predicates.tsv}), numbered; empty when the profile has no such file.
   *
   * @throws ClaimCheckException if the file exists and cannot be read
   */
  public List<DataLine> lines(String file) {
    List<Resources.Line> lines = files.lines(file);
    if (lines == null) {
      return List.of();
    }
    List<DataLine> out = new ArrayList<>(lines.size());
    String name = files.name(file);
    for (Resources.Line l : lines) {
      out.add(new DataLine(name, l.number(), l.text()));
    }
    return out;
  }

  /** Returns whether the profile has the file. */
  public boolean has(String file) {
    return files.lines(file) != null;
  }

  /** Returns where the profile's files are, for messages. */
  public String origin() {
    return files.name("");
  }

  /** Returns how messages name one of the profile's files ({@code built-in lang/id/dates.tsv}). */
  public String fileName(String file) {
    return files.name(file);
  }

  @Override
  public String toString() {
    return "LanguageProfile[" + language.code() + ", " + name + ", " + origin() + "]";
  }

  private static char oneChar(String v, String where) {
    if (v.length() != 1) {
      throw new ClaimCheckException(where + ": a separator is one character, not '" + v + "'");
    }
    return v.charAt(0);
  }

  private static <E extends Enum<E>> E choose(String v, String where, Class<E> type) {
    try {
      return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ClaimCheckException(where + ": '" + v + "' is none of "
          + Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT));
    }
  }

  private static boolean choice(String v, String where, String yes, String no) {
    if (v.equals(yes) || v.equals(no)) {
      return v.equals(yes);
    }
    throw new ClaimCheckException(where + ": '" + v + "' is neither " + yes + " nor " + no);
  }

  private static Source builtInFiles(Language l) {
    return new BuiltIn("lang/" + l.code() + "/");
  }

  /** The built-in resources under {@code io/github/claimcheck/lang/<code>/}. */
  private record BuiltIn(String dir) implements Source {
    @Override
    public List<Resources.Line> lines(String file) {
      return Resources.exists(dir + file) ? Resources.numberedLines(dir + file) : null;
    }

    @Override
    public String name(String file) {
      return "built-in " + dir + file;
    }
  }

  private record Folder(Path dir) implements Source {
    @Override
    public List<Resources.Line> lines(String file) {
      Path p = dir.resolve(file);
      if (!java.nio.file.Files.isRegularFile(p)) {
        return null;
      }
      try (InputStream in = java.nio.file.Files.newInputStream(p)) {
        return Resources.numberedLines(in);
      } catch (IOException e) {
        throw new ClaimCheckException("cannot read " + p + ": " + e.getMessage(), e);
      }
    }

    @Override
    public String name(String file) {
      return file.isEmpty() ? dir.toString() : dir.resolve(file).toString();
    }
  }

  private record ClassResources(Class<?> anchor, String folder) implements Source {
    @Override
    public List<Resources.Line> lines(String file) {
      try (InputStream in = anchor.getResourceAsStream(folder + "/" + file)) {
        return in == null ? null : Resources.numberedLines(in);
      } catch (IOException e) {
        throw new ClaimCheckException("cannot read " + name(file) + ": " + e.getMessage(), e);
      }
    }

    @Override
    public String name(String file) {
      return anchor.getName() + " resources " + folder + "/" + file;
    }
  }

  /** For a caller that checks a profile without registering it. */
  static Optional<LanguageProfile> registered(Language language) {
    return Optional.ofNullable(REGISTERED.get(language));
  }
}
