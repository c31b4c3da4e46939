package org.annals.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * What differs between SQL engines, in one place: where the store is and how to connect, where
 * the migrations live, the write lock and write transactions, full-text search, the catalogue and
 * damage checks. One instance per store. Everything else in the store and its queries is portable
 * SQL (ON CONFLICT upserts, LIMIT, ISO dates as text), shared by SQLite and PostgreSQL.
 */
public interface SqlDialect {

  /** The store as messages name it (a file path; a URL without the password). */
  String store();

  /** A data source for the store, configured for writing or reading only. */
  DataSource dataSource(boolean readOnly);

  /** A connection, or a {@link StoreException} naming the store and what failed. */
  default Connection connect(boolean readOnly) {
    try {
      return dataSource(readOnly).getConnection();
    } catch (SQLException e) {
      throw new StoreException(store() + ": cannot open the store: " + e.getMessage(), e);
    }
  }

  /** The Flyway location of this engine's migrations. */
  String migrations();

  /**
   * Looks, reading only, at what is there before any SQL runs: {@code ABSENT} (no store yet),
   * {@code EMPTY} (a new empty database), or null where the database's tables tell; throws a
   * {@link StoreException} for something that is no database of this engine.
   */
  StoreSchema.State precheck();

  /** Whether the database holds a table of this name. */
  boolean hasTable(Connection c, String name) throws SQLException;

  /** How many tables (and other catalogue objects) the database holds: 0 for a new database. */
  int countObjects(Connection c) throws SQLException;

  /**
   * Takes the store's one-writer lock, held until the returned lock is closed: refused, or waited
   * for (telling {@code progress}) at most {@code maxWait} (null: as long as it takes), where
   * another writer holds it; {@link StoreBusyException} when it is not had.
   */
  WriteLock lockForWriting(Consumer<String> progress, java.time.Duration maxWait);

  /** Whether a second writer waits for the lock ({@link #lockForWriting}) rather than being refused. */
  default boolean writersWait() {
    return false;
  }

  /** The store's write lock: closing it lets the next writer in. */
  interface WriteLock extends AutoCloseable {
    /**
     * Whether the writer before this one closed the store cleanly and the store's file is as that
     * writer left it: its structure need not be checked again before this writer writes.
     */
    default boolean closedCleanlyBefore() {
      return false;
    }

    /** Lets the next writer in, telling it that this one closed the store cleanly (after the last write). */
    default void closeCleanly() {
      close();
    }

    @Override
    void close();
  }

  /**
   * Until closed, a read of many rows on this connection streams them (by its statement's fetch
   * size) rather than holding them all in memory.
   */
  Streaming streaming(Connection c) throws SQLException;

  /** A streaming read's scope: closing it ends what {@link #streaming} began. */
  interface Streaming extends AutoCloseable {
    @Override
    void close() throws SQLException;
  }

  /** Starts a transaction that holds the write lock from its first statement. */
  void beginWrite(Connection c) throws SQLException;

  void commit(Connection c) throws SQLException;

  void rollback(Connection c) throws SQLException;

  /** What to tell after a schema upgrade rewrote the tables (how to give the space back), or "". */
  String afterUpgrade();

  /** The message where a write waited too long for another connection's lock, else null. */
  String busy(SQLException e);

  /**
   * A text as this engine can store it in a TEXT column: unchanged, but for what the engine cannot
   * hold, replaced one character for one, so that offsets into it still hold.
   */
  default String storable(String text) {
    return text;
  }

  /** The statement that inserts one searchable text, bound by {@link #bindSearchText}. */
  String insertSearchText();

  /**
   * Binds one searchable text to {@link #insertSearchText}: its id ({@link SearchDocs}), its title
   * (null for a quote) and its body (an article's {@link SearchDocs#articleBody}, or a quote).
   */
  void bindSearchText(PreparedStatement ps, long doc, String title, String body) throws SQLException;

  /**
   * A search: parameters the query text as returned by {@link #searchQuery}, the lowest search row
   * to rank (from {@link #searchWindowSql}, else 0) and the LIMIT; selects the row's id ({@link
   * SearchDocs}) as {@code doc} and its score (lower is better), best first.
   */
  String searchSql();

  /**
   * The search row from which on the newest matches are ranked: parameters the query text and how
   * many of the newest matches to rank, less one (an OFFSET); no row where fewer match. Ranking
   * every match of a common word would cost time in proportion to the store.
   */
  String searchWindowSql();

  /** The user's words, each a plain term, as this engine's full-text query: no input is a syntax error. */
  String searchQuery(List<String> words);

  /** True where a failure means the store is damaged (not a lock, not a full disk). */
  boolean damaged(SQLException e);

  /** The message for a damaged store: what was found and what to do. */
  String damage(String store, String found);

  /**
   * Checks the store's structure, for at most {@code seconds}: "ok", the problems found, or null
   * where the check did not finish in time.
   */
  String quickCheck(Connection c, int seconds) throws SQLException;

  /** How many bytes the store takes on disk. */
  long sizeBytes(Connection c) throws SQLException;

  /** How many of them hold data: less than {@link #sizeBytes} by the free pages a file keeps for reuse. */
  default long usedBytes(Connection c) throws SQLException {
    return sizeBytes(c);
  }

  /** Checks the store's physical integrity; returns "ok" or the problems. */
  String integrityCheck(Connection c) throws SQLException;
}
