package org.annals.store.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.annals.store.AnnalsStore;
import org.annals.store.TestArticles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreExportTest {

  @TempDir
  Path dir;

  private Path db;

  @BeforeEach
  void fill() {
    db = dir.resolve("x.db");
    try (AnnalsStore store = AnnalsStore.open(db)) {
      TestArticles.all().forEach(a -> store.put(a, null));
    }
  }

  @Test
  void jsonLinesHaveEveryColumnInOrderWithTheSchemaVersion() throws Exception {
    for (ExportSubject what : ExportSubject.values()) {
      String out = export(what, ExportFormat.JSONL);
      List<String> lines = out.lines().toList();
      assertThat(lines).as(what.name()).isNotEmpty();
      JsonNode first = new ObjectMapper().readTree(lines.get(0));
      assertThat(iterable(first.fieldNames())).containsExactlyElementsOf(
          what.columns().stream().map(Column::name).toList());
      assertThat(first.get("schema_version").asInt()).isEqualTo(ExportSubject.SCHEMA_VERSION);
    }
    String events = export(ExportSubject.EVENTS, ExportFormat.JSONL);
    JsonNode strike = events.lines().map(this::json).filter(n -> n.get("event_id").asText().equals("V-strike"))
        .findFirst().orElseThrow();
    assertThat(strike.get("source_count").asInt()).isEqualTo(2);
    assertThat(strike.get("figure_conflict").asBoolean()).isTrue();
    assertThat(strike.get("actors").isArray()).isTrue();
    JsonNode figures = json(strike.get("figures").asText());
    assertThat(figures.get(0).get("category").asText()).isEqualTo("killed");
    assertThat(figures.get(0).get("value").asDouble()).isEqualTo(9.0);
    assertThat(figures.get(0).get("reports")).hasSize(2);
  }

  @Test
  void csvHasAHeaderQuotesWhereNeededAndListsAsJson() throws Exception {
    String out = export(ExportSubject.ENTITIES, ExportFormat.CSV);
    List<String> lines = out.lines().toList();
    assertThat(lines.get(0)).isEqualTo(String.join(",",
        ExportSubject.ENTITIES.columns().stream().map(Column::name).toList()));
    assertThat(out).contains("\"[\"\"Zelenskiy\"\",\"\"Zelensky\"\"]\"");
    // DuckDB reads it back without options: one row per entity
    Path csv = dir.resolve("entities.csv");
    Files.writeString(csv, out);
    assertThat(duckCount("SELECT count(*) FROM read_csv_auto('" + csv + "')")).isEqualTo(lines.size() - 1);
    String articles = export(ExportSubject.ARTICLES, ExportFormat.CSV);
    Path acsv = dir.resolve("articles.csv");
    Files.writeString(acsv, articles);
    assertThat(duckCount("SELECT count(*) FROM read_csv_auto('" + acsv + "')")).isEqualTo(4);
  }

  @Test
  void parquetReadsBackInDuckDb() throws Exception {
    for (ExportSubject what : ExportSubject.values()) {
      Path p = dir.resolve(what.name().toLowerCase() + ".parquet");
      long rows;
      try (AnnalsStore store = AnnalsStore.openReadOnly(db)) {
        rows = store.export().write(what, ExportFormat.PARQUET, p);
      }
      assertThat(rows).isPositive();
      assertThat(duckCount("SELECT count(*) FROM read_parquet('" + p + "')")).isEqualTo(rows);
    }
    Path events = dir.resolve("events.parquet");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT day, len(actors), source_count, figure_conflict FROM read_parquet('"
            + events + "') WHERE event_id = 'V-strike'")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getObject(1).toString()).isEqualTo("2025-06-01");
      assertThat(rs.getInt(2)).isEqualTo(1);
      assertThat(rs.getInt(3)).isEqualTo(2);
      assertThat(rs.getBoolean(4)).isTrue();
    }
  }

  private String export(ExportSubject what, ExportFormat format) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (AnnalsStore store = AnnalsStore.openReadOnly(db)) {
      store.export().write(what, format, out);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private JsonNode json(String s) {
    try {
      return new ObjectMapper().readTree(s);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static long duckCount(String sql) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static <T> List<T> iterable(java.util.Iterator<T> it) {
    List<T> out = new java.util.ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }
}
