package io.github.claimcheck.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.github.claimcheck.CheckResult;
import io.github.claimcheck.ReportListener;
import io.github.claimcheck.model.ArticleInfo;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.ClaimFlag;
import io.github.claimcheck.model.ClockTime;
import io.github.claimcheck.model.DateValue;
import io.github.claimcheck.model.Finding;
import io.github.claimcheck.model.Likely;
import io.github.claimcheck.model.Problem;
import io.github.claimcheck.model.Quantity;
import io.github.claimcheck.model.Report;
import io.github.claimcheck.model.Scope;
import io.github.claimcheck.model.SourceReliability;
import io.github.claimcheck.render.SafeText;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Writes a {@link Report} as JSON, schema {@value Report#SCHEMA}:
 *
 * <pre>{@code
 * {"schema": "claimcheck-report/1",
 *  "articles": [{"id", "source", "url", "published", "publishedInferred", "publishedEvidence",
 *                "publishedBasis", "language", "languageDetected", "story", "claimCount"}],
 *  "claims": [{"id", "article", "predicate", "subject", "value", "unit", "when", "attribution",
 *              "origin", "event", "flags", "span", "text", "sentenceSpan", "scope", "clock",
 *              "companions"}],
 *  "findings": [{"rule", "verdict", "predicate", "subject", "claims", "explanation", "likely"}],
 *  "problems": [{"source", "message"}],
 *  "sources": [{"name", "kind", "reliability", "claims", "agreed", "disagreed"}]}
 * }</pre>
 *
 * <p>A quantity value is {@code {"kind": exact|approximate|range|at_least|at_most, "low", "high",
 * "lowInclusive", "highInclusive", "vague", "hedged"}} with {@code low}/{@code high} JSON numbers
 * or {@code null} when unbounded; a date value is {@code {"kind": "date", "start", "end",
 * "granularity"}}. {@code when} is {@code {"start", "end", "granularity", "text"}} or {@code
 * null}. {@code scope} is {@code {"kind": place|category|status, "key", "text"}} or {@code null}
 * for a total; {@code clock} is {@code {"time": "17:00", "offset": "+07:00" or null, "text"}} or
 * {@code null}; {@code companions} is an object from predicate to value, in the shape of a
 * claim's value, of the other counts the claim's sentence states ({@code {}} when none). {@code
 * likely} is {@code {"value", "claims", "independentSources", "confidence",
 * "reason"}} (the value in the shape of a claim's value) or {@code null}; {@code sources} is
 * sorted by name, {@code kind} {@code outlet} or {@code origin}. Confidence and reliability are
 * numbers with at most 3 decimals. Verdicts are {@code conflict}, {@code unresolved}, {@code explained} and {@code
 * agreement}. Offsets count Java {@code char}s in the article text. Absent values are {@code null},
 * never omitted. Characters that are unsafe to print ({@link SafeText#isUnsafe(int)}) and
 * characters outside the Basic Multilingual Plane (as surrogate pairs) are written as {@code
 * \}{@code uXXXX} escapes. Thread-safe.
 */
public final class ReportJson {

  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

  private static final CharacterEscapes ESCAPES = new UnsafeEscapes();

  private ReportJson() {}

  /**
   * Escapes, besides what JSON requires, every character {@link SafeText#isUnsafe(int)} names
   * (DEL, C1 controls, bidirectional formatting, line and paragraph separators) as {@code \}{@code
   * uXXXX}: the value read back is unchanged, and the document printed on a terminal holds no
   * control character from the input. Surrogates are escaped too, pairs included, so that an
   * unpaired one is kept exactly instead of becoming {@code ?} when the document is encoded.
   */
  private static final class UnsafeEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] ascii = standardAsciiEscapesForJSON();

    UnsafeEscapes() {
      ascii[0x7f] = ESCAPE_CUSTOM;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return SafeText.isUnsafe(ch) || Character.isSurrogate((char) ch)
          ? new SerializedString(String.format("\\u%04x", ch)) : null;
    }
  }

  /** Returns the report as an indented JSON document ending in a newline. */
  public static String toJson(Report report) {
    StringWriter out = new StringWriter();
    write(report, out);
    return out.toString();
  }

  /**
   * Writes the report as an indented JSON document ending in a newline.
   *
   * @throws UncheckedIOException if the writer fails
   */
  public static void write(Report report, Writer out) {
    try (JsonGenerator g = newGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("schema", Report.SCHEMA);
      g.writeArrayFieldStart("articles");
      for (ArticleInfo a : report.articles()) {
        article(g, a, report.claimsOf(a.id()).size());
      }
      g.writeEndArray();
      g.writeArrayFieldStart("claims");
      for (Claim c : report.claims()) {
        claim(g, c);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("findings");
      for (Finding f : report.findings()) {
        finding(g, f);
      }
      g.writeEndArray();
      JsonFields.problems(g, report.problems());
      g.writeArrayFieldStart("sources");
      for (SourceReliability s : report.sources()) {
        source(g, s);
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns a listener for a streaming check ({@link
   * io.github.claimcheck.ClaimChecker#check(io.github.claimcheck.input.ArticleStream,
   * ReportListener)}) that writes the report as it goes: each article as soon as it is read, then
   * at the end the claims (read back one at a time), the findings and the problems. The document
   * is the one {@link #write(Report, Writer)} writes for the same check, byte for byte. The
   * writer is flushed at the end, not closed.
   *
   * @throws UncheckedIOException from the listener's calls, if the writer fails
   * @since 0.1.0
   */
  public static ReportListener writer(Writer out) {
    Objects.requireNonNull(out, "out");
    return new ReportListener() {
      private JsonGenerator g;

      private void start() throws IOException {
        if (g == null) {
          g = newGenerator(out);
          g.writeStartObject();
          g.writeStringField("schema", Report.SCHEMA);
          g.writeArrayFieldStart("articles");
        }
      }

      @Override
      public void article(ArticleInfo info, List<Claim> claims, List<Problem> problems) {
        try {
          start();
          ReportJson.article(g, info, claims.size());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }

      @Override
      public void finished(CheckResult result) {
        try {
          start();
          g.writeEndArray();
          g.writeArrayFieldStart("claims");
          result.forEachClaim(c -> {
            try {
              claim(g, c);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
          g.writeEndArray();
          g.writeArrayFieldStart("findings");
          for (Finding f : result.findings()) {
            finding(g, f);
          }
          g.writeEndArray();
          JsonFields.problems(g, result.problems());
          g.writeArrayFieldStart("sources");
          for (SourceReliability s : result.sources()) {
            source(g, s);
          }
          g.writeEndArray();
          g.writeEndObject();
          g.writeRaw('\n');
          g.close();
          out.flush();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    };
  }

  static JsonGenerator newGenerator(Writer out) throws IOException {
    JsonGenerator g = FACTORY.createGenerator(out);
    g.setCharacterEscapes(ESCAPES);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    DefaultPrettyPrinter pp =
        new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
    g.setPrettyPrinter(pp);
    return g;
  }

  private static void article(JsonGenerator g, ArticleInfo a, int claimCount) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", a.id());
    JsonFields.string(g, "source", a.article().source().orElse(null));
    JsonFields.string(g, "url", a.article().url().orElse(null));
    JsonFields.string(g, "published", a.published().map(Object::toString).orElse(null));
    g.writeBooleanField("publishedInferred", a.publishedInferred());
    JsonFields.string(g, "publishedEvidence", a.publishedEvidence().orElse(null));
    JsonFields.string(g, "publishedBasis",
        a.publishedBasis().map(b -> b.name().toLowerCase(Locale.ROOT)).orElse(null));
    g.writeStringField("language", a.language().code());
    g.writeBooleanField("languageDetected", a.languageDetected());
    JsonFields.string(g, "story", a.article().story().orElse(null));
    g.writeNumberField("claimCount", claimCount);
    g.writeEndObject();
  }

  private static void claim(JsonGenerator g, Claim c) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", c.id());
    g.writeStringField("article", c.articleId());
    g.writeStringField("predicate", c.predicate());
    g.writeStringField("subject", c.subject());
    JsonFields.value(g, "value", c.value());
    JsonFields.string(g, "unit", c.unit().orElse(null));
    DateValue when = c.when().orElse(null);
    if (when == null) {
      g.writeNullField("when");
    } else {
      g.writeObjectFieldStart("when");
      g.writeStringField("start", when.start().toString());
      g.writeStringField("end", when.end().toString());
      g.writeStringField("granularity", when.granularity().jsonName());
      JsonFields.string(g, "text", c.whenText().orElse(null));
      g.writeEndObject();
    }
    JsonFields.string(g, "attribution", c.attribution().orElse(null));
    JsonFields.string(g, "origin", c.origin().orElse(null));
    JsonFields.string(g, "event", c.event().orElse(null));
    g.writeArrayFieldStart("flags");
    for (ClaimFlag f : c.flags()) {
      g.writeString(f.jsonName());
    }
    g.writeEndArray();
    JsonFields.span(g, "span", c.span());
    g.writeStringField("text", c.sentence());
    JsonFields.span(g, "sentenceSpan", c.sentenceSpan());
    Scope scope = c.scope().orElse(null);
    if (scope == null) {
      g.writeNullField("scope");
    } else {
      g.writeObjectFieldStart("scope");
      g.writeStringField("kind", scope.kind().jsonName());
      g.writeStringField("key", scope.key());
      g.writeStringField("text", scope.text());
      g.writeEndObject();
    }
    ClockTime clock = c.clock().orElse(null);
    if (clock == null) {
      g.writeNullField("clock");
    } else {
      g.writeObjectFieldStart("clock");
      g.writeStringField("time", clock.time().toString());
      JsonFields.string(g, "offset", clock.offset().map(Object::toString).orElse(null));
      JsonFields.string(g, "text", c.clockText().orElse(null));
      g.writeEndObject();
    }
    g.writeObjectFieldStart("companions");
    for (Map.Entry<String, Quantity> e : c.companions().entrySet()) {
      JsonFields.value(g, e.getKey(), e.getValue());
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void finding(JsonGenerator g, Finding f) throws IOException {
    g.writeStartObject();
    g.writeStringField("rule", f.rule());
    g.writeStringField("verdict", f.verdict().jsonName());
    g.writeStringField("predicate", f.predicate());
    g.writeStringField("subject", f.subject());
    g.writeArrayFieldStart("claims");
    for (String id : f.claimIds()) {
      g.writeString(id);
    }
    g.writeEndArray();
    g.writeStringField("explanation", f.explanation());
    Likely likely = f.likely().orElse(null);
    if (likely == null) {
      g.writeNullField("likely");
    } else {
      g.writeObjectFieldStart("likely");
      JsonFields.value(g, "value", likely.value());
      g.writeArrayFieldStart("claims");
      for (String id : likely.claimIds()) {
        g.writeString(id);
      }
      g.writeEndArray();
      g.writeNumberField("independentSources", likely.independentSources());
      decimal(g, "confidence", likely.confidence());
      g.writeStringField("reason", likely.reason());
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void source(JsonGenerator g, SourceReliability s) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", s.name());
    g.writeStringField("kind", s.kind().jsonName());
    decimal(g, "reliability", s.reliability());
    g.writeNumberField("claims", s.claims());
    g.writeNumberField("agreed", s.agreed());
    g.writeNumberField("disagreed", s.disagreed());
    g.writeEndObject();
  }

  /** A fraction in [0, 1] rounded to 3 decimals, trailing zeros dropped: 0.5, 0.833, 1. */
  private static void decimal(JsonGenerator g, String field, double x) throws IOException {
    g.writeFieldName(field);
    g.writeNumber(Quantity.canonical(BigDecimal.valueOf(x).setScale(3, RoundingMode.HALF_EVEN)));
  }
}
