package org.annals.store;

import java.nio.file.Path;

/** The store engines every store test runs on: a SQLite file, and a database on the test PostgreSQL server. */
public enum Backend {
  SQLITE,
  POSTGRESQL;

  /** A new, empty store: a file {@code name} in {@code dir}, or a new database (skipped without PostgreSQL). */
  public StoreLocation newStore(Path dir, String name) {
    return this == SQLITE ? StoreLocation.of(dir.resolve(name)) : PostgresServer.get().newDatabase();
  }
}
