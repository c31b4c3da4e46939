package org.annals.store.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.annals.extract.place.Gazetteer;
import org.annals.model.AcledType;
import org.annals.model.DatePrecision;
import org.annals.store.SqlDialect;
import org.annals.store.StoreException;
import org.annals.store.query.EventStatuses;
import org.annals.store.query.FigureReport;
import org.annals.store.query.FigureSeries;
import org.annals.store.query.Participant;
import org.annals.store.query.StoreQueries;
import org.annals.store.query.TimelineEvent;

/**
 * Writes events, event mentions, entities, quotes or articles as JSON Lines, CSV or Parquet, in
 * the versioned schema of {@link ExportSubject} (documented in docs/export-schema.md). Flat
 * columns; lists are JSON arrays in JSON Lines, JSON strings in CSV and lists of strings in
 * Parquet. Parquet is written by DuckDB (in process) from the JSON Lines, with the column types
 * given explicitly. Events and mentions keep the statuses asked for ({@link #withStatuses}), else
 * their subject's default ({@link ExportSubject#defaultStatuses}).
 */
public final class StoreExport {

  private static final JsonFactory JSON = new JsonFactory();
  private static final int CHUNK = 400;

  /** Rows fetched at a time by a read of a whole table (mentions, quotes, articles). */
  private static final int FETCH_ROWS = 256;

  private final Connection c;
  private final SqlDialect dialect;
  private final StoreQueries queries;
  private final EventStatuses statuses;

  public StoreExport(Connection connection, SqlDialect dialect, StoreQueries queries) {
    this(connection, dialect, queries, null);
  }

  private StoreExport(Connection connection, SqlDialect dialect, StoreQueries queries, EventStatuses statuses) {
    this.c = connection;
    this.dialect = dialect;
    this.queries = queries;
    this.statuses = statuses;
  }

  /** The same export keeping events (by their status) or mentions (by their own) of these statuses. */
  public StoreExport withStatuses(EventStatuses keep) {
    return new StoreExport(c, dialect, queries, keep);
  }

  private EventStatuses statuses(ExportSubject what) {
    if (statuses != null && what.defaultStatuses() == null) {
      throw new IllegalArgumentException("statuses apply to events and mentions, not " + what.name().toLowerCase());
    }
    return statuses != null ? statuses : what.defaultStatuses();
  }

  /** A JSON document exported as a string column. */
  private record JsonText(String json) {}

  /** Receives one row's values, in column order. */
  private interface RowSink {
    void row(Object[] values) throws IOException;
  }

  /** Writes to a stream (JSON Lines or CSV); returns the number of rows. */
  public long write(ExportSubject what, ExportFormat format, OutputStream out) throws IOException {
    if (format == ExportFormat.PARQUET) {
      throw new IllegalArgumentException("Parquet is written to a file: give --out FILE");
    }
    OutputStream buffered = new BufferedOutputStream(out, 1 << 16);
    long n = format == ExportFormat.JSONL ? jsonl(what, buffered) : csv(what, buffered);
    buffered.flush();
    return n;
  }

  /** Writes to a file in any format; returns the number of rows. */
  public long write(ExportSubject what, ExportFormat format, Path file) throws IOException {
    statuses(what); // refused before the file is touched
    if (file.toAbsolutePath().getParent() != null) {
      Files.createDirectories(file.toAbsolutePath().getParent());
    }
    if (format != ExportFormat.PARQUET) {
      try (OutputStream out = Files.newOutputStream(file)) {
        return write(what, format, out);
      }
    }
    Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".annals-export", ".jsonl");
    try {
      long n;
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
        n = jsonl(what, out);
      }
      parquet(what, tmp, file);
      return n;
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private long jsonl(ExportSubject what, OutputStream out) throws IOException {
    List<Column> cols = what.columns();
    JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    g.setRootValueSeparator(null); // each line starts with its object, not with Jackson's space
    long[] n = {0};
    rows(what, values -> {
      g.writeStartObject();
      for (int i = 0; i < cols.size(); i++) {
        g.writeFieldName(cols.get(i).name());
        jsonValue(g, values[i]);
      }
      g.writeEndObject();
      g.flush();
      out.write('\n');
      n[0]++;
    });
    g.close();
    return n[0];
  }

  private long csv(ExportSubject what, OutputStream out) throws IOException {
    List<Column> cols = what.columns();
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cols.size(); i++) {
      line.append(i == 0 ? "" : ",").append(cols.get(i).name());
    }
    out.write(line.append("\r\n").toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    long[] n = {0};
    rows(what, values -> {
      line.setLength(0);
      for (int i = 0; i < values.length; i++) {
        if (i > 0) {
          line.append(',');
        }
        line.append(csvField(values[i]));
      }
      out.write(line.append("\r\n").toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      n[0]++;
    });
    return n[0];
  }

  /** RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled; null is empty. */
  private static String csvField(Object v) throws IOException {
    String s;
    if (v == null) {
      return "";
    } else if (v instanceof List<?> || v instanceof JsonText) {
      StringWriter w = new StringWriter();
      try (JsonGenerator g = JSON.createGenerator(w)) {
        jsonValue(g, v);
      }
      s = v instanceof JsonText t ? t.json() : w.toString();
    } else {
      s = String.valueOf(v);
    }
    if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
      return '"' + s.replace("\"", "\"\"") + '"';
    }
    return s;
  }

  private static void jsonValue(JsonGenerator g, Object v) throws IOException {
    if (v == null) {
      g.writeNull();
    } else if (v instanceof String s) {
      g.writeString(s);
    } else if (v instanceof Integer i) {
      g.writeNumber(i);
    } else if (v instanceof Long l) {
      g.writeNumber(l);
    } else if (v instanceof Double d) {
      g.writeNumber(d);
    } else if (v instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (v instanceof JsonText t) {
      g.writeString(t.json());
    } else if (v instanceof List<?> list) {
      g.writeStartArray();
      for (Object o : list) {
        jsonValue(g, o);
      }
      g.writeEndArray();
    } else {
      throw new IllegalArgumentException("no JSON form for " + v.getClass());
    }
  }

  private static void parquet(ExportSubject what, Path jsonl, Path out) throws IOException {
    String columns = what.columns().stream()
        .map(col -> "'" + col.name() + "': '" + col.duckdbType() + "'")
        .collect(Collectors.joining(", ", "{", "}"));
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = duck.createStatement()) {
      s.execute("COPY (SELECT * FROM read_json(" + literal(jsonl.toAbsolutePath().toString())
          + ", format = 'newline_delimited', columns = " + columns + ")) TO "
          + literal(out.toAbsolutePath().toString()) + " (FORMAT parquet)");
    } catch (SQLException e) {
      throw new IOException(out + ": cannot write Parquet: " + e.getMessage(), e);
    }
  }

  private static String literal(String s) {
    return "'" + s.replace("'", "''") + "'";
  }

  // ---- rows --------------------------------------------------------------------------------

  private void rows(ExportSubject what, RowSink sink) throws IOException {
    EventStatuses keep = statuses(what);
    try {
      switch (what) {
        case EVENTS -> events(sink, keep);
        case ACLED -> acled(sink, keep);
        case MENTIONS -> mentions(sink, keep);
        case ENTITIES -> entities(sink);
        case QUOTES -> quotes(sink);
        case ARTICLES -> articles(sink);
        default -> throw new IllegalStateException(what.name());
      }
    } catch (SQLException e) {
      throw new StoreException("export failed: " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static final Long V = (long) ExportSubject.SCHEMA_VERSION;

  private void events(RowSink sink, EventStatuses keep) throws SQLException, IOException {
    for (List<String> chunk : idChunks("SELECT e.id FROM events e WHERE " + keep.sqlCondition("e.status")
        + " ORDER BY e.id")) {
      Map<String, List<String>> articles = new LinkedHashMap<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT m.event_id, m.article_id FROM event_mentions m "
          + "JOIN articles a ON a.id = m.article_id WHERE m.event_id IN " + marks(chunk.size())
          + " ORDER BY a.seq, m.local_id")) {
        bind(ps, chunk);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            List<String> ids = articles.computeIfAbsent(rs.getString(1), k -> new ArrayList<>());
            if (!ids.contains(rs.getString(2))) {
              ids.add(rs.getString(2));
            }
          }
        }
      }
      for (TimelineEvent e : queries.eventsByIds(chunk)) {
        DatePrecision precision = e.datePrecision() == null ? null
            : DatePrecision.valueOf(e.datePrecision().toUpperCase(Locale.ROOT));
        sink.row(new Object[] {V, e.eventId(), e.type(), e.mode(), e.status(),
            precision == DatePrecision.DAY ? e.day() : null, e.day(), e.datePrecision(),
            precision == null ? null : (long) precision.acledTimePrecision(), e.dateSource(), e.placeId(),
            e.place(), names(e.actors()), ids(e.actors()), names(e.recipients()), ids(e.recipients()),
            (long) e.sourceCount(), (long) e.mentionCount(), articles.getOrDefault(e.eventId(), List.of()),
            e.figureConflict(), new JsonText(figuresJson(e.figures()))});
      }
    }
  }

  /** What an ACLED row needs from an event's mentions. */
  private static final class AcledFacts {
    final Map<String, Integer> types = new LinkedHashMap<>();
    final List<String> articles = new ArrayList<>();
    final List<String> sources = new ArrayList<>();
    final List<Note> notes = new ArrayList<>();

    /** The sub-event type most mentions give (the first given of equals). */
    AcledType type() {
      String best = null;
      for (Map.Entry<String, Integer> t : types.entrySet()) {
        if (best == null || t.getValue() > types.get(best)) {
          best = t.getKey();
        }
      }
      return AcledType.fromLabel(best).orElse(null);
    }

    /**
     * The sentence that tells the event best: a news report that gives the event's type, else
     * any mention that gives it, else the first report, else the first mention.
     */
    Note note() {
      AcledType type = type();
      String label = type == null ? null : type.label();
      Note typed = null;
      Note report = null;
      for (Note n : notes) {
        if (label != null && label.equals(n.acled()) && n.report()) {
          return n;
        }
        typed = typed == null && label != null && label.equals(n.acled()) ? n : typed;
        report = report == null && n.report() ? n : report;
      }
      return typed != null ? typed : report != null ? report : notes.get(0);
    }
  }

  /** One mention's evidence sentence (code points) and what it says. */
  private record Note(String article, long start, long end, boolean report, String acled) {}

  /** Plover types exported without an ACLED type: violence and demonstrations Annals could not type further. */
  private static final Set<String> UNTYPED_ACLED_ROWS = Set.of("ASSAULT", "PROTEST");
  private static final int NOTES_CHARS = 400;

  /**
   * One row per event that has an ACLED sub-event type (or is an assault or protest without one),
   * in ACLED's columns. See {@link ExportSubject#ACLED} for each column's meaning.
   */
  private void acled(RowSink sink, EventStatuses keep) throws SQLException, IOException {
    Gazetteer gazetteer = Gazetteer.builtIn();
    AcledActors actorTypes = new AcledActors(gazetteer);
    for (List<String> chunk : idChunks("SELECT e.id FROM events e WHERE " + keep.sqlCondition("e.status")
        + " ORDER BY e.id")) {
      Map<String, AcledFacts> facts = new LinkedHashMap<>();
      select("SELECT m.event_id, m.acled, m.article_id, a.source, m.evidence_start_cp, m.evidence_end_cp, m.kind "
          + "FROM event_mentions m JOIN articles a ON a.id = m.article_id WHERE m.event_id IN " + marks(chunk.size())
          + " ORDER BY a.seq, m.start_cp, m.local_id, m.mention_idx", chunk, rs -> {
            AcledFacts f = facts.computeIfAbsent(rs.getString(1), k -> new AcledFacts());
            if (rs.getString(2) != null) {
              f.types.merge(rs.getString(2), 1, Integer::sum);
            }
            if (!f.articles.contains(rs.getString(3))) {
              f.articles.add(rs.getString(3));
            }
            if (rs.getString(4) != null && !f.sources.contains(rs.getString(4))) {
              f.sources.add(rs.getString(4));
            }
            f.notes.add(new Note(rs.getString(3), rs.getLong(5), rs.getLong(6), "report".equals(rs.getString(7)),
                rs.getString(2)));
          });
      List<TimelineEvent> events = new ArrayList<>();
      for (TimelineEvent e : queries.eventsByIds(chunk)) {
        AcledFacts f = facts.get(e.eventId());
        if (f != null && (f.type() != null || UNTYPED_ACLED_ROWS.contains(e.type()))) {
          events.add(e);
        }
      }
      if (events.isEmpty()) {
        continue;
      }
      Map<String, String> sortDays = new HashMap<>();
      List<String> ids = events.stream().map(TimelineEvent::eventId).toList();
      select("SELECT id, sort_day FROM events WHERE id IN " + marks(ids.size()), ids,
          rs -> sortDays.put(rs.getString(1), rs.getString(2)));
      Map<String, Object[]> places = new HashMap<>();
      List<String> placeIds = events.stream().map(TimelineEvent::placeId).filter(Objects::nonNull).distinct().toList();
      if (!placeIds.isEmpty()) {
        select("SELECT entity_id, country, lat, lon, kind FROM places WHERE entity_id IN " + marks(placeIds.size())
            + " ORDER BY entity_id, lat IS NULL, article_id, local_id", placeIds,
            rs -> places.putIfAbsent(rs.getString(1), new Object[] {rs.getString(2), doubleOrNull(rs, 3),
                doubleOrNull(rs, 4), rs.getString(5)}));
      }
      Map<String, String> types = new HashMap<>();
      List<String> actorIds = events.stream().flatMap(e -> java.util.stream.Stream.concat(e.actors().stream(),
          e.recipients().stream())).map(Participant::entityId).filter(Objects::nonNull).distinct().toList();
      if (!actorIds.isEmpty()) {
        select("SELECT id, type FROM entities WHERE id IN " + marks(actorIds.size()), actorIds,
            rs -> types.put(rs.getString(1), rs.getString(2)));
      }
      Map<String, String> texts = new HashMap<>();
      List<String> noteArticles = events.stream().map(e -> facts.get(e.eventId()).note().article()).distinct().toList();
      select("SELECT id, text FROM articles WHERE id IN " + marks(noteArticles.size()), noteArticles,
          rs -> texts.put(rs.getString(1), rs.getString(2)));
      for (TimelineEvent e : events) {
        AcledFacts f = facts.get(e.eventId());
        AcledType type = f.type();
        Object[] place = e.placeId() == null ? null : places.get(e.placeId());
        String iso2 = place == null ? null : (String) place[0];
        String iso3 = iso2 == null ? null : iso3(iso2);
        String kind = place == null ? null : (String) place[3];
        String sortDay = sortDays.get(e.eventId());
        String eventDate = sortDay == null || sortDay.equals(StoreQueries.UNDATED) ? null : sortDay;
        DatePrecision precision = eventDate == null || e.datePrecision() == null ? null
            : DatePrecision.valueOf(e.datePrecision().toUpperCase(Locale.ROOT));
        Participant a1 = e.actors().isEmpty() ? null : e.actors().get(0);
        Participant a2 = e.recipients().isEmpty() ? null : e.recipients().get(0);
        Integer inter1 = a1 == null ? null : actorTypes.code(a1.name(), types.get(a1.entityId()));
        Integer inter2 = a2 == null ? null : actorTypes.code(a2.name(), types.get(a2.entityId()));
        sink.row(new Object[] {V, (iso3 == null ? "XXX" : iso3) + "-" + e.eventId(), eventDate,
            eventDate == null ? null : Long.valueOf(eventDate.substring(0, 4)),
            precision == null ? null : (long) precision.acledTimePrecision(),
            type == null ? null : type.disorder().label(), type == null ? null : type.eventType(),
            type == null ? null : type.label(), a1 == null ? null : a1.name(), assoc(e.actors()), toLong(inter1),
            a2 == null ? null : a2.name(), assoc(e.recipients()), toLong(inter2),
            toLong(AcledActors.interaction(inter1, inter2, a2 != null)),
            inter2 != null && inter2 == 7 ? "Civilian targeting" : null, iso3,
            iso2 == null ? null : gazetteer.country(iso2).map(Gazetteer.Entry::name).orElse(null),
            "admin".equals(kind) ? e.place() : null, e.place(), place == null ? null : place[1],
            place == null ? null : place[2], geoPrecision(kind), f.sources.isEmpty() ? null : String.join("; ", f.sources),
            null, note(texts.get(f.note().article()), f.note().start(), f.note().end()), fatalities(e.figures()), e.type(),
            (long) e.sourceCount(), e.figureConflict(), f.articles});
      }
    }
  }

  private static Long toLong(Integer v) {
    return v == null ? null : v.longValue();
  }

  private static String assoc(List<Participant> ps) {
    return ps.size() < 2 ? null : String.join("; ", names(ps.subList(1, ps.size())));
  }

  /** ISO 3166-1 alpha-3 from alpha-2, by the JDK's country table; null where it has none. */
  private static String iso3(String iso2) {
    try {
      String code = new Locale("", iso2).getISO3Country();
      return code.isEmpty() ? null : code;
    } catch (java.util.MissingResourceException e) {
      return null;
    }
  }

  /** ACLED geo precision: 1 a town or site, 2 a region around it, 3 a province or country. */
  private static Long geoPrecision(String kind) {
    if (kind == null) {
      return null;
    }
    return switch (kind) {
      case "city", "other" -> 1L;
      case "region" -> 2L;
      default -> 3L;
    };
  }

  /** The evidence sentence (code-point offsets), whitespace folded, at most {@value #NOTES_CHARS} characters. */
  private static String note(String text, long start, long end) {
    if (text == null) {
      return null;
    }
    int codePoints = text.codePointCount(0, text.length());
    int s = text.offsetByCodePoints(0, (int) Math.min(start, codePoints));
    int t = text.offsetByCodePoints(0, (int) Math.min(end, codePoints));
    String note = text.substring(s, Math.max(s, t)).replaceAll("\\s+", " ").strip();
    return note.length() <= NOTES_CHARS ? note : note.substring(0, NOTES_CHARS - 1).strip() + "…";
  }

  /**
   * ACLED's conservative fatality count: of the reports of people killed that are not aggregate
   * tallies, the lowest; 0 where none gives one.
   */
  static long fatalities(List<FigureSeries> figures) {
    long lowest = -1;
    for (FigureSeries f : figures) {
      if (!"killed".equals(f.category())) {
        continue;
      }
      for (FigureReport r : f.history()) {
        if (!r.aggregate() && (lowest < 0 || (long) r.value() < lowest)) {
          lowest = (long) r.value();
        }
      }
    }
    return Math.max(lowest, 0);
  }

  private static List<String> names(List<Participant> ps) {
    return ps.stream().map(Participant::name).toList();
  }

  private static List<String> ids(List<Participant> ps) {
    return ps.stream().map(Participant::entityId).filter(java.util.Objects::nonNull).toList();
  }

  private static String figuresJson(List<FigureSeries> figures) throws IOException {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(w)) {
      g.writeStartArray();
      for (FigureSeries f : figures) {
        g.writeStartObject();
        g.writeStringField("category", f.category());
        g.writeStringField("role", f.role());
        g.writeStringField("unit", f.unit());
        g.writeNumberField("value", f.latest().value());
        g.writeStringField("qualifier", f.latest().qualifier());
        g.writeBooleanField("conflict", f.conflict());
        g.writeArrayFieldStart("reports");
        for (FigureReport r : f.history()) {
          g.writeStartObject();
          g.writeNumberField("value", r.value());
          g.writeStringField("qualifier", r.qualifier());
          g.writeStringField("text", r.text());
          g.writeBooleanField("aggregate", r.aggregate());
          g.writeStringField("article_id", r.articleId());
          g.writeStringField("source", r.source());
          g.writeStringField("date", r.date());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    return w.toString();
  }

  /** Every event mention, in ingest order of articles, then text order. */
  private void mentions(RowSink sink, EventStatuses keep) throws SQLException, IOException {
    select("SELECT m.event_id, m.article_id, a.input_id, m.local_id, m.mention_idx, m.sentence, m.start_cp, "
        + "m.end_cp, m.trigger_text, m.evidence_start_cp, m.evidence_end_cp, m.type, m.mode, m.status, m.kind, "
        + "m.date_value, e.day, m.extractor, m.confidence FROM event_mentions m "
        + "JOIN articles a ON a.id = m.article_id LEFT JOIN events e ON e.id = m.event_id WHERE "
        + keep.sqlCondition("m.status")
        + " ORDER BY a.seq, m.start_cp, m.end_cp, LENGTH(m.local_id), m.local_id, m.mention_idx", List.of(), rs -> {
          DatePrecision.Known date = DatePrecision.of(rs.getString(16));
          sink.row(new Object[] {V, rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
              rs.getLong(5), longOrNull(rs, 6), rs.getLong(7), rs.getLong(8), rs.getString(9), rs.getLong(10),
              rs.getLong(11), rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15),
              rs.getString(16), date == null ? null : date.precision().wireName(), rs.getString(17),
              rs.getString(17), rs.getString(18), doubleOrNull(rs, 19)});
        });
  }

  private void entities(RowSink sink) throws SQLException, IOException {
    for (List<String> chunk : idChunks("SELECT id FROM entities ORDER BY id")) {
      Map<String, Object[]> rows = new LinkedHashMap<>();
      Map<String, List<String>> aliases = new LinkedHashMap<>();
      Map<String, List<String>> titles = new LinkedHashMap<>();
      select("SELECT id, type, name, first_seen, last_seen, mention_count, article_count FROM entities WHERE id IN "
          + marks(chunk.size()) + " ORDER BY id", chunk, rs -> rows.put(rs.getString(1), new Object[] {V,
              rs.getString(1), rs.getString(2), rs.getString(3), null, null, rs.getLong(6), rs.getLong(7),
              rs.getString(4), rs.getString(5)}));
      select("SELECT entity_id, name FROM entity_names WHERE entity_id IN " + marks(chunk.size())
          + " ORDER BY entity_id, name", chunk,
          rs -> aliases.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2)));
      select("SELECT entity_id, title FROM entity_titles WHERE entity_id IN " + marks(chunk.size())
          + " ORDER BY entity_id, title", chunk,
          rs -> titles.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2)));
      for (Object[] row : rows.values()) {
        String id = (String) row[1];
        List<String> names = new ArrayList<>(aliases.getOrDefault(id, List.of()));
        names.remove((String) row[3]);
        row[4] = names;
        row[5] = titles.getOrDefault(id, List.of());
        sink.row(row);
      }
    }
  }

  private void quotes(RowSink sink) throws SQLException, IOException {
    select("SELECT q.article_id, q.idx, " + StoreQueries.QUOTE_TEXT + ", q.direct, q.speaker_id, "
        + "COALESCE(n.name, q.speaker_text), q.cue, "
        + "a.date, a.source, q.sentence, q.start_cp, q.end_cp, q.extractor, q.confidence FROM quotes q "
        + "JOIN articles a ON a.id = q.article_id LEFT JOIN entities n ON n.id = q.speaker_id ORDER BY a.seq, q.idx",
        List.of(), rs -> sink.row(new Object[] {V, rs.getString(1), rs.getLong(2), rs.getString(3), rs.getInt(4) != 0,
            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), longOrNull(rs, 10),
            rs.getLong(11), rs.getLong(12), rs.getString(13), doubleOrNull(rs, 14)}));
  }

  private void articles(RowSink sink) throws SQLException, IOException {
    select("SELECT a.id, a.input_id, a.origin, a.title, a.source, a.url, a.date, a.date_source, a.date_evidence, "
        + "a.story_id, s.label, "
        + "(SELECT COUNT(*) FROM article_entities x WHERE x.article_id = a.id), "
        + "(SELECT COUNT(*) FROM event_mentions x WHERE x.article_id = a.id), "
        + "(SELECT COUNT(*) FROM quotes x WHERE x.article_id = a.id), "
        + "(SELECT COUNT(*) FROM figures x WHERE x.article_id = a.id), a.text "
        + "FROM articles a LEFT JOIN stories s ON s.id = a.story_id ORDER BY a.seq", List.of(),
        rs -> sink.row(new Object[] {V, rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
            rs.getString(11), rs.getLong(12), rs.getLong(13), rs.getLong(14), rs.getLong(15), rs.getString(16)}));
  }

  // ---- plumbing ----------------------------------------------------------------------------

  private interface RowReader {
    void read(ResultSet rs) throws SQLException, IOException;
  }

  private void select(String sql, List<String> params, RowReader reader) throws SQLException, IOException {
    try (SqlDialect.Streaming streaming = dialect.streaming(c); PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setFetchSize(FETCH_ROWS);
      bind(ps, params);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          reader.read(rs);
        }
      }
    }
  }

  private List<List<String>> idChunks(String sql) throws SQLException {
    List<String> ids = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        ids.add(rs.getString(1));
      }
    }
    List<List<String>> chunks = new ArrayList<>();
    for (int i = 0; i < ids.size(); i += CHUNK) {
      chunks.add(ids.subList(i, Math.min(ids.size(), i + CHUNK)));
    }
    return chunks;
  }

  private static void bind(PreparedStatement ps, List<String> params) throws SQLException {
    for (int i = 0; i < params.size(); i++) {
      ps.setString(i + 1, params.get(i));
    }
  }

  private static String marks(int n) {
    return "(" + "?, ".repeat(n - 1) + "?)";
  }

  private static Long longOrNull(ResultSet rs, int i) throws SQLException {
    long v = rs.getLong(i);
    return rs.wasNull() ? null : v;
  }

  private static Double doubleOrNull(ResultSet rs, int i) throws SQLException {
    double v = rs.getDouble(i);
    return rs.wasNull() ? null : v;
  }
}
