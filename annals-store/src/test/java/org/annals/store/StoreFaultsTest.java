package org.annals.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.annals.link.LinkedArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreFaultsTest {

  @TempDir
  Path dir;

  /** The file's bytes and modification time, to show it was not touched. */
  private record Snapshot(byte[] bytes, FileTime mtime) {
    static Snapshot of(Path p) throws Exception {
      return new Snapshot(Files.readAllBytes(p), Files.getLastModifiedTime(p));
    }

    void assertSameAs(Path p) throws Exception {
      assertThat(Files.readAllBytes(p)).isEqualTo(bytes);
      assertThat(Files.getLastModifiedTime(p)).isEqualTo(mtime);
    }
  }

  @Test
  void randomBytesAreRefusedAndLeftAsTheyAre() throws Exception {
    Path f = dir.resolve("random.db");
    byte[] junk = new byte[8192];
    new Random(7).nextBytes(junk);
    Files.write(f, junk);
    Files.setLastModifiedTime(f, FileTime.fromMillis(1_000_000_000_000L));
    Snapshot before = Snapshot.of(f);
    assertThatThrownBy(() -> AnnalsStore.open(f)).isInstanceOf(StoreException.class)
        .hasMessageContaining(f.toString()).hasMessageContaining("not an Annals store");
    assertThatThrownBy(() -> AnnalsStore.openReadOnly(f)).isInstanceOf(StoreException.class)
        .hasMessageContaining(f.toString());
    before.assertSameAs(f);
  }

  @Test
  void anotherApplicationsSqliteDatabaseIsRefusedAndLeftAsItIs() throws Exception {
    Path f = dir.resolve("other.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f);
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)");
      s.execute("INSERT INTO customers (name) VALUES ('Ada')");
    }
    Files.setLastModifiedTime(f, FileTime.fromMillis(1_000_000_000_000L));
    Snapshot before = Snapshot.of(f);
    assertThatThrownBy(() -> AnnalsStore.open(f)).isInstanceOf(StoreException.class)
        .hasMessageContaining(f.toString()).hasMessageContaining("without Annals' schema");
    before.assertSameAs(f);
    assertThat(Files.exists(dir.resolve("other.db-wal"))).isFalse();
  }

  @Test
  void aStoreFromANewerSchemaIsRefusedAndLeftAsItIs() throws Exception {
    Path f = dir.resolve("newer.db");
    try (AnnalsStore store = AnnalsStore.open(f)) {
      store.put(Fixtures.phoneCall(), null);
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f);
        Statement s = c.createStatement()) {
      s.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum, "
          + "installed_by, execution_time, success) VALUES (99, '" + (AnnalsStore.SCHEMA_VERSION + 1)
          + "', 'future', 'SQL', 'V3__future.sql', 0, 'test', 0, 1)");
      s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    Files.setLastModifiedTime(f, FileTime.fromMillis(1_000_000_000_000L));
    Snapshot before = Snapshot.of(f);
    assertThatThrownBy(() -> AnnalsStore.open(f)).isInstanceOf(StoreException.class)
        .hasMessageContaining(f.toString()).hasMessageContaining("newer Annals")
        .hasMessageContaining("schema version " + (AnnalsStore.SCHEMA_VERSION + 1));
    assertThatThrownBy(() -> AnnalsStore.openReadOnly(f)).isInstanceOf(StoreException.class)
        .hasMessageContaining("newer Annals");
    before.assertSameAs(f);
  }

  @Test
  void aMissingStoreIsNotCreatedByAReader() {
    Path f = dir.resolve("absent.db");
    assertThatThrownBy(() -> AnnalsStore.openReadOnly(f)).isInstanceOf(StoreException.class)
        .hasMessageContaining(f.toString()).hasMessageContaining("no such store");
    assertThat(Files.exists(f)).isFalse();
  }

  @Test
  void aSecondWriterRefusesClearlyWhileAReaderMayRead() {
    Path f = dir.resolve("two.db");
    try (AnnalsStore first = AnnalsStore.open(f)) {
      first.put(Fixtures.phoneCall(), null);
      assertThatThrownBy(() -> AnnalsStore.open(f)).isInstanceOf(StoreException.class)
          .hasMessageContaining("open for writing by another process");
      try (AnnalsStore reader = AnnalsStore.openReadOnly(f)) {
        assertThat(reader.articleCount()).isEqualTo(1);
        assertThatThrownBy(() -> reader.put(Fixtures.strikeRevised(), null)).hasMessageContaining("read-only");
      }
      first.put(Fixtures.strikeRevised(), null);
    }
    try (AnnalsStore again = AnnalsStore.open(f)) { // the lock went with the first writer
      assertThat(again.articleCount()).isEqualTo(2);
    }
  }

  @OnEachBackend
  void aWriterKilledMidWriteLeavesEveryArticleWholeOrAbsent(Backend backend) throws Exception {
    StoreLocation f = backend.newStore(dir, "killed.db");
    int total = 400;
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        CrashWriter.class.getName(), f.toString(), String.valueOf(total))
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    AtomicInteger stored = new AtomicInteger();
    Thread reader = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          if (line.startsWith("stored")) {
            stored.incrementAndGet();
          }
        }
      } catch (java.io.IOException ignored) {
        // the child was killed
      }
    });
    reader.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (stored.get() < 30 && child.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertThat(stored.get()).as("the child wrote articles").isGreaterThanOrEqualTo(30);
    if (backend == Backend.SQLITE) { // another process holds the write lock: a second writer refuses
      assertThatThrownBy(() -> AnnalsStore.open(f)).hasMessageContaining("open for writing by another process");
    }
    Thread.sleep(new Random().nextInt(40));
    child.destroyForcibly();
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    reader.join(10_000);
    int acknowledged = stored.get();
    assertThat(acknowledged).as("killed before it finished").isLessThan(total);

    try (AnnalsStore store = AnnalsStore.open(f)) {
      assertThat(store.integrityCheck()).isEqualTo("ok");
      long present = store.articleCount();
      // every acknowledged article committed; at most the one in flight beyond
      assertThat(present).isBetween((long) acknowledged, (long) acknowledged + 1);
      assertConsistent(store, backend);
      for (int i = 0; i < total; i++) {
        store.put(Fixtures.numbered(i), ArticleOrigin.of("n" + i));
      }
      assertThat(store.articleCount()).isEqualTo(total);
      assertThat(AnnalsStoreTest.count(store, "(SELECT id FROM articles GROUP BY id HAVING count(*) > 1) d"))
          .isZero();
      assertConsistent(store, backend);
      assertThat(store.integrityCheck()).isEqualTo("ok");
    }
  }

  /** Each stored article's rows match what its stored JSON holds: nothing half-written. */
  private static void assertConsistent(AnnalsStore store, Backend backend) throws Exception {
    List<LinkedArticle> all = new ArrayList<>();
    store.replay(all::add);
    Map<String, Long> mentions = counts(store, "SELECT article_id, count(*) FROM entity_mentions GROUP BY article_id");
    Map<String, Long> quotes = counts(store, "SELECT article_id, count(*) FROM quotes GROUP BY article_id");
    Map<String, Long> events = counts(store, "SELECT article_id, count(*) FROM event_mentions GROUP BY article_id");
    Map<String, Long> search = counts(store,
        "SELECT a.id, count(*) FROM search_index s JOIN articles a ON a.seq = s." + (backend == Backend.SQLITE
            ? "rowid" : "doc") + " / 65536 GROUP BY a.id");
    for (LinkedArticle a : all) {
      String id = a.links().articleId();
      long m = a.extraction().entities().stream().mapToLong(e -> e.mentions().size()).sum();
      assertThat(mentions.getOrDefault(id, 0L)).as(id).isEqualTo(m);
      assertThat(quotes.getOrDefault(id, 0L)).isEqualTo(a.extraction().quotes().size());
      assertThat(events.getOrDefault(id, 0L)).isEqualTo(a.extraction().events().size());
      assertThat(search.getOrDefault(id, 0L)).isEqualTo(1 + a.extraction().quotes().size());
    }
    assertThat(mentions.keySet()).allMatch(store::contains);
    assertThat(AnnalsStoreTest.count(store, "events")).isEqualTo(
        AnnalsStoreTest.count(store, "(SELECT DISTINCT event_id FROM event_mentions) d"));
    assertThat(AnnalsStoreTest.scalar(store, "SELECT sum(mention_count) FROM events"))
        .isEqualTo(AnnalsStoreTest.scalar(store, "SELECT count(*) FROM event_mentions"));
  }

  private static Map<String, Long> counts(AnnalsStore store, String sql) throws Exception {
    Map<String, Long> out = new HashMap<>();
    try (Connection c = store.location().dialect().connect(true);
        Statement s = c.createStatement();
        var rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.put(rs.getString(1), rs.getLong(2));
      }
    }
    return out;
  }
}
