package org.annals.extract.place;

import java.util.List;
import org.annals.model.PlaceKind;

/**
 * A gazetteer place with what ranking needs beyond {@link Gazetteer.Entry}: its names, population
 * and whether it is a national capital.
 *
 * @param names the canonical name first, then alternative names and spellings
 * @param population approximate population, 0 where unknown or not a settlement
 */
record KnownPlace(Gazetteer.Entry entry, List<String> names, long population, boolean capital) {

  KnownPlace {
    names = List.copyOf(names);
  }

  /**
   * How likely a bare mention of one of this place's names means this place rather than a namesake,
   * before reading the article: countries first, then capitals and large cities, then
   * administrative units, then regions. A first-level unit outranks all but the largest cities
   * because the names they share are mostly the unit's ("Victoria", "Punjab"); the names shared
   * with their own capital city ("Kharkiv") are kept apart by the designator index.
   */
  double prior() {
    return switch (entry.kind()) {
      case COUNTRY -> 1.0;
      case CITY -> 0.55 + 0.04 * Math.log10(Math.max(population, 1000)) + (capital ? 0.06 : 0.0);
      case ADMIN -> 0.80;
      case REGION -> 0.70;
      case OTHER -> 0.50;
    };
  }

  PlaceKind kind() {
    return entry.kind();
  }

  String country() {
    return entry.country();
  }

  /** Great-circle distance in kilometres. */
  double kilometresTo(KnownPlace other) {
    double lat1 = Math.toRadians(entry.lat());
    double lat2 = Math.toRadians(other.entry.lat());
    double dLat = lat2 - lat1;
    double dLon = Math.toRadians(other.entry.lon() - entry.lon());
    double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
        + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 2 * 6371.0 * Math.asin(Math.min(1.0, Math.sqrt(h)));
  }
}
