package org.annals.extract.entity;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Organisation names every country has ("Ministry of Defence", "the foreign ministry", "armed
 * forces"): alone they name no one organisation, so they are qualified by their country where
 * the text gives it ("Russia's defence ministry" → "Ministry of Defence (Russia)") and never link
 * articles by themselves.
 */
public final class GenericNames {

  private static final Pattern GENERIC = Pattern.compile("(?i)^(the )?("
      + "ministry of (the )?[a-z]+( affairs)?|ministry for [a-z]+( affairs)?"
      + "|(foreign|defen[cs]e|interior|justice|finance|health|economy|energy|emergencies|emergency situations"
      + "|agriculture|education|culture|transport|trade) ministry"
      + "|department of [a-z]+|(state|justice|defen[cs]e|treasury) department"
      + "|general staff|armed forces|army|navy|air force|ground forces|parliament|government|embassy"
      + "|security service|border guard service|border service|national guard|prosecutor general's office"
      + "|presidential office|president's office|central bank|supreme court|constitutional court)$");

  private GenericNames() {}

  public static boolean isGeneric(String name) {
    return name != null && GENERIC.matcher(name.strip()).matches();
  }

  private static final Pattern X_MINISTRY = Pattern.compile("(?i)^([a-z]+(?: situations)?) ministry$");
  private static final Pattern MINISTRY_OF = Pattern.compile("(?i)^ministry (?:of|for) (?:the )?([a-z]+(?: affairs| situations)?)$");

  /**
   * "Ministry of Defence (Russia)": one spelling for "defence ministry", "Ministry of Defense" and
   * "ministry of defence", so that one country's ministry is one name.
   */
  public static String qualified(String name, String country) {
    String n = name.strip().replaceFirst("(?i)^the ", "");
    Matcher m = X_MINISTRY.matcher(n);
    Matcher of = MINISTRY_OF.matcher(n);
    String field = m.matches() ? m.group(1) : of.matches() ? of.group(1) : null;
    if (field != null) {
      String f = field.toLowerCase(Locale.ROOT).replace("defense", "defence");
      f = f.equals("foreign") ? "foreign affairs" : f.equals("interior") ? "internal affairs" : f;
      n = "Ministry of " + capitalised(f);
    }
    return capitalised(n) + " (" + country + ")";
  }

  private static String capitalised(String words) {
    StringBuilder out = new StringBuilder();
    for (String w : words.split(" ")) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(w.equals("of") || w.equals("for") ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
    }
    return out.toString();
  }

  /** Whether a name is a generic one qualified by {@link #qualified}. */
  public static boolean isQualified(String name) {
    int open = name == null ? -1 : name.lastIndexOf(" (");
    return open > 0 && name.endsWith(")") && isGeneric(name.substring(0, open));
  }
}
