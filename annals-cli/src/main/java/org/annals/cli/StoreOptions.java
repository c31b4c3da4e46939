package org.annals.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.annals.store.AnnalsStore;
import org.annals.store.StoreLocation;
import org.annals.store.query.TimelineEvent;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options every store query shares: which store, and tables or JSON. */
final class StoreOptions {

  @Mixin
  DbOption where;

  @Option(names = "--json", description = "Print JSON (one document) instead of a table, for scripts; field names "
      + "are snake_case, as in the exports (event_id, date_precision, source_count).")
  boolean json;

  /** One naming for every command's JSON: the exports' snake_case. */
  private static final ObjectMapper JSON = new ObjectMapper()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .enable(SerializationFeature.INDENT_OUTPUT);

  AnnalsStore open() {
    return where.open();
  }

  StoreLocation db() {
    return where.db;
  }

  void printJson(PrintStream out, Object value) throws Exception {
    out.println(JSON.writeValueAsString(value));
  }

  /** Events as a table, or as JSON with {@code --json}. */
  void printEvents(List<TimelineEvent> events) throws Exception {
    if (json) {
      printJson(System.out, events);
    } else {
      EventTable.print(System.out, events);
    }
  }

  static LocalDate date(String s, String option) {
    if (s == null) {
      return null;
    }
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(option + ": '" + s + "' is not a date (YYYY-MM-DD)");
    }
  }
}
