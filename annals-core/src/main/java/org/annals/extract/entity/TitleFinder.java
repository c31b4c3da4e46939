package org.annals.extract.entity;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annals.model.Sentence;
import org.annals.model.Token;

/**
 * Finds the title or role written before a person's name: "US Secretary of State Marco Rubio",
 * "Russian Foreign Minister Sergei Lavrov", "NATO secretary general Mark Rutte".
 */
final class TitleFinder {

  static final Set<String> HEADS = Set.of("president", "vice-president", "minister", "secretary", "chancellor",
      "premier", "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy", "governor", "mayor", "senator",
      "congressman", "congresswoman", "leader", "chief", "commander", "general", "admiral", "colonel", "lieutenant",
      "captain", "sergeant", "director", "head", "king", "queen", "prince", "princess", "pope", "chairman",
      "chairwoman", "chair", "ceo", "founder", "judge", "justice", "prosecutor", "attorney", "official",
      "diplomat", "adviser", "advisor", "aide", "lawmaker", "mp", "negotiator", "commissioner", "coach",
      "analyst", "journalist", "reporter", "correspondent", "editor", "professor", "economist", "resident",
      "policewoman", "policeman", "officer", "soldier", "sheikh", "ayatollah", "emir", "sultan", "archbishop",
      "bishop", "cardinal", "rabbi", "imam", "patriarch", "speaker", "representative", "counsel", "manager",
      "executive", "marshal", "major", "dictator", "monarch", "emperor", "activist", "strongman", "warlord",
      "presidential", "candidate", "nominee", "whip", "treasurer", "comptroller", "lord");

  private static final Set<String> MODIFIERS = Set.of("of", "state", "foreign", "defence", "defense", "interior",
      "finance", "home", "deputy", "vice", "prime", "top", "former", "senior", "acting", "interim", "general",
      "secretary", "affairs", "national", "security", "intelligence", "economy", "energy", "trade", "health",
      "education", "army", "military", "armed", "forces", "staff", "joint", "majority", "minority", "house",
      "first", "lady", "supreme", "high", "chief", "executive", "new", "incoming", "outgoing", "veteran",
      "opposition", "regional", "local", "police", "district", "federal", "city", "party", "labour", "labor",
      "conservative", "democratic", "republican");

  private static final Set<String> HONORIFICS = Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir",
      "dame", "madam", "miss");

  private TitleFinder() {}

  /**
   * The title written right before the token at {@code nameStart} in {@code sentence}, or null.
   */
  static String titleBefore(String text, Sentence sentence, int nameStart) {
    List<Token> tokens = sentence.tokens();
    int first = nameStart;
    boolean sawHead = false;
    for (int i = nameStart - 1; i >= 0; i--) {
      Token t = tokens.get(i);
      String w = t.word();
      String lower = w.toLowerCase(Locale.ROOT);
      if (HONORIFICS.contains(lower)) {
        if (i == nameStart - 1) {
          nameStart = i;
          first = i;
          continue;
        }
        break;
      }
      if ("PERSON".equals(t.ner())) {
        break; // another person's name: "Marco Rubio and Russian Foreign Minister Sergei Lavrov"
      }
      boolean head = HEADS.contains(lower);
      boolean modifier = MODIFIERS.contains(lower);
      boolean capitalised = Character.isUpperCase(w.charAt(0)) && w.chars().anyMatch(Character::isLetter);
      if (!(head || modifier || capitalised || isHyphenatedHead(lower))) {
        break;
      }
      if (i == 0 && capitalised && !head && !modifier && !t.isEntity()) {
        // a sentence-initial capital says nothing: "Police described Maria ..."
        break;
      }
      sawHead |= head || isHyphenatedHead(lower);
      first = i;
    }
    if (!sawHead || first >= nameStart) {
      return null;
    }
    // drop leading words that are neither capitalised nor part of a title ("of", "and")
    while (first < nameStart) {
      String lower = tokens.get(first).word().toLowerCase(Locale.ROOT);
      if (lower.equals("of") || lower.equals("and") || lower.equals("&")) {
        first++;
      } else {
        break;
      }
    }
    // the phrase must end in a title word or a capitalised word of one ("... Secretary of State")
    int last = nameStart - 1;
    while (last >= first && HONORIFICS.contains(tokens.get(last).word().toLowerCase(Locale.ROOT))) {
      last--;
    }
    if (last < first) {
      return null;
    }
    boolean anyHead = false;
    for (int i = first; i <= last; i++) {
      String lower = tokens.get(i).word().toLowerCase(Locale.ROOT);
      anyHead |= HEADS.contains(lower) || isHyphenatedHead(lower);
    }
    if (!anyHead) {
      return null;
    }
    return text.substring(tokens.get(first).start(), tokens.get(last).end());
  }

  private static boolean isHyphenatedHead(String lower) {
    int dash = lower.lastIndexOf('-');
    return dash > 0 && HEADS.contains(lower.substring(dash + 1));
  }
}
