package org.annals.store.export;

import java.util.Locale;
import java.util.Set;
import org.annals.extract.WordSets;
import org.annals.extract.place.Gazetteer;
import org.annals.model.PlaceKind;

/**
 * ACLED's actor type codes ("inter1", "inter2") read from an actor's name and entity type, and
 * the interaction code they make. 1 state forces ("Russian forces", "police", a country acting),
 * 2 rebel groups, 3 political militias, 4 identity militias, 5 rioters, 6 protesters, 7 civilians,
 * 8 external or other forces (UN, Nato, private military companies). A name that says none of
 * these has no code, and then the event has no interaction code: no guess.
 */
final class AcledActors {

  private static final Set<String> PROTESTERS = WordSets.of("acled.actor.protesters");
  private static final Set<String> RIOTERS = WordSets.of("acled.actor.rioters");
  private static final Set<String> CIVILIANS = WordSets.of("acled.actor.civilians");
  private static final Set<String> IDENTITY = WordSets.of("acled.actor.identity");
  private static final Set<String> MILITIAS = WordSets.of("acled.actor.militias");
  private static final Set<String> REBELS = WordSets.of("acled.actor.rebels");
  private static final Set<String> STATE = WordSets.of("acled.actor.state");
  private static final Set<String> EXTERNAL = WordSets.of("acled.actor.external");

  private final Gazetteer gazetteer;

  AcledActors(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The actor type code of an actor, or null where its name does not say. */
  Integer code(String name, String entityType) {
    if (name == null || name.isBlank()) {
      return null;
    }
    String lower = name.toLowerCase(Locale.ROOT).replace('’', '\'');
    String[] words = lower.split("[^\\p{L}\\p{N}-]+");
    if (any(words, EXTERNAL)) {
      return 8;
    }
    if (any(words, PROTESTERS)) {
      return 6;
    }
    if (any(words, RIOTERS)) {
      return 5;
    }
    if (any(words, MILITIAS)) {
      return any(words, IDENTITY) ? 4 : 3;
    }
    if (any(words, IDENTITY)) {
      return 4;
    }
    if (any(words, REBELS) || lower.contains("islamic state") || lower.contains("boko haram")) {
      return 2;
    }
    if (any(words, STATE) || lower.contains("air force") || lower.contains("security service")) {
      return 1;
    }
    if (any(words, CIVILIANS)) {
      return 7;
    }
    // a country that acts ("Russia fired missiles", "Russian" shelling) is its state forces
    if (gazetteer.demonymCountry(name).isPresent()) {
      return 1;
    }
    if (!"PERSON".equals(entityType)) {
      return gazetteer.findPlace(name).filter(p -> p.kind() == PlaceKind.COUNTRY).map(p -> 1).orElse(null);
    }
    return null;
  }

  /**
   * ACLED's interaction code: the two actor codes, the lower first ("17": state forces against
   * civilians); one actor alone is its code then 0 ("60": protesters). Null where actor 1 has no code
   * or an actor 2 is named without one.
   */
  static Integer interaction(Integer code1, Integer code2, boolean hasActor2) {
    if (code1 == null || hasActor2 && code2 == null) {
      return null;
    }
    if (!hasActor2) {
      return code1 * 10;
    }
    return Math.min(code1, code2) * 10 + Math.max(code1, code2);
  }

  private static boolean any(String[] words, Set<String> set) {
    for (String w : words) {
      if (set.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
