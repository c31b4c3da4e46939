package org.annals.extract.place;

import java.util.Optional;

/**
 * Known places and demonyms. PLACEHOLDER API: the built-in data and GeoNames loader are being
 * written; until then it knows nothing.
 */
public final class Gazetteer {

  /** A gazetteer entry. */
  public record Entry(String name, String country, double lat, double lon, org.annals.model.PlaceKind kind) {}

  public static Gazetteer builtIn() {
    return new Gazetteer();
  }

  /** The place best matching a name as written ("Kyiv", "Bryansk region"), if known. */
  public Optional<Entry> findPlace(String name) {
    return Optional.empty();
  }

  /** The ISO country code of a demonym or nationality adjective ("Russian" → RU), if known. */
  public Optional<String> demonymCountry(String word) {
    return Optional.empty();
  }
}
