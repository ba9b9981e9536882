package io.github.claimcheck.reconcile;

import io.github.claimcheck.model.ClockTime;
import io.github.claimcheck.model.EventKey;
import io.github.claimcheck.model.Finding;
import io.github.claimcheck.model.Likely;
import io.github.claimcheck.model.Quantity;
import io.github.claimcheck.model.QuantityKind;
import io.github.claimcheck.model.Reason;
import io.github.claimcheck.model.Verdict;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Writes findings as records of bytes into a {@link ClaimSpool} and reads them back equal, with
 * their reason and likely value: a record is its length, a number the caller keeps with it, the
 * verdict and the positions of the claims the finding cites (which can be read alone), then the
 * rest of the finding. A reason is one of a sealed family
 * of records of records, values, dates and lists: any record is written component by component,
 * each value with a tag for its type, so a new form of reason needs no code here. Short strings
 * that repeat (rules, outlets, sources, class names) are written once and then by number. Not
 * thread-safe.
 */
final class FindingCodec {

  /** How many distinct short strings are numbered; later ones are written out each time. */
  private static final int POOL_LIMIT = 1 << 16;
  /** Strings longer than this (explanations, reasons) are written out each time. */
  private static final int POOLED_LENGTH = 48;

  private static final Verdict[] VERDICTS = Verdict.values();
  private static final QuantityKind[] KINDS = QuantityKind.values();

  // Tags of the values a reason is made of.
  private static final int NULL = 0;
  private static final int STRING = 1;
  private static final int INT = 2;
  private static final int TRUE = 3;
  private static final int FALSE = 4;
  private static final int DOUBLE = 5;
  private static final int EMPTY = 6;
  private static final int PRESENT = 7;
  private static final int LIST = 8;
  private static final int SORTED_SET = 9;
  private static final int ENUM = 10;
  private static final int RECORD = 11;
  private static final int QUANTITY = 12;
  private static final int DATE = 13;
  private static final int CLOCK = 14;
  private static final int EVENT = 15;
  private static final int DECIMAL = 16;

  private final Map<String, Integer> pooled = new HashMap<>();
  private final List<String> pool = new ArrayList<>();
  private final Map<Class<?>, Shape> shapes = new HashMap<>();
  private final Map<String, Shape> shapesByName = new HashMap<>();
  private final RecordWriter out = new RecordWriter();

  /** How a record class is taken apart and made again, or an enum's constants. */
  private record Shape(String name, Method[] accessors, Constructor<?> canonical,
      Object[] constants) {}

  /** A finding read back, the positions of the claims it cites and the caller's number. */
  record Entry(Finding finding, int[] claims, int tag) {}

  /**
   * Appends a record of {@code f}, the positions of the claims it cites and {@code tag} to the
   * spool and returns its offset.
   */
  long write(ClaimSpool spool, Finding f, int[] claims, int tag) {
    byte[] record = encode(f, claims, tag);
    return spool.append(record, record.length);
  }

  /** The record of {@code f}, its claims and its tag, length first. */
  byte[] encode(Finding f, int[] claims, int tag) {
    out.reset();
    out.varint(tag);
    out.varint(f.verdict().ordinal());
    out.varint(claims.length);
    int last = 0;
    for (int c : claims) {
      out.zigzag(c - last); // cited claims are mostly in id order, near each other
      last = c;
    }
    string(f.rule());
    string(f.predicate());
    string(f.subject());
    out.varint(f.claimIds().size());
    for (String id : f.claimIds()) {
      string(id);
    }
    string(f.explanation());
    value(f.reason());
    value(f.likely().orElse(null));
    return out.record();
  }

  /** Reads the record at {@code offset}: the finding, its claims and its tag. */
  Entry read(ClaimSpool spool, long offset) {
    ByteBuffer b = RecordWriter.read(spool, offset);
    int tag = varint(b);
    Verdict verdict = VERDICTS[varint(b)];
    int[] claims = claims(b);
    return new Entry(finding(b, verdict), claims, tag);
  }

  /** Reads only the verdict of the finding at {@code offset}. */
  Verdict verdict(ClaimSpool spool, long offset) {
    ByteBuffer b = RecordWriter.read(spool, offset);
    varint(b);
    return VERDICTS[varint(b)];
  }

  /** Reads only the positions of the claims the finding at {@code offset} cites. */
  int[] claims(ClaimSpool spool, long offset) {
    ByteBuffer b = RecordWriter.read(spool, offset);
    varint(b);
    varint(b);
    return claims(b);
  }

  private static int[] claims(ByteBuffer b) {
    int[] claims = new int[varint(b)];
    int last = 0;
    for (int i = 0; i < claims.length; i++) {
      int v = varint(b);
      last += (v >>> 1) ^ -(v & 1);
      claims[i] = last;
    }
    return claims;
  }

  private Finding finding(ByteBuffer b, Verdict verdict) {
    String rule = string(b);
    String predicate = string(b);
    String subject = string(b);
    int n = varint(b);
    List<String> ids = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      ids.add(string(b));
    }
    String explanation = string(b);
    Reason reason = (Reason) value(b);
    Likely likely = (Likely) value(b);
    Finding f = Finding.of(rule, verdict, predicate, subject, ids, reason, explanation);
    return likely == null ? f : f.withLikely(likely);
  }

  // ------------------------------------------------------------------ values

  private void value(Object v) {
    if (v == null) {
      out.varint(NULL);
    } else if (v instanceof String s) {
      out.varint(STRING);
      string(s);
    } else if (v instanceof Integer i) {
      out.varint(INT);
      out.zigzag(i);
    } else if (v instanceof Boolean x) {
      out.varint(x ? TRUE : FALSE);
    } else if (v instanceof Double d) {
      out.varint(DOUBLE);
      out.varlong(Double.doubleToRawLongBits(d));
    } else if (v instanceof Optional<?> o) {
      out.varint(o.isPresent() ? PRESENT : EMPTY);
      if (o.isPresent()) {
        value(o.get());
      }
    } else if (v instanceof SortedSet<?> s) {
      out.varint(SORTED_SET);
      out.varint(s.size());
      s.forEach(this::value);
    } else if (v instanceof List<?> l) {
      out.varint(LIST);
      out.varint(l.size());
      l.forEach(this::value);
    } else if (v instanceof Enum<?> e) {
      out.varint(ENUM);
      string(e.getDeclaringClass().getName());
      out.varint(e.ordinal());
    } else if (v instanceof Quantity q) {
      out.varint(QUANTITY);
      out.varint(q.kind().ordinal());
      out.varint((q.lowInclusive() ? 1 : 0) | (q.highInclusive() ? 2 : 0) | (q.isVague() ? 4 : 0)
          | (q.isHedged() ? 8 : 0));
      value(q.low().orElse(null));
      value(q.high().orElse(null));
    } else if (v instanceof BigDecimal d) {
      out.varint(DECIMAL);
      byte[] unscaled = d.unscaledValue().toByteArray();
      out.varint(unscaled.length);
      out.bytes(unscaled);
      out.zigzag(d.scale());
    } else if (v instanceof LocalDate d) {
      out.varint(DATE);
      out.zigzagLong(d.toEpochDay());
    } else if (v instanceof ClockTime c) {
      out.varint(CLOCK);
      out.varlong(c.time().toNanoOfDay());
      value(c.offset().map(ZoneOffset::getTotalSeconds));
    } else if (v instanceof EventKey e) {
      out.varint(EVENT);
      // a key of type and place, as the extractor makes them, else a name as written
      boolean typed = e.place().isPresent() && e.name().equals(e.typeText() + ":" + e.place().get());
      value(typed ? e.typeText() : null);
      value(typed ? e.place().get() : e.name());
    } else if (v instanceof Record r) {
      out.varint(RECORD);
      Shape shape = shape(r.getClass());
      string(shape.name());
      for (Method m : shape.accessors()) {
        value(invoke(m, r));
      }
    } else {
      throw new IllegalArgumentException("a finding holds a " + v.getClass().getName()
          + ", which cannot be written");
    }
  }

  private Object value(ByteBuffer b) {
    int tag = varint(b);
    switch (tag) {
      case NULL:
        return null;
      case STRING:
        return string(b);
      case INT:
        int z = varint(b);
        return (z >>> 1) ^ -(z & 1);
      case TRUE:
        return true;
      case FALSE:
        return false;
      case DOUBLE:
        return Double.longBitsToDouble(varlong(b));
      case EMPTY:
        return Optional.empty();
      case PRESENT:
        return Optional.of(value(b));
      case SORTED_SET: {
        int n = varint(b);
        SortedSet<Object> set = new TreeSet<>();
        for (int k = 0; k < n; k++) {
          set.add(value(b));
        }
        return set;
      }
      case LIST: {
        int n = varint(b);
        List<Object> list = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
          list.add(value(b));
        }
        return list;
      }
      case ENUM: {
        Shape shape = shape(string(b));
        return shape.constants()[varint(b)];
      }
      case QUANTITY: {
        QuantityKind kind = KINDS[varint(b)];
        int f = varint(b);
        BigDecimal low = (BigDecimal) value(b);
        BigDecimal high = (BigDecimal) value(b);
        return Quantity.of(kind, low, high, (f & 1) != 0, (f & 2) != 0, (f & 4) != 0,
            (f & 8) != 0);
      }
      case DECIMAL: {
        byte[] unscaled = new byte[varint(b)];
        b.get(unscaled);
        int s = varint(b);
        return new BigDecimal(new BigInteger(unscaled), (s >>> 1) ^ -(s & 1));
      }
      case DATE: {
        long v = varlong(b);
        return LocalDate.ofEpochDay((v >>> 1) ^ -(v & 1));
      }
      case CLOCK: {
        LocalTime time = LocalTime.ofNanoOfDay(varlong(b));
        Optional<?> offset = (Optional<?>) value(b);
        return offset.isEmpty() ? ClockTime.of(time)
            : ClockTime.of(time, ZoneOffset.ofTotalSeconds((Integer) offset.get()));
      }
      case EVENT: {
        String type = (String) value(b);
        String name = (String) value(b);
        return type != null ? EventKey.of(type, name) : EventKey.named(name).orElseThrow();
      }
      case RECORD: {
        Shape shape = shape(string(b));
        Object[] args = new Object[shape.accessors().length];
        for (int k = 0; k < args.length; k++) {
          args[k] = value(b);
        }
        try {
          return shape.canonical().newInstance(args);
        } catch (InstantiationException | IllegalAccessException e) {
          throw new IllegalStateException("cannot make a " + shape.name(), e);
        } catch (InvocationTargetException e) {
          throw new IllegalStateException("cannot make a " + shape.name(), e.getCause());
        }
      }
      default:
        throw new IllegalStateException("unknown tag " + tag + " in a finding's record");
    }
  }

  private static Object invoke(Method m, Object target) {
    try {
      return m.invoke(target);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot read " + m, e);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + m, e.getCause());
    }
  }

  private Shape shape(Class<?> type) {
    Shape s = shapes.get(type);
    if (s == null) {
      s = make(type);
      shapes.put(type, s);
      shapesByName.put(s.name(), s);
    }
    return s;
  }

  private Shape shape(String name) {
    Shape s = shapesByName.get(name);
    if (s == null) {
      try {
        s = shape(Class.forName(name, false, FindingCodec.class.getClassLoader()));
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException("a finding's record names an unknown class " + name, e);
      }
    }
    return s;
  }

  private static Shape make(Class<?> type) {
    if (type.isEnum()) {
      return new Shape(type.getName(), null, null, type.getEnumConstants());
    }
    RecordComponent[] parts = type.getRecordComponents();
    Method[] accessors = new Method[parts.length];
    Class<?>[] types = new Class<?>[parts.length];
    for (int k = 0; k < parts.length; k++) {
      accessors[k] = parts[k].getAccessor();
      types[k] = parts[k].getType();
    }
    try {
      return new Shape(type.getName(), accessors, type.getDeclaredConstructor(types), null);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("no canonical constructor in " + type.getName(), e);
    }
  }

  // ------------------------------------------------------------------ strings and numbers

  private void string(String s) {
    Integer n = s.length() <= POOLED_LENGTH ? pooled.get(s) : null;
    if (n != null) {
      out.varint((n << 1) | 1);
      return;
    }
    if (s.length() <= POOLED_LENGTH && pool.size() < POOL_LIMIT) {
      pooled.put(s, pool.size());
      pool.add(s); // known to the reader, which reads what this codec wrote
    }
    byte[] bytes = ClaimCodec.chars(s);
    out.varint(bytes.length << 1);
    out.bytes(bytes);
  }

  private String string(ByteBuffer b) {
    int code = varint(b);
    if ((code & 1) != 0) {
      return pool.get(code >>> 1);
    }
    return ClaimCodec.utf8(b, code >>> 1);
  }

  private static int varint(ByteBuffer b) {
    return (int) RecordWriter.varlong(b);
  }

  private static long varlong(ByteBuffer b) {
    return RecordWriter.varlong(b);
  }
}
