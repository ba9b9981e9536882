package io.github.claimcheck.spark;

import io.github.claimcheck.ClaimChecker;
import io.github.claimcheck.extract.LanguagePack;
import java.lang.reflect.InvocationTargetException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The {@link CheckerSetup}s this module provides. */
final class Setups {

  private Setups() {}

  /** The built-in knowledge and rules. */
  enum Standard implements CheckerSetup {
    INSTANCE;

    @Override
    public ClaimChecker.Builder configure(ClaimChecker.Builder builder) {
      return builder;
    }

    @Override
    public String toString() {
      return "standard";
    }
  }

  /** A setup class created by name where it runs. */
  static final class ByClass implements CheckerSetup {
    private static final long serialVersionUID = 1L;
    private final String className;

    ByClass(String className) {
      this.className = className;
    }

    @Override
    public ClaimChecker.Builder configure(ClaimChecker.Builder builder) {
      return create().configure(builder);
    }

    /** Creates the named setup; the message of any failure names the class and what to do. */
    CheckerSetup create() {
      ClassLoader loader = Thread.currentThread().getContextClassLoader();
      Class<?> type;
      try {
        type = Class.forName(className, true,
            loader != null ? loader : CheckerSetup.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalArgumentException("setup class " + className + " is not on the class"
            + " path (add its jar with spark-submit --jars)", e);
      }
      if (!CheckerSetup.class.isAssignableFrom(type)) {
        throw new IllegalArgumentException("setup class " + className + " does not implement "
            + CheckerSetup.class.getName());
      }
      try {
        return (CheckerSetup) type.getConstructor().newInstance();
      } catch (NoSuchMethodException | IllegalAccessException | InstantiationException e) {
        throw new IllegalArgumentException("setup class " + className
            + " needs a public constructor without arguments", e);
      } catch (InvocationTargetException e) {
        throw new IllegalArgumentException("setup class " + className + " failed to start: "
            + e.getCause(), e.getCause());
      }
    }

    @Override
    public String toString() {
      return className;
    }
  }

  /**
   * The language pack of a folder, read on the driver and sent with the setup as the files'
   * bytes: each executor writes them to a temporary folder and reads the pack from it (with
   * {@link LanguagePack#fromDirectory}, as the single-JVM tool does), so the folder need not be
   * reachable from the executors.
   */
  static final class PackFiles implements CheckerSetup {
    private static final long serialVersionUID = 1L;
    private final String folder;
    private final TreeMap<String, byte[]> files;

    private PackFiles(String folder, TreeMap<String, byte[]> files) {
      this.folder = folder;
      this.files = files;
    }

    /**
     * Reads the pack's files (the {@code .tsv} files of the folder and of its language folders)
     * and checks that they make a pack.
     *
     * @throws IllegalArgumentException if the folder is no pack, as {@link LanguagePack#fromDirectory}
     * @throws UncheckedIOException if a file cannot be read
     */
    static PackFiles read(Path dir) {
      LanguagePack.fromDirectory(dir);
      TreeMap<String, byte[]> files = new TreeMap<>();
      try (Stream<Path> walk = Files.walk(dir, 2)) {
        for (Path p : (Iterable<Path>) walk::iterator) {
          if (Files.isRegularFile(p) && p.getFileName().toString().endsWith(".tsv")) {
            files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new PackFiles(dir.toString(), files);
    }

    @Override
    public ClaimChecker.Builder configure(ClaimChecker.Builder builder) {
      Path tmp = null;
      try {
        tmp = Files.createTempDirectory("claimcheck-pack");
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
          Path p = tmp.resolve(f.getKey());
          Files.createDirectories(p.getParent());
          Files.write(p, f.getValue());
        }
        return builder.language(LanguagePack.fromDirectory(tmp));
      } catch (IOException e) {
        throw new UncheckedIOException("could not unpack the language pack " + folder, e);
      } finally {
        delete(tmp);
      }
    }

    private static void delete(Path dir) {
      if (dir == null) {
        return;
      }
      try (Stream<Path> walk = Files.walk(dir)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      } catch (IOException e) {
        // a temporary folder left behind; the pack was read
      }
    }

    @Override
    public String toString() {
      return "language pack " + folder;
    }
  }
}
