package org.annals.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;
import org.annals.store.query.FigureSeries;
import org.annals.store.query.Participant;
import org.annals.store.query.TimelineEvent;

/**
 * Prints timeline events as a table: the date as known, the status where it is not asserted, each
 * figure (category, role, unit) with its latest report, '!' marking a conflict between articles.
 */
final class EventTable {

  /** What the table shows, for the help of the commands that print it. */
  static final String COLUMNS = "DATE is what the reports tell of when it happened: a day (2022-03-04), a week "
      + "(2022-W10), a month (2022-03), a season, quarter or half (2022-SU, 2022-Q1, 2022-H2) or a year (2022); "
      + "an event no report dates has the day of its first news report; '?' where undated. STATUS is empty for "
      + "what the reports assert, 'claimed' where only a party claims it (and negated, hypothetical, future or "
      + "denied with --status). Each event shows its PLOVER type and mode, actors, recipients, place, the latest "
      + "reported figures ('!' where reports disagree, with the history) and its number of independent sources.";

  private EventTable() {}

  static void print(PrintStream out, List<TimelineEvent> events) {
    TextTable t = new TextTable("DATE", "STATUS", "TYPE", "MODE", "ACTORS", "RECIPIENTS", "PLACE", "FIGURES",
        "SOURCES", "EVENT");
    for (TimelineEvent e : events) {
      t.row(e.day() == null ? "?" : e.day(), "asserted".equals(e.status()) ? "" : e.status(), e.type(), e.mode(),
          names(e.actors()), names(e.recipients()), e.place(), figures(e.figures()), e.sourceCount(), e.eventId());
    }
    t.print(out);
  }

  private static String names(List<Participant> ps) {
    return ps.stream().map(Participant::name).collect(Collectors.joining("; "));
  }

  /** "killed 9! (7→9)", "drones launched 415", "money 7000000000 USD". */
  private static String figures(List<FigureSeries> fs) {
    return fs.stream().map(f -> f.category() + (f.role() == null ? "" : " " + f.role()) + " "
        + number(f.latest().value()) + (f.unit() == null ? "" : f.unit().equals("%") ? "%" : " " + f.unit())
        + (f.conflict() ? "! (" + f.history().stream().map(r -> number(r.value())).collect(Collectors.joining("→")) + ")"
            : ""))
        .collect(Collectors.joining(", "));
  }

  static String number(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
  }
}
