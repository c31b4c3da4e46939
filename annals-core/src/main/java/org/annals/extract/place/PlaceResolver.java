package org.annals.extract.place;

import java.util.List;
import org.annals.model.AnnotatedArticle;
import org.annals.model.Entity;
import org.annals.model.Place;

/** Geocodes an article's place entities. PLACEHOLDER: being written. */
public final class PlaceResolver {

  private final Gazetteer gazetteer;

  public PlaceResolver(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  public List<Place> resolve(AnnotatedArticle doc, List<Entity> entities) {
    return List.of();
  }
}
