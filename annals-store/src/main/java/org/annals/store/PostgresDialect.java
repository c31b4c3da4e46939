package org.annals.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * PostgreSQL: a database several processes share. Writers take turns through a session advisory
 * lock (a second writer waits for the first to close); readers never wait. Full-text search is a
 * weighted {@code tsvector} per search row (title A, text D: the schema's annals_search_vector)
 * under a GIN index, ranked by {@code ts_rank} with length normalisation, close to SQLite's BM25;
 * words are folded as SQLite's unicode61 tokenizer folds them (lower case, no diacritics, no
 * stemming).
 */
public final class PostgresDialect implements SqlDialect {

  /** SQLSTATE of a lock wait that ran past lock_timeout. */
  private static final String LOCK_NOT_AVAILABLE = "55P03";
  /** The advisory lock key of the store's one writer (two ints: "annals", "write"). */
  private static final int LOCK_CLASS = 0x616e6e61;

  private static final int LOCK_WRITE = 1;

  /** How long connecting may take before it fails, in seconds. */
  static final int CONNECT_TIMEOUT_S = 10;

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private final StoreLocation.Postgres location;

  public PostgresDialect(StoreLocation.Postgres location) {
    this.location = location;
  }

  @Override
  public String store() {
    return location.toString();
  }

  @Override
  public DataSource dataSource(boolean readOnly) {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(location.jdbcUrl());
    ds.setConnectTimeout(CONNECT_TIMEOUT_S);
    ds.setApplicationName("annals");
    ds.setReWriteBatchedInserts(true); // a batch of inserts goes as a few multi-row statements
    try {
      for (Map.Entry<String, String> p : location.properties().entrySet()) {
        ds.setProperty(p.getKey(), p.getValue());
      }
    } catch (SQLException e) {
      throw new StoreException(store() + ": a parameter of the URL is not one PostgreSQL's driver knows ("
          + e.getMessage() + ")", e);
    }
    if (readOnly) { // after the URL's own options, if it gives any
      String given = ds.getOptions();
      ds.setOptions((given == null || given.isBlank() ? "" : given + " ") + "-c default_transaction_read_only=on");
    }
    return ds;
  }

  @Override
  public Connection connect(boolean readOnly) {
    try {
      return dataSource(readOnly).getConnection();
    } catch (SQLException e) {
      String hint = switch (e.getSQLState() == null ? "" : e.getSQLState()) {
        case "3D000" -> " (create it with: createdb -h " + location.host() + " -p " + location.port() + " "
            + location.database() + ")";
        case "28P01", "28000" -> " (check user and password in the URL: ?user=U&password=P)";
        default -> "";
      };
      Throwable cause = e.getCause();
      String why = cause == null || cause.getMessage() == null || e.getMessage().contains(cause.getMessage()) ? ""
          : " (" + cause.getClass().getSimpleName() + ": " + cause.getMessage() + ")";
      throw new StoreException(store() + ": cannot connect to PostgreSQL: " + e.getMessage() + why + hint, e);
    }
  }

  @Override
  public String migrations() {
    return "classpath:db/migration/postgresql";
  }

  /** A database is never absent here (it is made with createdb); its tables tell what it holds. */
  @Override
  public StoreSchema.State precheck() {
    return null;
  }

  @Override
  public boolean hasTable(Connection c, String name) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM information_schema.tables "
        + "WHERE table_schema = current_schema() AND table_name = ?")) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  @Override
  public int countObjects(Connection c) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
        "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()")) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }

  /**
   * A session advisory lock on a connection of its own, held while the writer is open: a second
   * writer waits (and says so) instead of being refused. The lock goes with the session, so a
   * killed writer releases it.
   */
  @Override
  public boolean writersWait() {
    return true;
  }

  @Override
  public WriteLock lockForWriting(Consumer<String> progress, java.time.Duration maxWait) {
    Connection c = connect(false);
    String holder = null;
    try (Statement s = c.createStatement()) {
      boolean got;
      try (ResultSet rs = s.executeQuery("SELECT pg_try_advisory_lock(" + LOCK_CLASS + ", " + LOCK_WRITE + ")")) {
        got = rs.next() && rs.getBoolean(1);
      }
      if (!got) {
        holder = holder(c);
        if (maxWait != null && maxWait.isZero()) {
          closeQuietly(c);
          throw new StoreBusyException(store() + " is being written by another writer (" + holder + ")");
        }
        progress.accept("waiting for another writer of " + store() + " (" + holder + ") to finish");
        if (maxWait != null) {
          s.execute("SET lock_timeout = " + Math.max(1, maxWait.toMillis()));
        }
        s.execute("SELECT pg_advisory_lock(" + LOCK_CLASS + ", " + LOCK_WRITE + ")");
        s.execute("SET lock_timeout = 0");
      }
    } catch (SQLException e) {
      closeQuietly(c);
      if (LOCK_NOT_AVAILABLE.equals(e.getSQLState())) {
        throw new StoreBusyException(store() + " is being written by another writer (" + holder + "); waited "
            + maxWait.toMillis() / 1000.0 + " s, try again later", e);
      }
      throw new StoreException(store() + ": cannot lock for writing: " + e.getMessage(), e);
    }
    return () -> closeQuietly(c); // ending the session releases the lock
  }

  private static String holder(Connection c) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT a.pid, a.client_addr, "
        + "a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = "
        + "'advisory' AND l.classid = " + LOCK_CLASS + " AND l.objid = " + LOCK_WRITE + " AND l.granted")) {
      if (!rs.next()) {
        return "it just finished";
      }
      String addr = rs.getString(2);
      return "server process " + rs.getInt(1) + (addr == null ? "" : " for " + addr)
          + (rs.getString(3) == null || rs.getString(3).isEmpty() ? "" : ", " + rs.getString(3));
    }
  }

  private static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException ignored) {
      // the session is gone either way
    }
  }

  /**
   * The driver fetches by cursor only inside a transaction; in autocommit it reads the whole
   * result first (every stored article, for a replay). A read-only transaction, then, ended
   * with nothing to keep; inside a write transaction, that transaction.
   */
  @Override
  public Streaming streaming(Connection c) throws SQLException {
    if (!c.getAutoCommit()) {
      return () -> { };
    }
    c.setAutoCommit(false);
    return () -> {
      try {
        c.rollback();
      } finally {
        c.setAutoCommit(true);
      }
    };
  }

  @Override
  public void beginWrite(Connection c) throws SQLException {
    c.setAutoCommit(false);
  }

  @Override
  public void commit(Connection c) throws SQLException {
    c.commit();
    c.setAutoCommit(true);
  }

  @Override
  public void rollback(Connection c) throws SQLException {
    try {
      c.rollback();
    } finally {
      c.setAutoCommit(true);
    }
  }

  /** Autovacuum gives dead rows' space back for reuse; nothing to tell. */
  @Override
  public String afterUpgrade() {
    return "";
  }

  @Override
  public String busy(SQLException e) {
    String state = e.getSQLState();
    return "55P03".equals(state) || "40P01".equals(state)
        ? store() + " is busy: " + e.getMessage() + "; another process holds a lock on it"
        : null;
  }

  /** PostgreSQL's TEXT holds no NUL character (a NUL byte deep in a file passes the input checks): U+FFFD. */
  @Override
  public String storable(String text) {
    return text.indexOf('\0') < 0 ? text : text.replace('\0', '\uFFFD');
  }

  @Override
  public String insertSearchText() {
    return "INSERT INTO search_index (doc, body) VALUES (?, annals_search_vector(?, ?))";
  }

  @Override
  public void bindSearchText(PreparedStatement ps, long doc, String title, String body) throws SQLException {
    ps.setLong(1, doc);
    ps.setString(2, title == null ? "" : storable(fold(title)));
    ps.setString(3, storable(fold(title == null ? body : body.substring(Math.min(body.length(), title.length())))));
  }

  @Override
  public String searchSql() {
    return "SELECT s.doc AS doc, -ts_rank(s.body, q.query, 1) AS score "
        + "FROM search_index s CROSS JOIN plainto_tsquery('simple', ?) AS q (query) "
        + "WHERE s.body @@ q.query AND s.doc >= ? ORDER BY score, s.doc LIMIT ?";
  }

  @Override
  public String searchWindowSql() {
    return "SELECT doc FROM search_index WHERE body @@ plainto_tsquery('simple', ?) ORDER BY doc DESC LIMIT 1 OFFSET ?";
  }

  /** The words as plain text: plainto_tsquery reads no operators, so nothing the user types is a syntax error. */
  @Override
  public String searchQuery(List<String> words) {
    return fold(String.join(" ", words));
  }

  /** As SQLite's unicode61 with remove_diacritics: "Zelenskyy" and "Zelénskyy" are one word. */
  static String fold(String text) {
    return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
  }

  /** data_corrupted, index_corrupted. */
  @Override
  public boolean damaged(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException s && ("XX001".equals(s.getSQLState()) || "XX002".equals(s.getSQLState()))) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String damage(String store, String found) {
    return store + " is damaged (" + found + "); nothing was written to it. REINDEX a damaged index, or restore "
        + "the database from a backup (pg_dump / pg_restore)";
  }

  /** The server checks its pages as it reads them (and with data checksums, if on); nothing cheap to add. */
  @Override
  public String quickCheck(Connection c, int seconds) {
    return "ok";
  }

  /** The database's size as the server counts it (tables, indexes, TOAST). */
  @Override
  public long sizeBytes(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT pg_database_size(current_database())")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** That every table of the schema reads: a damaged page or index fails the scan. */
  @Override
  public String integrityCheck(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (String table : List.of("articles", "entities", "events", "event_mentions", "search_index")) {
        s.executeQuery("SELECT count(*) FROM " + table).close();
      }
    } catch (SQLException e) {
      if (damaged(e)) {
        return e.getMessage();
      }
      throw e;
    }
    return "ok";
  }
}
