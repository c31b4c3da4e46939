package org.annals.store.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annals.store.AnnalsStore;
import org.annals.store.Backend;
import org.annals.store.OnEachBackend;
import org.annals.store.StoreLocation;
import org.annals.store.TestArticles;
import org.annals.store.query.EventStatuses;
import org.junit.jupiter.api.io.TempDir;

class StoreExportTest {

  @TempDir
  Path dir;

  private StoreLocation db;

  /** The store every test exports: the four fixture articles and the dated one. */
  private void fill(Backend backend) {
    db = TestArticles.store(backend.newStore(dir, "x.db"), TestArticles.allAnd(TestArticles.datesAndStatuses()));
  }

  @OnEachBackend
  void jsonLinesHaveEveryColumnInOrderWithTheSchemaVersion(Backend backend) throws Exception {
    fill(backend);
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

  @OnEachBackend
  void csvHasAHeaderQuotesWhereNeededAndListsAsJson(Backend backend) throws Exception {
    fill(backend);
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
    assertThat(duckCount("SELECT count(*) FROM read_csv_auto('" + acsv + "')")).isEqualTo(5);
  }

  @OnEachBackend
  void parquetReadsBackInDuckDb(Backend backend) throws Exception {
    fill(backend);
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

  @OnEachBackend
  void eventsCarryWhatIsKnownOfTheirDateAndADayOnlyWhereOneIsKnown(Backend backend) throws Exception {
    fill(backend);
    Map<String, JsonNode> events = new LinkedHashMap<>();
    export(ExportSubject.EVENTS, ExportFormat.JSONL).lines().map(this::json)
        .forEach(n -> events.put(n.get("event_id").asText(), n));
    // what happened only: the plan (V-lviv) and the negated bombing (V-kyiv) are left out
    assertThat(events).containsKeys("V-kharkiv", "V-odesa", "V-crimea").doesNotContainKeys("V-lviv", "V-kyiv");
    String[] dateColumns = {"status", "day", "date_value", "date_precision", "time_precision", "date_source"};
    assertThat(values(events.get("V-kharkiv"), dateColumns))
        .containsExactly("asserted", "2022-04-04", "2022-04-04", "day", "1", "text");
    assertThat(values(events.get("V-sumy"), dateColumns))
        .containsExactly("asserted", null, "2022-W13", "week", "2", "text");
    assertThat(values(events.get("V-bucha"), dateColumns))
        .containsExactly("asserted", null, "2022-03", "month", "3", "text");
    assertThat(values(events.get("V-pact"), dateColumns)).containsExactly("asserted", null, "2021", "year", "3", "text");
    assertThat(values(events.get("V-mariupol"), dateColumns))
        .containsExactly("asserted", "2022-04-10", "2022-04-10", "day", "1", "report");
    assertThat(values(events.get("V-crimea"), dateColumns)).containsExactly("asserted", null, null, null, null, null);
    assertThat(values(events.get("V-odesa"), "status")).containsExactly("claimed");

    String all = export(ExportSubject.EVENTS, ExportFormat.JSONL, EventStatuses.ALL);
    assertThat(all.lines().map(this::json).filter(n -> n.get("event_id").asText().equals("V-lviv")))
        .singleElement().satisfies(n -> assertThat(values(n, dateColumns))
            .containsExactly("future", null, null, null, null, null));
    assertThat(export(ExportSubject.EVENTS, ExportFormat.JSONL, EventStatuses.parse("negated")).lines()
        .map(l -> json(l).get("event_id").asText())).containsExactly("V-kyiv");
  }

  @OnEachBackend
  void eventsAsCsvLeaveTheDayOfAMonthEmptyAndLoadInDuckDb(Backend backend) throws Exception {
    fill(backend);
    String out = export(ExportSubject.EVENTS, ExportFormat.CSV);
    List<String> header = List.of(out.lines().findFirst().orElseThrow().split(","));
    String bucha = out.lines().filter(l -> l.startsWith("2,V-bucha,")).findFirst().orElseThrow();
    List<String> cells = List.of(bucha.split(",", -1));
    assertThat(cells.get(header.indexOf("day"))).isEmpty();
    assertThat(cells.get(header.indexOf("date_value"))).isEqualTo("2022-03");
    assertThat(cells.get(header.indexOf("date_precision"))).isEqualTo("month");
    assertThat(cells.get(header.indexOf("time_precision"))).isEqualTo("3");
    Path csv = dir.resolve("events.csv");
    Files.writeString(csv, out);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT day, date_value, typeof(day) FROM read_csv_auto('" + csv
            + "') WHERE event_id IN ('V-bucha', 'V-kharkiv') ORDER BY event_id")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getObject(1)).isNull();
      assertThat(rs.getString(2)).isEqualTo("2022-03");
      assertThat(rs.getString(3)).isEqualTo("DATE");
      assertThat(rs.next()).isTrue();
      assertThat(rs.getObject(1).toString()).isEqualTo("2022-04-04");
    }
  }

  @OnEachBackend
  void eventsAsParquetHaveADateColumnNullWhereOnlyAMonthOrYearIsKnown(Backend backend) throws Exception {
    fill(backend);
    Path p = dir.resolve("dated.parquet");
    try (AnnalsStore store = AnnalsStore.openReadOnly(db)) {
      store.export().withStatuses(EventStatuses.ALL).write(ExportSubject.EVENTS, ExportFormat.PARQUET, p);
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT event_id, day, typeof(day), date_value, date_precision, time_precision, "
            + "date_source, status FROM read_parquet('" + p + "') WHERE event_id IN ('V-kharkiv', 'V-bucha', "
            + "'V-pact', 'V-crimea', 'V-lviv') ORDER BY event_id")) {
      List<List<Object>> rows = new ArrayList<>();
      while (rs.next()) {
        rows.add(java.util.Arrays.asList(rs.getString(1), rs.getObject(2) == null ? null : rs.getObject(2).toString(),
            rs.getString(3), rs.getString(4), rs.getString(5), rs.getObject(6), rs.getString(7), rs.getString(8)));
      }
      assertThat(rows).containsExactly(
          java.util.Arrays.asList("V-bucha", null, "DATE", "2022-03", "month", 3L, "text", "asserted"),
          java.util.Arrays.asList("V-crimea", null, "DATE", null, null, null, null, "asserted"),
          java.util.Arrays.asList("V-kharkiv", "2022-04-04", "DATE", "2022-04-04", "day", 1L, "text", "asserted"),
          java.util.Arrays.asList("V-lviv", null, "DATE", null, null, null, null, "future"),
          java.util.Arrays.asList("V-pact", null, "DATE", "2021", "year", 3L, "text", "asserted"));
    }
  }

  @OnEachBackend
  void mentionsAreOneRowPerSentenceInIngestThenTextOrderEveryStatusByDefault(Backend backend) throws Exception {
    fill(backend);
    List<JsonNode> rows = export(ExportSubject.MENTIONS, ExportFormat.JSONL).lines().map(this::json).toList();
    // 2 strike reports, the call, the numbered report's 2 events, and 10 sentences of the dated article
    assertThat(rows).hasSize(15);
    List<JsonNode> dated = rows.stream().filter(n -> n.get("input_id").asText().equals("guardian-dates")).toList();
    assertThat(dated).extracting(n -> n.get("local_event").asText() + "/" + n.get("mention_idx").asInt() + " "
        + n.get("status").asText() + " " + n.get("kind").asText()).containsExactly(
            "ev1/0 asserted report", "ev2/0 asserted report", "ev3/0 asserted report", "ev4/0 asserted report",
            "ev5/0 claimed report", "ev6/0 asserted report", "ev7/0 asserted reference", "ev8/0 future report",
            "ev1/1 denied reference", "ev9/0 negated report");
    String text = TestArticles.datesAndStatuses().extraction().article().text();
    JsonNode denial = dated.get(8);
    assertThat(values(denial, "event_id", "trigger", "sentence", "date_value", "date_precision", "event_day", "day",
        "extractor")).containsExactly("V-kharkiv", "denied the shelling", "8", null, null, "2022-04-04", "2022-04-04",
            "EventExtractor");
    assertThat(text.substring(denial.get("start").asInt(), denial.get("end").asInt())).isEqualTo("denied the shelling");
    assertThat(text.substring(denial.get("evidence_start").asInt(), denial.get("evidence_end").asInt()))
        .isEqualTo("Moscow denied the shelling.");
    assertThat(values(dated.get(3), "event_id", "date_value", "date_precision", "event_day", "day"))
        .containsExactly("V-sumy", "2022-W13", "week", "2022-W13", "2022-W13");
    assertThat(values(dated.get(7), "event_id", "type", "mode", "event_day", "day"))
        .containsExactly("V-lviv", "ASSAULT", "aerial", null, null);
    assertThat(dated.get(0).get("article_id").asText()).isEqualTo(TestArticles.datesAndStatuses().links().articleId());
    // the articles in ingest order
    assertThat(rows.stream().map(n -> n.get("input_id").asText()).distinct())
        .containsExactly("reuters-1", "ap-1", "reuters-0", "n1", "guardian-dates");

    assertThat(export(ExportSubject.MENTIONS, ExportFormat.JSONL, EventStatuses.parse("denied,negated")).lines()
        .map(l -> json(l).get("local_event").asText() + " " + json(l).get("status").asText()))
        .containsExactly("ev1 denied", "ev9 negated");
  }

  @OnEachBackend
  void mentionsAsCsvAndParquetReadBackInDuckDb(Backend backend) throws Exception {
    fill(backend);
    Path csv = dir.resolve("mentions.csv");
    Files.writeString(csv, export(ExportSubject.MENTIONS, ExportFormat.CSV));
    Path parquet = dir.resolve("mentions.parquet");
    try (AnnalsStore store = AnnalsStore.openReadOnly(db)) {
      store.export().write(ExportSubject.MENTIONS, ExportFormat.PARQUET, parquet);
    }
    for (String from : List.of("read_csv_auto('" + csv + "')", "read_parquet('" + parquet + "')")) {
      try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
          Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT count(*), count(DISTINCT event_id), "
              + "max(CASE WHEN local_event = 'ev4' AND input_id = 'guardian-dates' THEN day END), "
              + "sum(CASE WHEN status = 'denied' THEN 1 ELSE 0 END) FROM " + from)) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getLong(1)).as(from).isEqualTo(15);
        assertThat(rs.getLong(2)).as(from).isEqualTo(13);
        assertThat(rs.getString(3)).as(from).isEqualTo("2022-W13");
        assertThat(rs.getLong(4)).as(from).isEqualTo(1);
      }
    }
  }

  @OnEachBackend
  void statusesAreForEventsAndMentionsOnly(Backend backend) throws Exception {
    fill(backend);
    try (AnnalsStore store = AnnalsStore.openReadOnly(db)) {
      Path out = dir.resolve("entities.jsonl");
      assertThatThrownBy(() -> store.export().withStatuses(EventStatuses.ALL).write(ExportSubject.ENTITIES,
          ExportFormat.JSONL, out)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("entities");
      assertThat(out).doesNotExist();
    }
  }

  private static List<String> values(JsonNode row, String... columns) {
    List<String> out = new ArrayList<>();
    for (String c : columns) {
      out.add(row.get(c) == null ? "(missing)" : row.get(c).isNull() ? null : row.get(c).asText());
    }
    return out;
  }

  private String export(ExportSubject what, ExportFormat format) throws Exception {
    return export(what, format, null);
  }

  private String export(ExportSubject what, ExportFormat format, EventStatuses statuses) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (AnnalsStore store = AnnalsStore.openReadOnly(db)) {
      (statuses == null ? store.export() : store.export().withStatuses(statuses)).write(what, format, out);
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

  @OnEachBackend
  void acledRowsAreTypedEventsInAcledsColumnsWithTheLowestFatalityReport(Backend backend) throws Exception {
    fill(backend);
    String out = export(ExportSubject.ACLED, ExportFormat.JSONL);
    List<JsonNode> rows = out.lines().map(this::json).toList();
    assertThat(rows).extracting(r -> r.get("event_id_cnty").asText()).contains("UKR-V-strike")
        .noneMatch(id -> id.endsWith("V-call"));
    JsonNode strike = rows.stream().filter(r -> r.get("event_id_cnty").asText().equals("UKR-V-strike"))
        .findFirst().orElseThrow();
    assertThat(strike.get("event_date").asText()).isEqualTo("2025-06-01");
    assertThat(strike.get("year").asInt()).isEqualTo(2025);
    assertThat(strike.get("time_precision").asInt()).isEqualTo(1);
    assertThat(strike.get("disorder_type").asText()).isEqualTo("Political violence");
    assertThat(strike.get("event_type").asText()).isEqualTo("Explosions/Remote violence");
    assertThat(strike.get("sub_event_type").asText()).isEqualTo("Air/drone strike");
    assertThat(strike.get("inter1").asInt()).as("Russia acting: state forces").isEqualTo(1);
    assertThat(strike.get("interaction").asInt()).isEqualTo(10);
    assertThat(strike.get("iso").asText()).isEqualTo("UKR");
    assertThat(strike.get("country").asText()).isEqualTo("Ukraine");
    assertThat(strike.get("location").asText()).isEqualTo("Kyiv");
    assertThat(strike.get("latitude").asDouble()).isEqualTo(50.45);
    assertThat(strike.get("geo_precision").asInt()).isEqualTo(1);
    assertThat(strike.get("source").asText()).isEqualTo("Reuters; AP");
    assertThat(strike.get("notes").asText()).startsWith("Russian drones struck Kyiv on Sunday");
    assertThat(strike.get("fatalities").asInt()).as("7, then 9 killed: ACLED codes the lowest").isEqualTo(7);
    assertThat(strike.get("figure_conflict").asBoolean()).isTrue();

    Path csv = dir.resolve("acled.csv");
    Files.writeString(csv, export(ExportSubject.ACLED, ExportFormat.CSV));
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT sub_event_type, fatalities, latitude, event_date, typeof(fatalities), "
            + "typeof(latitude), typeof(event_date) FROM read_csv_auto('" + csv + "') WHERE event_id_cnty = 'UKR-V-strike'")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("Air/drone strike");
      assertThat(rs.getLong(2)).isEqualTo(7);
      assertThat(rs.getDouble(3)).isEqualTo(50.45);
      assertThat(rs.getString(4)).isEqualTo("2025-06-01");
      assertThat(List.of(rs.getString(5), rs.getString(6), rs.getString(7))).containsExactly("BIGINT", "DOUBLE", "DATE");
    }
  }
}
