package org.annals.eval.warevents;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annals.store.SqliteDialect;

/**
 * The system's event mentions by input id (the corpus {@code id}), read as score.py's
 * {@code system_mentions} reads them: from an Annals store (a file starting with the SQLite
 * header) or from a JSON Lines file, one event mention a line. Input ids keep the order of their
 * first mention; so does score.py, and it decides which day an event gets where mentions differ.
 */
public final class SystemMentions {

  /** score.py's query, unchanged. */
  static final String STORE_SQL = "SELECT a.input_id, m.start_cp, m.end_cp, m.status, m.event_id, e.day "
      + "FROM event_mentions m JOIN articles a ON a.id = m.article_id "
      + "LEFT JOIN events e ON e.id = m.event_id";

  private static final byte[] SQLITE_HEADER = "SQLite format 3".getBytes(StandardCharsets.US_ASCII);

  private SystemMentions() {}

  /** From a store or a mentions file, told apart by the file's first bytes. */
  public static Map<String, List<SystemMention>> read(Path file) throws IOException {
    return isSqlite(file) ? fromStore(file) : fromJsonLines(file);
  }

  static boolean isSqlite(Path file) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(16);
    }
    return head.length >= SQLITE_HEADER.length
        && Arrays.equals(head, 0, SQLITE_HEADER.length, SQLITE_HEADER, 0, SQLITE_HEADER.length);
  }

  /** From an Annals store, opened read-only. */
  public static Map<String, List<SystemMention>> fromStore(Path file) throws IOException {
    Map<String, List<SystemMention>> out = new LinkedHashMap<>();
    try (Connection c = new SqliteDialect(file).dataSource(true).getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(STORE_SQL)) {
      while (rs.next()) {
        out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
            .add(new SystemMention(rs.getInt(2), rs.getInt(3), rs.getString(4), rs.getString(5), rs.getString(6)));
      }
    } catch (SQLException e) {
      throw new IOException(file + ": cannot read event mentions: " + e.getMessage(), e);
    }
    return out;
  }

  /**
   * From JSON Lines: {@code input_id} (or, where it is absent or empty, {@code article_id}),
   * {@code start}, {@code end}, {@code status} (asserted when absent), {@code event_id},
   * {@code day} (absent or null: none). Ids must be strings and offsets integers; score.py would
   * also take numbers as ids but orders them differently, so they are refused here.
   */
  public static Map<String, List<SystemMention>> fromJsonLines(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<String, List<SystemMention>> out = new LinkedHashMap<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int lineNo = 0;
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        String where = file + ":" + lineNo + ": ";
        try {
          JsonNode r = json.readTree(line);
          JsonNode status = r.get("status");
          out.computeIfAbsent(inputId(r, where), k -> new ArrayList<>()).add(new SystemMention(
              integer(r, "start", where), integer(r, "end", where),
              status == null ? "asserted" : status.isNull() ? null : status.asText(),
              eventId(r, where), day(r, where)));
        } catch (JsonProcessingException e) {
          throw new IOException(where + e.getOriginalMessage(), e);
        }
      }
    }
    return out;
  }

  private static String inputId(JsonNode r, String where) throws IOException {
    JsonNode id = r.get("input_id");
    if (id == null || id.isNull() || id.isTextual() && id.asText().isEmpty()) {
      id = r.get("article_id");
    }
    if (id == null || id.isNull()) {
      return null;
    }
    if (!id.isTextual()) {
      throw new IOException(where + "input_id/article_id is not a string: " + id);
    }
    return id.asText();
  }

  private static String eventId(JsonNode r, String where) throws IOException {
    JsonNode id = r.get("event_id");
    if (id == null || !id.isTextual()) {
      throw new IOException(where + "event_id is not a string: " + id);
    }
    return id.asText();
  }

  /** A day as score.py prints it: text as it is, a whole number (a year) in decimal. */
  private static String day(JsonNode r, String where) throws IOException {
    JsonNode day = r.get("day");
    if (day == null || day.isNull()) {
      return null;
    }
    if (day.isTextual()) {
      return day.asText();
    }
    if (day.isIntegralNumber()) {
      return day.bigIntegerValue().toString();
    }
    throw new IOException(where + "day is neither text nor a year: " + day);
  }

  private static int integer(JsonNode r, String field, String where) throws IOException {
    JsonNode v = r.get(field);
    if (v == null || !v.isIntegralNumber() || !v.canConvertToInt()) {
      throw new IOException(where + field + " is not an integer: " + v);
    }
    return v.intValue();
  }
}
