package org.annals.extract.event;

import java.util.List;
import org.annals.model.AnnotatedArticle;
import org.annals.model.Entity;
import org.annals.model.Event;
import org.annals.model.Figure;
import org.annals.model.Place;
import org.annals.model.TimeExpression;

/** Finds PLOVER-typed events. PLACEHOLDER: being written. */
public final class EventExtractor {

  public List<Event> extract(AnnotatedArticle doc, List<Entity> entities, List<TimeExpression> times,
      List<Figure> figures, List<Place> places) {
    return List.of();
  }
}
