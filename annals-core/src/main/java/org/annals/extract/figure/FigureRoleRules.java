package org.annals.extract.figure;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annals.extract.figure.FigureLexicon.RoleWord;
import org.annals.extract.figure.HedgeReader.Hedged;
import org.annals.model.FigureCategory;
import org.annals.model.FigureRole;
import org.annals.model.Token;

/**
 * Decides what happened to the counted things, where the sentence says it, from the role words of
 * the lexicon: a verb before the count ("Russia launched 415 drones", "air defences shot down 386",
 * "a train carrying 150 passengers") or after the counted noun ("386 were shot down", "29 hit their
 * targets", "388 people on board"), else a verb before a coordinated count ("shot down a helicopter
 * and two jets"). Munitions, aircraft and vehicles take launched, intercepted, hit, destroyed,
 * damaged or lost; people take on board; every other category has no role.
 */
final class FigureRoleRules {

  static final Set<FigureCategory> MUNITIONS = EnumSet.of(FigureCategory.DRONES, FigureCategory.MISSILES,
      FigureCategory.AIRCRAFT, FigureCategory.VEHICLES);
  /** Destroyed in the air, so "destroyed" says intercepted. */
  static final Set<FigureCategory> AIRBORNE = EnumSet.of(FigureCategory.DRONES, FigureCategory.MISSILES);

  /** Words between a verb and its count: "fired a record 741", "launched another 50", "used a total of 117". */
  private static final Set<String> BEFORE_COUNT = Set.of("a", "an", "the", "another", "further", "more", "record",
      "total", "of", "some", "its", "their", "his", "her", "all", "overnight", "also", "then", "reportedly");

  /** Words between a count (or its noun) and the role verb: "386 of them were reportedly shot down". */
  private static final Set<String> AFTER_COUNT = Set.of("be", "have", "been", "being", "also", "reportedly", "all",
      "later", "then", "successfully", "of", "them", "those", "these", "which", "that", "had", "were", "was",
      "`", "``", "'", "''", "\"", "more", "other", "others");

  private final FigureLexicon lexicon;

  FigureRoleRules(FigureLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * The role of a figure of this category, or null.
   *
   * @param after the token after the counted noun (after the count where it names none)
   */
  FigureRole role(List<Token> toks, Hedged h, int after, FigureCategory category) {
    if (!MUNITIONS.contains(category) && category != FigureCategory.PEOPLE) {
      return null;
    }
    FigureRole r = fit(toks, verbBefore(toks, h.start(), false), after, category);
    if (r == null) {
      r = fit(toks, verbAfter(toks, after), after, category);
    }
    if (r == null) {
      r = fit(toks, verbBefore(toks, h.start(), true), after, category);
    }
    return r;
  }

  /** A role verb said of a count that names no noun ("386 were shot down"), whatever it counts. */
  boolean saysARole(List<Token> toks, Hedged h) {
    RoleWord m = verbBefore(toks, h.start(), false);
    if (m == null) {
      m = verbAfter(toks, h.end());
    }
    return m != null && m.role() != FigureRole.ON_BOARD && (!m.aimed() || aimed(toks, Math.max(m.end(), h.end())));
  }

  /**
   * "launched 415", "shot down 386", "fired a record 741", "carrying 150"; across a coordination
   * ("shot down a helicopter and two jets") where {@code coordinated}.
   */
  private RoleWord verbBefore(List<Token> toks, int start, boolean coordinated) {
    int budget = 3;
    boolean crossed = false;
    for (int k = start - 1; k >= 0 && budget > 0; k--, budget--) {
      RoleWord m = lexicon.roleEndingAt(toks, k);
      if (m != null && toks.get(m.start()).isVerb()) {
        return crossed || !coordinated ? m : null;
      }
      Token t = toks.get(k);
      if (coordinated && !crossed && (lower(t).equals("and") || lower(t).equals("or"))) {
        crossed = true;
        budget = 8; // the first conjunct: "a helicopter", "40 of the 52 drones"
        continue;
      }
      boolean modifier = BEFORE_COUNT.contains(lower(t)) || t.pos().equals("RB") || t.pos().startsWith("JJ");
      boolean conjunct = crossed && (t.isNoun() || t.pos().equals("CD") || t.pos().equals("DT")
          || t.pos().equals("HYPH") || t.pos().equals("POS"));
      if (!modifier && !conjunct) {
        return null;
      }
    }
    return null;
  }

  /** "were shot down", "hit their targets", "had been used", "on board", "landed". */
  private RoleWord verbAfter(List<Token> toks, int from) {
    int k = from;
    for (int skipped = 0; k < toks.size() && skipped < 5; skipped++) {
      Token t = toks.get(k);
      RoleWord m = lexicon.roleAt(toks, k);
      if (m != null && (toks.get(m.start()).isVerb() || m.role() == FigureRole.ON_BOARD)) {
        return m;
      }
      if (!AFTER_COUNT.contains(lower(t)) && !AFTER_COUNT.contains(t.lemma()) && !t.pos().equals("RB")) {
        return null;
      }
      k++;
    }
    return null;
  }

  private FigureRole fit(List<Token> toks, RoleWord m, int after, FigureCategory category) {
    if (m == null) {
      return null;
    }
    if (category == FigureCategory.PEOPLE || m.role() == FigureRole.ON_BOARD) {
      return category == FigureCategory.PEOPLE && m.role() == FigureRole.ON_BOARD ? FigureRole.ON_BOARD : null;
    }
    if (AIRBORNE.contains(category) && m.airborne() != null) {
      return m.airborne();
    }
    if (m.aimed() && !aimed(toks, Math.max(after, m.end()))) {
      return null;
    }
    return m.role();
  }

  /** "sent 50 drones at Kyiv", "were sent overnight against the capital": a word of aimed.at soon after. */
  private boolean aimed(List<Token> toks, int from) {
    for (int k = from; k < Math.min(toks.size(), from + 3); k++) {
      if (lexicon.isAimedAt(toks.get(k))) {
        return true;
      }
    }
    return false;
  }

  private static String lower(Token t) {
    return t.word().toLowerCase(Locale.ROOT);
  }
}
