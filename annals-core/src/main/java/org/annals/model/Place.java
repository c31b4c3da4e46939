package org.annals.model;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A place entity, geocoded where the gazetteer knows it.
 *
 * @param entity the LOCATION (or NORP) entity id
 * @param country ISO 3166-1 alpha-2 code, or null
 * @param lat latitude, or null where the place is not geocoded
 * @param lon longitude, or null
 * @param confidence 0..1; low for names the gazetteer does not know
 * @param within the entity id of the city the text puts this place in ("the Azovstal steelworks in
 *     Mariupol"), for a place the gazetteer does not know; else null
 */
public record Place(
    String entity, String name, String country, Double lat, Double lon, PlaceKind kind, double confidence,
    String within) {

  public Place(String entity, String name, String country, Double lat, Double lon, PlaceKind kind,
      double confidence) {
    this(entity, name, country, lat, lon, kind, confidence, null);
  }

  /** The entity ids of the places of one kind: the article's countries, its cities. */
  public static Set<String> entitiesOf(List<Place> places, PlaceKind kind) {
    Set<String> out = new HashSet<>();
    for (Place p : places) {
      if (p.kind() == kind && p.entity() != null) {
        out.add(p.entity());
      }
    }
    return out;
  }

  /** Each place the text puts in a city, to that city's entity id. */
  public static Map<String, String> containers(List<Place> places) {
    Map<String, String> out = new HashMap<>();
    for (Place p : places) {
      if (p.within() != null && p.entity() != null) {
        out.put(p.entity(), p.within());
      }
    }
    return out;
  }
}
