package io.github.claimcheck.testkit;

import io.github.claimcheck.ClaimChecker;
import io.github.claimcheck.model.Article;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.ClaimFlag;
import io.github.claimcheck.model.DateValue;
import io.github.claimcheck.model.Language;
import io.github.claimcheck.model.Quantity;
import io.github.claimcheck.model.QuantityKind;
import io.github.claimcheck.model.Scope;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * A corpus of sentences and the claims each must yield, no more: the way claimcheck tests its own
 * extraction and the way to test a language profile or a language pack. A corpus file reads:
 *
 * <pre>
 * &#64; 2024-12-05 ms                    reference date and language of the cases that follow
 * # 1 a comment; a number after "# " names the cases that follow (#1)
 * &gt; Seramai 1,200 mangsa banjir kini berlindung di 15 pusat pemindahan.
 * = evacuated | people | exact 1200 1200 | people
 * &gt; Kerugian dianggarkan RM1.2 bilion.
 * = none
 * </pre>
 *
 * <p>An expected claim is {@code predicate | subject | kind low high | unit}, then optional
 * {@code key=value} fields: {@code when=START..END} (the time scope, {@code -} for none), {@code
 * by=TEXT} (contained in the attribution; {@code -} for none), {@code flags=a,b} (exactly these
 * flags; {@code -} for none), {@code scope=kind:key} ({@code -}: a total), {@code event=NAME} ({@code -}: none),
 * {@code clock=17:00+08:00} ({@code -}: none). The kind is {@code exact}, {@code approximate},
 * {@code range}, {@code at_least}, {@code at_most}, or {@code date} (low and high are then the
 * first and last day); {@code -} is a missing bound or unit; {@code *} as predicate or subject
 * matches anything. {@code " ¶ "} in a text is a paragraph break.
 *
 * <p>Run it as JUnit 5 dynamic tests, one per case:
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> malay() {
 *   return ClaimCorpus.fromResource(MalayTest.class, "/malay/claims.txt").using(checker).tests();
 * }
 * }</pre>
 *
 * <p>A malformed corpus fails when it is read, naming its file and line. Immutable.
 */
public final class ClaimCorpus {

  /**
   * One text of the corpus and the claims it must yield.
   *
   * @param name the case's name ({@code #12}), or {@code line N} when no numbered comment precedes
   * @param line the line of the text in the corpus file
   * @param published the reference date the text is read with
   * @param language the language the text is read in
   * @param text the text, paragraph breaks as {@code \n}
   * @param expected the expected claims as written in the file; empty: the text yields no claim
   */
  public record Case(
      String name, int line, LocalDate published, Language language, String text, List<String> expected) {

    /** Validates and copies. */
    public Case {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(published, "published");
      Objects.requireNonNull(language, "language");
      Objects.requireNonNull(text, "text");
      expected = List.copyOf(expected);
    }

    /** Returns the article the case is read as. */
    public Article article() {
      return Article.builder("case-" + line, text).published(published).language(language).build();
    }
  }

  private final String file;
  private final List<Case> cases;
  private final ClaimChecker checker;

  private ClaimCorpus(String file, List<Case> cases, ClaimChecker checker) {
    this.file = file;
    this.cases = cases;
    this.checker = checker;
  }

  /**
   * Reads a corpus from the resources of {@code anchor} (resolved as {@link
   * Class#getResourceAsStream(String)} does).
   *
   * @throws IllegalArgumentException if there is no such resource, or it is malformed (the
   *     message names the line)
   */
  public static ClaimCorpus fromResource(Class<?> anchor, String path) {
    Objects.requireNonNull(anchor, "anchor");
    Objects.requireNonNull(path, "path");
    try (InputStream in = anchor.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no resource " + path + " beside " + anchor.getName());
      }
      return parse(path, new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  /**
   * Reads a corpus written inline.
   *
   * @throws IllegalArgumentException if it is malformed (the message names the line)
   */
  public static ClaimCorpus of(String text) {
    return parse("corpus", new StringReader(text));
  }

  /** Returns the corpus checked with {@code checker} (its languages, its packs, its today). */
  public ClaimCorpus using(ClaimChecker checker) {
    return new ClaimCorpus(file, cases, Objects.requireNonNull(checker, "checker"));
  }

  /** Returns the cases, in file order. */
  public List<Case> cases() {
    return cases;
  }

  /** Returns one dynamic test per case, named after the case and the start of its text. */
  public Stream<DynamicTest> tests() {
    return cases.stream().map(c -> DynamicTest.dynamicTest(
        c.name() + ": " + abbreviate(c.text()), () -> check(c)));
  }

  /**
   * Checks one case: the text must yield every expected claim and no other.
   *
   * @throws AssertionError naming the case, its file and line, the claims missed and the claims
   *     extracted
   */
  public void check(Case c) {
    List<Claim> claims = new ArrayList<>(checker.extract(c.article()));
    String listing = claims.stream().map(Claim::toString).collect(Collectors.joining("\n  ", "\n  ", ""));
    String where = file + ":" + c.line() + " (" + c.name() + ")";
    List<String> missed = new ArrayList<>();
    for (String e : c.expected()) {
      Claim hit = claims.stream().filter(x -> matches(e, x)).findFirst().orElse(null);
      if (hit == null) {
        missed.add(e);
      } else {
        claims.remove(hit);
      }
    }
    if (!missed.isEmpty()) {
      throw new AssertionError(where + ": expected claims not extracted from «" + c.text() + "»:\n  "
          + String.join("\n  ", missed) + "\nextracted:" + listing);
    }
    if (!claims.isEmpty()) {
      throw new AssertionError(where + ": unexpected claims from «" + c.text() + "»:"
          + claims.stream().map(Claim::toString).collect(Collectors.joining("\n  ", "\n  ", "")));
    }
  }

  /** Checks every case and throws one error listing every failing case. */
  public void checkAll() {
    List<String> failures = new ArrayList<>();
    for (Case c : cases) {
      try {
        check(c);
      } catch (AssertionError e) {
        failures.add(e.getMessage());
      }
    }
    if (!failures.isEmpty()) {
      throw new AssertionError(failures.size() + " of " + cases.size() + " cases of " + file
          + " failed:\n" + String.join("\n\n", failures));
    }
  }

  private static boolean matches(String expected, Claim c) {
    String[] f = expected.split("\\s*\\|\\s*");
    if (!f[0].equals("*") && !f[0].equals(c.predicate())) {
      return false;
    }
    if (!f[1].equals("*") && !f[1].equals(c.subject())) {
      return false;
    }
    String[] v = f[2].split("\\s+");
    if (v[0].equals("date")) {
      DateValue d = c.date().orElse(null);
      if (d == null || !d.start().toString().equals(v[1]) || !d.end().toString().equals(v[2])) {
        return false;
      }
    } else {
      Quantity q = c.quantity().orElse(null);
      if (q == null || !q.kind().jsonName().equals(v[0])
          || !bound(v[1], q.low().orElse(null)) || !bound(v[2], q.high().orElse(null))) {
        return false;
      }
    }
    if (!f[3].equals(c.unit().orElse("-"))) {
      return false;
    }
    for (int i = 4; i < f.length; i++) {
      String key = f[i].substring(0, f[i].indexOf('='));
      String val = f[i].substring(f[i].indexOf('=') + 1);
      boolean ok = switch (key) {
        case "when" -> val.equals(c.when().map(w -> w.start() + ".." + w.end()).orElse("-"));
        case "clock" -> val.equals(c.clock().map(Object::toString).orElse("-"));
        case "by" -> val.equals("-") ? c.attribution().isEmpty()
            : c.attribution().map(a -> a.contains(val)).orElse(false);
        case "flags" -> flagSet(val).equals(
            c.flags().stream().map(ClaimFlag::jsonName).collect(Collectors.toCollection(TreeSet::new)));
        case "scope" -> val.equals(c.scope().map(Scope::id).orElse("-"));
        case "event" -> val.equals(c.event().orElse("-"));
        default -> throw new IllegalStateException("unknown field " + key); // rejected when read
      };
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static TreeSet<String> flagSet(String val) {
    TreeSet<String> out = new TreeSet<>();
    for (String x : val.split(",")) {
      if (!x.isBlank() && !x.strip().equals("-")) { // "-": no flag at all
        out.add(x.strip());
      }
    }
    return out;
  }

  private static boolean bound(String expected, BigDecimal actual) {
    if (expected.equals("-")) {
      return actual == null;
    }
    return actual != null && actual.compareTo(new BigDecimal(expected)) == 0;
  }

  private static final Set<String> FIELDS = Set.of("when", "clock", "by", "flags", "scope", "event");
  private static final Set<String> KINDS = Stream.concat(
          Arrays.stream(QuantityKind.values()).map(QuantityKind::jsonName), Stream.of("date"))
      .collect(Collectors.toUnmodifiableSet());

  private static ClaimCorpus parse(String file, Reader reader) {
    List<Case> out = new ArrayList<>();
    LocalDate published = null;
    Language language = null;
    String name = null;
    Case open = null;
    List<String> expected = new ArrayList<>();
    int n = 0;
    try (BufferedReader r = new BufferedReader(reader)) {
      String line;
      while ((line = r.readLine()) != null) {
        n++;
        String where = file + ":" + n;
        if (line.startsWith("# ") && line.substring(2).matches("\\d+.*")) {
          name = "#" + line.substring(2).split("\\s")[0];
        } else if (line.startsWith("@ ")) {
          String[] p = line.substring(2).strip().split("\\s+");
          if (p.length != 2) {
            throw new IllegalArgumentException(where + ": expected '@ yyyy-mm-dd language', found '" + line + "'");
          }
          try {
            published = LocalDate.parse(p[0]);
          } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(where + ": '" + p[0] + "' is no date (yyyy-mm-dd)", e);
          }
          language = Language.fromCode(p[1]).orElseThrow(() ->
              new IllegalArgumentException(where + ": '" + p[1] + "' is no language code"));
        } else if (line.startsWith("> ")) {
          if (published == null) {
            throw new IllegalArgumentException(where + ": a text before any '@ date language' line");
          }
          if (open != null) {
            out.add(close(open, expected, file));
          }
          expected.clear();
          open = new Case(name == null ? "line " + n : name, n, published, language,
              line.substring(2).strip().replace(" ¶ ", "\n"), List.of());
        } else if (line.startsWith("= ")) {
          if (open == null) {
            throw new IllegalArgumentException(where + ": an expected claim before any '> text' line");
          }
          String e = line.substring(2).strip();
          expected.add(e.toLowerCase(Locale.ROOT).equals("none") ? "none" : validated(e, where));
        } else if (!line.isBlank() && !line.startsWith("#")) {
          throw new IllegalArgumentException(where + ": a line starts with '@ ', '> ', '= ' or '#', found '"
              + abbreviate(line) + "'");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    if (open != null) {
      out.add(close(open, expected, file));
    }
    return new ClaimCorpus(file, List.copyOf(out), ClaimChecker.standard());
  }

  private static Case close(Case open, List<String> expected, String file) {
    if (expected.isEmpty()) {
      throw new IllegalArgumentException(file + ":" + open.line()
          + ": a text without expected claims; write '= none' if it yields none");
    }
    if (expected.contains("none") && expected.size() > 1) {
      throw new IllegalArgumentException(file + ":" + open.line() + ": '= none' and expected claims");
    }
    List<String> claims = expected.contains("none") ? List.of() : expected;
    return new Case(open.name(), open.line(), open.published(), open.language(), open.text(), claims);
  }

  private static String validated(String e, String where) {
    String[] f = e.split("\\s*\\|\\s*");
    if (f.length < 4) {
      throw new IllegalArgumentException(where + ": expected 'predicate | subject | kind low high | unit', found '" + e + "'");
    }
    String[] v = f[2].split("\\s+");
    if (v.length != 3 || !KINDS.contains(v[0])) {
      throw new IllegalArgumentException(where + ": '" + f[2] + "' is no 'kind low high' (kinds: "
          + new TreeSet<>(KINDS) + ")");
    }
    for (int i = 1; i < 3; i++) {
      if (!v[i].equals("-")) {
        try {
          if (v[0].equals("date")) {
            LocalDate.parse(v[i]);
          } else {
            new BigDecimal(v[i]);
          }
        } catch (RuntimeException ex) {
          throw new IllegalArgumentException(where + ": '" + v[i] + "' is no " + (v[0].equals("date") ? "date" : "number"));
        }
      }
    }
    for (int i = 4; i < f.length; i++) {
      int eq = f[i].indexOf('=');
      if (eq < 0 || !FIELDS.contains(f[i].substring(0, eq))) {
        throw new IllegalArgumentException(where + ": '" + f[i] + "' is no field; fields: "
            + new TreeSet<>(FIELDS) + " as key=value");
      }
    }
    return e;
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }
}
