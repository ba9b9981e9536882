package io.github.claimcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The module exports every package of the API and hides the internal ones. */
class ModuleTest {

  /** The folder of the compiled classes (the tests run on the class path, before packaging). */
  private static Path classes() throws Exception {
    return Path.of(ClaimChecker.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  private static ModuleDescriptor descriptor() throws Exception {
    // read from the folder itself: a class loader would find the JDK's own module-info first
    try (InputStream in = Files.newInputStream(classes().resolve("module-info.class"))) {
      return ModuleDescriptor.read(in);
    }
  }

  private static Set<String> packages() throws Exception {
    Path root = classes();
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(f -> f.toString().endsWith(".class"))
          .map(f -> root.relativize(f.getParent()).toString().replace(f.getFileSystem().getSeparator(), "."))
          .filter(p -> p.startsWith("io.github.claimcheck"))
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  @Test
  void everyPackageButTheInternalOnesIsExported() throws Exception {
    ModuleDescriptor module = descriptor();
    assertThat(module.name()).isEqualTo("io.github.claimcheck.core");
    Set<String> exported = module.exports().stream()
        .filter(e -> !e.isQualified())
        .map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toSet());
    Set<String> packages = packages();
    assertThat(packages).contains("io.github.claimcheck.internal.text", "io.github.claimcheck.model");
    for (String p : packages) {
      if (p.startsWith("io.github.claimcheck.internal")) {
        assertThat(exported).as("internal package %s", p).doesNotContain(p);
      } else {
        assertThat(exported).as("API package %s", p).contains(p);
      }
    }
  }
}
