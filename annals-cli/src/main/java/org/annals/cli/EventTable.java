package org.annals.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;
import org.annals.store.query.FigureSeries;
import org.annals.store.query.Participant;
import org.annals.store.query.TimelineEvent;

/**
 * Prints timeline events as a table: each figure (category, role, unit) shows its latest report,
 * '!' marks a conflict between articles.
 */
final class EventTable {

  private EventTable() {}

  static void print(PrintStream out, List<TimelineEvent> events) {
    TextTable t = new TextTable("DATE", "TYPE", "MODE", "ACTORS", "RECIPIENTS", "PLACE", "FIGURES", "SOURCES", "EVENT");
    for (TimelineEvent e : events) {
      t.row(shownDate(e), e.type(), e.mode(), names(e.actors()), names(e.recipients()), e.place(),
          figures(e.figures()), e.sourceCount(), e.eventId());
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

  /**
   * The day, or the event's own coarser date where that is all the reports give ("2026",
   * "2026-03"): the day is only where such an event sorts.
   */
  static String shownDate(TimelineEvent e) {
    if (e.day() == null) {
      return "?";
    }
    String v = e.dateValue();
    return v != null && v.matches("\\d{4}(-\\d{2}|-Q\\d|-W\\d{2}|-(SP|SU|FA|WI))?") ? v : e.day();
  }
}
