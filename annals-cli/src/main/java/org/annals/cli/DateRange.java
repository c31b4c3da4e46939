package org.annals.cli;

import java.time.LocalDate;
import picocli.CommandLine.Option;

/** {@code --from}/{@code --to}: the days an event list keeps, by when the events happened. */
final class DateRange {

  @Option(names = "--from", paramLabel = "DATE", description = "Only events on or after this date (YYYY-MM-DD).")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Only events on or before this date (YYYY-MM-DD).")
  String to;

  LocalDate fromDate() {
    return StoreOptions.date(from, "--from");
  }

  LocalDate toDate() {
    return StoreOptions.date(to, "--to");
  }
}
