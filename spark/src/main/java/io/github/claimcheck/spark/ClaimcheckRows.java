package io.github.claimcheck.spark;

import io.github.claimcheck.lang.LanguageProfile;
import io.github.claimcheck.model.Article;
import io.github.claimcheck.model.ArticleInfo;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.ClaimFlag;
import io.github.claimcheck.model.ClockTime;
import io.github.claimcheck.model.DateValue;
import io.github.claimcheck.model.Finding;
import io.github.claimcheck.model.Granularity;
import io.github.claimcheck.model.Language;
import io.github.claimcheck.model.Problem;
import io.github.claimcheck.model.Quantity;
import io.github.claimcheck.model.QuantityKind;
import io.github.claimcheck.model.Scope;
import io.github.claimcheck.model.Span;
import io.github.claimcheck.model.SubjectKey;
import io.github.claimcheck.model.Value;
import io.github.claimcheck.model.Verdict;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The rows claimcheck reads and writes on Spark, and their conversion to and from the model.
 * Every column is a plain Spark type (strings, booleans, integers, structs and arrays of them),
 * so the rows are written and read back as JSON lines or Parquet as they are. The names follow
 * the JSON report (schema {@code claimcheck-report/1}); every column may be null unless said.
 *
 * <h2>{@link #ARTICLE_INPUT}: articles to check</h2>
 *
 * The fields of the JSONL input: {@code id} and {@code text} (required), {@code source}, {@code
 * url}, {@code published} ({@code YYYY-MM-DD}; a Spark date works too), {@code language} ({@code
 * id}, {@code en} or the code of a language whose profile the setup registers) and {@code story}.
 * Columns missing from a dataset count as null.
 *
 * <h2>{@link #CLAIM}: one row per claim</h2>
 *
 * <table>
 *   <caption>Claim columns</caption>
 *   <tr><th>column</th><th>type</th><th>meaning</th></tr>
 *   <tr><td>{@code id}, {@code article}</td><td>string</td><td>claim id ({@code a1#3}), article id</td></tr>
 *   <tr><td>{@code predicate}, {@code subject}</td><td>string</td><td>what is claimed, of whom</td></tr>
 *   <tr><td>{@code value}</td><td>struct</td><td>{@code kind} ({@code exact}, {@code approximate},
 *       {@code range}, {@code at_least}, {@code at_most} or {@code date}); for quantities {@code
 *       low} and {@code high} as exact decimal strings (null when unbounded), {@code lowInclusive},
 *       {@code highInclusive}, {@code vague}, {@code hedged}; for dates {@code start}, {@code end}
 *       ({@code YYYY-MM-DD}) and {@code granularity}</td></tr>
 *   <tr><td>{@code unit}</td><td>string</td><td>canonical unit</td></tr>
 *   <tr><td>{@code when}</td><td>struct</td><td>{@code start}, {@code end}, {@code granularity},
 *       {@code text}: the time the figure refers to</td></tr>
 *   <tr><td>{@code attribution}, {@code origin}, {@code event}</td><td>string</td><td>who says
 *       so, the source they cite, the event named</td></tr>
 *   <tr><td>{@code flags}</td><td>array of string</td><td>{@code change}, {@code addition}, …</td></tr>
 *   <tr><td>{@code span}, {@code sentenceSpan}</td><td>struct</td><td>{@code start}, {@code end}
 *       (int): offsets in the article text, in Java {@code char}s</td></tr>
 *   <tr><td>{@code text}</td><td>string</td><td>the sentence holding the evidence</td></tr>
 *   <tr><td>{@code scope}</td><td>struct</td><td>{@code kind} ({@code place}, {@code category},
 *       {@code status}), {@code key}, {@code text}; null for a total</td></tr>
 *   <tr><td>{@code clock}</td><td>struct</td><td>{@code time} ({@code 17:00}), {@code offset}
 *       ({@code +07:00}), {@code text}: the time of day</td></tr>
 *   <tr><td>{@code articleInfo}</td><td>struct</td><td>the claim's article as the report lists
 *       it ({@link #ARTICLE_INFO}): what reconciliation needs to know of it (outlet, story,
 *       effective publication date and how certain it is)</td></tr>
 *   <tr><td>{@code companions}</td><td>array of struct</td><td>{@code predicate}, {@code value}
 *       (as {@code value}): the other counts the claim's sentence states, by predicate ({@link
 *       Claim#companions()}); empty when none</td></tr>
 *   <tr><td>{@code subjectNames}</td><td>array of string</td><td>when the subject is a list of
 *       names ({@link SubjectKey.Named}: the places or parties of a dated event), those names;
 *       null for a counted subject. A subject of one name reads as a name, not a kind</td></tr>
 * </table>
 *
 * <h2>{@link #ARTICLE}: one row per article read</h2>
 *
 * {@code id}, {@code source}, {@code url}, {@code published} (the date used, given or inferred),
 * {@code publishedInferred} (boolean), {@code publishedEvidence}, {@code publishedBasis} ({@code
 * given}, {@code dateline}, {@code report_day}, {@code weekday_year}, {@code latest_date}), {@code
 * language}, {@code languageDetected} (boolean), {@code story}, and {@code claimCount} (int).
 * {@link #ARTICLE_INFO} is the same without {@code claimCount}.
 *
 * <h2>{@link #FINDING}: one row per finding</h2>
 *
 * {@code rule}, {@code verdict} ({@code conflict}, {@code unresolved}, {@code explained}, {@code
 * agreement}), {@code predicate}, {@code subject}, {@code claims} (array of the cited claim ids),
 * {@code explanation}, and {@code cited}: the cited claims themselves, as {@link #CLAIM} rows, in
 * the order of {@code claims}.
 *
 * <h2>{@link #PROBLEM}: one row per problem</h2>
 *
 * {@code source} (a file and byte offset, an article id or {@code rule NAME}) and {@code
 * message}.
 *
 * <p>The conversions are exact: a claim converted to a row and back is equal to itself. This
 * class is immutable; its methods are thread-safe.
 *
 * @since 0.1.0
 */
public final class ClaimcheckRows {

  private static final Pattern PUBLISHED_FORM = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  /** Jackson writes a decimal in plain digits only up to this scale; so do we. */
  private static final int PLAIN_SCALE = 9_999;

  private static final StructType SPAN = struct(
      field("start", DataTypes.IntegerType), field("end", DataTypes.IntegerType));

  /** The articles to check. */
  public static final StructType ARTICLE_INPUT = struct(
      string("id"), string("text"), string("source"), string("url"), string("published"),
      string("language"), string("story"));

  /** An article as read: what the input gave and what the checker inferred. */
  public static final StructType ARTICLE_INFO = struct(
      string("id"), string("source"), string("url"), string("published"),
      field("publishedInferred", DataTypes.BooleanType), string("publishedEvidence"),
      string("publishedBasis"), string("language"), field("languageDetected", DataTypes.BooleanType),
      string("story"));

  /** An article as read, with the number of its claims. */
  public static final StructType ARTICLE = ARTICLE_INFO.add("claimCount", DataTypes.IntegerType);

  private static final StructType VALUE = struct(string("kind"), string("low"), string("high"),
      field("lowInclusive", DataTypes.BooleanType), field("highInclusive", DataTypes.BooleanType),
      field("vague", DataTypes.BooleanType), field("hedged", DataTypes.BooleanType),
      string("start"), string("end"), string("granularity"));

  private static final StructType WHEN =
      struct(string("start"), string("end"), string("granularity"), string("text"));

  private static final StructType SCOPE = struct(string("kind"), string("key"), string("text"));

  private static final StructType CLOCK = struct(string("time"), string("offset"), string("text"));

  private static final StructType COMPANION = struct(string("predicate"), field("value", VALUE));

  /** A claim, with its article's info. */
  public static final StructType CLAIM = struct(
      string("id"), string("article"), string("predicate"), string("subject"),
      field("value", VALUE), string("unit"), field("when", WHEN),
      string("attribution"), string("origin"), string("event"),
      field("flags", DataTypes.createArrayType(DataTypes.StringType)),
      field("span", SPAN), string("text"), field("sentenceSpan", SPAN), field("scope", SCOPE),
      field("clock", CLOCK), field("articleInfo", ARTICLE_INFO),
      field("companions", DataTypes.createArrayType(COMPANION)),
      field("subjectNames", DataTypes.createArrayType(DataTypes.StringType)));

  /** A finding, with the claims it cites. */
  public static final StructType FINDING = struct(
      string("rule"), string("verdict"), string("predicate"), string("subject"),
      field("claims", DataTypes.createArrayType(DataTypes.StringType)), string("explanation"),
      field("cited", DataTypes.createArrayType(CLAIM)));

  /** A problem met on the input, in a text or in a rule. */
  public static final StructType PROBLEM = struct(string("source"), string("message"));

  private ClaimcheckRows() {}

  private static StructField field(String name, DataType type) {
    return DataTypes.createStructField(name, type, true);
  }

  private static StructField string(String name) {
    return field(name, DataTypes.StringType);
  }

  private static StructType struct(StructField... fields) {
    return DataTypes.createStructType(fields);
  }

  /** An array value as Spark rows hold it (a Scala sequence), so {@code Row.getList} reads it. */
  static scala.collection.immutable.Seq<Object> seq(List<?> list) {
    return CollectionConverters.asScala(new ArrayList<Object>(list)).toSeq();
  }

  /** A row that knows its schema, so that its fields can be read by name. */
  private static Row row(StructType schema, Object... values) {
    return new GenericRowWithSchema(values, schema);
  }

  // ------------------------------------------------------------------ articles

  /**
   * Returns an {@link #ARTICLE_INPUT} row of an article.
   *
   * @throws NullPointerException if {@code article} is null
   */
  public static Row articleInput(Article article) {
    return row(ARTICLE_INPUT, article.id(), article.text(), article.source().orElse(null),
        article.url().orElse(null), article.published().map(LocalDate::toString).orElse(null),
        article.language().map(Language::code).orElse(null), article.story().orElse(null));
  }

  /**
   * Returns the article of a row with the columns of {@link #ARTICLE_INPUT} (by name; missing
   * columns count as null).
   *
   * @throws IllegalArgumentException naming the field and the problem, when the row has no id or
   *     text, or a field is not of its form
   */
  public static Article article(Row row) {
    String id = text(row, "id");
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException(id == null ? "missing required field \"id\"" : "\"id\" is blank");
    }
    String text = text(row, "text");
    if (text == null) {
      throw new IllegalArgumentException("missing required field \"text\"");
    }
    Article.Builder b = Article.builder(id, text)
        .source(text(row, "source")).url(text(row, "url")).story(text(row, "story"));
    Object published = get(row, "published");
    if (published != null) {
      b.published(date(published));
    }
    String language = text(row, "language");
    if (language != null) {
      // As the JSONL reader: a built-in language or one whose profile this JVM registered (the
      // checker of the executor registers the profiles of its setup before reading rows).
      b.language(Language.fromCode(language).filter(LanguageProfile::isKnown)
          .orElseThrow(() -> new IllegalArgumentException("\"language\" must be the code of a"
              + " known language (" + LanguageProfile.known().stream().map(Language::code)
                  .collect(Collectors.joining(", ")) + "), not \"" + language + "\"")));
    }
    return b.build();
  }

  private static LocalDate date(Object published) {
    if (published instanceof LocalDate d) {
      return d;
    }
    if (published instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    String v = published.toString().strip();
    try {
      if (PUBLISHED_FORM.matcher(v).matches()) {
        return LocalDate.parse(v);
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        "\"published\" is not a date in the form YYYY-MM-DD: \"" + published + "\"");
  }

  /** Returns an {@link #ARTICLE} row. */
  public static Row article(ArticleInfo info, int claimCount) {
    Object[] values = articleInfoValues(info, 1);
    values[values.length - 1] = claimCount;
    return row(ARTICLE, values);
  }

  /** Returns an {@link #ARTICLE_INFO} row. */
  public static Row articleInfo(ArticleInfo info) {
    return row(ARTICLE_INFO, articleInfoValues(info, 0));
  }

  private static Object[] articleInfoValues(ArticleInfo a, int extra) {
    Object[] v = new Object[10 + extra];
    v[0] = a.id();
    v[1] = a.article().source().orElse(null);
    v[2] = a.article().url().orElse(null);
    v[3] = a.published().map(LocalDate::toString).orElse(null);
    v[4] = a.publishedInferred();
    v[5] = a.publishedEvidence().orElse(null);
    v[6] = a.publishedBasis().map(b -> b.name().toLowerCase(Locale.ROOT)).orElse(null);
    v[7] = a.language().code();
    v[8] = a.languageDetected();
    v[9] = a.article().story().orElse(null);
    return v;
  }

  /**
   * Returns the article info of an {@link #ARTICLE_INFO} (or {@link #ARTICLE}) row, as
   * reconciliation needs it: the article's text is not kept, so it is empty.
   *
   * @throws IllegalArgumentException if a field is not of its form
   */
  public static ArticleInfo articleInfo(Row row) {
    String id = text(row, "id");
    Language language = Language.fromCode(text(row, "language")).orElseThrow(
        () -> new IllegalArgumentException("article " + id + ": unknown language \""
            + text(row, "language") + "\""));
    boolean detected = bool(row, "languageDetected");
    String published = text(row, "published");
    LocalDate date = published == null ? null : LocalDate.parse(published);
    ArticleInfo.DateBasis basis = text(row, "publishedBasis") == null ? null
        : ArticleInfo.DateBasis.valueOf(text(row, "publishedBasis").toUpperCase(Locale.ROOT));
    boolean given = date != null && basis == ArticleInfo.DateBasis.GIVEN;
    Article article = Article.builder(id, "")
        .source(text(row, "source")).url(text(row, "url")).story(text(row, "story"))
        .published(given ? date : null).language(detected ? null : language).build();
    return ArticleInfo.of(article, language, detected, date,
        basis == null ? ArticleInfo.DateBasis.GIVEN : basis, text(row, "publishedEvidence"));
  }

  // ------------------------------------------------------------------ claims

  /**
   * Returns the {@link #CLAIM} row of a claim.
   *
   * @param claim the claim
   * @param article the info of its article, or {@code null} when unknown
   */
  public static Row claim(Claim claim, ArticleInfo article) {
    DateValue when = claim.when().orElse(null);
    Scope scope = claim.scope().orElse(null);
    ClockTime clock = claim.clock().orElse(null);
    List<String> flags = new ArrayList<>();
    for (ClaimFlag f : claim.flags()) {
      flags.add(f.jsonName());
    }
    List<Row> companions = new ArrayList<>();
    claim.companions().forEach((p, q) -> companions.add(row(COMPANION, p, value(q))));
    return row(CLAIM,
        claim.id(), claim.articleId(), claim.predicate(), claim.subject(), value(claim.value()),
        claim.unit().orElse(null),
        when == null ? null : row(WHEN, when.start().toString(), when.end().toString(),
            when.granularity().jsonName(), claim.whenText().orElse(null)),
        claim.attribution().orElse(null), claim.origin().orElse(null),
        claim.event().orElse(null), seq(flags), span(claim.span()), claim.sentence(),
        span(claim.sentenceSpan()),
        scope == null ? null : row(SCOPE, scope.kind().jsonName(), scope.key(), scope.text()),
        clock == null ? null : row(CLOCK, clock.time().toString(),
            clock.offset().map(ZoneOffset::toString).orElse(null), claim.clockText().orElse(null)),
        article == null ? null : articleInfo(article), seq(companions),
        claim.subjectKey() instanceof SubjectKey.Named n ? seq(new ArrayList<>(n.names())) : null);
  }

  private static Row span(Span s) {
    return row(SPAN, s.start(), s.end());
  }

  private static Row value(Value value) {
    if (value instanceof Quantity q) {
      return row(VALUE, q.kind().jsonName(), decimal(q.low().orElse(null)),
          decimal(q.high().orElse(null)), q.lowInclusive(), q.highInclusive(), q.isVague(),
          q.isHedged(), null, null, null);
    }
    DateValue d = (DateValue) value;
    return row(VALUE, "date", null, null, null, null, null, null, d.start().toString(),
        d.end().toString(), d.granularity().jsonName());
  }

  private static String decimal(BigDecimal n) {
    if (n == null) {
      return null;
    }
    return Math.abs((long) n.scale()) > PLAIN_SCALE ? n.toString() : n.toPlainString();
  }

  /**
   * Returns the claim of a {@link #CLAIM} row (columns by name).
   *
   * @throws IllegalArgumentException naming the claim and the field, when a field is missing or
   *     not of its form
   */
  public static Claim claim(Row row) {
    String id = text(row, "id");
    try {
      Claim.Builder b = Claim.builder()
          .id(id).articleId(text(row, "article")).predicate(text(row, "predicate"))
          .subject(text(row, "subject")).value(value(struct(row, "value")))
          .unit(text(row, "unit")).attribution(text(row, "attribution"))
          .origin(text(row, "origin")).event(text(row, "event"))
          .span(span(struct(row, "span")))
          .sentence(span(struct(row, "sentenceSpan")), text(row, "text"));
      Row when = struct(row, "when");
      if (when != null) {
        b.when(DateValue.of(LocalDate.parse(text(when, "start")), LocalDate.parse(text(when, "end")),
            named(Granularity.values(), Granularity::jsonName, text(when, "granularity"))));
        b.whenText(text(when, "text"));
      }
      Row scope = struct(row, "scope");
      if (scope != null) {
        b.scope(new Scope(named(Scope.Kind.values(), Scope.Kind::jsonName, text(scope, "kind")),
            text(scope, "key"), text(scope, "text")));
      }
      Row clock = struct(row, "clock");
      if (clock != null) {
        LocalTime time = LocalTime.parse(text(clock, "time"));
        String offset = text(clock, "offset");
        b.clock(offset == null ? ClockTime.of(time) : ClockTime.of(time, ZoneOffset.of(offset)),
            text(clock, "text"));
      }
      Object flags = get(row, "flags");
      if (flags != null) {
        Set<ClaimFlag> set = EnumSet.noneOf(ClaimFlag.class);
        for (Object f : row.getList(row.fieldIndex("flags"))) {
          set.add(named(ClaimFlag.values(), ClaimFlag::jsonName, (String) f));
        }
        b.flags(set);
      }
      if (get(row, "subjectNames") != null) {
        // "jember" as one place named is not the kind of people counted that its text reads as
        List<String> names = new ArrayList<>();
        for (Object n : row.getList(row.fieldIndex("subjectNames"))) {
          names.add((String) n);
        }
        b.subject(SubjectKey.Named.of(names));
      }
      if (get(row, "companions") != null) { // absent from rows written before the column
        for (Object c : row.getList(row.fieldIndex("companions"))) {
          Row companion = (Row) c;
          b.companion(text(companion, "predicate"), (Quantity) value(struct(companion, "value")));
        }
      }
      return b.build();
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("claim " + id + ": " + e.getMessage(), e);
    }
  }

  /**
   * Returns the article info of a {@link #CLAIM} row, or {@code null} when the row has none.
   *
   * @throws IllegalArgumentException if a field is not of its form
   */
  public static ArticleInfo articleInfoOfClaim(Row claimRow) {
    Row info = struct(claimRow, "articleInfo");
    return info == null ? null : articleInfo(info);
  }

  private static Span span(Row r) {
    if (r == null) {
      throw new IllegalArgumentException("missing span");
    }
    return Span.of(r.getInt(r.fieldIndex("start")), r.getInt(r.fieldIndex("end")));
  }

  private static Value value(Row v) {
    if (v == null) {
      throw new IllegalArgumentException("missing value");
    }
    String kind = text(v, "kind");
    if ("date".equals(kind)) {
      return DateValue.of(LocalDate.parse(text(v, "start")), LocalDate.parse(text(v, "end")),
          named(Granularity.values(), Granularity::jsonName, text(v, "granularity")));
    }
    QuantityKind k = named(QuantityKind.values(), QuantityKind::jsonName, kind);
    BigDecimal low = text(v, "low") == null ? null : new BigDecimal(text(v, "low"));
    BigDecimal high = text(v, "high") == null ? null : new BigDecimal(text(v, "high"));
    boolean hedged = bool(v, "hedged");
    Quantity q = switch (k) {
      case EXACT -> Quantity.exact(low);
      case APPROXIMATE -> bool(v, "vague") ? Quantity.vague(low, high) : Quantity.approximately(low);
      case RANGE -> Quantity.range(low, high);
      case AT_LEAST -> bool(v, "lowInclusive") ? Quantity.atLeast(low) : Quantity.greaterThan(low);
      case AT_MOST -> bool(v, "highInclusive") ? Quantity.atMost(high) : Quantity.lessThan(high);
    };
    if (hedged && !q.isHedged()) {
      q = q.hedged();
    }
    // Only the shapes the factories make exist; anything else would not read back as written.
    if (!value(q).equals(row(VALUE, kind, decimal(low), decimal(high),
        bool(v, "lowInclusive"), bool(v, "highInclusive"), bool(v, "vague"), hedged,
        null, null, null))) {
      throw new IllegalArgumentException("value " + v + " is not a quantity claimcheck makes");
    }
    return q;
  }

  // ------------------------------------------------------------------ findings and problems

  /**
   * Returns the {@link #FINDING} row of a finding.
   *
   * @param finding the finding
   * @param cited the {@link #CLAIM} rows of the claims it cites, in the order of its ids
   */
  public static Row finding(Finding finding, List<Row> cited) {
    return row(FINDING, finding.rule(), finding.verdict().jsonName(), finding.predicate(),
        finding.subject(), seq(finding.claimIds()), finding.explanation(), seq(cited));
  }

  /**
   * Returns the finding of a {@link #FINDING} row (its cited claims are left out: see {@link
   * #citedClaims(Row)}).
   *
   * @throws IllegalArgumentException if a field is missing or not of its form
   */
  public static Finding finding(Row row) {
    List<String> ids = new ArrayList<>();
    for (Object id : row.getList(row.fieldIndex("claims"))) {
      ids.add((String) id);
    }
    return Finding.of(text(row, "rule"),
        named(Verdict.values(), Verdict::jsonName, text(row, "verdict")),
        text(row, "predicate"), text(row, "subject"), ids, text(row, "explanation"));
  }

  /** Returns the claims a {@link #FINDING} row cites, in its order. */
  public static List<Claim> citedClaims(Row finding) {
    List<Claim> out = new ArrayList<>();
    for (Object c : finding.getList(finding.fieldIndex("cited"))) {
      out.add(claim((Row) c));
    }
    return out;
  }

  /** Returns the {@link #PROBLEM} row of a problem. */
  public static Row problem(Problem problem) {
    return row(PROBLEM, problem.source(), problem.message());
  }

  /** Returns the problem of a {@link #PROBLEM} row. */
  public static Problem problem(Row row) {
    return Problem.of(text(row, "source"), text(row, "message"));
  }

  // ------------------------------------------------------------------ fields

  /** The field's value, or null when the row has no such column. */
  private static Object get(Row row, String name) {
    StructType schema = row.schema();
    if (schema != null) {
      int i = schema.getFieldIndex(name).getOrElse(() -> -1);
      return i < 0 ? null : row.get(i);
    }
    return row.get(row.fieldIndex(name));
  }

  private static String text(Row row, String name) {
    Object v = get(row, name);
    return v == null ? null : v.toString();
  }

  private static boolean bool(Row row, String name) {
    Object v = get(row, name);
    return v != null && (Boolean) v;
  }

  private static Row struct(Row row, String name) {
    return (Row) get(row, name);
  }

  private static <E extends Enum<E>> E named(E[] values, Function<E, String> name, String text) {
    for (E e : values) {
      if (name.apply(e).equals(text)) {
        return e;
      }
    }
    throw new IllegalArgumentException("unknown " + values[0].getDeclaringClass().getSimpleName()
        + " \"" + text + "\"");
  }
}
