package org.annals.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Looks at a store before anything writes to it: is it absent, a new empty database, or an Annals
 * store of a schema version this build knows? Only reads; a store that fails is never modified,
 * because migrations run only after this check passes.
 */
final class StoreSchema {

  /** What the check found. */
  enum State { ABSENT, EMPTY, ANNALS }

  /** The check's result: the state and, for an Annals store, its schema version. */
  record Check(State state, int schemaVersion) {}

  private StoreSchema() {}

  static Check check(SqlDialect dialect, int knownVersion) {
    State before = dialect.precheck();
    if (before != null) {
      return new Check(before, 0);
    }
    String store = dialect.store();
    try (Connection c = dialect.connect(true)) {
      if (!dialect.hasTable(c, "annals_meta")) {
        if (dialect.countObjects(c) == 0) {
          return new Check(State.EMPTY, 0);
        }
        throw new StoreException(store + " is a database without Annals' schema; it was left as it is");
      }
      if (!dialect.hasTable(c, "flyway_schema_history")) {
        throw new StoreException(store + " is not an Annals store: it has no schema history; it was left as it is");
      }
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL")) {
        int max = 0;
        while (rs.next()) {
          if (!rs.getBoolean(2)) {
            throw new StoreException(store + ": a schema migration to version " + rs.getString(1)
                + " failed earlier; the store needs repair");
          }
          max = Math.max(max, Integer.parseInt(rs.getString(1)));
        }
        if (max > knownVersion) {
          throw new StoreException(store + " was written by a newer Annals (schema version " + max
              + "; this build knows up to " + knownVersion + "); it was left as it is");
        }
        return new Check(State.ANNALS, max);
      }
    } catch (SQLException e) {
      if (dialect.damaged(e)) {
        throw new StoreException(dialect.damage(store, e.getMessage()), e);
      }
      throw new StoreException(store + " is not an Annals store (" + e.getMessage() + "); it was left as it is", e);
    } catch (NumberFormatException e) {
      throw new StoreException(store + " is not an Annals store (" + e.getMessage() + "); it was left as it is", e);
    }
  }
}
