package org.annals.extract.entity;

import java.text.Normalizer;
import java.util.Locale;

/** The one way names are compared, within an article and across articles. */
public final class Names {

  private Names() {}

  /** Lower case, no accents, no possessive, single spaces. */
  public static String normalise(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    n = n.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("'s$", "").replaceAll("[^\\p{L}\\p{N}.&' -]", " ");
    return n.replaceAll("\\s+", " ").trim();
  }
}
