package org.annals.extract.figure;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annals.extract.figure.HedgeReader.Hedged;
import org.annals.model.FigureCategory;
import org.annals.model.Token;

/**
 * Decides what a number counts from its unit, the noun it counts and the casualty words around
 * it: "At least seven people were killed and 69 injured" gives killed and injured; "41 Russian
 * warplanes were hit" gives aircraft; "the death toll rose to 12" gives killed.
 *
 * <p>Order of evidence, strongest first: a unit ($, %, km); an equipment noun (drones, missiles,
 * aircraft, vehicles); a casualty word right after the count ("69 injured", "were killed"); an
 * active casualty verb right before it ("killing 12"); a framing noun before it ("death toll ...
 * 12"); the counted noun ("388 people"). Where a coordinated pair is counted ("415 drones and
 * missiles"), the first noun decides. A number with none of these is not a figure.
 */
final class FigureCategoryRules {

  private static final Set<FigureCategory> EQUIPMENT = EnumSet.of(FigureCategory.DRONES, FigureCategory.MISSILES,
      FigureCategory.AIRCRAFT, FigureCategory.VEHICLES, FigureCategory.MONEY);

  /** Words that may stand between a count and its casualty word: "were reportedly killed". */
  private static final Set<String> AUXILIARIES = Set.of("be", "have", "been", "being", "also", "reportedly",
      "now", "all", "still", "later", "officially", "report", "confirm", "believe", "fear", "think", "say",
      "to", "since", "allegedly", "seriously", "critically", "badly", "fatally",
      "slightly", "lightly");

  /** Words a framing noun may be separated from its count by: "the death toll has risen to 12". */
  private static final Set<String> FRAME_LINKS = Set.of("rise", "risen", "climb", "reach", "stand", "hit", "increase",
      "jump", "be", "have", "now", "to", "at", "of", "from", "has", "had", "the", "a", "official", "overall", "total",
      "least", "more", "than", "some", "about", "around", "nearly", "almost", "estimate", "put", "say", "that",
      "soar", "grow", "mount", "go", "up", "in", "on", "after", "for");

  private final FigureLexicon lexicon;

  FigureCategoryRules(FigureLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The category, or null where the number counts nothing a reader would want as a figure. */
  FigureCategory categorize(List<Token> toks, Quantity q, Hedged h) {
    switch (q.unit()) {
      case MONEY:
        return FigureCategory.MONEY;
      case PERCENT:
        return FigureCategory.PERCENT;
      case DISTANCE:
        return FigureCategory.DISTANCE;
      case MEASURE:
        return FigureCategory.OTHER;
      default:
        break;
    }
    // "69 injured", "12 dead", "232 killed": the casualty word comes straight after the number.
    if (h.end() < toks.size()) {
      FigureCategory direct = lexicon.state(toks.get(h.end()));
      if (direct != null && isCasualtyForm(toks.get(h.end()))) {
        return direct;
      }
    }
    int noun = countedNoun(toks, h.end(), q.vague());
    FigureCategory nounCategory = noun < 0 ? null : lexicon.noun(toks.get(noun));
    if (nounCategory != null && EQUIPMENT.contains(nounCategory)) {
      return nounCategory;
    }
    if (noun >= 0 && lexicon.isTimeUnit(toks.get(noun))) {
      return null;
    }
    FigureCategory after = stateAfter(toks, noun >= 0 ? noun + 1 : h.end());
    if (after != null) {
      return after;
    }
    FigureCategory before = activeVerbBefore(toks, h.start());
    if (before != null) {
      return before;
    }
    FigureCategory frame = frameBefore(toks, h.start());
    if (frame != null) {
      return frame;
    }
    if (nounCategory != null) {
      return nounCategory;
    }
    return noun >= 0 ? FigureCategory.OTHER : null;
  }

  /**
   * The head of the noun phrase the number counts, or -1: "41 Russian warplanes" → warplanes,
   * "30 of the 35 Shahed drones" → drones, "tens of thousands of people" → people.
   */
  int countedNoun(List<Token> toks, int from, boolean vague) {
    int k = from;
    if (k < toks.size() && lower(toks, k).equals("of")) {
      k++;
      while (k < toks.size() && (toks.get(k).pos().equals("DT") || toks.get(k).pos().equals("PRP$")
          || toks.get(k).pos().equals("CD"))) {
        k++;
      }
    } else if (vague) {
      return -1;
    }
    int skipped = 0;
    while (k < toks.size() && skipped < 5) {
      Token t = toks.get(k);
      if (lexicon.state(t) != null && !t.isNoun()) {
        return -1;
      }
      // A model designation ("Kh-101 cruise missiles", "Shahed-136 drones") modifies the noun.
      if (isModelName(toks, k)) {
        k += 3;
        skipped++;
        continue;
      }
      if (t.pos().startsWith("JJ") || t.pos().startsWith("NNP") || t.pos().equals("HYPH") || t.pos().equals("``")
          || t.pos().equals("''") || (t.pos().equals("VBN") && lower(toks, k + 1).equals("-"))
          || (t.pos().equals("VBN") && k > 0 && lower(toks, k - 1).equals("-"))) {
        k++;
        skipped++;
        continue;
      }
      break;
    }
    if (k >= toks.size() || !toks.get(k).isNoun()) {
      // A name counted on its own ("117 Shaheds", "two Kh-101s") is still a counted noun.
      int back = k - 1;
      if (back >= from && toks.get(back).pos().startsWith("NNP") && lexicon.noun(toks.get(back)) != null) {
        return back;
      }
      return -1;
    }
    // The first noun run's head: "cruise missiles" → missiles; a coordinated pair keeps the first.
    while (k + 1 < toks.size() && toks.get(k + 1).isNoun() && !toks.get(k + 1).isProperNoun()) {
      k++;
    }
    return k;
  }

  private static boolean isModelName(List<Token> toks, int k) {
    return k + 2 < toks.size() && toks.get(k).word().chars().allMatch(Character::isLetter)
        && toks.get(k + 1).pos().equals("HYPH") && toks.get(k + 2).pos().equals("CD");
  }

  /** "were killed", "have been injured", "were reported dead", "lost their lives", "had fled". */
  private FigureCategory stateAfter(List<Token> toks, int from) {
    int k = from;
    int skipped = 0;
    while (k < toks.size() && skipped < 5) {
      Token t = toks.get(k);
      FigureCategory c = lexicon.state(t);
      if (c != null && isCasualtyForm(t)) {
        return c;
      }
      if (t.lemma().equals("lose") && (lower(toks, k + 2).equals("lives") || lower(toks, k + 2).equals("life"))) {
        return FigureCategory.KILLED;
      }
      if (!AUXILIARIES.contains(t.lemma()) && !AUXILIARIES.contains(lower(toks, k)) && !t.pos().equals("RB")) {
        return null;
      }
      k++;
      skipped++;
    }
    return null;
  }

  /** "killing 12", "wounded at least 30", "has displaced 3,000": an active verb just before. */
  private FigureCategory activeVerbBefore(List<Token> toks, int start) {
    for (int k = start - 1; k >= Math.max(0, start - 3); k--) {
      Token t = toks.get(k);
      if (t.isVerb()) {
        FigureCategory c = lexicon.state(t);
        boolean passive = t.pos().equals("VBN") && !(k > 0 && toks.get(k - 1).lemma().equals("have"));
        return passive ? null : c;
      }
      if (!t.pos().equals("RB") && !t.pos().equals("DT") && !lower(toks, k).equals("another")) {
        return null;
      }
    }
    return null;
  }

  /** "the death toll rose to 12", "fatalities stand at 30". */
  private FigureCategory frameBefore(List<Token> toks, int start) {
    for (int k = start - 1; k >= Math.max(0, start - 7); k--) {
      Token t = toks.get(k);
      FigureCategory c = lexicon.frame(t);
      if (c != null && t.isNoun() || (c != null && t.lemma().equals("dead"))) {
        return c;
      }
      if (!FRAME_LINKS.contains(t.lemma()) && !FRAME_LINKS.contains(lower(toks, k)) && !t.pos().equals("RB")
          && !t.isNoun()) {
        return null;
      }
    }
    return null;
  }

  /** Participles and adjectives ("killed", "dead"), and finite verbs ("died", "fled"). */
  private static boolean isCasualtyForm(Token t) {
    return t.pos().startsWith("VB") || t.pos().startsWith("JJ") || t.pos().startsWith("NN");
  }

  private static String lower(List<Token> toks, int i) {
    return i >= 0 && i < toks.size() ? toks.get(i).word().toLowerCase(Locale.ROOT) : "";
  }
}
