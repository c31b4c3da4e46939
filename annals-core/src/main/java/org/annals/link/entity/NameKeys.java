package org.annals.link.entity;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.annals.extract.entity.Names;

/**
 * Keys under which names meet across articles. Transliteration variants share a key
 * ("Zelenskiy", "Zelenskyy", "Zelensky" are all {@code zelensky}), so an index lookup finds them.
 */
final class NameKeys {

  /** Mentions that refer but do not name: pronouns, and nominals like "the ministry". */
  private static final Set<String> NOT_NAMES = Set.of("he", "she", "it", "they", "him", "her", "them", "his",
      "its", "their", "we", "i", "you", "who", "which");

  private static final Set<String> HONORIFICS = Set.of("mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "sir",
      "dame", "lord", "lady", "madam", "mme.");

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern SLAVIC_ENDING = Pattern.compile("(iy|yy|ij|yi|ii)$");

  private NameKeys() {}

  /** The variant-free key of a name: normalised, then common transliteration endings folded. */
  static String key(String name) {
    StringBuilder out = new StringBuilder();
    String[] tokens = SPACES.split(Names.normalise(name).replace(".", ". "));
    for (int i = 0; i < tokens.length; i++) {
      String token = tokens[i];
      // "Mr. Trump" is Trump: an honorific before a name is no part of its key
      if (token.isEmpty() || (out.length() == 0 && i < tokens.length - 1 && HONORIFICS.contains(token))) {
        continue;
      }
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(foldToken(token));
    }
    return out.toString();
  }

  private static String foldToken(String token) {
    String t = token;
    // transliterations of Slavic -ий / -ій: "zelenskiy", "zelenskyy", "zelenskij" -> "zelensky"
    t = SLAVIC_ENDING.matcher(t).replaceAll("y");
    StringBuilder collapsed = new StringBuilder(t.length());
    for (int i = 0; i < t.length(); i++) {
      // doubled letters are the commonest spelling variant ("Shoigu"/"Shoiggu" aside, "Kharkiv" stays)
      if (i == 0 || t.charAt(i) != t.charAt(i - 1) || !Character.isLetter(t.charAt(i))) {
        collapsed.append(t.charAt(i));
      }
    }
    return collapsed.toString();
  }

  /** Whether a mention's text names its entity (a proper name), rather than referring to it. */
  static boolean isName(String mentionText) {
    String t = mentionText.strip();
    if (t.isEmpty() || !Character.isUpperCase(t.codePointAt(0)) && !Character.isDigit(t.codePointAt(0))) {
      return false;
    }
    String lower = Names.normalise(t);
    return !NOT_NAMES.contains(lower) && !lower.startsWith("the ");
  }

  /** The last token of a person's name key: where the variants of a surname meet. */
  static String surname(String key) {
    int space = key.lastIndexOf(' ');
    return space < 0 ? key : key.substring(space + 1);
  }

  /** Every token of a name before its surname: "recep", "tayyip" of "recep tayyip erdogan". */
  static List<String> givenNames(String key) {
    int space = key.lastIndexOf(' ');
    return space < 0 ? List.of() : List.of(key.substring(0, space).split(" "));
  }

  static int tokens(String key) {
    return key.isEmpty() ? 0 : key.split(" ").length;
  }
}
