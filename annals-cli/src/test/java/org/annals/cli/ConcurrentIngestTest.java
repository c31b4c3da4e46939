package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.annals.store.AnnalsStore;
import org.annals.store.PostgresServer;
import org.annals.store.StoreLocation;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two 'annals ingest' processes writing overlapping article sets into one PostgreSQL store at once
 * end with every article once and the record of one ingest of the first writer's articles then the
 * second's: ids included, and equal to the same ingests into a SQLite file.
 */
@Tag("slow")
class ConcurrentIngestTest {

  @TempDir
  Path dir;

  @Test
  void twoIngestsAtOnceGiveEveryArticleOnceAndTheRecordOfOneIngestAfterTheOther() throws Exception {
    Path a = Files.createDirectories(dir.resolve("a"));
    Path b = Files.createDirectories(dir.resolve("b"));
    inputs(a, b);
    StoreLocation shared = PostgresServer.get().newDatabase();
    List<Process> writers = new ArrayList<>();
    List<ByteArrayOutputStream> errs = new ArrayList<>();
    // the test holds the write lock until both writers wait for it, so that they truly contend
    try (AnnalsStore holder = AnnalsStore.open(shared)) {
      for (Path input : List.of(a, b)) {
        Process p = ingest(input, shared);
        writers.add(p);
        errs.add(drain(p.getErrorStream()));
      }
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
      while (!errs.stream().allMatch(e -> text(e).contains("waiting for another writer"))
          && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      assertThat(errs).as("both writers wait for the lock")
          .allMatch(e -> text(e).contains("waiting for another writer"));
      assertThat(errs).as("and extract while they wait")
          .allMatch(e -> text(e).contains("extracting while waiting"));
    }
    for (int i = 0; i < writers.size(); i++) {
      assertThat(writers.get(i).waitFor(5, TimeUnit.MINUTES)).isTrue();
      assertThat(writers.get(i).exitValue()).as(text(errs.get(i))).isZero();
    }
    // whichever got the lock first stored all its 8; the other found 4 of its 8 stored
    boolean aFirst = text(errs.get(0)).contains("8 added, 0 already stored");
    assertThat(text(errs.get(aFirst ? 1 : 0))).contains("4 added, 4 already stored");
    try (AnnalsStore store = AnnalsStore.openReadOnly(shared)) {
      assertThat(store.articleCount()).isEqualTo(12);
    }
    String oneAfterTheOther = aFirst ? sequential(a, b, "ab.db") : sequential(b, a, "ba.db");
    assertThat(record(shared.toString(), "pg")).isEqualTo(oneAfterTheOther);
  }

  @Test
  void aWriterKilledMidRunAndRestartedLeavesEveryArticleOnceAndNoOrphanRows() throws Exception {
    Path a = Files.createDirectories(dir.resolve("a"));
    Path b = Files.createDirectories(dir.resolve("b"));
    Map<String, String> texts = inputs(a, b);
    StoreLocation.Postgres shared = PostgresServer.get().newDatabase();
    // both writers wait for the test's lock, then one writes while the other waits: no race between
    // the second writer's start-up and the first one's last article
    List<Process> writers = new ArrayList<>();
    List<ByteArrayOutputStream> errs = new ArrayList<>();
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    try (AnnalsStore holder = AnnalsStore.open(shared)) {
      for (Path input : List.of(a, b)) {
        Process p = ingest(input, shared);
        writers.add(p);
        errs.add(drain(p.getErrorStream()));
      }
      while (!errs.stream().allMatch(e -> text(e).contains("waiting for another writer"))
          && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      assertThat(errs).as("both writers wait for the lock")
          .allMatch(e -> text(e).contains("waiting for another writer"));
    }
    while ((stored(shared) < 2 || storedOnlyFrom(shared, a, b) + storedOnlyFrom(shared, b, a) == 0)
        && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    int killed = storedOnlyFrom(shared, a, b) > 0 ? 0 : 1;
    Process first = writers.get(killed);
    Process second = writers.get(1 - killed);
    Path killedInput = killed == 0 ? a : b;
    assertThat(first.isAlive()).as("the writer is still at work: " + text(errs.get(killed))).isTrue();
    first.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback but the server's
    first.waitFor();
    int killedAt = stored(shared);
    assertThat(killedAt).isBetween(2, 7);
    assertThat(second.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(second.exitValue()).as(text(errs.get(1 - killed))).isZero();
    CliRun again = CliRun.of("ingest", killedInput.toString(), "--db", shared.toString(), "--threads", "1");
    assertThat(again.exit()).as(again.err()).isZero();

    try (AnnalsStore store = AnnalsStore.openReadOnly(shared)) {
      assertThat(store.articleCount()).isEqualTo(12);
    }
    List<String> order = new ArrayList<>();
    try (Connection c = shared.dialect().connect(true); Statement st = c.createStatement()) {
      try (ResultSet rs = st.executeQuery("SELECT input_id FROM articles ORDER BY seq")) {
        while (rs.next()) {
          order.add(rs.getString(1));
        }
      }
      for (String table : List.of("article_entities", "entity_mentions", "places", "event_mentions", "event_roles",
          "figures", "event_figures", "quotes", "times")) {
        try (ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table
            + " t WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = t.article_id)")) {
          rs.next();
          assertThat(rs.getInt(1)).as("rows of " + table + " whose article is not stored").isZero();
        }
      }
      try (ResultSet rs = st.executeQuery("SELECT count(*) FROM events e "
          + "WHERE NOT EXISTS (SELECT 1 FROM event_mentions m WHERE m.event_id = e.id)")) {
        rs.next();
        assertThat(rs.getInt(1)).as("events no stored mention holds").isZero();
      }
    }
    // the record is the one a single ingest of the articles, in the order they were stored, leaves
    assertThat(order).hasSize(12).doesNotHaveDuplicates();
    Path ordered = Files.createDirectories(dir.resolve("ordered"));
    for (int i = 0; i < order.size(); i++) {
      String input = Path.of(order.get(i)).getFileName().toString().replaceFirst("\\.txt$", "");
      assertThat(texts).containsKey(input);
      Files.writeString(ordered.resolve(String.format("%02d-%s.txt", i, input)), texts.get(input));
    }
    String db = dir.resolve("ordered.db").toString();
    CliRun reference = CliRun.of("ingest", ordered.toString(), "--db", db, "--threads", "1", "-q");
    assertThat(reference.exit()).as(reference.err()).isZero();
    assertThat(record(shared.toString(), "pg", false)).isEqualTo(record(db, "ordered", false));
  }

  /** Writes 12 distinct texts (the five examples, then again with a line of their own): A 0-7, B 4-11; input id to text. */
  private static Map<String, String> inputs(Path a, Path b) throws java.io.IOException {
    List<Path> examples;
    try (var files = Files.list(Path.of("..", "examples", "articles"))) {
      examples = files.sorted().toList();
    }
    Map<String, String> texts = new java.util.HashMap<>();
    for (int i = 0; i < 12; i++) {
      String text = Files.readString(examples.get(i % examples.size()));
      if (i >= examples.size()) {
        text += "\n\nThis report was updated with agency copy, version " + i + ".";
      }
      String name = String.format("%02d", i);
      texts.put(name, text);
      if (i < 8) {
        Files.writeString(a.resolve(name + ".txt"), text);
      }
      if (i >= 4) {
        Files.writeString(b.resolve(name + ".txt"), text);
      }
    }
    return texts;
  }

  private static Process ingest(Path input, StoreLocation store) throws java.io.IOException {
    return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
        "-cp", System.getProperty("java.class.path"), "org.annals.cli.AnnalsCommand", "ingest", input.toString(),
        "--db", store.toString(), "--threads", "1")
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  private static int stored(StoreLocation.Postgres store) throws SQLException {
    try (Connection c = store.dialect().connect(true); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FROM articles")) {
      rs.next();
      return rs.getInt(1);
    } catch (SQLException e) {
      return 0; // not created yet
    }
  }

  /** How many stored articles are of inputs that only {@code folder} holds (input ids are file names). */
  private static int storedOnlyFrom(StoreLocation.Postgres store, Path folder, Path other) throws SQLException {
    int n = 0;
    try (Connection c = store.dialect().connect(true); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT input_id FROM articles")) {
      while (rs.next()) {
        String name = Path.of(rs.getString(1)).getFileName().toString();
        n += Files.exists(folder.resolve(name)) && !Files.exists(other.resolve(name)) ? 1 : 0;
      }
    }
    return n;
  }

  /** The record of ingesting {@code first}, then {@code second}, into a new SQLite file. */
  private String sequential(Path first, Path second, String name) throws Exception {
    String db = dir.resolve(name).toString();
    for (Path input : List.of(first, second)) {
      CliRun r = CliRun.of("ingest", input.toString(), "--db", db, "--threads", "1", "-q");
      assertThat(r.exit()).as(r.err()).isZero();
    }
    return record(db, name);
  }

  /** Events, entities and quotes as exported: the record a user sees, ids included. */
  private String record(String db, String name) throws Exception {
    return record(db, name, true);
  }

  /** The same, with event mentions (whose rows name the input) where {@code mentions}. */
  private String record(String db, String name, boolean mentions) throws Exception {
    StringBuilder all = new StringBuilder();
    for (String what : mentions ? List.of("events", "entities", "quotes", "mentions")
        : List.of("events", "entities", "quotes")) {
      Path out = dir.resolve(name + "." + what + ".jsonl");
      CliRun r = CliRun.of("export", "--what", what, "--db", db, "--out", out.toString());
      assertThat(r.exit()).as(r.err()).isZero();
      all.append(Files.readString(out));
    }
    return all.toString();
  }

  private static ByteArrayOutputStream drain(InputStream in) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Thread t = new Thread(() -> {
      try (in) {
        byte[] buf = new byte[4096];
        for (int n; (n = in.read(buf)) > 0; ) {
          synchronized (out) {
            out.write(buf, 0, n);
          }
        }
      } catch (java.io.IOException ignored) {
        // the process ended
      }
    });
    t.setDaemon(true);
    t.start();
    return out;
  }

  private static String text(ByteArrayOutputStream out) {
    synchronized (out) {
      return out.toString(StandardCharsets.UTF_8);
    }
  }
}
