package org.annals.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;
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

  private static String sha256(Path file) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }
}
