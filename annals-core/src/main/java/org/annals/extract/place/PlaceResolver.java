package org.annals.extract.place;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.model.AnnotatedArticle;
import org.annals.model.Entity;
import org.annals.model.EntityType;
import org.annals.model.Mention;
import org.annals.model.Place;
import org.annals.model.PlaceKind;
import org.annals.model.Sentence;
import org.annals.model.Token;

/**
 * Geocodes an article's place entities with a {@link Gazetteer}.
 *
 * <p>A name with several readings ("Georgia", "Kharkiv") is decided by, in order: what the text
 * says right around a mention ("Kharkiv region", "the city of Kharkiv"); the countries the rest of
 * the article is about (other places and demonyms such as "Russian"), which lift namesakes in those
 * countries; and the gazetteer's own preference for countries, then capitals and large cities. A
 * name the gazetteer does not know is reported ungeocoded with low confidence, never placed at a
 * country's centre.
 */
public final class PlaceResolver {

  /** Confidence of a place the gazetteer does not know. */
  static final double UNKNOWN_CONFIDENCE = 0.1;
  /** Confidence in the country of a part of it that has no point of its own ("eastern Ukraine"). */
  static final double PART_CONFIDENCE = 0.6;
  /**
   * Lift for a reading whose country the article places something else in (a city, a unit: "Atlanta"
   * for Georgia the state), and the smaller lift where the article only names that country or its
   * people ("U.S.", "Pakistani"): naming a country is common, so it should not move "Paris" to Texas.
   */
  static final double PLACE_CONTEXT_BOOST = 0.25;
  static final double COUNTRY_CONTEXT_BOOST = 0.1;
  /** Organisation and MISC entities are places only by metonymy ("Ukraine said"), so are trusted less. */
  static final double NON_LOCATION_FACTOR = 0.7;

  // After a mention: "Kharkiv region", "Kharkiv Oblast", "Kharkiv regional governor",
  // and the first of a coordination, "Sumy and Kharkiv regions".
  private static final Pattern UNIT_AFTER = Pattern.compile(
      "^(?:\\s*(?:,|and|&)\\s*\\p{Lu}[\\p{L}'\u2019-]*(?:\\s\\p{Lu}[\\p{L}'\u2019-]*)?)*"
          + "\\s*-?\\s*(region|regions|regional|oblast|oblasts|province|provinces|provincial|krai|governorate|"
          + "governorates|prefecture|voivodeship)\\b",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern UNIT_BEFORE = Pattern.compile(
      "\\b(?:region|oblast|province|governorate|prefecture)\\s+of\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);
  private static final Pattern CITY_AFTER = Pattern.compile("^\\s+city\\b(?!\\s+(?:council|hall))");
  private static final Pattern CITY_BEFORE = Pattern.compile(
      "\\b(?:city|town|village|port|capital)\\s+of\\s+$", Pattern.CASE_INSENSITIVE);

  /** Kilometres from a city's point within which a site lies in that city. */
  static final double WITHIN_KM = 10.0;
  /** After a site's name: up to three lower-case words ("steel plant") and "in", then the city's name. */
  private static final Pattern IN_CITY_AFTER = Pattern.compile("^(?:\\s[a-z][a-z-]*){0,3},?\\s+in\\s+(?:the\\s+(?:city|town|port)\\s+of\\s+)?");

  private final Gazetteer gazetteer;

  public PlaceResolver(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  public List<Place> resolve(AnnotatedArticle doc, List<Entity> entities) {
    Map<String, List<Gazetteer.Candidate>> readings = new HashMap<>();
    for (Entity e : entities) {
      if (isPlaceType(e.type())) {
        readings.put(e.id(), readings(doc, e));
      }
    }
    ArticleCountries countries = articleCountries(doc, entities, readings);
    List<Place> places = new ArrayList<>();
    for (Entity e : entities) {
      List<Gazetteer.Candidate> r = readings.get(e.id());
      if (r == null) {
        continue;
      }
      if (e.type() == EntityType.LOCATION) {
        places.add(place(e, r, countries, e.id()));
      } else if (isClearlyPlace(e, r)) {
        Place p = place(e, r, countries, e.id());
        places.add(new Place(p.entity(), p.name(), p.country(), p.lat(), p.lon(), p.kind(),
            round(p.confidence() * NON_LOCATION_FACTOR)));
      }
    }
    return placedInCities(doc, entities, places);
  }

  /**
   * A site lies in a city the article names where the gazetteer puts it within {@link #WITHIN_KM} of
   * that city's point (Azovstal and Mariupol), or, for a place the gazetteer does not know, where
   * the text puts it there ("the Azovstal steelworks in Mariupol", "Azovstal, in Mariupol"); an
   * unknown place then takes the city's country and point, with the confidence of a part.
   */
  private static List<Place> placedInCities(AnnotatedArticle doc, List<Entity> entities, List<Place> places) {
    Map<String, Place> byEntity = new HashMap<>();
    List<Place> cities = new ArrayList<>();
    for (Place p : places) {
      byEntity.put(p.entity(), p);
      if (p.kind() == PlaceKind.CITY && p.lat() != null) {
        cities.add(p);
      }
    }
    if (cities.isEmpty()) {
      return places;
    }
    Map<Integer, String> cityAt = new HashMap<>();
    for (Entity e : entities) {
      Place p = byEntity.get(e.id());
      if (p != null && p.kind() == PlaceKind.CITY) {
        for (Mention m : e.mentions()) {
          cityAt.put(m.start(), e.id());
        }
      }
    }
    String text = doc.text();
    Map<String, Place> placed = new HashMap<>();
    for (Entity e : entities) {
      Place p = byEntity.get(e.id());
      if (p == null || p.kind() != PlaceKind.OTHER || e.type() != EntityType.LOCATION) {
        continue;
      }
      if (p.lat() != null) {
        Place nearest = null;
        double best = WITHIN_KM;
        for (Place c : cities) {
          double km = kilometres(p, c);
          if (km <= best) {
            best = km;
            nearest = c;
          }
        }
        if (nearest != null) {
          placed.put(e.id(), new Place(p.entity(), p.name(), p.country(), p.lat(), p.lon(), p.kind(),
              p.confidence(), nearest.entity()));
        }
        continue;
      }
      for (Mention m : e.mentions()) {
        int end = Math.min(m.end(), text.length());
        Matcher in = IN_CITY_AFTER.matcher(text.substring(end, Math.min(end + 60, text.length())));
        String city = in.find() ? cityAt.get(end + in.end()) : null;
        if (city != null && !city.equals(e.id())) {
          Place c = byEntity.get(city);
          placed.put(e.id(), new Place(p.entity(), p.name(), c.country(), c.lat(), c.lon(), PlaceKind.OTHER,
              PART_CONFIDENCE, city));
          break;
        }
      }
    }
    if (placed.isEmpty()) {
      return places;
    }
    List<Place> out = new ArrayList<>();
    for (Place p : places) {
      out.add(placed.getOrDefault(p.entity(), p));
    }
    return out;
  }

  private static boolean isPlaceType(EntityType t) {
    return t == EntityType.LOCATION || t == EntityType.ORGANIZATION || t == EntityType.MISC;
  }

  /**
   * An organisation or MISC entity counts as a place only where every mention names the same
   * country, first-level unit or national capital outright, and the name is not a nationality.
   */
  private boolean isClearlyPlace(Entity e, List<Gazetteer.Candidate> readings) {
    if (readings.isEmpty() || gazetteer.demonymCountry(e.name()).isPresent()) {
      return false;
    }
    KnownPlace best = readings.get(0).place();
    boolean major = best.kind() == PlaceKind.COUNTRY || best.kind() == PlaceKind.ADMIN || best.capital();
    if (!major) {
      return false;
    }
    for (String name : names(e)) {
      List<Gazetteer.Candidate> c = gazetteer.candidates(name);
      if (c.isEmpty() || c.get(0).place() != best || c.get(0).fit() < 1.0) {
        return false;
      }
    }
    return true;
  }

  /** Every reading of any of the entity's names, narrowed by what the text says around its mentions. */
  private List<Gazetteer.Candidate> readings(AnnotatedArticle doc, Entity e) {
    List<Gazetteer.Candidate> all = new ArrayList<>();
    Set<String> names = names(e);
    for (String name : names) {
      all.addAll(gazetteer.candidates(name));
    }
    // One entity may gather "Kyiv" the capital and "Kyiv region": the reading most mentions ask for wins.
    int unitCues = 0;
    int cityCues = 0;
    String text = doc.text();
    for (Mention m : e.mentions()) {
      int end = Math.min(m.end(), text.length());
      int start = Math.min(m.start(), end);
      String after = text.substring(end, Math.min(end + 80, text.length()));
      String before = text.substring(Math.max(0, start - 30), start);
      if (UNIT_AFTER.matcher(after).find() || UNIT_BEFORE.matcher(before).find()) {
        unitCues++;
      } else if (CITY_AFTER.matcher(after).find() || CITY_BEFORE.matcher(before).find()) {
        cityCues++;
      }
    }
    int mentions = Math.max(1, e.mentions().size());
    boolean unitCue = unitCues > 0 && 2 * unitCues >= mentions;
    boolean cityCue = cityCues > 0 && 2 * cityCues >= mentions;
    if (unitCue) {
      List<Gazetteer.Candidate> units = new ArrayList<>();
      for (String name : names) {
        units.addAll(gazetteer.units(name));
      }
      for (Gazetteer.Candidate c : all) {
        if (c.place().kind() == PlaceKind.ADMIN || c.place().kind() == PlaceKind.REGION) {
          units.add(c);
        }
      }
      if (!units.isEmpty()) {
        return Gazetteer.ranked(units);
      }
    } else if (cityCue) {
      List<Gazetteer.Candidate> cities = new ArrayList<>();
      for (Gazetteer.Candidate c : all) {
        if (c.place().kind() == PlaceKind.CITY) {
          cities.add(c);
        }
      }
      if (!cities.isEmpty()) {
        return Gazetteer.ranked(cities);
      }
    }
    return Gazetteer.ranked(all);
  }

  /** The entity's canonical name, then its mentions' texts, each once. */
  private static Set<String> names(Entity e) {
    Set<String> names = new LinkedHashSet<>();
    names.add(e.name());
    for (Mention m : e.mentions()) {
      names.add(m.text());
    }
    return names;
  }

  private static Place place(Entity e, List<Gazetteer.Candidate> readings, ArticleCountries countries,
      String self) {
    if (readings.isEmpty()) {
      return new Place(e.id(), e.name(), null, null, null, PlaceKind.OTHER, UNKNOWN_CONFIDENCE);
    }
    Gazetteer.Candidate best = null;
    double bestScore = -1;
    double secondScore = -1;
    for (Gazetteer.Candidate c : readings) {
      double s = c.score() + countries.boost(c.place().country(), self);
      if (s > bestScore) {
        secondScore = bestScore;
        bestScore = s;
        best = c;
      } else if (s > secondScore) {
        secondScore = s;
      }
    }
    Gazetteer.Entry entry = best.place().entry();
    if (best.pointMisleads()) {
      // "eastern Ukraine": the country is known, the point is not; the country's centre would mislead.
      return new Place(e.id(), e.name(), entry.country(), null, null, PlaceKind.REGION,
          round(PART_CONFIDENCE * best.fit()));
    }
    double confidence = best.place().kind() == PlaceKind.COUNTRY ? 0.95 : 0.9;
    if (secondScore >= 0) {
      // Several readings: as sure as the winner's lead over the runner-up.
      confidence = Math.min(confidence - 0.05, 0.5 + 1.5 * (bestScore - secondScore));
    }
    confidence *= best.fit();
    return new Place(e.id(), entry.name(), entry.country(), entry.lat(), entry.lon(), entry.kind(),
        round(confidence));
  }

  /** Great-circle distance between two geocoded places, in kilometres. */
  private static double kilometres(Place a, Place b) {
    double lat1 = Math.toRadians(a.lat());
    double lat2 = Math.toRadians(b.lat());
    double dLat = lat2 - lat1;
    double dLon = Math.toRadians(b.lon() - a.lon());
    double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
        + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 2 * 6371.0 * Math.asin(Math.min(1.0, Math.sqrt(h)));
  }

  private static double round(double confidence) {
    return Math.round(Math.max(0.0, Math.min(1.0, confidence)) * 100) / 100.0;
  }

  /**
   * The countries an article is about, each with the entities that point to it: the country of
   * every place read unambiguously, and of every nationality word ("Russian", "Ukrainians").
   */
  private ArticleCountries articleCountries(AnnotatedArticle doc, List<Entity> entities,
      Map<String, List<Gazetteer.Candidate>> readings) {
    ArticleCountries countries = new ArticleCountries();
    for (Entity e : entities) {
      List<Gazetteer.Candidate> r = readings.get(e.id());
      if (e.type() == EntityType.LOCATION && r != null && !r.isEmpty()) {
        boolean inside = r.get(0).place().kind() != PlaceKind.COUNTRY;
        unambiguousCountry(r).ifPresent(c -> countries.add(c, e.id(), inside));
      }
      if (e.type() == EntityType.NORP || e.type() == EntityType.MISC) {
        for (String name : names(e)) {
          gazetteer.demonymCountry(name).ifPresent(c -> countries.add(c, e.id(), false));
        }
      }
    }
    // Nationality words the tagger left untagged ("Russian-Ukrainian talks").
    for (Sentence s : doc.sentences()) {
      for (Token t : s.tokens()) {
        if (!t.word().isEmpty() && Character.isUpperCase(t.word().charAt(0))) {
          for (String part : t.word().split("-")) {
            gazetteer.demonymCountry(part).ifPresent(c -> countries.add(c, "token:" + t.index(), false));
          }
        }
      }
    }
    return countries;
  }

  /** The country of an entity's readings where they agree on one, or its top reading is a country. */
  private static Optional<String> unambiguousCountry(List<Gazetteer.Candidate> readings) {
    KnownPlace top = readings.get(0).place();
    if (top.kind() == PlaceKind.COUNTRY) {
      return Optional.ofNullable(top.country());
    }
    Set<String> seen = new HashSet<>();
    for (Gazetteer.Candidate c : readings) {
      seen.add(String.valueOf(c.place().country()));
    }
    return seen.size() == 1 ? Optional.ofNullable(top.country()) : Optional.empty();
  }

  /**
   * Countries with the sources (entity ids, token positions) that point to them, kept apart by
   * whether a source is a place inside the country or just the country's name or people.
   */
  private static final class ArticleCountries {
    private final Map<String, Set<String>> byPlaceInside = new HashMap<>();
    private final Map<String, Set<String>> byName = new HashMap<>();

    void add(String country, String source, boolean placeInside) {
      (placeInside ? byPlaceInside : byName).computeIfAbsent(country, k -> new HashSet<>()).add(source);
    }

    /** The lift a reading in {@code country} gets from what sources other than {@code self} say. */
    double boost(String country, String self) {
      if (country == null) {
        return 0.0;
      }
      if (hasOther(byPlaceInside.get(country), self)) {
        return PLACE_CONTEXT_BOOST;
      }
      return hasOther(byName.get(country), self) ? COUNTRY_CONTEXT_BOOST : 0.0;
    }

    private static boolean hasOther(Set<String> sources, String self) {
      return sources != null && (sources.size() > 1 || !sources.contains(self));
    }
  }
}
