package io.github.claimcheck.reconcile;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Bytes appended once and read back at any offset: the encoded claims of a {@link ReconcileBatch},
 * or its findings ({@link FindingSpool}).
 * They stay in one array on the heap up to {@link #MEMORY_LIMIT} bytes; past it they go to a
 * temporary file (deleted on {@link #close()}), so the heap holds only offsets, whatever the
 * number of claims. Not thread-safe.
 */
final class ClaimSpool implements Closeable {

  /** The most bytes kept on the heap before the spool moves to a file. */
  static final int MEMORY_LIMIT = 32 * 1024 * 1024;

  private final int memoryLimit;
  private byte[] memory = new byte[1 << 16];
  private long size;
  private Path file;
  private OutputStream out;
  private FileChannel channel;
  private ByteBuffer readBuffer = ByteBuffer.allocate(1 << 14);
  /** Where the bytes last read into {@link #readBuffer} start, and how many there are. */
  private long windowStart = -1;
  private int windowLength;

  ClaimSpool() {
    this(MEMORY_LIMIT);
  }

  ClaimSpool(int memoryLimit) {
    this.memoryLimit = memoryLimit;
  }

  /** Returns the number of bytes appended. */
  long size() {
    return size;
  }

  /** Whether the bytes went to a temporary file. */
  boolean onDisk() {
    return file != null;
  }

  /** Appends {@code len} bytes of {@code b} and returns the offset they start at. */
  long append(byte[] b, int len) {
    long at = size;
    try {
      if (file == null && size + len > memoryLimit) {
        spill();
      }
      if (file == null) {
        if (size + len > memory.length) {
          memory = Arrays.copyOf(memory, (int) Math.min(memoryLimit,
              Math.max(size + len, (long) memory.length * 2)));
        }
        System.arraycopy(b, 0, memory, (int) size, len);
      } else {
        if (channel != null) {
          channel.close(); // written again: reopen for reading later
          channel = null;
        }
        out.write(b, 0, len);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the temporary file " + file, e);
    }
    size += len;
    return at;
  }

  private void spill() throws IOException {
    file = Files.createTempFile("claimcheck-", ".claims");
    file.toFile().deleteOnExit();
    out = new BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.WRITE), 1 << 16);
    out.write(memory, 0, (int) size);
    memory = null;
  }

  /**
   * Returns a buffer holding at least {@code len} bytes from {@code offset}, positioned there (at
   * 0); its bytes may be those of the next call.
   */
  ByteBuffer read(long offset, int len) {
    if (offset < 0 || len < 0 || offset + len > size) {
      throw new IndexOutOfBoundsException("bytes " + offset + "+" + len + " of " + size);
    }
    if (file == null) {
      return ByteBuffer.wrap(memory, (int) offset, len).slice();
    }
    try {
      if (windowStart >= 0 && offset >= windowStart
          && offset + len <= windowStart + windowLength) {
        // Bytes once written never change: records read in order mostly lie in the last window.
        return readBuffer.duplicate().position((int) (offset - windowStart)).limit(windowLength)
            .slice();
      }
      if (channel == null) {
        out.flush();
        channel = FileChannel.open(file, StandardOpenOption.READ);
      }
      if (readBuffer.capacity() < len) {
        readBuffer = ByteBuffer.allocate(Math.max(len, readBuffer.capacity() * 2));
      }
      readBuffer.clear();
      int want = (int) Math.min(readBuffer.capacity(), size - offset);
      readBuffer.limit(want);
      long pos = offset;
      while (readBuffer.position() < len) {
        int n = channel.read(readBuffer, pos);
        if (n < 0) {
          throw new IOException("unexpected end of " + file);
        }
        pos += n;
      }
      readBuffer.flip();
      windowStart = offset;
      windowLength = readBuffer.limit();
      return readBuffer.duplicate();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the temporary file " + file, e);
    }
  }

  @Override
  public void close() {
    memory = null;
    try {
      if (channel != null) {
        channel.close();
      }
      if (out != null) {
        out.close();
      }
      if (file != null) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the temporary file " + file, e);
    } finally {
      channel = null;
      out = null;
    }
  }
}
