package org.annals.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

/**
 * Looks at a file before anything writes to it: is it absent, a new empty database, or an Annals
 * store of a schema version this build knows? Only reads; a file that fails is never modified,
 * because migrations run only after this check passes.
 */
final class StoreFile {

  /** What the check found. */
  enum State { ABSENT, EMPTY, ANNALS }

  /** The check's result: the state and, for an Annals store, its schema version. */
  record Check(State state, int schemaVersion) {}

  private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

  private StoreFile() {}

  static Check check(Path file, SqlDialect dialect, int knownVersion) {
    if (!Files.exists(file)) {
      return new Check(State.ABSENT, 0);
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
      return new Check(State.EMPTY, 0);
    }
    if (n < head.length || !Arrays.equals(head, SQLITE_HEADER)) {
      throw new StoreException(file + " is not an Annals store (not a SQLite database); it was left as it is");
    }
    try (Connection c = dialect.dataSource(file, true).getConnection()) {
      if (!hasTable(c, "annals_meta")) {
        if (countTables(c) == 0) {
          return new Check(State.EMPTY, 0);
        }
        throw new StoreException(file + " is a SQLite database without Annals' schema; it was left as it is");
      }
      if (!hasTable(c, "flyway_schema_history")) {
        throw new StoreException(file + " is not an Annals store: it has no schema history; it was left as it is");
      }
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL")) {
        int max = 0;
        while (rs.next()) {
          if (!rs.getBoolean(2)) {
            throw new StoreException(file + ": a schema migration to version " + rs.getString(1)
                + " failed earlier; the store needs repair");
          }
          max = Math.max(max, Integer.parseInt(rs.getString(1)));
        }
        if (max > knownVersion) {
          throw new StoreException(file + " was written by a newer Annals (schema version " + max
              + "; this build knows up to " + knownVersion + "); it was left as it is");
        }
        return new Check(State.ANNALS, max);
      }
    } catch (SQLException e) {
      if (dialect.damaged(e)) {
        throw new StoreException(dialect.damage(file.toString(), e.getMessage()), e);
      }
      throw new StoreException(file + " is not an Annals store (" + e.getMessage() + "); it was left as it is", e);
    } catch (NumberFormatException e) {
      throw new StoreException(file + " is not an Annals store (" + e.getMessage() + "); it was left as it is", e);
    }
  }

  private static boolean hasTable(Connection c, String name) throws SQLException {
    try (var ps = c.prepareStatement("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  private static int countTables(Connection c) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master")) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }
}
