package io.github.claimcheck.extract;

import io.github.claimcheck.extract.Lexicon.ActorEntry;
import io.github.claimcheck.extract.Lexicon.FormEntry;
import io.github.claimcheck.extract.Lexicon.KindsEntry;
import io.github.claimcheck.extract.Lexicon.NounEntry;
import io.github.claimcheck.internal.text.Resources;
import io.github.claimcheck.internal.text.Resources.Line;
import io.github.claimcheck.model.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Language knowledge a user adds to the built-in lexicons, without forking them: count predicates
 * and their words, the subject kinds a predicate counts, counting nouns (units) and actor aliases.
 *
 * <pre>{@code
 * LanguagePack disaster = LanguagePack.builder()
 *     .predicate("damaged", Language.INDONESIAN, "rusak", "rusak berat", "terendam")
 *     .predicate("damaged", Language.ENGLISH, "damaged", "destroyed", "flooded")
 *     .counts("damaged", "buildings")
 *     .noun(Language.INDONESIAN, "rumah", "buildings", "houses")
 *     .noun(Language.ENGLISH, "homes", "buildings", "houses")
 *     .actor("BNPB", "bnpb")
 *     .build();
 * ClaimChecker checker = ClaimChecker.builder().language(disaster).build();
 * }</pre>
 *
 * <h2>Files</h2>
 *
 * The same knowledge can be read from files in the format of the built-in ones (UTF-8, one entry
 * per line, tab-separated, {@code #} starts a comment line, blank lines are ignored):
 *
 * <table>
 *   <caption>Files a pack reads</caption>
 *   <tr><th>file</th><th>line format</th><th>builder method</th></tr>
 *   <tr><td><i>lang</i>{@code /predicates.tsv}</td><td>{@code predicate<TAB>form<TAB>after|before|both}</td>
 *       <td>{@link Builder#predicatesFile(Language, Path)}</td></tr>
 *   <tr><td><i>lang</i>{@code /subjects.tsv}</td><td>{@code noun<TAB>kind<TAB>unit[<TAB>generic]}</td>
 *       <td>{@link Builder#subjectsFile(Language, Path)}</td></tr>
 *   <tr><td>{@code actors.tsv}</td><td>{@code alias<TAB>key}</td>
 *       <td>{@link Builder#actorsFile(Path)}</td></tr>
 *   <tr><td>{@code predicates-subjects.tsv}</td><td>{@code predicate<TAB>kind,kind,...}</td>
 *       <td>{@link Builder#predicatesSubjectsFile(Path)}</td></tr>
 * </table>
 *
 * <p>{@link Builder#directory(Path)} and {@link Builder#resources(Class, String)} read all four
 * from a folder laid out like the built-in {@code io/github/claimcheck/lang/} (<i>lang</i> is the
 * language code, {@code id} or {@code en}); missing files are skipped.
 *
 * <h2>Rules for additions</h2>
 *
 * <ul>
 *   <li>A form may name a new predicate or a built-in one ({@code displaced}); one form may
 *       serve several predicates, told apart by the subject kinds they count.
 *   <li>A predicate without a {@code counts} line counts any subject kind. A {@code counts}
 *       line for a built-in predicate adds kinds to the built-in ones ({@code counts("deployed",
 *       "volunteers")} lets {@code deployed} count volunteers too).
 *   <li>An entry the built-in lexicon already holds, identically, is accepted and changes
 *       nothing; so is a form it already has for the same predicate (its built-in position is
 *       kept), so {@code predicate("displaced", INDONESIAN, "mengungsi", "terusir")} simply adds
 *       the words not yet known.
 *   <li>An entry given twice by the pack, or one that contradicts the built-in lexicon (a noun
 *       with another kind or unit, an alias of another actor), fails at once with an
 *       {@link IllegalArgumentException} naming both places (file and line, or builder call).
 *   <li>A phrase is split into words like article text, punctuation included, so {@code
 *       "Badan Intelijen Nasional (NIS)"} matches where the text writes it so, and spellings the
 *       text cannot tell apart ({@code "( NIS )"}) are one phrase. A phrase the text could never
 *       give fails at once: one the sentence splitter would cut in two ({@code "Pasukan Khusus.
 *       Grup Satu"}; an abbreviation's dot, as in {@code "Dr. Sutopo"}, is fine), or one starting
 *       with a mark that text glues to the word before it ({@code "'s troops"}).
 *   <li>A malformed line fails with an {@link IllegalArgumentException} of the form {@code
 *       file:line: problem: "line"}.
 * </ul>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class LanguagePack {

  /** Where the counted figure stands relative to a predicate's form. */
  public enum Position {
    /** The figure comes first: "600 tentara tewas", "1,200 homes damaged". */
    AFTER,
    /** The form governs a following figure: "menewaskan 500", "destroyed 40 bridges". */
    BEFORE,
    /** Either side. */
    BOTH
  }

  private static final LanguagePack EMPTY = new Builder().build();

  private final Map<Language, List<FormEntry>> forms;
  private final Map<Language, List<NounEntry>> nouns;
  private final List<ActorEntry> actors;
  private final List<KindsEntry> kinds;

  private LanguagePack(Builder b) {
    Map<Language, List<FormEntry>> f = new HashMap<>();
    Map<Language, List<NounEntry>> n = new HashMap<>();
    b.forms.forEach((l, list) -> f.put(l, List.copyOf(list)));
    b.nouns.forEach((l, list) -> n.put(l, List.copyOf(list)));
    this.forms = Collections.unmodifiableMap(f);
    this.nouns = Collections.unmodifiableMap(n);
    this.actors = List.copyOf(b.actors);
    this.kinds = List.copyOf(b.kinds);
  }

  /** Returns the pack that adds nothing. */
  public static LanguagePack empty() {
    return EMPTY;
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the pack read from a folder laid out like the built-in one; see {@link
   * Builder#directory(Path)}.
   *
   * @throws IllegalArgumentException if a file is malformed or an entry is given twice
   * @throws UncheckedIOException if a file cannot be read
   */
  public static LanguagePack fromDirectory(Path dir) {
    return builder().directory(dir).build();
  }

  /** Returns whether the pack adds nothing. */
  public boolean isEmpty() {
    return actors.isEmpty() && kinds.isEmpty()
        && forms.values().stream().allMatch(List::isEmpty)
        && nouns.values().stream().allMatch(List::isEmpty);
  }

  /** Returns the predicates the pack gives forms or subject kinds for, sorted. */
  public Set<String> predicates() {
    Set<String> out = new TreeSet<>();
    forms.values().forEach(list -> list.forEach(e -> out.add(e.predicate())));
    kinds.forEach(e -> out.add(e.predicate()));
    return Collections.unmodifiableSet(out);
  }

  List<FormEntry> forms(Language language) {
    return forms.getOrDefault(language, List.of());
  }

  List<NounEntry> nouns(Language language) {
    return nouns.getOrDefault(language, List.of());
  }

  /** Returns the languages the pack adds words to. */
  Set<Language> languages() {
    Set<Language> out = new java.util.HashSet<>(forms.keySet());
    out.addAll(nouns.keySet());
    return out;
  }

  List<ActorEntry> actors() {
    return actors;
  }

  List<KindsEntry> kinds() {
    return kinds;
  }

  @Override
  public String toString() {
    int f = forms.values().stream().mapToInt(List::size).sum();
    int n = nouns.values().stream().mapToInt(List::size).sum();
    return "LanguagePack{predicates " + predicates() + ", " + f + " forms, " + n + " nouns, "
        + actors.size() + " aliases}";
  }

  /**
   * Builds a {@link LanguagePack}. Each method checks what it adds at once and fails with an
   * {@link IllegalArgumentException} naming the bad entry and where it came from. Not
   * thread-safe; the pack it builds is.
   */
  public static final class Builder {
    private final Map<Language, List<FormEntry>> forms = new HashMap<>();
    private final Map<Language, List<NounEntry>> nouns = new HashMap<>();
    /** The languages whose built-in entries are in the indexes. */
    private final Set<Language> seeded = new java.util.HashSet<>();
    private final List<ActorEntry> actors = new ArrayList<>();
    private final List<KindsEntry> kinds = new ArrayList<>();

    /** Keys of what was added, to the entry that added it; seeded with the built-in entries. */
    private final Map<String, FormEntry> formIndex = new HashMap<>();
    private final Map<String, NounEntry> nounIndex = new HashMap<>();
    private final Map<String, ActorEntry> actorIndex = new HashMap<>();
    /** The pack's own kinds lines only: for a built-in predicate they widen its kinds. */
    private final Map<String, KindsEntry> kindsIndex = new HashMap<>();
    private final Set<Object> builtIn = Collections.newSetFromMap(new IdentityHashMap<>());

    private Builder() {
      Lexicon.builtInActors().forEach(e -> seed(actorIndex, aliasKey(e.alias()), e));
    }

    /** Puts the built-in entries of the language in the indexes, on its first word. */
    private void seed(Language l) {
      if (seeded.add(l) && io.github.claimcheck.lang.LanguageProfile.isKnown(l)) {
        Lexicon.builtInForms(l).forEach(e -> seed(formIndex, formKey(e), e));
        Lexicon.builtInNouns(l).forEach(e -> seed(nounIndex, nounKey(e.language(), e.noun()), e));
      }
    }

    private <E> void seed(Map<String, E> index, String key, E entry) {
      index.putIfAbsent(key, entry);
      builtIn.add(entry);
    }

    /**
     * Adds words for a predicate in one language; the figure may stand on either side of them
     * ({@link Position#BOTH}).
     *
     * @param predicate the predicate, lower-case letters, digits, {@code _} or {@code -}, for example
     *     {@code damaged}
     * @param language the language of the words
     * @param forms words or phrases, matched on whole words ignoring case, no stemming
     * @throws IllegalArgumentException if a form is blank or already given for the predicate
     */
    public Builder predicate(String predicate, Language language, String... forms) {
      Objects.requireNonNull(forms, "forms");
      if (forms.length == 0) {
        throw new IllegalArgumentException("predicate '" + predicate + "': no forms given");
      }
      for (String f : forms) {
        predicateForm(predicate, language, f, Position.BOTH);
      }
      return this;
    }

    /**
     * Adds one word for a predicate with where the counted figure stands.
     *
     * @throws IllegalArgumentException if the form is blank or already given for the predicate
     */
    public Builder predicateForm(String predicate, Language language, String form, Position position) {
      Objects.requireNonNull(predicate, "predicate");
      Objects.requireNonNull(language, "language");
      Objects.requireNonNull(form, "form");
      Objects.requireNonNull(position, "position");
      String line = predicate + "\t" + form + "\t" + position.name().toLowerCase(Locale.ROOT);
      return addForms(Lexicon.parsePredicates(language, List.of(new Line(0, line)),
          "predicateForm(" + predicate + ", " + language + ", \"" + form + "\")"));
    }

    /**
     * Sets the subject kinds a predicate counts (a line of {@code predicates-subjects.tsv}); a
     * figure whose subject is of another kind is then not a claim of that predicate.
     *
     * @throws IllegalArgumentException if no kind is given, or the pack already defines the
     *     kinds of the predicate; for a built-in predicate the kinds are added to its own
     */
    public Builder counts(String predicate, String... kinds) {
      Objects.requireNonNull(predicate, "predicate");
      Objects.requireNonNull(kinds, "kinds");
      if (kinds.length == 0) {
        throw new IllegalArgumentException("counts(" + predicate + "): no kinds given");
      }
      String line = predicate + "\t" + String.join(",", kinds);
      return addKinds(Lexicon.parseKinds(List.of(new Line(0, line)),
          "counts(" + predicate + ", " + String.join(", ", kinds) + ")"));
    }

    /**
     * Adds a counting noun (a unit): the word after a figure that says what is counted.
     *
     * @param language the language of the noun
     * @param noun the word or phrase, for example {@code rumah} or {@code kepala keluarga}
     * @param kind the subject kind, for example {@code buildings}
     * @param unit the unit reported with the claim, for example {@code houses}
     * @throws IllegalArgumentException if the noun is already given, or built in with another
     *     kind or unit
     */
    public Builder noun(Language language, String noun, String kind, String unit) {
      return noun(language, noun, kind, unit, false);
    }

    /**
     * Adds a generic counting noun: one that names no group of its own ({@code orang},
     * {@code people}), so its figure takes the subject mentioned before it.
     *
     * @throws IllegalArgumentException as {@link #noun(Language, String, String, String)}
     */
    public Builder genericNoun(Language language, String noun, String kind, String unit) {
      return noun(language, noun, kind, unit, true);
    }

    private Builder noun(Language language, String noun, String kind, String unit, boolean generic) {
      Objects.requireNonNull(language, "language");
      String line = Objects.requireNonNull(noun, "noun") + "\t" + Objects.requireNonNull(kind, "kind")
          + "\t" + Objects.requireNonNull(unit, "unit") + (generic ? "\tgeneric" : "");
      return addNouns(Lexicon.parseSubjects(language, List.of(new Line(0, line)),
          (generic ? "genericNoun(" : "noun(") + language + ", \"" + noun + "\")"));
    }

    /**
     * Adds an alias of an actor (a country, agency or place), used in subject keys such as
     * {@code garut:buildings}. Aliases match whole words ignoring case, except aliases written in
     * capitals ({@code BNPB}), which match only in capitals.
     *
     * @throws IllegalArgumentException if the alias is already given, or built in for another key
     */
    public Builder actor(String alias, String key) {
      String line = Objects.requireNonNull(alias, "alias") + "\t" + Objects.requireNonNull(key, "key");
      return addActors(Lexicon.parseActors(List.of(new Line(0, line)),
          "actor(\"" + alias + "\", " + key + ")"));
    }

    /**
     * Reads a {@code predicates.tsv} file of one language.
     *
     * @throws IllegalArgumentException if a line is malformed or repeats an entry
     * @throws UncheckedIOException if the file cannot be read
     */
    public Builder predicatesFile(Language language, Path file) {
      Objects.requireNonNull(language, "language");
      return addForms(Lexicon.parsePredicates(language, lines(file), file.toString()));
    }

    /**
     * Reads a {@code predicates.tsv} stream of one language; {@code name} names it in messages.
     * The stream is not closed.
     *
     * @throws IllegalArgumentException if a line is malformed or repeats an entry
     * @throws UncheckedIOException if the stream cannot be read
     */
    public Builder predicatesFile(Language language, InputStream in, String name) {
      Objects.requireNonNull(language, "language");
      return addForms(Lexicon.parsePredicates(language, lines(in, name), name));
    }

    /**
     * Reads a {@code subjects.tsv} file (counting nouns) of one language.
     *
     * @throws IllegalArgumentException if a line is malformed or repeats an entry
     * @throws UncheckedIOException if the file cannot be read
     */
    public Builder subjectsFile(Language language, Path file) {
      Objects.requireNonNull(language, "language");
      return addNouns(Lexicon.parseSubjects(language, lines(file), file.toString()));
    }

    /**
     * Reads a {@code subjects.tsv} stream of one language; the stream is not closed.
     *
     * @throws IllegalArgumentException if a line is malformed or repeats an entry
     * @throws UncheckedIOException if the stream cannot be read
     */
    public Builder subjectsFile(Language language, InputStream in, String name) {
      Objects.requireNonNull(language, "language");
      return addNouns(Lexicon.parseSubjects(language, lines(in, name), name));
    }

    /**
     * Reads an {@code actors.tsv} file.
     *
     * @throws IllegalArgumentException if a line is malformed or repeats an entry
     * @throws UncheckedIOException if the file cannot be read
     */
    public Builder actorsFile(Path file) {
      return addActors(Lexicon.parseActors(lines(file), file.toString()));
    }

    /**
     * Reads an {@code actors.tsv} stream; the stream is not closed.
     *
     * @throws IllegalArgumentException if a line is malformed or repeats an entry
     * @throws UncheckedIOException if the stream cannot be read
     */
    public Builder actorsFile(InputStream in, String name) {
      return addActors(Lexicon.parseActors(lines(in, name), name));
    }

    /**
     * Reads a {@code predicates-subjects.tsv} file.
     *
     * @throws IllegalArgumentException if a line is malformed or defines a predicate twice
     * @throws UncheckedIOException if the file cannot be read
     */
    public Builder predicatesSubjectsFile(Path file) {
      return addKinds(Lexicon.parseKinds(lines(file), file.toString()));
    }

    /**
     * Reads a {@code predicates-subjects.tsv} stream; the stream is not closed.
     *
     * @throws IllegalArgumentException if a line is malformed or defines a predicate twice
     * @throws UncheckedIOException if the stream cannot be read
     */
    public Builder predicatesSubjectsFile(InputStream in, String name) {
      return addKinds(Lexicon.parseKinds(lines(in, name), name));
    }

    /**
     * Reads every file of a folder laid out like the built-in {@code lang/} folder: {@code
     * actors.tsv}, {@code predicates-subjects.tsv}, and {@code id/} and {@code en/} with {@code
     * predicates.tsv} and {@code subjects.tsv}. Missing files are skipped.
     *
     * @throws IllegalArgumentException if {@code dir} is not a folder, or a file is malformed or
     *     repeats an entry
     * @throws UncheckedIOException if a file cannot be read
     */
    public Builder directory(Path dir) {
      if (!Files.isDirectory(dir)) {
        throw new IllegalArgumentException("not a folder: " + dir);
      }
      if (Files.isRegularFile(dir.resolve("predicates-subjects.tsv"))) {
        predicatesSubjectsFile(dir.resolve("predicates-subjects.tsv"));
      }
      if (Files.isRegularFile(dir.resolve("actors.tsv"))) {
        actorsFile(dir.resolve("actors.tsv"));
      }
      for (Language l : languageFolders(dir)) {
        Path sub = dir.resolve(l.code());
        if (Files.isRegularFile(sub.resolve("predicates.tsv"))) {
          predicatesFile(l, sub.resolve("predicates.tsv"));
        }
        if (Files.isRegularFile(sub.resolve("subjects.tsv"))) {
          subjectsFile(l, sub.resolve("subjects.tsv"));
        }
      }
      return this;
    }

    /**
     * Reads the same files as {@link #directory(Path)} from class-path resources under {@code
     * root}, resolved against {@code anchor} as {@link Class#getResourceAsStream(String)} does
     * (start with {@code /} for an absolute path). Missing resources are skipped; if none is
     * found the call fails, as the root is then most likely misspelt.
     *
     * @throws IllegalArgumentException if no file is found, or a file is malformed or repeats an
     *     entry
     * @throws UncheckedIOException if a resource cannot be read
     */
    public Builder resources(Class<?> anchor, String root) {
      Objects.requireNonNull(anchor, "anchor");
      String base = root.endsWith("/") ? root : root + "/";
      int found = 0;
      found += resource(anchor, base + "predicates-subjects.tsv",
          (in, name) -> predicatesSubjectsFile(in, name));
      found += resource(anchor, base + "actors.tsv", (in, name) -> actorsFile(in, name));
      for (Language l : io.github.claimcheck.lang.LanguageProfile.known()) {
        found += resource(anchor, base + l.code() + "/predicates.tsv",
            (in, name) -> predicatesFile(l, in, name));
        found += resource(anchor, base + l.code() + "/subjects.tsv",
            (in, name) -> subjectsFile(l, in, name));
      }
      if (found == 0) {
        throw new IllegalArgumentException("no language files under resource folder '" + root
            + "' (relative to " + anchor.getName() + ")");
      }
      return this;
    }

    /**
     * Adds everything of another pack.
     *
     * @throws IllegalArgumentException if the packs share an entry
     */
    public Builder add(LanguagePack pack) {
      for (Language l : pack.languages()) {
        addForms(pack.forms(l));
        addNouns(pack.nouns(l));
      }
      addActors(pack.actors());
      return addKinds(pack.kinds());
    }

    /** The sub-folders of {@code dir} named by a language code, sorted. */
    private static List<Language> languageFolders(Path dir) {
      List<Language> out = new ArrayList<>();
      try (java.util.stream.Stream<Path> list = Files.list(dir)) {
        list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted()
            .forEach(name -> Language.fromCode(name).ifPresent(out::add));
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException("cannot list " + dir, e);
      }
      return out;
    }

    /** Returns the pack. */
    public LanguagePack build() {
      return new LanguagePack(this);
    }

    private interface Reader {
      void read(InputStream in, String name);
    }

    private static int resource(Class<?> anchor, String path, Reader reader) {
      try (InputStream in = anchor.getResourceAsStream(path)) {
        if (in == null) {
          return 0;
        }
        reader.read(in, "resource " + path);
        return 1;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read resource " + path, e);
      }
    }

    private static List<Line> lines(Path file) {
      Objects.requireNonNull(file, "file");
      try (InputStream in = Files.newInputStream(file)) {
        return Resources.numberedLines(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read language file " + file, e);
      }
    }

    private static List<Line> lines(InputStream in, String name) {
      Objects.requireNonNull(in, "in");
      Objects.requireNonNull(name, "name");
      try {
        return Resources.numberedLines(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read language file " + name, e);
      }
    }

    // --- checks; entries are validated in full before any is added, so a failed call adds nothing

    private Builder addForms(List<FormEntry> entries) {
      entries.forEach(e -> seed(e.language()));
      Map<String, FormEntry> local = new HashMap<>();
      List<FormEntry> fresh = new ArrayList<>();
      for (FormEntry e : entries) {
        String key = formKey(e);
        FormEntry old = local.containsKey(key) ? local.get(key) : formIndex.get(key);
        if (old != null) {
          if (builtIn.contains(old)) {
            continue; // built in already: kept as it is, with its own position
          }
          throw twice("form '" + e.form() + "' of predicate '" + e.predicate() + "' ("
              + e.language().code() + ")", e.origin(), old.origin(), "");
        }
        local.put(key, e);
        fresh.add(e);
      }
      formIndex.putAll(local);
      fresh.forEach(e -> forms.computeIfAbsent(e.language(), k -> new ArrayList<>()).add(e));
      return this;
    }

    private Builder addNouns(List<NounEntry> entries) {
      entries.forEach(e -> seed(e.language()));
      Map<String, NounEntry> local = new HashMap<>();
      List<NounEntry> fresh = new ArrayList<>();
      for (NounEntry e : entries) {
        String key = nounKey(e.language(), e.noun());
        NounEntry old = local.containsKey(key) ? local.get(key) : nounIndex.get(key);
        if (old != null) {
          if (builtIn.contains(old) && old.value().equals(e.value())) {
            continue;
          }
          throw twice("noun '" + e.noun() + "' (" + e.language().code() + ")", e.origin(),
              old.origin(), old.value().equals(e.value()) ? ""
                  : " as " + old.value().kind() + "/" + old.value().unit());
        }
        local.put(key, e);
        fresh.add(e);
      }
      nounIndex.putAll(local);
      fresh.forEach(e -> nouns.computeIfAbsent(e.language(), k -> new ArrayList<>()).add(e));
      return this;
    }

    private Builder addActors(List<ActorEntry> entries) {
      Map<String, ActorEntry> local = new HashMap<>();
      List<ActorEntry> fresh = new ArrayList<>();
      for (ActorEntry e : entries) {
        String key = aliasKey(e.alias());
        ActorEntry old = local.containsKey(key) ? local.get(key) : actorIndex.get(key);
        if (old != null) {
          if (builtIn.contains(old) && old.key().equals(e.key())) {
            continue;
          }
          throw twice("alias '" + e.alias() + "'", e.origin(), old.origin(),
              old.key().equals(e.key()) ? "" : " for actor '" + old.key() + "'");
        }
        local.put(key, e);
        fresh.add(e);
      }
      actorIndex.putAll(local);
      actors.addAll(fresh);
      return this;
    }

    private Builder addKinds(List<KindsEntry> entries) {
      Map<String, KindsEntry> local = new HashMap<>();
      List<KindsEntry> fresh = new ArrayList<>();
      for (KindsEntry e : entries) {
        KindsEntry old = local.containsKey(e.predicate()) ? local.get(e.predicate())
            : kindsIndex.get(e.predicate());
        if (old != null) {
          throw twice("predicate '" + e.predicate() + "'", e.origin(), old.origin(),
              " with kinds " + String.join(",", new TreeSet<>(old.kinds())));
        }
        local.put(e.predicate(), e);
        fresh.add(e);
      }
      kindsIndex.putAll(local);
      kinds.addAll(fresh);
      return this;
    }

    private static String formKey(FormEntry e) {
      return e.language().code() + "\t" + e.predicate() + "\t" + Phrase.key(e.form()).toLowerCase(Locale.ROOT);
    }

    private static String nounKey(Language l, String noun) {
      return l.code() + "\t" + Phrase.key(noun).toLowerCase(Locale.ROOT);
    }

    /**
     * Aliases in capitals match only capitals, so "AS" and "as" are different aliases; spellings
     * the text cannot tell apart ("(NIS)", "( NIS )") are one alias.
     */
    private static String aliasKey(String alias) {
      return Phrase.key(alias);
    }

    private static IllegalArgumentException twice(
        String what, String here, String before, String difference) {
      return new IllegalArgumentException(here + ": " + what + " is defined twice; it is already"
          + " defined" + difference + " at " + before);
    }
  }
}
