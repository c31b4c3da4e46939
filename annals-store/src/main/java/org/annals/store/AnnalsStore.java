package org.annals.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.function.Consumer;
import org.annals.link.LinkedArticle;
import org.annals.store.export.StoreExport;
import org.annals.store.query.StoreQueries;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The Annals store: one SQLite file, or a PostgreSQL database shared by several processes ({@link
 * StoreLocation}). A writer ({@link #open}) holds the store's write lock for as long as it is
 * open (SQLite: a second writer is refused; PostgreSQL: it waits its turn), so writers never
 * interleave their linkers' state; readers ({@link #openReadOnly}) may run beside it. Each article
 * is written in one transaction: a writer killed at any moment leaves every article whole or absent.
 */
public final class AnnalsStore implements AutoCloseable {

  /** The highest migration this build carries (db/migration/{sqlite,postgresql}/V{n}__*.sql). */
  public static final int SCHEMA_VERSION = 9;

  /** Flyway reports each migration through java.util.logging; only its warnings matter here. */
  private static final java.util.logging.Logger FLYWAY_LOG = java.util.logging.Logger.getLogger("org.flywaydb");

  static {
    FLYWAY_LOG.setLevel(java.util.logging.Level.WARNING);
  }

  private final StoreLocation location;
  private final SqlDialect dialect;
  private final Connection connection;
  private final SqlDialect.WriteLock lock;
  /** The check of the store's structure, while it runs beside the caller ({@link #requireIntact}). */
  private java.util.concurrent.CompletableFuture<Void> intact;
  private ArticleRows rows;
  private EventRollup rollup;
  private PreparedStatement contains;

  private AnnalsStore(StoreLocation location, SqlDialect dialect, Connection connection, SqlDialect.WriteLock lock) {
    this.location = location;
    this.dialect = dialect;
    this.connection = connection;
    this.lock = lock;
  }

  /** Opens the store for writing, creating it if absent and migrating an older schema. */
  public static AnnalsStore open(Path file) {
    return open(StoreLocation.of(file));
  }

  public static AnnalsStore open(StoreLocation location) {
    return open(location, message -> { });
  }

  public static AnnalsStore open(Path file, Consumer<String> progress) {
    return open(StoreLocation.of(file), progress);
  }

  /**
   * As {@link #open(StoreLocation)}, telling {@code progress} while it waits for another writer
   * and before and after an upgrade of an older schema, which rewrites tables and takes minutes on
   * a large store.
   */
  public static AnnalsStore open(StoreLocation location, Consumer<String> progress) {
    return open(location, progress, null);
  }

  /**
   * As {@link #open(StoreLocation, Consumer)}, waiting at most {@code maxWait} for another writer
   * (null: as long as it takes): {@link StoreBusyException} after that. A server answering a
   * request cannot wait for an ingest of hours.
   */
  public static AnnalsStore open(StoreLocation location, Consumer<String> progress, java.time.Duration maxWait) {
    SqlDialect dialect = location.dialect();
    String store = dialect.store();
    StoreSchema.check(dialect, SCHEMA_VERSION);
    SqlDialect.WriteLock lock = dialect.lockForWriting(progress, maxWait);
    try {
      // checked again under the lock: another writer may have created or upgraded the store meanwhile
      StoreSchema.Check found = StoreSchema.check(dialect, SCHEMA_VERSION);
      boolean upgrade = found.state() == StoreSchema.State.ANNALS && found.schemaVersion() < SCHEMA_VERSION;
      java.util.concurrent.CompletableFuture<Void> intact = null;
      if (upgrade) {
        checkIntact(dialect); // before the migrations write
      } else if (found.state() == StoreSchema.State.ANNALS && !lock.closedCleanlyBefore()) {
        // checked while the caller gets ready (models, linkers); the first write waits for it. A
        // store its last writer closed cleanly, unchanged since, is not read through again.
        progress.accept("checking " + store + " before writing to it: its last writer did not close it cleanly, "
            + "or it changed since");
        intact = java.util.concurrent.CompletableFuture.runAsync(() -> checkIntact(dialect), r -> {
          Thread t = new Thread(r, "annals-store-check");
          t.setDaemon(true);
          t.start();
        });
      }
      long upgradeStart = System.nanoTime();
      if (upgrade) {
        progress.accept("upgrading " + store + " from store schema " + found.schemaVersion() + " to "
            + SCHEMA_VERSION + " (its tables are rewritten once; minutes on a large store)");
      }
      MigrateResult migrated = Flyway.configure()
          .dataSource(dialect.dataSource(false))
          .locations(dialect.migrations())
          .validateOnMigrate(true)
          .load()
          .migrate();
      Connection c = dialect.connect(false);
      AnnalsStore opened = new AnnalsStore(location, dialect, c, lock);
      opened.intact = intact;
      if (migrated.migrationsExecuted > 0 && migrated.initialSchemaVersion != null) {
        try {
          if (Integer.parseInt(migrated.initialSchemaVersion) < 5) {
            opened.fillTimes();
          }
          opened.deriveEventsAgain();
        } catch (SQLException | RuntimeException e) {
          c.close();
          throw e;
        }
      }
      if (upgrade) {
        String hint = dialect.afterUpgrade();
        progress.accept(String.format(java.util.Locale.ROOT, "upgraded %s to store schema %d in %.1f s%s", store,
            SCHEMA_VERSION, (System.nanoTime() - upgradeStart) / 1e9, hint.isEmpty() ? "" : "; " + hint));
      }
      return opened;
    } catch (SQLException | RuntimeException e) {
      lock.close();
      if (e instanceof StoreException se) {
        throw se;
      }
      throw new StoreException(store + ": cannot open the store: " + e.getMessage(), e);
    }
  }

  /** How long opening for writing may spend checking the store's structure before anything is written. */
  static final int CHECK_SECONDS = 30;

  /**
   * Refuses a damaged store before anything is written to it: SQLite's quick_check, for at most
   * {@link #CHECK_SECONDS} (about 7 s for a 1.2 GB store here; a larger store is checked that far).
   * Run where the last writer did not close the store cleanly (a crash, a kill) or the file changed
   * since it did (a copy, a repair, damage from outside); damage that left the file's size and
   * modification time as they were is found by the first write that reads a damaged page, which
   * is then refused as a whole.
   */
  private static void checkIntact(SqlDialect dialect) {
    try (Connection c = dialect.connect(true)) {
      String found = dialect.quickCheck(c, CHECK_SECONDS);
      if (found != null && !found.equals("ok")) {
        throw new StoreException(dialect.damage(dialect.store(), found));
      }
    } catch (SQLException e) {
      throw new StoreException(dialect.store() + ": cannot check the store: " + e.getMessage(), e);
    }
  }

  /** Opens an existing store for queries; never creates or changes it. */
  public static AnnalsStore openReadOnly(Path file) {
    return openReadOnly(StoreLocation.of(file));
  }

  public static AnnalsStore openReadOnly(StoreLocation location) {
    SqlDialect dialect = location.dialect();
    String store = dialect.store();
    StoreSchema.Check check = StoreSchema.check(dialect, SCHEMA_VERSION);
    if (check.state() == StoreSchema.State.ABSENT) {
      throw new StoreException(store + ": no such store (create one with 'annals ingest --db " + store + "')");
    }
    if (check.state() != StoreSchema.State.ANNALS) {
      throw new StoreException(store + " is an empty database, not an Annals store yet");
    }
    if (check.schemaVersion() < SCHEMA_VERSION) {
      throw new StoreException(store + " has schema version " + check.schemaVersion() + "; open it for writing "
          + "once (annals ingest) to upgrade it to " + SCHEMA_VERSION);
    }
    return new AnnalsStore(location, dialect, dialect.connect(true), null);
  }

  public StoreLocation location() {
    return location;
  }

  /** Whether an article with this content-hash id is stored. */
  public synchronized boolean contains(String articleId) {
    try {
      if (contains == null) {
        contains = connection.prepareStatement("SELECT 1 FROM articles WHERE id = ?");
      }
      contains.setString(1, articleId);
      try (ResultSet rs = contains.executeQuery()) {
        return rs.next();
      }
    } catch (SQLException e) {
      throw failure("read", e);
    }
  }

  /**
   * Stores one article and everything it holds in one transaction. An article already stored is
   * left as it is.
   *
   * @return true if the article was written, false if it was already there
   */
  public synchronized boolean put(LinkedArticle article, ArticleOrigin origin) {
    requireWritable();
    try {
      prepareWrites();
      return inWriteTransaction(() -> {
        if (contains(article.links().articleId())) {
          return false;
        }
        Set<String> events = rows.write(article, origin);
        rollup.refresh(events);
        return true;
      });
    } catch (SQLException e) {
      String busy = dialect.busy(e);
      if (busy != null) {
        throw new StoreException(busy, e);
      }
      throw failure("write article " + article.links().articleId(), e);
    }
  }

  /**
   * Derives every event's summary again (day, place, sources, figure conflict), in one
   * transaction: after a migration, so that a store written by an older build follows this build's
   * rules (schema 3: figure conflicts only between articles; schema 4: status, date precision,
   * report dates).
   */
  private synchronized void deriveEventsAgain() throws SQLException {
    prepareWrites();
    java.util.List<String> ids = new java.util.ArrayList<>();
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM events")) {
      while (rs.next()) {
        ids.add(rs.getString(1));
      }
    }
    inWriteTransaction(() -> {
      rollup.refresh(ids);
      return null;
    });
  }

  /** What one write transaction does; its result is the transaction's. */
  private interface WriteWork<T> {
    T run() throws SQLException;
  }

  /** Runs {@code work} in one write transaction: committed if it returns, rolled back if it throws. */
  private <T> T inWriteTransaction(WriteWork<T> work) throws SQLException {
    dialect.beginWrite(connection);
    try {
      T result = work.run();
      dialect.commit(connection);
      return result;
    } catch (SQLException | RuntimeException e) {
      try {
        dialect.rollback(connection);
      } catch (SQLException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  /**
   * Waits for the check of the store's structure begun when it was opened: a damaged store is
   * refused before its first write, however long the caller took to make ready.
   */
  private void requireIntact() {
    if (intact == null) {
      return;
    }
    try {
      intact.join();
      intact = null;
    } catch (java.util.concurrent.CompletionException e) {
      if (e.getCause() instanceof StoreException se) {
        throw se;
      }
      throw e;
    }
  }

  /** Refuses a write to a store opened read-only. */
  private void requireWritable() {
    if (lock == null) {
      throw new StoreException(dialect.store() + " is open read-only");
    }
  }

  /** The statements that write articles, made once, on the first write. */
  private void prepareWrites() throws SQLException {
    requireIntact();
    if (rows == null) {
      rows = new ArticleRows(connection, dialect);
      rollup = new EventRollup(connection);
    }
  }

  /** Writes the time expressions of every stored article from its replay copy (schema 5), in one transaction. */
  private synchronized void fillTimes() throws SQLException {
    prepareWrites();
    inWriteTransaction(() -> {
      replay(la -> {
        try {
          rows.writeTimes(la);
        } catch (SQLException e) {
          throw failure("write the times of article " + la.links().articleId(), e);
        }
      });
      return null;
    });
  }

  /**
   * Streams the articles linked after the store's linker snapshot (every article, where there is
   * none) back in ingest order, as they were given to {@link #put}.
   */
  public synchronized void replay(Consumer<LinkedArticle> sink) {
    try (SqlDialect.Streaming streaming = dialect.streaming(connection);
        Statement s = connection.createStatement()) {
      s.setFetchSize(64);
      try (ResultSet rs = s.executeQuery("SELECT linked_gz FROM linker_backlog ORDER BY seq")) {
        while (rs.next()) {
          sink.accept(ArticleJson.read(rs.getBytes(1)));
        }
      }
    } catch (SQLException e) {
      throw failure("replay", e);
    }
  }

  /** How many articles {@link #replay} gives: those linked after the snapshot. */
  public synchronized long backlogSize() {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM linker_backlog")) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw failure("read", e);
    }
  }

  /** Whether the linkers' state was saved ({@link #saveLinkerSnapshot}), without reading it. */
  public synchronized boolean hasLinkerSnapshot() {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT 1 FROM linker_snapshot WHERE id = 1")) {
      return rs.next();
    } catch (SQLException e) {
      throw failure("read the linker snapshot", e);
    }
  }

  /** The linkers' saved state and the format it was written in; empty where none was saved. */
  public synchronized java.util.Optional<LinkerState> linkerSnapshot() {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT format, state FROM linker_snapshot WHERE id = 1")) {
      return rs.next() ? java.util.Optional.of(new LinkerState(rs.getInt(1), rs.getBytes(2))) : java.util.Optional.empty();
    } catch (SQLException e) {
      throw failure("read the linker snapshot", e);
    }
  }

  /** A linker's saved state: {@code LinkerSnapshot}'s bytes, in the format the writing build gave. */
  public record LinkerState(int format, byte[] state) {}

  /**
   * Saves the linkers' state after every article stored so far, in one transaction that also
   * drops those articles' replay copies.
   */
  public synchronized void saveLinkerSnapshot(LinkerState snapshot) {
    requireWritable();
    requireIntact();
    try {
      inWriteTransaction(() -> {
        long seq;
        try (Statement s = connection.createStatement();
            ResultSet rs = s.executeQuery("SELECT coalesce(max(seq), 0) FROM articles")) {
          rs.next();
          seq = rs.getLong(1);
        }
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO linker_snapshot (id, format, seq, state) "
            + "VALUES (1, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET format = excluded.format, seq = excluded.seq, "
            + "state = excluded.state")) {
          ps.setInt(1, snapshot.format());
          ps.setLong(2, seq);
          ps.setBytes(3, snapshot.state());
          ps.executeUpdate();
        }
        try (PreparedStatement ps = connection.prepareStatement("DELETE FROM linker_backlog WHERE seq <= ?")) {
          ps.setLong(1, seq);
          ps.executeUpdate();
        }
        return null;
      });
    } catch (SQLException e) {
      throw failure("write the linker snapshot", e);
    }
  }

  public synchronized long articleCount() {
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM articles")) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw failure("read", e);
    }
  }

  /** How many bytes the store takes on disk. */
  public synchronized long sizeBytes() {
    try {
      return dialect.sizeBytes(connection);
    } catch (SQLException e) {
      throw failure("read the size", e);
    }
  }

  /** How many bytes of the store hold data (a SQLite file keeps freed pages for later writes). */
  public synchronized long usedBytes() {
    try {
      return dialect.usedBytes(connection);
    } catch (SQLException e) {
      throw failure("read the size", e);
    }
  }

  /** The engine's own integrity check: "ok", or what is wrong. */
  public synchronized String integrityCheck() {
    try {
      return dialect.integrityCheck(connection);
    } catch (SQLException e) {
      throw failure("check", e);
    }
  }

  /** Timelines, entities, stories, quotes, search and event lists over this store. */
  public StoreQueries queries() {
    return new StoreQueries(connection, dialect, dialect.store());
  }

  /** Exports to JSON Lines, CSV or Parquet. */
  public StoreExport export() {
    return new StoreExport(connection, dialect, queries());
  }

  private StoreException failure(String what, SQLException e) {
    if (dialect.damaged(e)) {
      return new StoreException(dialect.damage(dialect.store(), e.getMessage()), e);
    }
    return new StoreException(dialect.store() + ": cannot " + what + ": " + e.getMessage(), e);
  }

  @Override
  public synchronized void close() {
    boolean clean = false;
    try {
      if (rows != null) {
        rows.close();
        rollup.close();
      }
      if (contains != null) {
        contains.close();
      }
      connection.close();
      // its structure was checked, or never in doubt
      clean = intact == null || intact.isDone() && !intact.isCompletedExceptionally();
    } catch (SQLException e) {
      throw failure("close", e);
    } finally {
      if (lock != null && clean) {
        lock.closeCleanly();
      } else if (lock != null) {
        lock.close();
      }
    }
  }
}
