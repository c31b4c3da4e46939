package org.annals.extract.place;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How place names are compared: a lookup key that ignores case, diacritics, punctuation and the
 * "St"/"Saint" spelling, and the designator words ("Oblast", "region", "province") that turn a
 * name into an administrative unit.
 */
final class PlaceNames {

  /** Words that, after a name, designate a first-level administrative unit or a named region. */
  static final Set<String> DESIGNATORS = Set.of("oblast", "region", "province", "krai", "kray", "territory",
      "state", "governorate", "prefecture", "voivodeship", "okrug", "republic", "department", "canton",
      "emirate");

  /**
   * Words after a name that designate a smaller unit around a town of that name ("Bakhmut district"):
   * the gazetteer has no such units, so the town stands in for them, with less confidence.
   */
  static final Set<String> LOCAL_DESIGNATORS = Set.of("district", "raion", "rayon", "county", "area",
      "municipality", "community", "hromada", "outskirts");

  /** Multi-word designators, tried before the single words. */
  static final List<String> LONG_DESIGNATORS = List.of("autonomous okrug", "autonomous oblast",
      "autonomous region", "autonomous republic", "special administrative region", "federal district");

  /** Designators that may come before a name: "region of Kharkiv", "Republic of Dagestan". */
  static final List<String> DESIGNATOR_PREFIXES = List.of("region of ", "province of ", "oblast of ",
      "republic of ", "state of ", "governorate of ", "autonomous republic of ");

  /** Direction words that narrow a place without naming another one ("eastern Ukraine"). */
  static final Set<String> DIRECTIONS = Set.of("north", "south", "east", "west", "northern", "southern", "eastern",
      "western", "central", "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
      "southeastern", "southwestern", "north eastern", "north western", "south eastern", "south western");

  private PlaceNames() {}

  /**
   * The lookup key of a name: lower case, no diacritics, letters and digits in single-space-separated
   * words ("Ivano-Frankivsk" → "ivano frankivsk", "U.S." → "us", "St. Petersburg" → "saint petersburg"),
   * without a leading "the".
   */
  static String key(String name) {
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(decomposed.length());
    boolean gap = false;
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      int type = Character.getType(c);
      if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
        continue;
      }
      // Apostrophes and dots join rather than split: "Cote d'Ivoire", "U.S.", "Nukuʻalofa".
      if (c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '\u02BB' || c == '`' || c == '.') {
        continue;
      }
      String letters = foldLetter(c);
      if (letters == null) {
        gap = true;
        continue;
      }
      if (gap && b.length() > 0) {
        b.append(' ');
      }
      gap = false;
      b.append(letters);
    }
    String k = b.toString();
    if (k.startsWith("the ") && k.length() > 4) {
      k = k.substring(4);
    }
    if (k.equals("st") || k.startsWith("st ") || k.contains(" st ") || k.endsWith(" st")) {
      k = (" " + k + " ").replace(" st ", " saint ").strip();
    }
    return k;
  }

  /** A letter or digit in lower case, with letters NFD does not decompose folded to ASCII; null otherwise. */
  private static String foldLetter(char c) {
    switch (c) {
      case '&':
        return "and";
      case 'ł': case 'Ł':
        return "l";
      case 'ø': case 'Ø':
        return "o";
      case 'æ': case 'Æ':
        return "ae";
      case 'œ': case 'Œ':
        return "oe";
      case 'ß':
        return "ss";
      case 'đ': case 'Đ': case 'ð': case 'Ð':
        return "d";
      case 'þ': case 'Þ':
        return "th";
      case 'ı':
        return "i";
      default:
        if (Character.isLetterOrDigit(c)) {
          return String.valueOf(Character.toLowerCase(c)).toLowerCase(Locale.ROOT);
        }
        return null;
    }
  }

  /** The key without a trailing local designator ("bakhmut district" → "bakhmut"), or null. */
  static String withoutLocalDesignator(String key) {
    int space = key.lastIndexOf(' ');
    if (space > 0 && LOCAL_DESIGNATORS.contains(key.substring(space + 1))) {
      return key.substring(0, space);
    }
    return null;
  }

  /** The key without a trailing or leading designator ("bryansk region" → "bryansk"), or null if it has none. */
  static String withoutDesignator(String key) {
    for (String d : LONG_DESIGNATORS) {
      if (key.endsWith(" " + d)) {
        return key.substring(0, key.length() - d.length() - 1);
      }
    }
    for (String p : DESIGNATOR_PREFIXES) {
      String kp = key(p) + " ";
      if (key.startsWith(kp) && key.length() > kp.length()) {
        return key.substring(kp.length());
      }
    }
    int space = key.lastIndexOf(' ');
    if (space > 0 && DESIGNATORS.contains(key.substring(space + 1))) {
      return key.substring(0, space);
    }
    return null;
  }

  /** The key without a trailing or leading "city" ("kuwait city" → "kuwait"), or null. */
  static String withoutCity(String key) {
    if (key.endsWith(" city")) {
      return key.substring(0, key.length() - 5);
    }
    if (key.startsWith("city of ")) {
      return key.substring(8);
    }
    return null;
  }

  /** The key without a leading direction word ("eastern ukraine" → "ukraine"), or null. */
  static String withoutDirection(String key) {
    for (String d : DIRECTIONS) {
      if (key.startsWith(d + " ") && key.length() > d.length() + 1) {
        return key.substring(d.length() + 1);
      }
    }
    return null;
  }
}
