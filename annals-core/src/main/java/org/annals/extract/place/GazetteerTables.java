package org.annals.extract.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;
import org.annals.model.PlaceKind;

/**
 * Reads Annals' own gazetteer tables, the tab-separated files under
 * {@code org/annals/gazetteer/} (their columns are described in the README there): countries,
 * first-level administrative units, cities, named regions and named sites (plants, bases, landmarks).
 */
final class GazetteerTables {

  static final String DIRECTORY = "/org/annals/gazetteer/";

  static final List<String> COUNTRY_COLUMNS =
      List.of("iso2", "name", "alt_names", "demonyms", "capitals", "lat", "lon");
  static final List<String> ADMIN_COLUMNS = List.of("country", "name", "alt_names", "lat", "lon");
  static final List<String> CITY_COLUMNS = List.of("name", "country", "population", "alt_names", "lat", "lon");
  static final List<String> REGION_COLUMNS = List.of("name", "country", "alt_names", "lat", "lon");
  static final List<String> SITE_COLUMNS = REGION_COLUMNS;

  /** The places and demonyms read from the tables. */
  record Contents(List<KnownPlace> places, Map<String, String> demonyms) {}

  private GazetteerTables() {}

  static Contents readBuiltIn() {
    List<KnownPlace> places = new ArrayList<>();
    Map<String, String> demonyms = new LinkedHashMap<>();
    Map<String, Set<String>> capitalKeys = new HashMap<>();
    Set<String> countryCodes = new HashSet<>();

    for (Row r : rows("countries.tsv", COUNTRY_COLUMNS)) {
      String code = r.countryCode(0, false);
      if (!countryCodes.add(code)) {
        throw r.error("country " + code + " listed twice");
      }
      places.add(new KnownPlace(new Gazetteer.Entry(r.text(1), code, r.lat(5), r.lon(6), PlaceKind.COUNTRY),
          r.names(1, 2), 0, false));
      for (String d : r.list(3)) {
        String previous = demonyms.putIfAbsent(PlaceNames.key(d), code);
        if (previous != null && !previous.equals(code)) {
          throw r.error("demonym " + d + " already belongs to " + previous);
        }
      }
      Set<String> capitals = new HashSet<>();
      for (String c : r.list(4)) {
        capitals.add(PlaceNames.key(c));
      }
      capitalKeys.put(code, capitals);
    }
    for (Row r : rows("admin1.tsv", ADMIN_COLUMNS)) {
      String code = r.knownCountry(0, countryCodes, false);
      places.add(new KnownPlace(new Gazetteer.Entry(r.text(1), code, r.lat(3), r.lon(4), PlaceKind.ADMIN),
          r.names(1, 2), 0, false));
    }
    for (Row r : rows("cities.tsv", CITY_COLUMNS)) {
      String code = r.knownCountry(1, countryCodes, false);
      List<String> names = r.names(0, 3);
      boolean capital = false;
      for (String n : names) {
        capital |= capitalKeys.get(code).contains(PlaceNames.key(n));
      }
      places.add(new KnownPlace(new Gazetteer.Entry(r.text(0), code, r.lat(4), r.lon(5), PlaceKind.CITY),
          names, r.population(2), capital));
    }
    for (Row r : rows("regions.tsv", REGION_COLUMNS)) {
      String code = r.knownCountry(1, countryCodes, true);
      places.add(new KnownPlace(new Gazetteer.Entry(r.text(0), code, r.lat(3), r.lon(4), PlaceKind.REGION),
          r.names(0, 2), 0, false));
    }
    for (Row r : rows("sites.tsv", SITE_COLUMNS)) {
      String code = r.knownCountry(1, countryCodes, true);
      places.add(new KnownPlace(new Gazetteer.Entry(r.text(0), code, r.lat(3), r.lon(4), PlaceKind.OTHER),
          r.names(0, 2), 0, false));
    }
    return new Contents(places, demonyms);
  }

  private static List<Row> rows(String file, List<String> columns) {
    InputStream in = GazetteerTables.class.getResourceAsStream(DIRECTORY + file);
    if (in == null) {
      throw new IllegalStateException("gazetteer table missing from the class path: " + DIRECTORY + file);
    }
    List<Row> rows = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      boolean header = true;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split("\t", -1);
        if (header) {
          if (!Arrays.asList(fields).equals(columns)) {
            throw new GazetteerFormatException(file, number, "expected header " + String.join(" ", columns));
          }
          header = false;
          continue;
        }
        if (fields.length != columns.size()) {
          throw new GazetteerFormatException(file, number,
              "expected " + columns.size() + " tab-separated fields, found " + fields.length);
        }
        rows.add(new Row(file, number, fields));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gazetteer table " + file, e);
    }
    return rows;
  }

  /** One data line of a table, with field accessors that report the file and line on bad values. */
  private record Row(String file, int line, String[] fields) {

    GazetteerFormatException error(String problem) {
      return new GazetteerFormatException(file, line, problem);
    }

    String text(int i) {
      String s = fields[i].strip();
      if (s.isEmpty()) {
        throw error("empty field " + (i + 1));
      }
      return s;
    }

    List<String> list(int i) {
      List<String> out = new ArrayList<>();
      for (String s : fields[i].split("\\|")) {
        if (!s.isBlank()) {
          out.add(s.strip());
        }
      }
      return out;
    }

    /** The canonical name followed by the alternative names, without repeats. */
    List<String> names(int nameField, int altField) {
      List<String> names = new ArrayList<>();
      names.add(text(nameField));
      for (String alt : list(altField)) {
        if (!names.contains(alt)) {
          names.add(alt);
        }
      }
      return names;
    }

    String countryCode(int i, boolean optional) {
      String s = fields[i].strip();
      if (s.isEmpty() && optional) {
        return null;
      }
      if (!s.matches("[A-Z]{2}")) {
        throw error("not a two-letter country code: '" + s + "'");
      }
      return s;
    }

    String knownCountry(int i, Set<String> codes, boolean optional) {
      String code = countryCode(i, optional);
      if (code != null && !codes.contains(code)) {
        throw error("country " + code + " is not in countries.tsv");
      }
      return code;
    }

    double lat(int i) {
      return coordinate(i, 90);
    }

    double lon(int i) {
      return coordinate(i, 180);
    }

    private double coordinate(int i, double limit) {
      try {
        double v = Double.parseDouble(fields[i].strip());
        if (Double.isNaN(v) || Math.abs(v) > limit) {
          throw error("coordinate out of range: " + fields[i]);
        }
        return v;
      } catch (NumberFormatException e) {
        throw error("not a number: '" + fields[i] + "'");
      }
    }

    long population(int i) {
      try {
        long v = Long.parseLong(fields[i].strip());
        if (v < 0) {
          throw error("negative population: " + fields[i]);
        }
        return v;
      } catch (NumberFormatException e) {
        throw error("not a whole number: '" + fields[i] + "'");
      }
    }
  }
}
