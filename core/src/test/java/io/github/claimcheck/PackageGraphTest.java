package io.github.claimcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The packages of the library depend on one another without a cycle. */
class PackageGraphTest {

  private static final Pattern PACKAGE = Pattern.compile("(?m)^package ([\\w.]+);");
  private static final Pattern COMMENT = Pattern.compile("(?s)/\\*.*?\\*/|//[^\\n]*");
  private static final Pattern STRING = Pattern.compile("\"(\\\\.|[^\"\\\\])*\"");
  private static final Pattern REFERENCE =
      Pattern.compile("(io\\.github\\.claimcheck(?:\\.[a-z]\\w*)*)\\.[A-Z]");

  /** Package to the packages its code (not its comments) names. */
  static Map<String, Set<String>> graph(Path sources) throws IOException {
    Map<String, Set<String>> deps = new TreeMap<>();
    try (Stream<Path> files = Files.walk(sources)) {
      for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
        String src = Files.readString(f, StandardCharsets.UTF_8);
        Matcher p = PACKAGE.matcher(src);
        if (!p.find()) {
          continue; // module-info
        }
        String pkg = p.group(1);
        String code = STRING.matcher(COMMENT.matcher(src).replaceAll("")).replaceAll("\"\"");
        Set<String> mine = deps.computeIfAbsent(pkg, k -> new TreeSet<>());
        Matcher m = REFERENCE.matcher(code);
        while (m.find()) {
          if (!m.group(1).equals(pkg)) {
            mine.add(m.group(1));
          }
        }
      }
    }
    return deps;
  }

  /** A cycle through the graph, as the packages on it, or an empty list. */
  static List<String> cycle(Map<String, Set<String>> deps) {
    Map<String, Integer> state = new TreeMap<>(); // 1 on the path, 2 done
    for (String start : deps.keySet()) {
      List<String> path = new ArrayList<>();
      List<String> found = visit(start, deps, state, path);
      if (!found.isEmpty()) {
        return found;
      }
    }
    return List.of();
  }

  private static List<String> visit(
      String pkg, Map<String, Set<String>> deps, Map<String, Integer> state, List<String> path) {
    Integer s = state.get(pkg);
    if (s != null && s == 2) {
      return List.of();
    }
    path.add(pkg);
    if (s != null) {
      return new ArrayList<>(path.subList(path.indexOf(pkg), path.size()));
    }
    state.put(pkg, 1);
    for (String next : deps.getOrDefault(pkg, Set.of())) {
      List<String> found = visit(next, deps, state, path);
      if (!found.isEmpty()) {
        return found;
      }
    }
    state.put(pkg, 2);
    path.remove(path.size() - 1);
    return List.of();
  }

  @Test
  void theLibraryHasNoPackageCycle() throws IOException {
    Map<String, Set<String>> deps = graph(Path.of("src/main/java"));
    assertThat(deps).containsKeys("io.github.claimcheck", "io.github.claimcheck.model");
    assertThat(cycle(deps)).as("package cycle").isEmpty();
  }

  @Test
  void theModelAndTheSentencesDependOnNoOtherApiPackage() throws IOException {
    Map<String, Set<String>> deps = graph(Path.of("src/main/java"));
    assertThat(deps.get("io.github.claimcheck.model"))
        .allMatch(p -> p.startsWith("io.github.claimcheck.internal"));
    assertThat(deps.get("io.github.claimcheck.render.text"))
        .allMatch(p -> p.equals("io.github.claimcheck.model") || p.contains(".internal."));
  }

  @Test
  void aCycleIsFound() {
    Map<String, Set<String>> deps = new TreeMap<>(Map.of(
        "a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of("a")));
    assertThat(cycle(deps)).containsExactly("a", "b", "c", "a");
    assertThat(cycle(Map.of("a", Set.of("b"), "b", Set.of()))).isEmpty();
  }
}
