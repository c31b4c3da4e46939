package org.annals.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What only a PostgreSQL store does: its URL, the catalogue checks, writers taking turns. */
class PostgresStoreTest {

  @Test
  void urlsAreReadInOnePlaceAndNeverShowThePassword() {
    var pg = (StoreLocation.Postgres) StoreLocation.parse(
        "postgresql://db.example:6543/annals?user=ann&password=s3cret");
    assertThat(pg.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:6543/annals");
    assertThat(pg.properties()).containsEntry("user", "ann").containsEntry("password", "s3cret");
    assertThat(pg.toString()).isEqualTo("postgresql://db.example:6543/annals?user=ann").doesNotContain("s3cret");
    var jdbc = (StoreLocation.Postgres) StoreLocation.parse("jdbc:postgresql://localhost/annals?user=a");
    assertThat(jdbc.port()).isEqualTo(5432);
    assertThat(jdbc.database()).isEqualTo("annals");
    var userInfo = (StoreLocation.Postgres) StoreLocation.parse("postgres://ann:p%40ss@h/d");
    assertThat(userInfo.properties()).containsEntry("user", "ann").containsEntry("password", "p@ss");
    assertThat(StoreLocation.parse("out/annals.db")).isInstanceOf(StoreLocation.SqliteFile.class);
    assertThat(StoreLocation.parse("postgresql.db")).isInstanceOf(StoreLocation.SqliteFile.class);
    assertThatThrownBy(() -> StoreLocation.parse("postgresql://host/?password=s3cret"))
        .hasMessageContaining("no database name").hasMessageNotContaining("s3cret");
    assertThatThrownBy(() -> StoreLocation.parse("postgresql:///annals")).hasMessageContaining("no host");
    assertThatThrownBy(() -> AnnalsStore.openReadOnly(StoreLocation.parse("postgresql://127.0.0.1:1/a?bogus=1")))
        .isInstanceOf(StoreException.class).hasMessageContaining("not one PostgreSQL's driver knows")
        .hasMessageContaining("bogus");
  }

  @Test
  void anUnreachableServerIsNamedWithWhatFailed() throws Exception {
    int closed;
    try (ServerSocket s = new ServerSocket(0)) {
      closed = s.getLocalPort();
    }
    StoreLocation nowhere = StoreLocation.parse("postgresql://127.0.0.1:" + closed + "/annals?user=u&password=secret");
    assertThatThrownBy(() -> AnnalsStore.openReadOnly(nowhere)).isInstanceOf(StoreException.class)
        .hasMessageStartingWith("postgresql://127.0.0.1:" + closed + "/annals?user=u: cannot connect to PostgreSQL")
        .hasMessageContaining("refused").hasMessageNotContaining("secret");
    assertThatThrownBy(() -> AnnalsStore.open(nowhere)).hasMessageContaining("cannot connect to PostgreSQL");
  }

  @Test
  void aMissingDatabaseSaysHowToCreateIt() {
    int port = PostgresServer.get().port();
    StoreLocation missing = StoreLocation.parse("postgresql://127.0.0.1:" + port + "/no_such_db?user=postgres");
    assertThatThrownBy(() -> AnnalsStore.open(missing)).isInstanceOf(StoreException.class)
        .hasMessageContaining("no_such_db").hasMessageContaining("does not exist")
        .hasMessageContaining("createdb -h 127.0.0.1 -p " + port + " no_such_db");
  }

  @Test
  void anotherApplicationsDatabaseIsRefusedAndLeftAsItIs() throws Exception {
    StoreLocation db = PostgresServer.get().newDatabase();
    try (Connection c = db.dialect().connect(false); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)");
    }
    assertThatThrownBy(() -> AnnalsStore.open(db)).isInstanceOf(StoreException.class)
        .hasMessageContaining(db.toString()).hasMessageContaining("without Annals' schema");
    assertThat(tables(db)).containsExactly("customers");
  }

  @Test
  void aStoreFromANewerSchemaIsRefusedAndLeftAsItIs() throws Exception {
    StoreLocation db = PostgresServer.get().newDatabase();
    try (AnnalsStore store = AnnalsStore.open(db)) {
      store.put(Fixtures.phoneCall(), null);
    }
    try (Connection c = db.dialect().connect(false); Statement s = c.createStatement()) {
      s.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum, "
          + "installed_by, execution_time, success) VALUES (99, '" + (AnnalsStore.SCHEMA_VERSION + 1)
          + "', 'future', 'SQL', 'V8__future.sql', 0, 'test', 0, true)");
    }
    List<String> before = tables(db);
    assertThatThrownBy(() -> AnnalsStore.open(db)).isInstanceOf(StoreException.class)
        .hasMessageContaining("newer Annals")
        .hasMessageContaining("schema version " + (AnnalsStore.SCHEMA_VERSION + 1));
    assertThatThrownBy(() -> AnnalsStore.openReadOnly(db)).hasMessageContaining("newer Annals");
    assertThat(tables(db)).isEqualTo(before);
  }

  @Test
  void anEmptyDatabaseIsNoStoreForAReader() {
    StoreLocation db = PostgresServer.get().newDatabase();
    assertThatThrownBy(() -> AnnalsStore.openReadOnly(db)).hasMessageContaining("empty database");
  }

  @Test
  void aSecondWriterWaitsForTheFirstWhileReadersRead() throws Exception {
    StoreLocation db = PostgresServer.get().newDatabase();
    List<String> said = new CopyOnWriteArrayList<>();
    CompletableFuture<Long> second;
    try (AnnalsStore first = AnnalsStore.open(db)) {
      first.put(Fixtures.phoneCall(), null);
      second = CompletableFuture.supplyAsync(() -> {
        try (AnnalsStore next = AnnalsStore.open(db, said::add)) {
          next.put(Fixtures.strikeFirstReport(), null);
          return next.articleCount();
        }
      });
      Thread.sleep(500);
      assertThat(second).isNotDone();
      assertThat(said).singleElement().asString().startsWith("waiting for another writer of " + db);
      try (AnnalsStore reader = AnnalsStore.openReadOnly(db)) {
        assertThat(reader.articleCount()).isEqualTo(1);
        assertThatThrownBy(() -> reader.put(Fixtures.strikeRevised(), null)).hasMessageContaining("read-only");
      }
      first.put(Fixtures.strikeRevised(), null);
    }
    assertThat(second.get(30, TimeUnit.SECONDS)).isEqualTo(3);
  }

  @Test
  void aWriterThatMayWaitOnlySoLongIsToldTheStoreIsBusyAndTheFirstWriterGoesOn() {
    StoreLocation db = PostgresServer.get().newDatabase();
    try (AnnalsStore first = AnnalsStore.open(db)) {
      first.put(Fixtures.phoneCall(), null);
      long start = System.nanoTime();
      assertThatThrownBy(() -> AnnalsStore.open(db, m -> { }, java.time.Duration.ofMillis(300)))
          .isInstanceOf(StoreBusyException.class)
          .hasMessageContaining("is being written by another writer").hasMessageContaining("waited 0.3 s");
      assertThat(System.nanoTime() - start).isLessThan(TimeUnit.SECONDS.toNanos(10));
      first.put(Fixtures.strikeFirstReport(), null);
      assertThat(first.articleCount()).isEqualTo(2);
    }
    // the lock went with the first writer: the next one gets it at once, and keeps no wait bound
    try (AnnalsStore next = AnnalsStore.open(db, m -> { }, java.time.Duration.ofMillis(300))) {
      next.put(Fixtures.strikeRevised(), null);
      assertThat(next.articleCount()).isEqualTo(3);
    }
  }

  @Test
  void searchFoldsCaseAndDiacriticsAsSqliteDoes() {
    StoreLocation db = PostgresServer.get().newDatabase();
    try (AnnalsStore store = AnnalsStore.open(db)) {
      store.put(new ArticleBuilder("Zelénskyy met the ÉLYSÉE staff in Paris.").date("2025-06-01").build(), null);
      store.put(new ArticleBuilder("Zelenskyy spoke twice: Zelenskyy, Zelenskyy.").date("2025-06-02")
          .title("Zelenskyy speaks").build(), null);
      var hits = store.queries().search("zelenskyy", 10);
      assertThat(hits).hasSize(2);
      assertThat(hits.get(0).title()).isEqualTo("Zelenskyy speaks"); // in the title, and more often
      assertThat(store.queries().search("elysee", 10)).singleElement()
          .satisfies(h -> assertThat(h.snippet()).contains("ÉLYSÉE"));
      assertThat(store.queries().search("a & b | !c <-> d:*", 10)).isEmpty();
    }
  }

  @Test
  void aLongTextOfEverNewWordsIsStoredAndSearchedAsFarAsOneTsvectorHolds() {
    StringBuilder text = new StringBuilder("Orvel shelled. ");
    for (int i = 0; text.length() < 1_000_000; i++) {
      text.append(Integer.toString(i * 7919 + 104_729, 36)).append(' ');
    }
    StoreLocation db = PostgresServer.get().newDatabase();
    try (AnnalsStore store = AnnalsStore.open(db)) {
      assertThat(store.put(new ArticleBuilder(text.toString()).date("2025-06-01").build(), null)).isTrue();
      assertThat(store.queries().search("Orvel", 10)).hasSize(1);
    }
  }

  @Test
  void aNulCharacterIsStoredAsAReplacementCharacterAndOffsetsHold() throws Exception {
    String text = "Alarm\0 sounded. Zelensky spoke.";
    StoreLocation db = PostgresServer.get().newDatabase();
    try (AnnalsStore store = AnnalsStore.open(db)) {
      store.put(new ArticleBuilder(text).date("2025-06-01")
          .entity("e1", org.annals.model.EntityType.PERSON, "Volodymyr Zelensky", "P-zel", List.of("Zelensky"),
              List.of(), "Zelensky")
          .build(), null);
      String stored = AnnalsStoreTest.scalar(store, "SELECT text FROM articles");
      assertThat(stored).isEqualTo(text.replace('\0', '\uFFFD'));
      int start = Integer.parseInt(AnnalsStoreTest.scalar(store, "SELECT start_cp FROM entity_mentions"));
      assertThat(stored.substring(start)).startsWith("Zelensky");
      assertThat(store.queries().search("sounded", 10)).hasSize(1);
    }
  }

  private static List<String> tables(StoreLocation db) throws Exception {
    List<String> out = new ArrayList<>();
    try (Connection c = db.dialect().connect(true); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables "
            + "WHERE table_schema = current_schema() ORDER BY 1")) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }

}
