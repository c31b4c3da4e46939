package org.annals.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * What differs between SQL engines, in one place: connecting, where the migrations live, opening
 * a write transaction and full-text search. Everything else in the store and its queries is
 * portable SQL (ON CONFLICT upserts, LIMIT, ISO dates as text), shared by SQLite and PostgreSQL.
 */
public interface SqlDialect {

  /** A data source for the store, configured for writing or reading only. */
  DataSource dataSource(Path file, boolean readOnly);

  /** The Flyway location of this engine's migrations. */
  String migrations();

  /** Starts a transaction that holds the write lock from its first statement. */
  void beginWrite(Connection c) throws SQLException;

  void commit(Connection c) throws SQLException;

  void rollback(Connection c) throws SQLException;

  /** Inserts one searchable text: parameters its id ({@link SearchDocs}) and body. */
  String insertSearchText();

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
  String searchQuery(java.util.List<String> words);

  /** True where a failure means the store's file is damaged (not a lock, not a full disk). */
  boolean damaged(java.sql.SQLException e);

  /** The message for a damaged store: what was found and what to do. */
  String damage(String store, String found);

  /**
   * Checks the store's structure, for at most {@code seconds}: "ok", the problems found, or null
   * where the check did not finish in time.
   */
  String quickCheck(Connection c, int seconds) throws SQLException;

  /** Checks the file's physical integrity; returns "ok" or the problems. */
  String integrityCheck(Connection c) throws SQLException;
}
