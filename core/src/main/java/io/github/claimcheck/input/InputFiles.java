package io.github.claimcheck.input;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
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

  /**
   * What a whole-file check finds: the first NUL byte and the first byte that is not valid UTF-8,
   * each with its 1-based line (CRLF, LF and a lone CR each end a line), or -1.
   */
  record Check(long nulAt, long nulLine, long badUtf8At, long badUtf8Line) {}

  /** Reads the file once, holding a buffer at a time, for NUL bytes and invalid UTF-8. */
  static Check check(Path file) throws IOException {
    CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.allocate(1 << 16);
    CharBuffer chars = CharBuffer.allocate(1 << 16);
    long nulAt = -1;
    long nulLine = -1;
    long badAt = -1;
    long badLine = -1;
    long base = 0; // file offset of in's position 0
    long line = 1;
    long scanned = 0; // bytes counted for lines and NULs
    boolean lastCr = false;
    try (InputStream s = Files.newInputStream(file)) {
      boolean eof = false;
      while (!eof) {
        int n = s.read(in.array(), in.position(), in.remaining());
        if (n < 0) {
          eof = true;
        } else {
          in.position(in.position() + n);
        }
        in.flip();
        // lines and NUL bytes over the bytes new in the buffer
        byte[] a = in.array();
        for (int i = (int) (scanned - base); i < in.limit(); i++) {
          byte b = a[i];
          if (lastCr && b != '\n') {
            line++;
          }
          lastCr = false;
          if (b == '\n') {
            line++;
          } else if (b == '\r') {
            lastCr = true;
          } else if (b == 0 && nulAt < 0) {
            nulAt = base + i;
            nulLine = line;
          }
        }
        scanned = base + in.limit();
        if (badAt < 0) {
          chars.clear();
          CoderResult r = strict.decode(in, chars, eof);
          while (r.isOverflow()) {
            chars.clear();
            r = strict.decode(in, chars, eof);
          }
          if (r.isError()) {
            badAt = base + in.position();
          }
        } else {
          in.position(in.limit());
        }
        if (nulAt >= 0) {
          break; // the file is skipped: nothing else matters
        }
        base += in.position();
        in.compact();
      }
    }
    if (badAt >= 0) {
      badLine = lineOf(file, badAt);
    }
    return new Check(nulAt, nulLine, badAt, badLine);
  }

  /** The 1-based line of byte {@code at} of the file; CRLF, LF and a lone CR each end a line. */
  private static long lineOf(Path file, long at) throws IOException {
    long line = 1;
    byte[] buf = new byte[1 << 16];
    long pos = 0;
    try (InputStream s = Files.newInputStream(file)) {
      int n;
      int prev = -1;
      while (pos < at && (n = s.read(buf)) > 0) {
        for (int i = 0; i < n; i++, pos++) {
          byte b = buf[i];
          if (pos >= at) {
            // a CR right before the byte ends a line only if this byte is no LF
            return line + (prev == '\r' && b != '\n' ? 1 : 0);
          }
          if (prev == '\r' && b != '\n') {
            line++;
          }
          if (b == '\n') {
            line++;
          }
          prev = b;
        }
      }
      // the byte at 'at' was not read (at = size): a trailing CR ends its line
      return line + (prev == '\r' ? 1 : 0);
    }
  }

  /**
   * The bytes of the regular {@code .txt} and {@code .jsonl} files the paths name, directly or in a
   * folder; -1 when none can be sized. For telling how far reading is, not for limits.
   */
  static long totalSize(List<Path> paths) {
    long total = 0;
    boolean any = false;
    for (Path p : paths) {
      try {
        if (Files.isDirectory(p)) {
          try (Stream<Path> list = Files.list(p)) {
            for (Path e : (Iterable<Path>) list::iterator) {
              if (Files.isRegularFile(e, LinkOption.NOFOLLOW_LINKS) && readable(e)) {
                total += Files.size(e);
                any = true;
              }
            }
          }
        } else if (Files.isRegularFile(p) && readable(p)) {
          total += Files.size(p);
          any = true;
        }
      } catch (IOException | RuntimeException e) {
        // a path that cannot be sized is reported when it is read
      }
    }
    return any ? total : -1;
  }

  private static boolean readable(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".txt") || n.endsWith(".jsonl");
  }
}
