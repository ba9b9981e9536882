package io.github.claimcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimcheck.model.Article;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.ClaimFlag;
import io.github.claimcheck.model.DateValue;
import io.github.claimcheck.model.Language;
import io.github.claimcheck.model.Quantity;
import io.github.claimcheck.model.Scope;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs {@code corpus/claims.txt}: every text must yield exactly the claims listed under it (see
 * the file's header for the format).
 */
class ExtractionCorpusTest {

  private record Case(String name, LocalDate published, Language language, String text, List<String> expected) {}

  @TestFactory
  Stream<DynamicTest> corpus() throws IOException {
    return load().stream()
        .map(c -> DynamicTest.dynamicTest(c.name() + ": " + abbreviate(c.text()), () -> check(c)));
  }

  private static void check(Case c) {
    Article article = Article.builder("t", c.text()).published(c.published()).language(c.language()).build();
    List<Claim> claims = new ArrayList<>(Extractor.standard().extract(article, LocalDate.of(2026, 1, 1)));
    String listing = claims.stream().map(Claim::toString).collect(Collectors.joining("\n  ", "\n  ", ""));
    if (c.expected().size() == 1 && c.expected().get(0).equals("none")) {
      assertThat(claims).as("claims of %s%s", c.text(), listing).isEmpty();
      return;
    }
    List<String> unmatched = new ArrayList<>();
    for (String e : c.expected()) {
      Claim hit = claims.stream().filter(x -> matches(e, x)).findFirst().orElse(null);
      if (hit == null) {
        unmatched.add(e);
      } else {
        claims.remove(hit);
      }
    }
    assertThat(unmatched).as("expected claims not extracted from «%s»; extracted:%s", c.text(), listing).isEmpty();
    assertThat(claims).as("unexpected extra claims from «%s»", c.text()).isEmpty();
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
    String unit = c.unit().orElse("-");
    if (!f[3].equals(unit)) {
      return false;
    }
    for (int i = 4; i < f.length; i++) {
      String key = f[i].substring(0, f[i].indexOf('='));
      String val = f[i].substring(f[i].indexOf('=') + 1);
      switch (key) {
        case "when":
          String when = c.when().map(w -> w.start() + ".." + w.end()).orElse("-");
          if (!when.equals(val)) {
            return false;
          }
          break;
        case "clock":
          if (!val.equals(c.clock().map(Object::toString).orElse("-"))) {
            return false;
          }
          break;
        case "by":
          if (val.equals("-") ? c.attribution().isPresent()
              : !c.attribution().map(a -> a.contains(val)).orElse(false)) {
            return false;
          }
          break;
        case "flags":
          TreeSet<String> want = new TreeSet<>();
          for (String x : val.split(",")) {
            if (!x.isBlank()) {
              want.add(x.strip());
            }
          }
          TreeSet<String> have = c.flags().stream().map(ClaimFlag::jsonName).collect(Collectors.toCollection(TreeSet::new));
          if (!want.equals(have)) {
            return false;
          }
          break;
        case "scope":
          if (!c.scope().map(Scope::id).orElse("-").equals(val)) {
            return false;
          }
          break;
        case "event":
          if (!c.event().orElse("-").equals(val)) {
            return false;
          }
          break;
        default:
          throw new IllegalArgumentException("unknown field " + key + " in " + expected);
      }
    }
    return true;
  }

  private static boolean bound(String expected, BigDecimal actual) {
    if (expected.equals("-")) {
      return actual == null;
    }
    return actual != null && actual.compareTo(new BigDecimal(expected)) == 0;
  }

  private static List<Case> load() throws IOException {
    List<Case> out = new ArrayList<>();
    LocalDate published = null;
    Language language = null;
    String name = null;
    String text = null;
    LocalDate textPublished = null;
    Language textLanguage = null;
    String textName = null;
    List<String> expected = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        Objects.requireNonNull(ExtractionCorpusTest.class.getResourceAsStream("/corpus/claims.txt")),
        StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("# ") && line.substring(2).matches("\\d+.*")) {
          name = "#" + line.substring(2).split("\\s")[0];
        } else if (line.startsWith("@ ")) {
          String[] p = line.substring(2).trim().split("\\s+");
          published = LocalDate.parse(p[0]);
          language = Language.fromCode(p[1]).orElseThrow();
        } else if (line.startsWith("> ")) {
          if (text != null) {
            out.add(new Case(textName, textPublished, textLanguage, text, List.copyOf(expected)));
            expected.clear();
          }
          text = line.substring(2).trim().replace(" ¶ ", "\n");
          textPublished = published;
          textLanguage = language;
          textName = name;
        } else if (line.startsWith("= ")) {
          expected.add(line.substring(2).trim().toLowerCase(Locale.ROOT).equals("none") ? "none" : line.substring(2).trim());
        }
      }
    }
    if (text != null) {
      out.add(new Case(textName, textPublished, textLanguage, text, List.copyOf(expected)));
    }
    return out;
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }
}
