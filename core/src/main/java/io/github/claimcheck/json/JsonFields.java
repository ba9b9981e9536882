package io.github.claimcheck.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.claimcheck.model.DateValue;
import io.github.claimcheck.model.Problem;
import io.github.claimcheck.model.Quantity;
import io.github.claimcheck.model.Span;
import io.github.claimcheck.model.Value;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

/** Writers for the value shapes shared by the report and the scan listing. */
final class JsonFields {

  /** Jackson writes a BigDecimal in plain digits only up to this scale; beyond, E notation. */
  private static final int PLAIN_SCALE = 9_999;

  private JsonFields() {}

  static void span(JsonGenerator g, String field, Span span) throws IOException {
    g.writeObjectFieldStart(field);
    g.writeNumberField("start", span.start());
    g.writeNumberField("end", span.end());
    g.writeEndObject();
  }

  static void value(JsonGenerator g, String field, Value value) throws IOException {
    if (value == null) {
      g.writeNullField(field);
      return;
    }
    g.writeObjectFieldStart(field);
    if (value instanceof Quantity q) {
      g.writeStringField("kind", q.kind().jsonName());
      number(g, "low", q.low().orElse(null));
      number(g, "high", q.high().orElse(null));
      g.writeBooleanField("lowInclusive", q.lowInclusive());
      g.writeBooleanField("highInclusive", q.highInclusive());
      g.writeBooleanField("vague", q.isVague());
      g.writeBooleanField("hedged", q.isHedged());
    } else {
      DateValue d = (DateValue) value;
      g.writeStringField("kind", "date");
      g.writeStringField("start", d.start().toString());
      g.writeStringField("end", d.end().toString());
      g.writeStringField("granularity", d.granularity().jsonName());
    }
    g.writeEndObject();
  }

  static void number(JsonGenerator g, String field, BigDecimal n) throws IOException {
    if (n == null) {
      g.writeNullField(field);
    } else {
      g.writeFieldName(field);
      if (Math.abs((long) n.scale()) > PLAIN_SCALE) {
        g.writeNumber(n.toString()); // still a JSON number, in E notation: 1E-20000
      } else {
        g.writeNumber(n);
      }
    }
  }

  static void problems(JsonGenerator g, List<Problem> problems) throws IOException {
    g.writeArrayFieldStart("problems");
    for (Problem p : problems) {
      g.writeStartObject();
      g.writeStringField("source", p.source());
      g.writeStringField("message", p.message());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  static void string(JsonGenerator g, String field, String s) throws IOException {
    if (s == null) {
      g.writeNullField(field);
    } else {
      g.writeStringField(field, s);
    }
  }
}
