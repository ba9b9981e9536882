package io.github.claimcheck.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.claimcheck.extract.ArticleScan;
import io.github.claimcheck.model.Problem;
import io.github.claimcheck.parse.Expression;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes the {@code scan} listing as JSON, schema {@value #SCHEMA}:
 *
 * <pre>{@code
 * {"schema": "claimcheck-scan/1",
 *  "documents": [{"id", "language", "published", "expressions": [
 *     {"type": quantity|ordinal|percent|money|year|date, "span": {"start", "end"}, "text",
 *      "value": {...} or null, "unit", "unitNormalized"}]}],
 *  "problems": [{"source", "message"}]}
 * }</pre>
 *
 * <p>Values have the shapes of the report ({@link ReportJson}). {@code unit} is the unit as
 * written ({@code Rp}, {@code GB}, {@code persen}, {@code tentara}) and {@code unitNormalized} the
 * unit from the tables of {@code lang/} ({@code IDR}, {@code GB}, {@code %}, {@code soldier}); both
 * are null when the expression has no unit (see {@link
 * io.github.claimcheck.parse.NumberExpression}). Every document read is listed, with an empty list
 * when nothing was found. Thread-safe.
 */
public final class ScanJson {

  /** The schema name of the scan listing. */
  public static final String SCHEMA = "claimcheck-scan/1";

  private ScanJson() {}

  /** Returns the listing as an indented JSON document ending in a newline. */
  public static String toJson(List<ArticleScan> documents, List<Problem> problems) {
    StringWriter out = new StringWriter();
    write(documents, problems, out);
    return out.toString();
  }

  /**
   * Writes the listing as an indented JSON document ending in a newline.
   *
   * @throws UncheckedIOException if the writer fails
   */
  public static void write(List<ArticleScan> documents, List<Problem> problems, Writer out) {
    try (JsonGenerator g = ReportJson.newGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("schema", SCHEMA);
      g.writeArrayFieldStart("documents");
      for (ArticleScan d : documents) {
        g.writeStartObject();
        g.writeStringField("id", d.info().id());
        g.writeStringField("language", d.info().language().code());
        JsonFields.string(g, "published", d.info().published().map(Object::toString).orElse(null));
        g.writeArrayFieldStart("expressions");
        for (Expression e : d.expressions()) {
          g.writeStartObject();
          g.writeStringField("type", e.type().jsonName());
          JsonFields.span(g, "span", e.span());
          g.writeStringField("text", e.text());
          JsonFields.value(g, "value", e.value().orElse(null));
          JsonFields.string(g, "unit", e.unit().orElse(null));
          JsonFields.string(g, "unitNormalized", e.unitNormalized().orElse(null));
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      JsonFields.problems(g, problems);
      g.writeEndObject();
      g.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
