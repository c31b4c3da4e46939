package org.annals.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * SQLite: one file, WAL journal (readers never block the writer, and a killed writer leaves the
 * last committed state), a busy timeout so a second writer waits before it gives up, and FTS5.
 */
public final class SqliteDialect implements SqlDialect {

  /** How long a write waits for another connection's write lock before failing. */
  static final int BUSY_TIMEOUT_MS = 10_000;

  static final long READER_MMAP_BYTES = 256L << 20;

  @Override
  public DataSource dataSource(Path file, boolean readOnly) {
    SQLiteConfig config = new SQLiteConfig();
    config.setBusyTimeout(BUSY_TIMEOUT_MS);
    config.enforceForeignKeys(false); // rows are written in one transaction, in dependency order
    if (readOnly) {
      config.setReadOnly(true);
      // readers map the file: index ranges read from the OS page cache without a read call per page
      config.setPragma(SQLiteConfig.Pragma.MMAP_SIZE, String.valueOf(READER_MMAP_BYTES));
    } else {
      config.setJournalMode(SQLiteConfig.JournalMode.WAL);
      // NORMAL in WAL mode: a killed process loses nothing committed; only power loss may drop
      // the last transactions, never corrupt the file.
      config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    }
    SQLiteDataSource ds = new SQLiteDataSource(config);
    ds.setUrl(readOnly && onReadOnlyFolder(file)
        // nothing can change the file, and SQLite could not make its lock files beside it
        ? "jdbc:sqlite:" + file.toAbsolutePath().toUri() + "?immutable=1"
        : "jdbc:sqlite:" + file.toAbsolutePath());
    return ds;
  }

  @Override
  public String migrations() {
    return "classpath:db/migration/sqlite";
  }

  @Override
  public void beginWrite(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("BEGIN IMMEDIATE");
    }
  }

  @Override
  public void commit(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("COMMIT");
    }
  }

  @Override
  public void rollback(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("ROLLBACK");
    }
  }

  /**
   * True where the store's folder cannot be written (a read-only file system, a read-only share):
   * a reader then opens the file as immutable. A write-ahead log left beside it would be unseen,
   * so such a store is refused with what to do.
   */
  static boolean onReadOnlyFolder(Path file) {
    Path folder = file.toAbsolutePath().getParent();
    if (folder == null || Files.isWritable(folder) || !Files.exists(file)) {
      return false;
    }
    Path wal = file.resolveSibling(file.getFileName() + "-wal");
    try {
      if (Files.exists(wal) && Files.size(wal) > 0) {
        throw new StoreException(file + ": its folder is read-only and its write-ahead log " + wal
            + " holds changes not yet in the file; copy the store and its -wal file to a writable folder and "
            + "open it there once");
      }
    } catch (java.io.IOException e) {
      throw new StoreException(file + ": cannot read " + wal + ": " + e.getMessage(), e);
    }
    return true;
  }

  @Override
  public String insertSearchText() {
    return "INSERT INTO search_index (rowid, body) VALUES (?, ?)";
  }

  @Override
  public String searchSql() {
    return "SELECT rowid AS doc, bm25(search_index) AS score "
        + "FROM search_index WHERE search_index MATCH ? AND rowid >= ? ORDER BY bm25(search_index) LIMIT ?";
  }

  @Override
  public String searchWindowSql() {
    return "SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?";
  }

  @Override
  public String searchQuery(List<String> words) {
    // each word quoted: FTS5 operators in user input become plain words
    List<String> terms = new ArrayList<>();
    for (String w : words) {
      terms.add('"' + w + '"');
    }
    return String.join(" ", terms);
  }

  @Override
  public boolean damaged(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof org.sqlite.SQLiteException s) {
        int primary = s.getResultCode().code & 0xff;
        if (primary == 11 || primary == 26) { // SQLITE_CORRUPT, SQLITE_NOTADB
          return true;
        }
      }
    }
    return false;
  }

  @Override
  public String damage(String store, String found) {
    return store + " is damaged (" + found + "); nothing was written to it. Restore a copy, or recover what it "
        + "holds into a new file with: sqlite3 " + store + " .recover | sqlite3 recovered.db";
  }

  @Override
  public String quickCheck(Connection c, int seconds) throws SQLException {
    StringBuilder out = new StringBuilder();
    try (Statement s = c.createStatement()) {
      s.setQueryTimeout(seconds);
      try (ResultSet rs = s.executeQuery("PRAGMA quick_check(5)")) {
        while (rs.next()) {
          out.append(out.length() > 0 ? "; " : "").append(rs.getString(1));
        }
      }
    } catch (SQLException e) {
      if (e instanceof org.sqlite.SQLiteException s && (s.getResultCode().code & 0xff) == 9) { // SQLITE_INTERRUPT
        return null;
      }
      if (damaged(e)) {
        return e.getMessage();
      }
      throw e;
    }
    return out.toString();
  }

  @Override
  public String integrityCheck(Connection c) throws SQLException {
    StringBuilder out = new StringBuilder();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
      while (rs.next()) {
        if (out.length() > 0) {
          out.append("; ");
        }
        out.append(rs.getString(1));
      }
    }
    return out.toString();
  }
}
