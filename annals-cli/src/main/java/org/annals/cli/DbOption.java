package org.annals.cli;

import org.annals.store.AnnalsStore;
import org.annals.store.StoreLocation;
import picocli.CommandLine.Option;

/** Which store a command reads: {@code --db}, else the {@code ANNALS_DB} environment variable, else annals.db. */
final class DbOption {

  /** The default store, as every command with {@code --db} resolves it. */
  static final String DEFAULT = "${env:ANNALS_DB:-annals.db}";

  /** What --db is, for every command's help. */
  static final String WHAT = "A SQLite file, or a PostgreSQL database: postgresql://host[:port]/db?user=U&password=P "
      + "(or a jdbc:postgresql:// URL).";

  @Option(names = "--db", defaultValue = DEFAULT, paramLabel = "STORE",
      description = "The Annals store to read. " + WHAT + " Default: $ANNALS_DB, else annals.db (now "
          + "${DEFAULT-VALUE}). It is never created by a query.")
  StoreLocation db;

  AnnalsStore open() {
    return AnnalsStore.openReadOnly(db);
  }
}
