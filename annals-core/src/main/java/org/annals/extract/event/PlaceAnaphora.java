package org.annals.extract.event;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.annals.extract.event.SentenceMentions.Item;
import org.annals.model.EntityType;
import org.annals.model.PloverType;
import org.annals.model.Sentence;
import org.annals.model.Token;

/**
 * The place a definite place noun takes up: "eight missiles hit the city" after Mykolaiv was
 * named, "fighting at the plant has stopped" after "the Zaporizhzhia nuclear power plant". A
 * settlement noun (city, town, village, capital, port) is the nearest city or town named before it;
 * a site noun (plant, station, steelworks, …) the nearest place named with that noun after it
 * ("the Azovstal steel plant"). Looked for in the sentence before the noun, then up to
 * {@link #SENTENCES_BACK} sentences back; only for an event that names no place of its own.
 */
final class PlaceAnaphora {

  /** How many sentences back the place a definite noun takes up may have been named. */
  static final int SENTENCES_BACK = 6;
  /** How many tokens after the trigger the place phrase may start. */
  private static final int REACH = 6;
  /** How many tokens after a name the site noun may follow ("Zaporizhzhia nuclear power plant"). */
  private static final int SITE_WORDS = 4;

  private static final Set<String> SETTLEMENTS = Set.of("city", "town", "village", "capital", "port");
  private static final Set<String> SITES = Set.of("plant", "station", "steelworks", "base", "airport", "mall",
      "theatre", "theater", "refinery", "depot", "island");
  private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "outside", "inside", "on", "into",
      "around", "across", "over");

  /**
   * The place the trigger's definite place noun takes up, or null where there is none.
   *
   * @param verbalAssault a verb of attack, whose object is the place it hit ("hit the city")
   */
  static Item resolve(List<Sentence> sentences, Sentence s, List<Token> toks, TriggerMatch t, boolean verbalAssault,
      Map<Integer, SentenceMentions> mentions, Set<String> cityIds) {
    int noun = placeNoun(toks, t, verbalAssault, t.rule().type() == PloverType.RETREAT);
    if (noun < 0) {
      return null;
    }
    String lemma = toks.get(noun).lemma().toLowerCase(Locale.ROOT);
    boolean settlement = SETTLEMENTS.contains(lemma);
    for (int back = 0; back <= SENTENCES_BACK && s.index() - back >= 0; back++) {
      int index = s.index() - back;
      SentenceMentions m = mentions.getOrDefault(index, SentenceMentions.empty());
      List<Token> words = sentences.get(index).tokens();
      List<Item> items = m.all();
      for (int i = items.size() - 1; i >= 0; i--) {
        Item it = items.get(i);
        if (back == 0 && it.last() >= t.first()) {
          continue; // before the trigger only: the place told first is the one taken up
        }
        if (it.type() != EntityType.LOCATION) {
          continue;
        }
        if (settlement ? cityIds.contains(it.entity()) : namedWith(words, it, lemma)) {
          return it;
        }
      }
    }
    return null;
  }

  /**
   * The head of "at the plant", "in the town" after the trigger, or of the object of an attack
   * verb ("hit the city"): {@code the} and modifiers, then a place noun; -1 where there is none.
   */
  private static int placeNoun(List<Token> toks, TriggerMatch t, boolean verbalAssault, boolean left) {
    for (int k = t.last() + 1; k < toks.size() && k <= t.last() + REACH; k++) {
      if (ClauseBounds.isBoundary(toks, k) || toks.get(k).word().equals(",")) {
        return -1;
      }
      String w = toks.get(k).word().toLowerCase(Locale.ROOT);
      boolean object = verbalAssault && k == t.last() + 1;
      // "the pullout from the island": a withdrawal's place is the one left
      if (!(LOCATIVE.contains(w) || left && w.equals("from") || object && w.equals("the"))) {
        continue;
      }
      int j = w.equals("the") ? k : k + 1;
      if (j >= toks.size() || !toks.get(j).word().equalsIgnoreCase("the")) {
        continue;
      }
      for (int h = j + 1; h < toks.size() && h <= j + 3; h++) {
        Token head = toks.get(h);
        String l = head.lemma().toLowerCase(Locale.ROOT);
        if (head.pos().startsWith("NN") && !head.pos().startsWith("NNP") && (SETTLEMENTS.contains(l) || SITES.contains(l))
            && !(h + 1 < toks.size() && (toks.get(h + 1).word().equalsIgnoreCase("of")
                || toks.get(h + 1).pos().startsWith("NNP")))) {
          return h; // "the city of Kharkiv", "the Croatian capital Zagreb" name their place themselves
        }
        if (!(head.pos().startsWith("JJ") || head.pos().equals("NN"))) {
          break;
        }
      }
      return -1;
    }
    return -1;
  }

  /** The name is followed, within a few words, by the site noun: "the Azovstal steel plant". */
  private static boolean namedWith(List<Token> toks, Item it, String lemma) {
    if (toks.get(it.last()).lemma().equalsIgnoreCase(lemma)) {
      return true; // the noun ends the name: "Snake Island"
    }
    for (int k = it.last() + 1; k < toks.size() && k <= it.last() + SITE_WORDS; k++) {
      Token w = toks.get(k);
      if (w.lemma().equalsIgnoreCase(lemma)) {
        return true;
      }
      if (!(w.pos().startsWith("NN") || w.pos().startsWith("JJ"))) {
        return false;
      }
    }
    return false;
  }

  private PlaceAnaphora() {}
}
