package org.annals.output;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.annals.model.Entity;
import org.annals.model.EntityRef;
import org.annals.model.Event;
import org.annals.model.DatePrecision;
import org.annals.model.EventDate;
import org.annals.model.EventMention;
import org.annals.model.Extraction;
import org.annals.model.Figure;
import org.annals.model.Mention;
import org.annals.model.Place;
import org.annals.model.Quote;
import org.annals.model.TimeExpression;

/**
 * Writes extractions as the JSON Lines of the {@code annals extract} contract: one object per
 * article, offsets in Unicode code points, field order fixed.
 */
public final class ExtractionWriter {

  private static final JsonFactory JSON = new JsonFactory();

  /** One JSON line (without the newline) for an extraction. */
  public static String toJsonLine(Extraction x) {
    StringWriter out = new StringWriter(4096);
    try (JsonGenerator g = JSON.createGenerator(out)) {
      write(g, x);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Writes one JSON line, newline included. */
  public static void writeLine(OutputStream out, Extraction x) throws IOException {
    JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    write(g, x);
    g.flush();
    out.write('\n');
  }

  private static void write(JsonGenerator g, Extraction x) throws IOException {
    CodePointOffsets cp = new CodePointOffsets(x.article().text());
    g.writeStartObject();
    g.writeStringField("id", x.article().id());
    g.writeStringField("date", x.article().date() == null ? null : x.article().date().toString());
    g.writeStringField("date_source", x.article().dateSource().wireName());
    g.writeNumberField("text_offset", x.article().textOffset());
    if (x.article().title() != null) {
      g.writeStringField("title", x.article().title());
    }

    g.writeArrayFieldStart("entities");
    for (Entity e : x.entities()) {
      g.writeStartObject();
      g.writeStringField("id", e.id());
      g.writeStringField("type", e.type().name());
      g.writeStringField("name", e.name());
      g.writeArrayFieldStart("titles");
      for (String t : e.titles()) {
        g.writeString(t);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("mentions");
      for (Mention m : e.mentions()) {
        mention(g, cp, m.start(), m.end(), m.text());
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();

    g.writeArrayFieldStart("times");
    for (TimeExpression t : x.times()) {
      g.writeStartObject();
      offsets(g, cp, t.start(), t.end(), t.text());
      g.writeStringField("type", t.type().name());
      g.writeStringField("value", t.value());
      g.writeBooleanField("resolved", t.resolved());
      g.writeEndObject();
    }
    g.writeEndArray();

    g.writeArrayFieldStart("places");
    for (Place p : x.places()) {
      g.writeStartObject();
      g.writeStringField("entity", p.entity());
      g.writeStringField("name", p.name());
      g.writeStringField("country", p.country());
      nullableNumber(g, "lat", p.lat());
      nullableNumber(g, "lon", p.lon());
      g.writeStringField("kind", p.kind().wireName());
      g.writeNumberField("confidence", round(p.confidence()));
      if (p.within() != null) {
        g.writeStringField("within", p.within());
      }
      g.writeEndObject();
    }
    g.writeEndArray();

    g.writeArrayFieldStart("quotes");
    for (Quote q : x.quotes()) {
      g.writeStartObject();
      offsets(g, cp, q.start(), q.end(), q.text());
      g.writeBooleanField("direct", q.direct());
      g.writeFieldName("speaker");
      entityRef(g, cp, q.speaker());
      g.writeFieldName("cue");
      if (q.cue() == null) {
        g.writeNull();
      } else {
        mention(g, cp, q.cue().start(), q.cue().end(), q.cue().text());
      }
      g.writeEndObject();
    }
    g.writeEndArray();

    g.writeArrayFieldStart("figures");
    for (Figure f : x.figures()) {
      g.writeStartObject();
      offsets(g, cp, f.start(), f.end(), f.text());
      if (f.value() == Math.rint(f.value()) && Math.abs(f.value()) < 1e15) {
        g.writeNumberField("value", (long) f.value());
      } else {
        g.writeNumberField("value", f.value());
      }
      g.writeStringField("qualifier", f.qualifier().wireName());
      g.writeStringField("category", f.category().wireName());
      g.writeStringField("role", f.role() == null ? null : f.role().wireName());
      g.writeStringField("unit", f.unit());
      g.writeBooleanField("aggregate", f.aggregate());
      g.writeEndObject();
    }
    g.writeEndArray();

    g.writeArrayFieldStart("events");
    for (Event v : x.events()) {
      g.writeStartObject();
      g.writeStringField("id", v.id());
      g.writeStringField("type", v.type().name());
      g.writeStringField("mode", v.mode());
      g.writeStringField("acled", v.acled());
      g.writeStringField("status", v.status().wireName());
      g.writeFieldName("trigger");
      mention(g, cp, v.trigger().start(), v.trigger().end(), v.trigger().text());
      entityRefs(g, cp, "actors", v.actors());
      entityRefs(g, cp, "recipients", v.recipients());
      g.writeFieldName("location");
      entityRef(g, cp, v.location());
      g.writeFieldName("date");
      eventDate(g, cp, v.date());
      g.writeArrayFieldStart("figures");
      for (int i : v.figures()) {
        g.writeNumber(i);
      }
      g.writeEndArray();
      g.writeObjectFieldStart("evidence");
      g.writeNumberField("start", cp.toCodePoint(v.evidence().start()));
      g.writeNumberField("end", cp.toCodePoint(v.evidence().end()));
      g.writeEndObject();
      g.writeArrayFieldStart("mentions");
      for (EventMention m : v.mentions()) {
        g.writeStartObject();
        g.writeFieldName("trigger");
        mention(g, cp, m.trigger().start(), m.trigger().end(), m.trigger().text());
        g.writeObjectFieldStart("evidence");
        g.writeNumberField("start", cp.toCodePoint(m.evidence().start()));
        g.writeNumberField("end", cp.toCodePoint(m.evidence().end()));
        g.writeEndObject();
        g.writeStringField("status", m.status().wireName());
        g.writeStringField("kind", m.kind().wireName());
        g.writeFieldName("date");
        eventDate(g, cp, m.date());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void entityRefs(JsonGenerator g, CodePointOffsets cp, String field, List<EntityRef> refs)
      throws IOException {
    g.writeArrayFieldStart(field);
    for (EntityRef r : refs) {
      entityRef(g, cp, r);
    }
    g.writeEndArray();
  }

  private static void entityRef(JsonGenerator g, CodePointOffsets cp, EntityRef r) throws IOException {
    if (r == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    g.writeStringField("entity", r.entity());
    offsets(g, cp, r.start(), r.end(), r.text());
    g.writeEndObject();
  }

  /** An event's date: the TIMEX3 value, how much of a date it knows, and the words that gave it. */
  private static void eventDate(JsonGenerator g, CodePointOffsets cp, EventDate d) throws IOException {
    if (d == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    g.writeStringField("value", d.value());
    DatePrecision.Known known = DatePrecision.of(d.value());
    g.writeStringField("precision", known == null ? null : known.precision().wireName());
    if (d.text() != null) {
      g.writeNumberField("start", cp.toCodePoint(d.start()));
      g.writeNumberField("end", cp.toCodePoint(d.end()));
      g.writeStringField("text", d.text());
    }
    g.writeEndObject();
  }

  private static void mention(JsonGenerator g, CodePointOffsets cp, int start, int end, String text)
      throws IOException {
    g.writeStartObject();
    offsets(g, cp, start, end, text);
    g.writeEndObject();
  }

  private static void offsets(JsonGenerator g, CodePointOffsets cp, int start, int end, String text)
      throws IOException {
    g.writeNumberField("start", cp.toCodePoint(start));
    g.writeNumberField("end", cp.toCodePoint(end));
    g.writeStringField("text", text);
  }

  private static void nullableNumber(JsonGenerator g, String field, Double v) throws IOException {
    if (v == null) {
      g.writeNullField(field);
    } else {
      g.writeNumberField(field, v);
    }
  }

  private static double round(double v) {
    return Math.round(v * 1000.0) / 1000.0;
  }

  private ExtractionWriter() {}
}
