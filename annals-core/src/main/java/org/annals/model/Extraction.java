package org.annals.model;

import java.util.List;

/** Everything Annals extracts from one article. */
public record Extraction(
    Article article,
    List<Entity> entities,
    List<TimeExpression> times,
    List<Place> places,
    List<Quote> quotes,
    List<Figure> figures,
    List<Event> events) {

  public Extraction {
    entities = List.copyOf(entities);
    times = List.copyOf(times);
    places = List.copyOf(places);
    quotes = List.copyOf(quotes);
    figures = List.copyOf(figures);
    events = List.copyOf(events);
  }
}
