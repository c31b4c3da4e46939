package org.annals.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.annals.store.AnnalsStore;
import org.annals.store.export.ExportFormat;
import org.annals.store.export.ExportSubject;
import org.annals.store.export.StoreExport;
import org.annals.store.query.EventStatuses;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code annals export}: the store as JSON Lines, CSV or Parquet in the documented schema. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
        "Exports events, event mentions, entities, quotes or articles as JSON Lines, CSV or Parquet, in the "
            + "versioned schema of docs/export-schema.md (every row carries schema_version). Flat columns: lists "
            + "are JSON arrays in JSON Lines, JSON strings in CSV, lists of strings in Parquet; loads in pandas, R "
            + "and DuckDB as is.",
        "Events: one row per cross-document event, only what happened (asserted or claimed) unless --status "
            + "says otherwise; day is a date only where the day is known, date_value holds what is known "
            + "(2022-03, 2022), date_precision and time_precision how much. Mentions: one row per sentence "
            + "mentioning an event (GDELT-Mentions-like), every status unless --status says otherwise; scoreable "
            + "as it is by the warevents scorer."},
    footer = {"", "Examples:", "  annals export --format parquet --what events --out events.parquet",
        "  annals export --format csv --what quotes > quotes.csv",
        "  annals export --what mentions > mentions.jsonl",
        "  annals export --what acled --format csv > acled.csv",
        "  annals export --what events --status all --format csv > all-events.csv"})
final class ExportCommand implements Callable<Integer> {

  @Option(names = "--format", defaultValue = "jsonl", paramLabel = "FORMAT",
      description = "jsonl, csv or parquet. Default: ${DEFAULT-VALUE}.")
  String format;

  @Option(names = "--what", defaultValue = "events", paramLabel = "WHAT",
      description = "events, acled (ACLED's columns), mentions, entities, quotes or articles. Default: ${DEFAULT-VALUE}.")
  String what;

  @Option(names = "--status", paramLabel = "STATUSES",
      description = "Events (by the event's status) or mentions (by the mention's own) of these statuses: "
          + StatusOption.VALUES + ". Default: happened for events, all for mentions; not for other exports.")
  String status;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Output file (required for parquet); standard output when omitted.")
  Path out;

  @Mixin
  DbOption store;

  @Override
  public Integer call() throws Exception {
    ExportFormat f = ExportFormat.fromName(format);
    ExportSubject w = ExportSubject.fromName(what);
    EventStatuses keep = status == null ? null : EventStatuses.parse(status);
    if (keep != null && w.defaultStatuses() == null) {
      System.err.println("annals export: --status applies to --what events, acled or mentions, not " + what);
      return ExitCode.USAGE;
    }
    if (f == ExportFormat.PARQUET && out == null) {
      System.err.println("annals export: Parquet needs --out FILE");
      return ExitCode.USAGE;
    }
    try (AnnalsStore s = store.open()) {
      StoreExport export = keep == null ? s.export() : s.export().withStatuses(keep);
      if (out != null) {
        long rows = export.write(w, f, out);
        System.err.println("annals export: " + rows + " " + w.name().toLowerCase() + " -> " + out);
      } else {
        export.write(w, f, new FileOutputStream(FileDescriptor.out));
      }
    }
    return 0;
  }
}
