package org.annals.extract.place;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.annals.model.Entity;
import org.annals.model.EntityType;
import org.annals.model.Place;
import org.annals.model.PlaceKind;

/**
 * The country each entity of an article belongs to or lies in, where the article says so: a
 * geocoded place's own country, a nationality's ("Russians" → RU), a person's or organisation's
 * from a nationality or country word in its name or titles ("Russian Foreign Minister Sergei
 * Lavrov", "the Ukrainian army", "Ministry of Defence of Ukraine"). Event coreference uses it to
 * tell the sides of a war apart: "Russia struck" and "Ukraine struck" are not one strike.
 */
public final class EntityCountries {

  private final Gazetteer gazetteer;

  public EntityCountries(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** Entity id to ISO 3166-1 alpha-2 code, for the entities whose country the article gives. */
  public Map<String, String> of(List<Entity> entities, List<Place> places) {
    Map<String, String> out = new HashMap<>();
    for (Place p : places) {
      if (p.entity() != null && p.country() != null) {
        out.put(p.entity(), p.country());
      }
    }
    for (Entity e : entities) {
      if (out.containsKey(e.id())) {
        continue;
      }
      String c = switch (e.type()) {
        case LOCATION -> country(e.name(), true);
        case NORP -> gazetteer.demonymCountry(e.name()).orElse(null);
        default -> fromWords(e);
      };
      if (c != null) {
        out.put(e.id(), c);
      }
    }
    return out;
  }

  private String fromWords(Entity e) {
    String c = firstCountryWord(e.name(), e.type() == EntityType.ORGANIZATION);
    if (c != null) {
      return c;
    }
    for (String title : e.titles()) {
      c = firstCountryWord(title, true);
      if (c != null) {
        return c;
      }
    }
    return null;
  }

  private static final Pattern WORD_BREAKS = Pattern.compile("[\\s,]+");
  private static final Pattern POSSESSIVE = Pattern.compile("[’']s$");

  /** The first nationality or country word of a name or title ("Russian Foreign Minister" → RU). */
  private String firstCountryWord(String text, boolean countryNames) {
    for (String w : WORD_BREAKS.split(text)) {
      String word = POSSESSIVE.matcher(w).replaceAll("");
      if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
        continue;
      }
      Optional<String> d = gazetteer.demonymCountry(word);
      if (d.isPresent()) {
        return d.get();
      }
      if (countryNames) {
        String c = country(word, false);
        if (c != null) {
          return c;
        }
      }
    }
    return null;
  }

  /** The country a place name lies in; with {@code anyKind} false only where the name is a country's own. */
  private String country(String name, boolean anyKind) {
    Optional<Gazetteer.Entry> e = gazetteer.findPlace(name);
    if (e.isEmpty() || (!anyKind && e.get().kind() != PlaceKind.COUNTRY)) {
      return null;
    }
    return e.get().country();
  }
}
