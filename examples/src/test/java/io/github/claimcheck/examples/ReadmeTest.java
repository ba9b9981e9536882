package io.github.claimcheck.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimcheck.ClaimChecker;
import io.github.claimcheck.examples.cli.DemoCorpus;
import io.github.claimcheck.model.Report;
import io.github.claimcheck.reconcile.RuleSet;
import io.github.claimcheck.render.MarkdownReport;
import io.github.claimcheck.render.TextReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's samples cannot drift: every part between {@code <!-- generated: KEY -->} and
 * {@code <!-- end generated -->} must be exactly what {@link #generate} makes of KEY now: the
 * demo's claim table and findings (from the renderers), the built-in predicates (from the lexicon
 * files and {@link RuleSet#DEFAULT_CUMULATIVE}), and the consumer project of {@code src/it}
 * (which the build compiles and tests as a user's project).
 *
 * <p>After changing what the demo prints, the lexicon or the consumer project, regenerate with
 * {@code mvn -pl examples -am test -Dtest=ReadmeTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dreadme.update=true} and review the diff.
 */
class ReadmeTest {

  private static final Path README = Path.of("../README.md");
  private static final Pattern BLOCK = Pattern.compile(
      "(<!-- generated: ([^>]+?) -->\n)(.*?)(<!-- end generated -->)", Pattern.DOTALL);
  private static final String LANG = "/io/github/claimcheck/lang/";
  private static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

  private static Report demo() {
    return ClaimChecker.builder().today(TODAY).build().check(DemoCorpus.load());
  }

  @Test
  void everyGeneratedPartOfTheReadmeIsUpToDate() throws IOException {
    String readme = Files.readString(README);
    Matcher m = BLOCK.matcher(readme);
    StringBuilder updated = new StringBuilder();
    List<String> keys = new ArrayList<>();
    List<String> stale = new ArrayList<>();
    while (m.find()) {
      String key = m.group(2).strip();
      keys.add(key);
      String now = generate(key);
      if (!m.group(3).equals(now)) {
        stale.add(key);
      }
      m.appendReplacement(updated, Matcher.quoteReplacement(m.group(1) + now + m.group(4)));
    }
    m.appendTail(updated);
    assertThat(keys).contains("demo-claims kabar-nusantara-0322", "demo-finding 1",
        "snippet src/main/java/io/github/claimcheck/examples/quickstart/QuickStart.java",
        "demo-finding 3", "predicates", "file src/it/consumer/pom.xml",
        "file src/it/consumer/src/test/java/org/example/floods/FloodReportsTest.java");
    if (!stale.isEmpty() && Boolean.getBoolean("readme.update")) {
      Files.writeString(README, updated.toString());
      return;
    }
    assertThat(stale)
        .as("README.md parts out of date (regenerate with -Dreadme.update=true, see ReadmeTest)")
        .isEmpty();
  }

  /** What the README shows for {@code key}, ending in a newline. */
  static String generate(String key) {
    String[] parts = key.split(" ", 2);
    switch (parts[0]) {
      case "demo-claims":
        return claimTable(parts[1]);
      case "demo-finding":
        return "```\n" + finding(Integer.parseInt(parts[1])) + "```\n";
      case "predicates":
        return predicates();
      case "file":
        return file(parts[1]);
      case "snippet":
        return snippet(parts[1]);
      default:
        throw new IllegalArgumentException("unknown generated part: " + key);
    }
  }

  /** The Markdown report's claim table of one demo article. */
  private static String claimTable(String articleId) {
    String md = MarkdownReport.render(demo());
    int at = md.indexOf("\n### " + articleId + " ");
    assertThat(at).as("article %s in the Markdown report", articleId).isNotNegative();
    StringBuilder out = new StringBuilder();
    boolean inTable = false;
    for (String line : md.substring(at + 1).split("\n")) {
      if (line.startsWith("|")) {
        out.append(line).append('\n');
        inTable = true;
      } else if (inTable) {
        break;
      }
    }
    return out.toString();
  }

  /** Finding {@code n} of the demo's plain text report, as the CLI prints it. */
  private static String finding(int n) {
    String text = TextReport.plain().render(demo());
    Matcher m = Pattern.compile("(?ms)^" + n + "\\. .*?(?=^\\d+\\. |^Sources$|^Claims by article)")
        .matcher(text);
    assertThat(m.find()).as("finding %s in the text report", n).isTrue();
    return m.group().stripTrailing() + "\n";
  }

  /** A table of the built-in predicates, from the lexicon files the extractor reads. */
  private static String predicates() {
    Map<String, String> counts = new LinkedHashMap<>();
    for (String[] row : rows(LANG + "predicates-subjects.tsv")) {
      counts.put(row[0], row[1].replace(",", ", "));
    }
    Map<String, Set<String>> idWords = words(LANG + "id/predicates.tsv");
    Map<String, Set<String>> enWords = words(LANG + "en/predicates.tsv");
    Set<String> countPredicates = new TreeSet<>(counts.keySet());
    countPredicates.addAll(idWords.keySet());
    countPredicates.addAll(enWords.keySet());
    // Counts the annotation scheme calls "other" are reported as `other` with a subject kind.
    Map<String, String> reported = new LinkedHashMap<>();
    for (String[] row : rows(LANG + "measures.tsv")) {
      if (row[0].equals("predicate")) {
        reported.put(row[1], "`other` / " + row[2]);
      }
    }
    StringBuilder out = new StringBuilder(
        "| predicate | reported as | counts (subject kinds) | over time | words (id) | words (en) |\n"
            + "|---|---|---|---|---|---|\n");
    for (String p : countPredicates) {
      String as = reported.getOrDefault(p, "`" + p + "`");
      String kindKey = reported.containsKey(p) ? as.substring(as.indexOf("/ ") + 2) : null;
      String overTime = RuleSet.defaults()
          .countKind(reported.containsKey(p) ? "other" : p,
              io.github.claimcheck.model.SubjectKey.parse(kindKey != null ? kindKey : "people"))
          .map(k -> k.name().toLowerCase(java.util.Locale.ROOT)).orElse("same time only");
      out.append("| `").append(p).append("` | ").append(as)
          .append(" | ").append(counts.getOrDefault(p, "any"))
          .append(" | ").append(overTime)
          .append(" | ").append(sample(idWords.get(p)))
          .append(" | ").append(sample(enWords.get(p))).append(" |\n");
    }
    out.append("\nA figure counting one of these nouns with no predicate of its own is `other` too: ");
    List<String> nouns = new ArrayList<>();
    for (String[] row : rows(LANG + "measures.tsv")) {
      if (row[0].equals("noun")) {
        nouns.add("`" + row[1] + "`");
      }
    }
    out.append(String.join(", ", nouns)).append(" (\"22 kantong jenazah\", \"8 juta peserta\").\n");
    Map<String, Set<String>> idEvents = words(LANG + "id/events.tsv");
    Map<String, Set<String>> enEvents = words(LANG + "en/events.tsv");
    Set<String> events = new TreeSet<>(idEvents.keySet());
    events.addAll(enEvents.keySet());
    out.append("\nDate predicates (a date in the same clause as one of their words; never"
            + " cumulative):\n\n| predicate | words (id) | words (en) |\n|---|---|---|\n");
    for (String p : events) {
      out.append("| `").append(p).append("` | ").append(sample(idEvents.get(p)))
          .append(" | ").append(sample(enEvents.get(p))).append(" |\n");
    }
    return out.toString();
  }

  /** The first three words and how many more there are. */
  private static String sample(Set<String> words) {
    if (words == null || words.isEmpty()) {
      return "";
    }
    List<String> list = new ArrayList<>(words);
    String shown = String.join(", ", list.subList(0, Math.min(3, list.size())));
    return list.size() > 3 ? shown + " (+" + (list.size() - 3) + ")" : shown;
  }

  /** predicate → its words in file order, from a {@code predicate<TAB>word…} file. */
  private static Map<String, Set<String>> words(String resource) {
    Map<String, Set<String>> out = new TreeMap<>();
    for (String[] row : rows(resource)) {
      out.computeIfAbsent(row[0], k -> new LinkedHashSet<>()).add(row[1]);
    }
    return out;
  }

  private static List<String[]> rows(String resource) {
    try (InputStream in = RuleSet.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      List<String[]> out = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.split("\t"));
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A file of this module in a fenced block, with the Invoker's version placeholder filled. */
  private static String file(String path) {
    try {
      String content = Files.readString(Path.of(path))
          .replace("@project.version@", version());
      String fence = path.endsWith(".xml") ? "xml" : "java";
      return "```" + fence + "\n" + content + "```\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The lines of a Java file between {@code // [readme]} and {@code // [/readme]}, dedented. */
  private static String snippet(String path) {
    try {
      String content = Files.readString(Path.of(path));
      Matcher m = Pattern.compile("(?s)\n( *)// \\[readme]\n(.*?)\n *// \\[/readme]").matcher(content);
      assertThat(m.find()).as("// [readme] … // [/readme] in %s", path).isTrue();
      String indent = m.group(1);
      StringBuilder out = new StringBuilder("```java\n");
      for (String line : m.group(2).split("\n", -1)) {
        out.append(line.startsWith(indent) ? line.substring(indent.length()) : line).append('\n');
      }
      return out.append("```\n").toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String version() throws IOException {
    try (InputStream in = DemoCorpus.class.getResourceAsStream("version.properties")) {
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version");
    }
  }
}
