package io.github.claimcheck.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * What the reader asks of the file system: what a path is, without opening it (so a named pipe
 * never blocks and a device is never read), and a regular file's bytes up to a limit.
 */
final class InputFiles {

  // The file-type bits of a POSIX mode (st_mode & S_IFMT).
  private static final int TYPE_MASK = 0170000;
  private static final int FIFO = 0010000;
  private static final int CHARACTER_DEVICE = 0020000;
  private static final int BLOCK_DEVICE = 0060000;
  private static final int SOCKET = 0140000;

  private InputFiles() {}

  /** What a path is, as far as reading articles goes. */
  enum Kind {
    REGULAR,
    FOLDER,
    LINK,
    SPECIAL,
    MISSING
  }

  /**
   * Returns what {@code path} is; links are followed only when {@code followLinks}.
   *
   * @throws IOException when the path cannot be examined (permissions, a link loop)
   */
  static Kind kind(Path path, boolean followLinks) throws IOException {
    BasicFileAttributes a;
    try {
      a = followLinks
          ? Files.readAttributes(path, BasicFileAttributes.class)
          : Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return Kind.MISSING;
    }
    if (a.isSymbolicLink()) {
      return Kind.LINK;
    }
    if (a.isDirectory()) {
      return Kind.FOLDER;
    }
    return a.isRegularFile() ? Kind.REGULAR : Kind.SPECIAL;
  }

  /** Names a special file for a person: "a named pipe (FIFO)", "a character device", …. */
  static String describeSpecial(Path path) {
    try {
      int type = ((Integer) Files.getAttribute(path, "unix:mode")) & TYPE_MASK;
      switch (type) {
        case FIFO:
          return "a named pipe (FIFO)";
        case CHARACTER_DEVICE:
          return "a character device";
        case BLOCK_DEVICE:
          return "a block device";
        case SOCKET:
          return "a socket";
        default:
          return "a special file";
      }
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException
        | SecurityException | ClassCastException e) {
      return "a special file";
    }
  }

  /** Where a link points, as the link says ("/dev/zero", "b.txt"), or "?" when unreadable. */
  static String linkTarget(Path link) {
    try {
      return Files.readSymbolicLink(link).toString();
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return "?";
    }
  }

  /** Whether examining the path failed because links point at each other in a loop. */
  static boolean isLinkLoop(IOException e) {
    return e instanceof FileSystemException f
        && f.getReason() != null
        && f.getReason().contains("symbolic links");
  }

  /** The file's real path (links resolved), used to notice a file given twice. */
  static Optional<Path> realPath(Path path) {
    try {
      return Optional.of(path.toRealPath());
    } catch (IOException | SecurityException e) {
      return Optional.empty();
    }
  }

  /**
   * Reads at most {@code limit} bytes of a regular file; empty when it holds more (it may have
   * grown since its size was checked, or report no size, as files under {@code /proc} do).
   */
  static Optional<byte[]> readAtMost(Path file, int limit) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes(limit);
      return in.read() < 0 ? Optional.of(bytes) : Optional.empty();
    }
  }
}
