package org.annals.cli;

import java.nio.file.Path;
import org.annals.store.AnnalsStore;
import picocli.CommandLine.Option;

/** Which store a command reads: {@code --db}, else the {@code ANNALS_DB} environment variable, else annals.db. */
final class DbOption {

  /** The default store, as every command with {@code --db} resolves it. */
  static final String DEFAULT = "${env:ANNALS_DB:-annals.db}";

  @Option(names = "--db", defaultValue = DEFAULT, paramLabel = "FILE",
      description = "The Annals store to read. Default: $ANNALS_DB, else annals.db (now ${DEFAULT-VALUE}). "
          + "It is never created by a query.")
  Path db;

  AnnalsStore open() {
    return AnnalsStore.openReadOnly(db);
  }
}
