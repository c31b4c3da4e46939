package org.annals.extract.place;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.annals.model.PlaceKind;

/**
 * Known places and demonyms: Annals' own tables of countries, first-level administrative units,
 * major cities and named regions, optionally extended with a GeoNames dump. Names are matched
 * without regard to case, diacritics or punctuation. Immutable and thread-safe.
 */
public final class Gazetteer {

  /** A gazetteer entry. {@code country} is null for regions spanning several countries. */
  public record Entry(String name, String country, double lat, double lon, PlaceKind kind) {}

  /**
   * One reading of a name: a place, how directly the name as written denotes it (0..1), and
   * whether the name means only a part of it ("eastern Ukraine").
   */
  record Candidate(KnownPlace place, double fit, boolean part) {
    Candidate(KnownPlace place, double fit) {
      this(place, fit, false);
    }

    double score() {
      return place.prior() * fit;
    }

    /**
     * Whether the place's point would misplace what the name means: a part of a country or of a
     * wide region is far from the country's or region's centre. A part of a city or unit is not.
     */
    boolean pointMisleads() {
      return part && (place.kind() == PlaceKind.COUNTRY || place.kind() == PlaceKind.REGION);
    }
  }

  /** How directly a name that reaches a place only through a designator or a direction denotes it. */
  static final double DESIGNATED_FIT = 0.95;
  static final double LOCAL_FIT = 0.6;
  static final double DIRECTION_FIT = 0.75;

  /** Namesakes of one kind and country closer than this are one place listed twice (built-in and GeoNames). */
  private static final double SAME_PLACE_KM = 30;

  private static final class BuiltIn {
    static final Gazetteer INSTANCE = of(GazetteerTables.readBuiltIn());
  }

  private final List<KnownPlace> places;
  private final Map<String, String> demonyms;
  private final Map<String, List<KnownPlace>> byName = new HashMap<>();
  /** Administrative units and regions by their names stripped of a designator ("Bryansk Oblast" → "bryansk"). */
  private final Map<String, List<KnownPlace>> byBareName = new HashMap<>();
  private final Map<String, KnownPlace> countries = new LinkedHashMap<>();

  private Gazetteer(List<KnownPlace> places, Map<String, String> demonyms) {
    this.places = List.copyOf(places);
    this.demonyms = Map.copyOf(demonyms);
    for (KnownPlace p : this.places) {
      for (String n : p.names()) {
        String key = PlaceNames.key(n);
        if (key.isEmpty()) {
          continue;
        }
        add(byName, key, p);
        if (p.kind() == PlaceKind.ADMIN || p.kind() == PlaceKind.REGION) {
          String bare = PlaceNames.withoutDesignator(key);
          // "Northern District" must not make every "northern region" Israeli.
          if (bare != null && !PlaceNames.DIRECTIONS.contains(bare)) {
            add(byBareName, bare, p);
          }
          add(byBareName, key, p);
        }
      }
      if (p.kind() == PlaceKind.COUNTRY && p.country() != null) {
        countries.putIfAbsent(p.country(), p);
      }
    }
  }

  private static void add(Map<String, List<KnownPlace>> index, String key, KnownPlace p) {
    List<KnownPlace> list = index.computeIfAbsent(key, k -> new ArrayList<>(1));
    if (!list.contains(p)) {
      list.add(p);
    }
  }

  private static Gazetteer of(GazetteerTables.Contents contents) {
    return new Gazetteer(contents.places(), contents.demonyms());
  }

  /** Annals' own tables (about 250 countries and territories, their main subdivisions, major cities). */
  public static Gazetteer builtIn() {
    return BuiltIn.INSTANCE;
  }

  /**
   * The built-in gazetteer extended with a GeoNames dump ({@code cities15000.txt} or another file
   * in the GeoNames table format).
   *
   * @throws GazetteerFormatException naming the file and line of a malformed line
   */
  public static Gazetteer fromGeoNames(Path cities15000Txt) throws IOException {
    return builtIn().withGeoNames(cities15000Txt);
  }

  /** This gazetteer with the places of a GeoNames dump added. */
  public Gazetteer withGeoNames(Path geoNamesDump) throws IOException {
    List<KnownPlace> all = new ArrayList<>(places);
    all.addAll(GeoNamesDump.read(geoNamesDump));
    return new Gazetteer(all, demonyms);
  }

  /**
   * The place best matching a name as written ("Kyiv", "Bryansk region"), if known. A part of a
   * country ("eastern Ukraine") is not found: the country's point would misplace it.
   */
  public Optional<Entry> findPlace(String name) {
    List<Entry> all = findAll(name);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  /** Every place a name may denote, the likeliest first (without any article context). */
  public List<Entry> findAll(String name) {
    List<Entry> out = new ArrayList<>();
    for (Candidate c : candidates(name)) {
      if (!c.pointMisleads()) {
        out.add(c.place().entry());
      }
    }
    return out;
  }

  /** The country with this ISO 3166-1 alpha-2 code, if known. */
  public Optional<Entry> country(String iso2) {
    KnownPlace p = iso2 == null ? null : countries.get(iso2.toUpperCase(java.util.Locale.ROOT));
    return p == null ? Optional.empty() : Optional.of(p.entry());
  }

  /** The ISO country code of a demonym or nationality adjective ("Russian" → RU), if known. */
  public Optional<String> demonymCountry(String word) {
    if (word == null) {
      return Optional.empty();
    }
    String key = PlaceNames.key(word);
    String code = demonyms.get(key);
    if (code == null && key.endsWith("s")) {
      code = demonyms.get(key.substring(0, key.length() - 1)); // "Ukrainians" where only the adjective is listed
    }
    return Optional.ofNullable(code);
  }

  /** Number of places known. */
  public int size() {
    return places.size();
  }

  /**
   * Every reading of a name, best first: the name itself; failing that, the name without a
   * designator ("Bryansk region": administrative units named Bryansk), without "city", or without
   * a direction word ("eastern Ukraine"). Namesakes listed twice are merged.
   */
  List<Candidate> candidates(String name) {
    List<Candidate> asWritten = candidatesOfKey(PlaceNames.key(name));
    String bare = stripPossessive(name);
    // "Russia's" as tagged; but "St. John's" is a name.
    return asWritten.isEmpty() && !bare.equals(name.strip()) ? candidatesOfKey(PlaceNames.key(bare)) : asWritten;
  }

  private List<Candidate> candidatesOfKey(String key) {
    if (key.isEmpty()) {
      return List.of();
    }
    List<Candidate> out = new ArrayList<>();
    collect(out, key, 1.0);
    if (out.isEmpty()) {
      String rest = PlaceNames.withoutDirection(key);
      if (rest != null) {
        List<Candidate> inner = new ArrayList<>();
        collect(inner, rest, DIRECTION_FIT);
        for (Candidate c : inner) {
          out.add(new Candidate(c.place(), c.fit(), true));
        }
      }
    }
    return ranked(out);
  }

  /** Administrative units and regions a bare name may stand for when the text calls it a region or province. */
  List<Candidate> units(String name) {
    List<KnownPlace> found = byBareName.getOrDefault(PlaceNames.key(name), List.of());
    if (found.isEmpty()) {
      found = byBareName.getOrDefault(PlaceNames.key(stripPossessive(name)), List.of());
    }
    List<Candidate> out = new ArrayList<>();
    for (KnownPlace p : found) {
      out.add(new Candidate(p, 1.0));
    }
    return ranked(out);
  }

  private void collect(List<Candidate> out, String key, double fit) {
    for (KnownPlace p : byName.getOrDefault(key, List.of())) {
      out.add(new Candidate(p, fit));
    }
    if (!out.isEmpty()) {
      return;
    }
    String bare = PlaceNames.withoutDesignator(key);
    if (bare != null) {
      for (KnownPlace p : byBareName.getOrDefault(bare, List.of())) {
        out.add(new Candidate(p, fit * DESIGNATED_FIT));
      }
      if (out.isEmpty()) {
        // "Pokrovsk region": no such unit, so the town the name is taken from.
        for (KnownPlace p : byName.getOrDefault(bare, List.of())) {
          out.add(new Candidate(p, fit * LOCAL_FIT));
        }
      }
      return;
    }
    String town = PlaceNames.withoutLocalDesignator(key);
    if (town == null) {
      town = PlaceNames.withoutCity(key);
      if (town != null) {
        for (KnownPlace p : byName.getOrDefault(town, List.of())) {
          if (p.kind() == PlaceKind.CITY) {
            out.add(new Candidate(p, fit * DESIGNATED_FIT));
          }
        }
        return;
      }
    }
    if (town != null) {
      for (KnownPlace p : byName.getOrDefault(town, List.of())) {
        if (p.kind() == PlaceKind.CITY) {
          out.add(new Candidate(p, fit * LOCAL_FIT));
        }
      }
    }
  }

  /** Best first (stable for equal scores: table order), with the second listing of one place dropped. */
  static List<Candidate> ranked(List<Candidate> candidates) {
    List<Candidate> sorted = new ArrayList<>(candidates);
    sorted.sort(Comparator.comparingDouble(Candidate::score).reversed());
    List<Candidate> kept = new ArrayList<>();
    for (Candidate c : sorted) {
      boolean duplicate = false;
      for (Candidate k : kept) {
        if (k.place() == c.place() || sameNamesake(k.place(), c.place())) {
          duplicate = true;
          break;
        }
      }
      if (!duplicate) {
        kept.add(c);
      }
    }
    return kept;
  }

  private static boolean sameNamesake(KnownPlace a, KnownPlace b) {
    return a.kind() == b.kind() && java.util.Objects.equals(a.country(), b.country())
        && (a.kind() == PlaceKind.COUNTRY || a.kilometresTo(b) < SAME_PLACE_KM);
  }

  static String stripPossessive(String name) {
    String s = name.strip();
    if (s.endsWith("'s") || s.endsWith("\u2019s")) {
      return s.substring(0, s.length() - 2);
    }
    if (s.endsWith("'") || s.endsWith("\u2019")) {
      return s.substring(0, s.length() - 1);
    }
    return s;
  }
}
