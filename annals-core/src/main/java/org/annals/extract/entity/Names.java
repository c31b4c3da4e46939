package org.annals.extract.entity;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The one way names are compared, within an article and across articles. */
public final class Names {

  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  private static final Pattern POSSESSIVE = Pattern.compile("'s$");
  private static final Pattern NOT_NAME_CHAR = Pattern.compile("[^\\p{L}\\p{N}.&' -]");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private Names() {}

  /** Lower case, no accents, no possessive, single spaces. */
  public static String normalise(String s) {
    String n = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    n = POSSESSIVE.matcher(n.toLowerCase(Locale.ROOT).replace('’', '\'')).replaceAll("");
    n = NOT_NAME_CHAR.matcher(n).replaceAll(" ");
    return SPACES.matcher(n).replaceAll(" ").trim();
  }
}
