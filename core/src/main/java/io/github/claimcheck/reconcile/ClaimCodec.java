package io.github.claimcheck.reconcile;

import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.EventKey;
import io.github.claimcheck.model.SubjectKey;
import io.github.claimcheck.model.ClaimFlag;
import io.github.claimcheck.model.ClockTime;
import io.github.claimcheck.model.DateValue;
import io.github.claimcheck.model.Granularity;
import io.github.claimcheck.model.Quantity;
import io.github.claimcheck.model.QuantityKind;
import io.github.claimcheck.model.Scope;
import io.github.claimcheck.model.Span;
import io.github.claimcheck.model.Value;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes claims as compact records into a {@link ClaimSpool} and reads them back, equal to what
 * was written. A record is its length, then the fields: strings that repeat across claims
 * (predicates, subjects, units, events, sources named, scopes) are written once and then by
 * number, a sentence shared with the claim before is written once, numbers as variable-length
 * integers. Not thread-safe.
 */
final class ClaimCodec {

  /** How many distinct repeated strings are numbered; later ones are written out each time. */
  private static final int POOL_LIMIT = 1 << 18;

  private static final ClaimFlag[] FLAGS = ClaimFlag.values();
  private static final QuantityKind[] KINDS = QuantityKind.values();
  private static final Granularity[] GRANULARITIES = Granularity.values();
  private static final Scope.Kind[] SCOPE_KINDS = Scope.Kind.values();

  static {
    if (FLAGS.length > 63) {
      throw new AssertionError("claim flags no longer fit a long");
    }
  }

  private final Map<String, Integer> pooled = new HashMap<>();
  private final List<String> pool = new ArrayList<>();
  private final RecordWriter out = new RecordWriter();
  /** The sentence of the claim written last, and where its bytes are. */
  private String lastSentence;
  private long lastSentenceAt;
  private int lastSentenceLength;

  /**
   * Appends the claim of article number {@code article} (whose id is {@code articleId}) to the
   * spool and returns the offset of its record.
   */
  long write(ClaimSpool spool, Claim c, int article, String articleId) {
    out.reset();
    varint(article);
    String id = c.id();
    if (id.length() > articleId.length() && id.startsWith(articleId)
        && id.charAt(articleId.length()) == '#') {
      string(id.substring(articleId.length() + 1), false);
    } else {
      varint(0);
      string(id, false);
    }
    string(c.predicate(), true);
    subject(c.subjectKey());
    value(c.value());
    string(c.unit().orElse(null), true);
    date(c.when().orElse(null));
    string(c.whenText().orElse(null), true);
    string(c.attribution().orElse(null), true);
    string(c.origin().orElse(null), true);
    event(c.eventKey().orElse(null));
    Scope scope = c.scope().orElse(null);
    if (scope == null) {
      varint(0);
    } else {
      varint(scope.kind().ordinal() + 1);
      string(scope.key(), true);
      string(scope.text(), true);
    }
    ClockTime clock = c.clock().orElse(null);
    if (clock == null) {
      varint(0);
    } else {
      varlong(clock.time().toNanoOfDay() + 1);
      ZoneOffset offset = clock.offset().orElse(null);
      if (offset == null) {
        varint(0);
      } else {
        varint(1);
        zigzag(offset.getTotalSeconds());
      }
      string(c.clockText().orElse(null), true);
    }
    varint(c.span().start());
    varint(c.span().length());
    varint(c.sentenceSpan().start());
    varint(c.sentenceSpan().length());
    long flags = 0;
    for (ClaimFlag f : c.flags()) {
      flags |= 1L << f.ordinal();
    }
    varlong(flags);
    varint(c.companions().size());
    for (Map.Entry<String, Quantity> e : c.companions().entrySet()) {
      string(e.getKey(), true);
      value(e.getValue());
    }
    // The sentence: by reference when it is the one of the claim before (claims of one sentence
    // share it), else its bytes, which later claims may refer to.
    String sentence = c.sentence();
    boolean same = sentence.equals(lastSentence);
    byte[] bytes = same ? null : chars(sentence);
    int headerEnd;
    if (same) {
      varint(0);
      varlong(lastSentenceAt);
      varint(lastSentenceLength);
      headerEnd = out.size();
    } else {
      varint(bytes.length + 1);
      headerEnd = out.size();
      out.bytes(bytes);
    }
    // Record: its length, then the fields.
    byte[] record = out.record();
    int h = record.length - out.size();
    long at = spool.append(record, record.length);
    if (!same) {
      lastSentence = sentence;
      lastSentenceAt = at + h + headerEnd;
      lastSentenceLength = bytes.length;
    }
    return at;
  }

  /**
   * Reads the claim whose record starts at {@code offset}; {@code articleIds} gives the id of an
   * article by its number.
   */
  Claim read(ClaimSpool spool, long offset, ArticleIds articleIds) {
    ByteBuffer b = RecordWriter.read(spool, offset);
    Reader r = new Reader(b);
    String articleId = articleIds.id(r.varint());
    Claim.Builder cb = Claim.builder().id(r.id(articleId)).articleId(articleId);
    cb.predicate(r.string());
    cb.subject(r.subject());
    cb.value(r.value());
    cb.unit(r.string());
    cb.when(r.date());
    cb.whenText(r.string());
    cb.attribution(r.string());
    cb.origin(r.string());
    cb.event(r.event());
    int scopeKind = r.varint();
    if (scopeKind > 0) {
      cb.scope(new Scope(SCOPE_KINDS[scopeKind - 1], r.string(), r.string()));
    }
    long nanos = r.varlong();
    if (nanos > 0) {
      LocalTime time = LocalTime.ofNanoOfDay(nanos - 1);
      ClockTime clock = r.varint() == 0
          ? ClockTime.of(time) : ClockTime.of(time, ZoneOffset.ofTotalSeconds(r.zigzag()));
      cb.clock(clock, r.string());
    }
    int spanStart = r.varint();
    cb.span(Span.of(spanStart, spanStart + r.varint()));
    int sentenceStart = r.varint();
    Span sentenceSpan = Span.of(sentenceStart, sentenceStart + r.varint());
    long flags = r.varlong();
    if (flags != 0) {
      EnumSet<ClaimFlag> set = EnumSet.noneOf(ClaimFlag.class);
      for (ClaimFlag f : FLAGS) {
        if ((flags & (1L << f.ordinal())) != 0) {
          set.add(f);
        }
      }
      cb.flags(set);
    }
    for (int n = r.varint(); n > 0; n--) {
      cb.companion(r.string(), (Quantity) r.value());
    }
    int sentenceCode = r.varint();
    String sentence;
    if (sentenceCode == 0) {
      long at = r.varlong();
      int n = r.varint();
      ByteBuffer s = spool.read(at, n);
      sentence = utf8(s, n);
    } else {
      sentence = utf8(b, sentenceCode - 1);
    }
    cb.sentence(sentenceSpan, sentence);
    return cb.build();
  }

  /** Reads only the id of the claim whose record starts at {@code offset}. */
  String id(ClaimSpool spool, long offset, ArticleIds articleIds) {
    Reader r = new Reader(RecordWriter.read(spool, offset));
    return r.id(articleIds.id(r.varint()));
  }

  /** The id of an article by its number. */
  interface ArticleIds {
    String id(int article);
  }

  /** Reads {@code n} bytes written by {@link #chars(String)}. */
  static String utf8(ByteBuffer b, int n) {
    char[] out = new char[n];
    int k = 0;
    int end = b.position() + n;
    while (b.position() < end) {
      int x = b.get() & 0xFF;
      if (x < 0x80) {
        out[k++] = (char) x;
      } else if (x < 0xE0) {
        out[k++] = (char) (((x & 0x1F) << 6) | (b.get() & 0x3F));
      } else {
        out[k++] = (char) (((x & 0x0F) << 12) | ((b.get() & 0x3F) << 6) | (b.get() & 0x3F));
      }
    }
    return new String(out, 0, k);
  }

  // ------------------------------------------------------------------ writing

  private void value(Object v) {
    if (v instanceof Quantity q) {
      varint(1 + q.kind().ordinal());
      varint((q.lowInclusive() ? 1 : 0) | (q.highInclusive() ? 2 : 0) | (q.isVague() ? 4 : 0)
          | (q.isHedged() ? 8 : 0));
      decimal(q.low().orElse(null));
      decimal(q.high().orElse(null));
    } else {
      varint(0);
      date((DateValue) v);
    }
  }

  private void decimal(BigDecimal d) {
    if (d == null) {
      varint(0);
      return;
    }
    BigInteger unscaled = d.unscaledValue();
    if (unscaled.bitLength() < 63) {
      varint(1);
      zigzagLong(unscaled.longValue());
    } else {
      varint(2);
      byte[] bytes = unscaled.toByteArray();
      varint(bytes.length);
      out.bytes(bytes);
    }
    zigzag(d.scale());
  }

  private void date(DateValue d) {
    if (d == null) {
      varint(0);
      return;
    }
    varint(1 + d.granularity().ordinal());
    zigzagLong(d.start().toEpochDay());
    varlong(d.end().toEpochDay() - d.start().toEpochDay());
  }

  /** A subject key by its form: 0 kind, 1 actor and kind, 2 names, 3 local date. */
  private void subject(SubjectKey key) {
    if (key instanceof SubjectKey.Counted c) {
      varint(c.actor().isPresent() ? 1 : 0);
      c.actor().ifPresent(a -> string(a, true));
      string(c.kind(), true);
    } else if (key instanceof SubjectKey.Named n) {
      varint(2);
      varint(n.names().size());
      n.names().forEach(name -> string(name, true));
    } else {
      SubjectKey.Local l = (SubjectKey.Local) key;
      varint(3);
      string(l.what(), true);
      string(l.articleId(), true);
      varint(l.offset());
    }
  }

  /** An event key: 0 none, 1 type and place, 2 a name as written. */
  private void event(EventKey e) {
    if (e == null) {
      varint(0);
    } else if (e.place().isPresent() && e.name().equals(e.typeText() + ":" + e.place().get())) {
      varint(1);
      string(e.typeText(), true);
      string(e.place().get(), true);
    } else {
      varint(2);
      string(e.name(), true);
    }
  }

  /** A string, {@code null} included: numbered from the pool when {@code pooling}. */
  private void string(String s, boolean pooling) {
    if (s == null) {
      varint(1);
      return;
    }
    if (pooling) {
      Integer n = pooled.get(s);
      if (n == null && pool.size() < POOL_LIMIT) {
        n = pool.size();
        pooled.put(s, n);
        pool.add(s);
        // first use: the number, then the text, so a reader in any order can learn it
        varint(((n + 1) << 2) | 3);
        inline(s);
        return;
      }
      if (n != null) {
        varint(((n + 1) << 2) | 2);
        return;
      }
    }
    varint(2);
    inline(s);
  }

  /**
   * The chars of {@code s}, each as one to three bytes as UTF-8 writes them, surrogates one by one
   * (so an unpaired one, which UTF-8 cannot write, comes back as it was).
   */
  static byte[] chars(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      n += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    }
    byte[] b = new byte[n];
    int k = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        b[k++] = (byte) c;
      } else if (c < 0x800) {
        b[k++] = (byte) (0xC0 | (c >> 6));
        b[k++] = (byte) (0x80 | (c & 0x3F));
      } else {
        b[k++] = (byte) (0xE0 | (c >> 12));
        b[k++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        b[k++] = (byte) (0x80 | (c & 0x3F));
      }
    }
    return b;
  }

  private void inline(String s) {
    byte[] bytes = chars(s);
    varint(bytes.length);
    out.bytes(bytes);
  }

  private void varint(int v) {
    out.varint(v);
  }

  private void zigzag(int v) {
    out.zigzag(v);
  }

  private void zigzagLong(long v) {
    out.zigzagLong(v);
  }

  private void varlong(long v) {
    out.varlong(v);
  }

  // ------------------------------------------------------------------ reading

  /** Reads the fields of one record. */
  private final class Reader {
    private final ByteBuffer b;
    /** Whether the last string read was the marker of an id written in full. */
    boolean lastWasMarker;

    Reader(ByteBuffer b) {
      this.b = b;
    }

    long varlong() {
      return RecordWriter.varlong(b);
    }

    int varint() {
      return (int) varlong();
    }

    /** The claim's id, which follows its article's number. */
    String id(String articleId) {
      String suffix = string();
      return suffix.isEmpty() && lastWasMarker ? string() : articleId + "#" + suffix;
    }

    int zigzag() {
      int v = varint();
      return (v >>> 1) ^ -(v & 1);
    }

    long zigzagLong() {
      long v = varlong();
      return (v >>> 1) ^ -(v & 1);
    }

    SubjectKey subject() {
      int form = varint();
      switch (form) {
        case 0:
          return SubjectKey.of(string());
        case 1:
          String actor = string();
          return SubjectKey.of(actor, string());
        case 2:
          int n = varint();
          java.util.TreeSet<String> names = new java.util.TreeSet<>();
          for (int k = 0; k < n; k++) {
            names.add(string());
          }
          return new SubjectKey.Named(names);
        default:
          String what = string();
          String article = string();
          return new SubjectKey.Local(what, article, varint());
      }
    }

    EventKey event() {
      int form = varint();
      if (form == 0) {
        return null;
      }
      if (form == 1) {
        String type = string();
        return EventKey.of(type, string());
      }
      return EventKey.named(string()).orElse(null);
    }

    String string() {
      int code = varint();
      lastWasMarker = code == 0;
      if (code == 0) {
        return "";
      }
      if (code == 1) {
        return null;
      }
      if (code == 2) {
        return utf8(b, varint());
      }
      int n = (code >>> 2) - 1;
      if ((code & 3) == 3) {
        String s = utf8(b, varint());
        // Known already when it was written in this run; a reader learns it on the way.
        return n < pool.size() ? pool.get(n) : s;
      }
      return pool.get(n);
    }

    Value value() {
      int kind = varint();
      if (kind == 0) {
        return date();
      }
      int f = varint();
      return Quantity.of(KINDS[kind - 1], decimal(), decimal(), (f & 1) != 0, (f & 2) != 0,
          (f & 4) != 0, (f & 8) != 0);
    }

    BigDecimal decimal() {
      int tag = varint();
      if (tag == 0) {
        return null;
      }
      BigInteger unscaled;
      if (tag == 1) {
        unscaled = BigInteger.valueOf(zigzagLong());
      } else {
        byte[] bytes = new byte[varint()];
        b.get(bytes);
        unscaled = new BigInteger(bytes);
      }
      return new BigDecimal(unscaled, zigzag());
    }

    DateValue date() {
      int g = varint();
      if (g == 0) {
        return null;
      }
      LocalDate start = LocalDate.ofEpochDay(zigzagLong());
      return DateValue.of(start, start.plusDays(varlong()), GRANULARITIES[g - 1]);
    }
  }
}
