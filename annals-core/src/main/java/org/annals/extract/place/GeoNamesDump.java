package org.annals.extract.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.annals.model.PlaceKind;

/**
 * Reads a GeoNames table dump such as {@code cities15000.txt}: one place per line, 19 tab-separated
 * fields (geonameid, name, asciiname, alternatenames, latitude, longitude, feature class, feature
 * code, country code, cc2, admin1..admin4 codes, population, elevation, dem, timezone, modification
 * date).
 */
final class GeoNamesDump {

  static final int FIELDS = 19;

  private GeoNamesDump() {}

  static List<KnownPlace> read(Path file) throws IOException {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    List<KnownPlace> places = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        places.add(parse(name, number, line));
      }
    }
    return places;
  }

  static KnownPlace parse(String file, int number, String line) {
    String[] f = line.split("\t", -1);
    if (f.length != FIELDS) {
      throw new GazetteerFormatException(file, number,
          "expected " + FIELDS + " tab-separated fields, found " + f.length);
    }
    String placeName = f[1].strip();
    if (placeName.isEmpty()) {
      throw new GazetteerFormatException(file, number, "empty name (field 2)");
    }
    double lat = coordinate(file, number, f[4], 90, "latitude (field 5)");
    double lon = coordinate(file, number, f[5], 180, "longitude (field 6)");
    String country = f[8].strip();
    if (!country.isEmpty() && !country.matches("[A-Z]{2}")) {
      throw new GazetteerFormatException(file, number, "not a two-letter country code (field 9): '" + f[8] + "'");
    }
    long population = 0;
    if (!f[14].isBlank()) {
      try {
        population = Long.parseLong(f[14].strip());
      } catch (NumberFormatException e) {
        throw new GazetteerFormatException(file, number, "population (field 15) is not a whole number: '" + f[14] + "'");
      }
    }
    String featureClass = f[6].strip();
    String featureCode = f[7].strip();
    PlaceKind kind = switch (featureClass) {
      case "P" -> PlaceKind.CITY;
      case "A" -> featureCode.equals("PCLI") || featureCode.equals("PCLD") ? PlaceKind.COUNTRY
          : featureCode.equals("ADM1") ? PlaceKind.ADMIN : PlaceKind.OTHER;
      case "L", "T", "H" -> PlaceKind.REGION;
      default -> PlaceKind.OTHER;
    };
    List<String> names = new ArrayList<>();
    names.add(placeName);
    addName(names, f[2]);
    for (String alt : f[3].split(",")) {
      addName(names, alt);
    }
    return new KnownPlace(new Gazetteer.Entry(placeName, country.isEmpty() ? null : country, lat, lon, kind),
        names, population, featureCode.equals("PPLC"));
  }

  /**
   * Keeps alternate names an English text could contain: Latin script, no digits, and not the short
   * upper-case codes (airport and postal codes) GeoNames mixes in.
   */
  private static void addName(List<String> names, String raw) {
    String alt = raw.strip();
    if (alt.length() < 2 || names.contains(alt) || alt.startsWith("http")) {
      return;
    }
    if (alt.length() <= 4 && alt.equals(alt.toUpperCase(java.util.Locale.ROOT)) && alt.indexOf(' ') < 0) {
      return;
    }
    for (int i = 0; i < alt.length(); i++) {
      char c = alt.charAt(i);
      if (Character.isDigit(c)) {
        return;
      }
      if (Character.isLetter(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
        return;
      }
    }
    names.add(alt);
  }

  private static double coordinate(String file, int number, String field, double limit, String what) {
    try {
      double v = Double.parseDouble(field.strip());
      if (Double.isNaN(v) || Math.abs(v) > limit) {
        throw new GazetteerFormatException(file, number, what + " out of range: " + field);
      }
      return v;
    } catch (NumberFormatException e) {
      throw new GazetteerFormatException(file, number, what + " is not a number: '" + field + "'");
    }
  }
}
