package io.github.claimcheck.reconcile;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * The bytes of one record being written (variable-length integers, raw bytes), made into a record
 * with its length first; and the reading of the same. What {@link ClaimCodec} and {@link
 * FindingCodec} share. Not thread-safe.
 */
final class RecordWriter {

  private byte[] buf = new byte[512];
  private int pos;

  /** Starts a new record. */
  void reset() {
    pos = 0;
  }

  /** The number of bytes written since {@link #reset()}. */
  int size() {
    return pos;
  }

  void varint(int v) {
    varlong(v & 0xFFFFFFFFL);
  }

  void zigzag(int v) {
    varint((v << 1) ^ (v >> 31));
  }

  void zigzagLong(long v) {
    varlong((v << 1) ^ (v >> 63));
  }

  void varlong(long v) {
    ensure(10);
    while ((v & ~0x7FL) != 0) {
      buf[pos++] = (byte) ((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    buf[pos++] = (byte) v;
  }

  void bytes(byte[] bytes) {
    ensure(bytes.length);
    System.arraycopy(bytes, 0, buf, pos, bytes.length);
    pos += bytes.length;
  }

  private void ensure(int more) {
    if (pos + more > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, pos + more));
    }
  }

  /** The record: its length as a variable-length integer, then the bytes written. */
  byte[] record() {
    byte[] record = new byte[pos + 5];
    int at = 0;
    for (int v = pos; ; v >>>= 7) {
      if ((v & ~0x7F) == 0) {
        record[at++] = (byte) v;
        break;
      }
      record[at++] = (byte) ((v & 0x7F) | 0x80);
    }
    System.arraycopy(buf, 0, record, at, pos);
    return Arrays.copyOf(record, at + pos);
  }

  /** The bytes of the record at {@code offset} of the spool, positioned after its length. */
  static ByteBuffer read(ClaimSpool spool, long offset) {
    int peek = (int) Math.min(spool.size() - offset, 1024);
    ByteBuffer b = spool.read(offset, peek);
    int len = (int) varlong(b);
    int header = b.position();
    if (header + len > peek) {
      b = spool.read(offset, header + len);
      b.position(header);
    }
    return b;
  }

  /** The offset just after the record at {@code offset}. */
  static long next(ClaimSpool spool, long offset) {
    ByteBuffer b = spool.read(offset, (int) Math.min(spool.size() - offset, 5));
    int len = (int) varlong(b);
    return offset + b.position() + len;
  }

  static long varlong(ByteBuffer b) {
    int shift = 0;
    long v = 0;
    while (true) {
      byte x = b.get();
      v |= (long) (x & 0x7F) << shift;
      if (x >= 0) {
        return v;
      }
      shift += 7;
    }
  }
}
