package io.github.claimcheck.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version {@code --version} prints: the project version the build wrote into the jar. */
final class Version implements IVersionProvider {

  private static final String RESOURCE = "version.properties";

  /** Returns the version of this build, such as {@code 0.1.0-SNAPSHOT}. */
  static String number() {
    try (InputStream in = Version.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the jar");
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String[] getVersion() {
    return new String[] {"claimcheck " + number()};
  }
}
