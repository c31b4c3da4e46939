package org.annals.cli;

import java.time.LocalDate;
import picocli.CommandLine.Option;

/**
 * {@code --from}/{@code --to}: the days an event list keeps, by the first day each event may have
 * happened (its sort day).
 */
final class DateRange {

  @Option(names = "--from", paramLabel = "DATE", description = "Only events on or after this date (YYYY-MM-DD). "
      + "An event known only by its week, month or year counts from its first day; undated events are left out "
      + "of any range.")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Only events on or before this date (YYYY-MM-DD), "
      + "by their first possible day likewise.")
  String to;

  LocalDate fromDate() {
    return StoreOptions.date(from, "--from");
  }

  LocalDate toDate() {
    return StoreOptions.date(to, "--to");
  }
}
