package io.github.claimcheck.build;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Prints one line, {@code Tests: N passed, N failed, N skipped}, for the test reports (Surefire,
 * Failsafe, and the consumer project that the Maven Invoker builds) written since the build
 * started. {@code mvn -q} silences Surefire's own summary; this line is what is left.
 *
 * <p>Arguments: the root folder of the build, and the build's start time (ISO-8601, UTC).
 */
public final class TestSummary {

  private static final Set<String> REPORT_FOLDERS = Set.of("surefire-reports", "failsafe-reports");
  private static final Set<String> NOT_SEARCHED = Set.of(".git", "src", "local-repo", "node_modules");

  private TestSummary() {}

  /** Runs the summary; see the class documentation. */
  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: TestSummary ROOT START-TIME");
    }
    Path root = Path.of(args[0]).toAbsolutePath().normalize();
    // The timestamp has whole seconds: a report of the build's first second still counts.
    Instant since = Instant.parse(args[1]).minusSeconds(1);
    long[] counts = new long[4]; // tests, failures, errors, skipped
    for (Path report : reports(root, since)) {
      add(report, counts);
    }
    long failed = counts[1] + counts[2];
    long passed = counts[0] - failed - counts[3];
    System.out.println("Tests: " + passed + " passed, " + failed + " failed, " + counts[3] + " skipped");
    System.out.flush();
  }

  private static List<Path> reports(Path root, Instant since) throws IOException {
    List<Path> out = new ArrayList<>();
    Files.walkFileTree(root, Set.of(), 9, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        Path name = dir.getFileName();
        return name != null && NOT_SEARCHED.contains(name.toString())
            ? FileVisitResult.SKIP_SUBTREE
            : FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        String name = file.getFileName().toString();
        Path parent = file.getParent();
        if (name.startsWith("TEST-") && name.endsWith(".xml") && parent != null
            && REPORT_FOLDERS.contains(parent.getFileName().toString())
            && !attrs.lastModifiedTime().toInstant().isBefore(since)) {
          out.add(file);
        }
        return FileVisitResult.CONTINUE;
      }
    });
    return out;
  }

  /** Adds the counts of the report's root {@code testsuite} element; reads nothing more. */
  private static void add(Path report, long[] counts)
      throws IOException, ParserConfigurationException, SAXException {
    SAXParserFactory factory = SAXParserFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    try (InputStream in = Files.newInputStream(report)) {
      factory.newSAXParser().parse(in, new DefaultHandler() {
        @Override
        public void startElement(String uri, String local, String qName, Attributes a)
            throws SAXException {
          counts[0] += number(a, "tests");
          counts[1] += number(a, "failures");
          counts[2] += number(a, "errors");
          counts[3] += number(a, "skipped");
          throw new Done();
        }
      });
    } catch (Done expected) {
      // the root element was read
    }
  }

  private static long number(Attributes a, String name) {
    String v = a.getValue(name);
    return v == null || v.isBlank() ? 0 : Long.parseLong(v.strip());
  }

  /** Stops the parse after the root element. */
  private static final class Done extends SAXException {
    private static final long serialVersionUID = 1L;

    Done() {
      super("done");
    }
  }
}
