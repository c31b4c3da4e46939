package org.annals.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * SQLite: one file, WAL journal (readers never block the writer, and a killed writer leaves the
 * last committed state), a busy timeout so a second writer waits before it gives up, FTS5, and a
 * lock file beside the store for its one writer.
 */
public final class SqliteDialect implements SqlDialect {

  private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

  /** How long a write waits for another connection's write lock before failing. */
  static final int BUSY_TIMEOUT_MS = 10_000;

  static final long READER_MMAP_BYTES = 256L << 20;

  private final Path file;

  public SqliteDialect(Path file) {
    this.file = file;
  }

  @Override
  public String store() {
    return file.toString();
  }

  @Override
  public DataSource dataSource(boolean readOnly) {
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
  public StoreSchema.State precheck() {
    if (!Files.exists(file)) {
      return StoreSchema.State.ABSENT;
    }
    if (!Files.isRegularFile(file)) {
      throw new StoreException(file + " is not an Annals store: not a regular file");
    }
    byte[] head = new byte[SQLITE_HEADER.length];
    int n;
    try (InputStream in = Files.newInputStream(file)) {
      n = in.readNBytes(head, 0, head.length);
    } catch (IOException e) {
      throw new StoreException(file + ": cannot read: " + e.getMessage(), e);
    }
    if (n == 0) {
      return StoreSchema.State.EMPTY;
    }
    if (n < head.length || !Arrays.equals(head, SQLITE_HEADER)) {
      throw new StoreException(file + " is not an Annals store (not a SQLite database); it was left as it is");
    }
    return null;
  }

  @Override
  public boolean hasTable(Connection c, String name) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  @Override
  public int countObjects(Connection c) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master")) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }

  /**
   * A lock file beside the store, held by the writer: a second writer is refused at once. The file
   * also says how the last writer left the store: "open" while one writes (and after a writer that
   * crashed), or "closed" with the store file's size, modification time and file key after a clean
   * close; a next writer that finds the file so need not check the store's structure again.
   */
  @Override
  public WriteLock lockForWriting(Consumer<String> progress, java.time.Duration maxWait) {
    FileChannel channel = null;
    try {
      if (file.toAbsolutePath().getParent() != null) {
        Files.createDirectories(file.toAbsolutePath().getParent());
      }
      Path lockFile = file.resolveSibling(file.getFileName() + ".lock");
      channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        channel.close();
        throw new StoreBusyException(file + " is open for writing by another process (lock " + lockFile
            + "); wait for it to finish");
      }
      FileChannel held = channel;
      boolean clean = closedAs(held).equals(CLOSED + fingerprint());
      writeState(held, OPEN);
      return new WriteLock() {
        @Override
        public boolean closedCleanlyBefore() {
          return clean;
        }

        @Override
        public void closeCleanly() {
          try {
            writeState(held, CLOSED + fingerprint());
          } catch (IOException e) {
            // the next writer checks the store, as after a crash
          }
          close();
        }

        @Override
        public void close() {
          try {
            held.close(); // releases the lock
          } catch (IOException ignored) {
            // nothing more to release
          }
        }
      };
    } catch (IOException e) {
      if (channel != null) {
        try {
          channel.close();
        } catch (IOException suppressed) {
          e.addSuppressed(suppressed);
        }
      }
      throw new StoreException(file + ": cannot lock for writing: " + e.getMessage(), e);
    }
  }

  /** The store's write-ahead log (SQLite's name for it). */
  private static Path wal(Path file) {
    return file.resolveSibling(file.getFileName() + "-wal");
  }

  /** The write-ahead log's size; 0 where there is none. */
  private static long walSize(Path file) throws IOException {
    Path wal = wal(file);
    return Files.exists(wal) ? Files.size(wal) : 0;
  }

  private static final String OPEN = "open\n";
  private static final String CLOSED = "closed ";

  /** What the store file is now: size, modification time (as precise as the file system keeps it), file key; its log's size. */
  private String fingerprint() throws IOException {
    if (!Files.exists(file)) {
      return "absent\n";
    }
    java.nio.file.attribute.BasicFileAttributes a = Files.readAttributes(file,
        java.nio.file.attribute.BasicFileAttributes.class);
    long walSize = walSize(file); // no log, or an empty one: nothing written since
    return a.size() + " " + a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS) + " " + a.fileKey()
        + " " + walSize + "\n";
  }

  private static String closedAs(FileChannel channel) throws IOException {
    java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(512);
    channel.read(buf, 0);
    return new String(buf.array(), 0, buf.position(), java.nio.charset.StandardCharsets.UTF_8);
  }

  private static void writeState(FileChannel channel, String state) throws IOException {
    channel.truncate(0);
    channel.write(java.nio.ByteBuffer.wrap(state.getBytes(java.nio.charset.StandardCharsets.UTF_8)), 0);
    channel.force(false);
  }

  @Override
  public String afterUpgrade() {
    return "'sqlite3 " + file + " VACUUM' gives the freed space back to the disk";
  }

  @Override
  public String busy(SQLException e) {
    return e.getMessage() != null && e.getMessage().contains("SQLITE_BUSY")
        ? file + " is busy: another process held its write lock for more than " + BUSY_TIMEOUT_MS / 1000 + " s"
        : null;
  }

  /** SQLite steps through a result as it is read. */
  @Override
  public Streaming streaming(Connection c) {
    return () -> { };
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
    Path wal = wal(file);
    try {
      if (walSize(file) > 0) {
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
  public void bindSearchText(PreparedStatement ps, long doc, String title, String body) throws SQLException {
    ps.setLong(1, doc);
    ps.setString(2, body);
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

  /** The file and its write-ahead log. */
  @Override
  public long sizeBytes(Connection c) throws SQLException {
    try {
      return Files.size(file) + walSize(file);
    } catch (IOException e) {
      throw new SQLException("cannot read the size of " + file + ": " + e.getMessage(), e);
    }
  }

  @Override
  public long usedBytes(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT (SELECT page_count FROM pragma_page_count()) - "
            + "(SELECT freelist_count FROM pragma_freelist_count()), (SELECT page_size FROM pragma_page_size())")) {
      rs.next();
      return rs.getLong(1) * rs.getLong(2);
    }
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
