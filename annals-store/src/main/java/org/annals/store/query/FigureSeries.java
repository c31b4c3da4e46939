package org.annals.store.query;

import java.util.List;

/**
 * All reports of one figure category (killed, drones, ...) for one event, oldest first.
 *
 * @param latest the latest report's figure (by article date, then ingest order): what the timeline shows
 * @param conflict true where the reports give different values
 */
public record FigureSeries(String category, FigureReport latest, List<FigureReport> history, boolean conflict) {

  public FigureSeries {
    history = List.copyOf(history);
  }
}
