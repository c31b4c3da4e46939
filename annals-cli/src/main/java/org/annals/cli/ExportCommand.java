package org.annals.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.annals.store.AnnalsStore;
import org.annals.store.export.ExportFormat;
import org.annals.store.export.ExportSubject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code annals export}: the store as JSON Lines, CSV or Parquet in the documented schema. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
        "Exports events, entities, quotes or articles as JSON Lines, CSV or Parquet, in the versioned schema of "
            + "docs/export-schema.md (every row carries schema_version). Flat columns: lists are JSON arrays in "
            + "JSON Lines, JSON strings in CSV, lists of strings in Parquet; loads in pandas, R and DuckDB as is."},
    footer = {"", "Examples:", "  annals export --format parquet --what events --out events.parquet",
        "  annals export --format csv --what quotes > quotes.csv"})
final class ExportCommand implements Callable<Integer> {

  @Option(names = "--format", defaultValue = "jsonl", paramLabel = "FORMAT",
      description = "jsonl, csv or parquet. Default: ${DEFAULT-VALUE}.")
  String format;

  @Option(names = "--what", defaultValue = "events", paramLabel = "WHAT",
      description = "events, entities, quotes or articles. Default: ${DEFAULT-VALUE}.")
  String what;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Output file (required for parquet); standard output when omitted.")
  Path out;

  @Mixin
  StoreOptions store;

  @Override
  public Integer call() throws Exception {
    ExportFormat f = ExportFormat.fromName(format);
    ExportSubject w = ExportSubject.fromName(what);
    if (f == ExportFormat.PARQUET && out == null) {
      System.err.println("annals export: Parquet needs --out FILE");
      return 2;
    }
    try (AnnalsStore s = store.open()) {
      long rows;
      if (out != null) {
        rows = s.export().write(w, f, out);
        System.err.println("annals export: " + rows + " " + w.name().toLowerCase() + " -> " + out);
      } else {
        s.export().write(w, f, new FileOutputStream(FileDescriptor.out));
      }
    }
    return 0;
  }
}
