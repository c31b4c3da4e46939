package org.annals.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store with a damaged page is refused for writing, untouched, and named in every error. */
class DamagedStoreTest {

  @TempDir
  Path dir;

  @Test
  void aDamagedStoreIsNeverWrittenAndEveryErrorNamesTheFile() throws Exception {
    Path db = dir.resolve("annals.db");
    TestArticles.store(db, TestArticles.all());
    int page;
    int root;
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("PRAGMA page_size")) {
        page = rs.getInt(1);
      }
      try (ResultSet rs = s.executeQuery("SELECT rootpage FROM sqlite_master WHERE name = 'articles'")) {
        root = rs.getInt(1);
      }
    }
    byte[] garbage = new byte[page];
    new Random(7).nextBytes(garbage);
    try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
      f.seek((long) (root - 1) * page);
      f.write(garbage);
    }
    String before = sha256(db);

    // the check runs beside the caller's start-up (models, linkers): the first write waits for it
    try (AnnalsStore store = AnnalsStore.open(db)) {
      assertThatThrownBy(() -> store.put(Fixtures.phoneCall(), null)).isInstanceOf(StoreException.class)
          .hasMessageStartingWith(db + " is damaged").hasMessageContaining("nothing was written")
          .hasMessageContaining(".recover");
      assertThatThrownBy(() -> store.saveLinkerSnapshot(new AnnalsStore.LinkerState(1, new byte[] {1})))
          .isInstanceOf(StoreException.class).hasMessageStartingWith(db + " is damaged");
    }
    assertThat(sha256(db)).isEqualTo(before);
    Path wal = dir.resolve("annals.db-wal");
    assertThat(!Files.exists(wal) || Files.size(wal) == 0).as("nothing in the write-ahead log").isTrue();

    try (AnnalsStore store = AnnalsStore.openReadOnly(db)) {
      assertThatThrownBy(() -> store.queries().articles(10, 0)).isInstanceOf(StoreException.class)
          .hasMessageStartingWith(db + " is damaged");
    }
    assertThat(sha256(db)).isEqualTo(before);
  }

  @Test
  void aStoreIsCheckedAgainOnlyWhereItsLastWriterDidNotCloseItCleanlyOrItChangedSince() throws Exception {
    Path db = TestArticles.store(dir.resolve("clean.db"), TestArticles.all());
    assertThat(checksOnOpening(db)).as("closed cleanly by its last writer").isFalse();
    assertThat(checksOnOpening(db)).as("and again").isFalse();

    // a writer that crashed leaves the lock file saying the store is open
    Files.writeString(dir.resolve("clean.db.lock"), "open\n");
    assertThat(checksOnOpening(db)).as("after a crash").isTrue();
    assertThat(checksOnOpening(db)).as("checked, then closed cleanly").isFalse();

    // changed since its last writer closed it: another program, a copy put in its place
    Files.setLastModifiedTime(db, FileTime.fromMillis(Files.getLastModifiedTime(db).toMillis() + 60_000));
    assertThat(checksOnOpening(db)).as("changed since").isTrue();
    Files.delete(dir.resolve("clean.db.lock"));
    assertThat(checksOnOpening(db)).as("no lock file: a copy").isTrue();
  }

  /** Opens the store for writing, puts an article, and tells whether opening announced a check. */
  private static boolean checksOnOpening(Path db) {
    List<String> said = new ArrayList<>();
    try (AnnalsStore store = AnnalsStore.open(db, said::add)) {
      store.put(Fixtures.phoneCall(), null);
    }
    return said.stream().anyMatch(m -> m.startsWith("checking " + db));
  }

  private static String sha256(Path file) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }
}
