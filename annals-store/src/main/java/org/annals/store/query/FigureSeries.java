package org.annals.store.query;

import java.util.Comparator;
import java.util.List;

/**
 * All reports of one figure for one event, oldest first: what is counted (killed, drones, ...),
 * what happened to it (launched, intercepted, ... or null) and its unit (USD, km, ... or null).
 * Reports of different roles or units are different figures: "415 launched" and "386 shot down",
 * "$1.5bn" and "£1bn" are never compared.
 *
 * @param latest the latest report that is not an aggregate (else the latest): what the timeline shows
 * @param conflict true where two articles disagree on it (see {@link FigureReport#disagreesWith})
 */
public record FigureSeries(String category, String role, String unit, FigureReport latest,
    List<FigureReport> history, boolean conflict) {

  public FigureSeries {
    history = List.copyOf(history);
  }

  /** The series of reports given oldest first (by article date, then ingest order). */
  public static FigureSeries of(Key key, List<FigureReport> history) {
    FigureReport latest = history.get(history.size() - 1);
    for (int i = history.size() - 1; i >= 0; i--) {
      if (!history.get(i).aggregate()) {
        latest = history.get(i);
        break;
      }
    }
    return new FigureSeries(key.category(), key.role(), key.unit(), latest, history, conflicting(history));
  }

  /** Whether any two of these reports of one figure disagree. */
  public static boolean conflicting(List<FigureReport> reports) {
    for (int i = 0; i < reports.size(); i++) {
      for (int j = i + 1; j < reports.size(); j++) {
        if (reports.get(i).disagreesWith(reports.get(j))) {
          return true;
        }
      }
    }
    return false;
  }

  /** What makes reports the same figure: category, role and unit. Sorts by category, then role, then unit. */
  public record Key(String category, String role, String unit) implements Comparable<Key> {

    private static final Comparator<Key> ORDER = Comparator.comparing(Key::category)
        .thenComparing(Key::role, Comparator.nullsFirst(Comparator.naturalOrder()))
        .thenComparing(Key::unit, Comparator.nullsFirst(Comparator.naturalOrder()));

    @Override
    public int compareTo(Key other) {
      return ORDER.compare(this, other);
    }
  }
}
