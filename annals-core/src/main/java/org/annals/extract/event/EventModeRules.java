package org.annals.extract.event;

import java.util.List;
import java.util.Set;
import org.annals.extract.event.EventTriggerLexicon.ModeCue;
import org.annals.model.FigureCategory;
import org.annals.model.PloverType;
import org.annals.model.Token;

/**
 * Decides the PLOVER mode and the ACLED sub-event type where the trigger row leaves them open.
 *
 * <p>ASSAULT: the weapon named in an instrument position — a compound ("drone strike"), the subject
 * ("missiles hit"), what was launched or fired ("launched 415 drones"), or after "with"/"by"
 * ("struck by a missile") — but never the target ("attacked bombers" is not an air strike).
 * Interceptions keep ACLED's "Disrupted weapons use" and take the mode of what was intercepted.
 * CONSULT, AID, MOBILIZE and THREATEN: the first cue of the sentence in priority order; a
 * consultation "in &lt;place&gt;" or a meeting is a visit. The ACLED sub-event type follows from the
 * mode and the sentence ({@link AcledRules}).
 */
final class EventModeRules {

  /** The decided mode and ACLED class; either may be null. */
  record Decision(String mode, String acled) {}

  static final String DISRUPTED = "Disrupted weapons use";

  private static final Set<String> LAUNCHERS = Set.of("launch", "fire");
  private static final Set<String> INSTRUMENT_PREPS = Set.of("with", "using", "by", "from");

  private final EventTriggerLexicon lexicon;
  private final AcledRules acled;

  EventModeRules(EventTriggerLexicon lexicon) {
    this.lexicon = lexicon;
    this.acled = new AcledRules(lexicon);
  }

  Decision decide(List<Token> toks, TriggerMatch t, boolean hasLocation, boolean hasMoneyFigure,
      List<FigureCategory> linkedFigures, List<TriggerMatch> sentence) {
    TriggerRule rule = t.rule();
    String mode = rule.mode();
    int clauseStart = ClauseBounds.start(toks, t.first(), 40);
    int clauseEnd = ClauseBounds.end(toks, t.last(), 40);
    switch (rule.type()) {
      case ASSAULT -> {
        if (mode == null) {
          mode = instrument(toks, t, DISRUPTED.equals(rule.acled()));
        }
        // "117 drones had been used in the attack": a count of drones or missiles carried by an
        // attack says what it was carried out with (a count of aircraft may be the targets).
        if (mode == null && linkedFigures.contains(FigureCategory.DRONES)) {
          mode = "drone";
        } else if (mode == null && linkedFigures.contains(FigureCategory.MISSILES)) {
          mode = "heavy-weapons";
        }
        if (mode == null && toks.get(t.first()).lemma().equals("destroy") && rule.acled() == null) {
          mode = "destroy";
        }
      }
      case CONSULT -> {
        if (mode == null) {
          mode = consultCue(toks, t, clauseStart, clauseEnd);
          if ("visit".equals(mode) && toks.get(t.first()).lemma().equals("host")
              && TriggerRule.inSet(toks.get(Math.min(t.last() + 1, toks.size() - 1)), Set.of("talks"))) {
            mode = "third-party";
          }
        }
        if (mode == null && (hasLocation || toks.get(t.first()).lemma().equals("meet"))) {
          mode = "visit";
        }
      }
      case AID -> {
        if (mode == null) {
          mode = sentenceCue(toks, PloverType.AID, clauseStart, clauseEnd);
        }
        if (mode == null && hasMoneyFigure) {
          mode = "economic";
        }
      }
      case MOBILIZE -> {
        if (mode == null) {
          mode = nearestCue(toks, PloverType.MOBILIZE, t, clauseStart, clauseEnd);
        }
      }
      case THREATEN -> {
        if (mode == null) {
          mode = sentenceCue(toks, PloverType.THREATEN, t.last() + 1, toks.size() - 1);
        }
      }
      default -> { }
    }
    return new Decision(mode, acled.decide(toks, t, mode, sentence));
  }

  /** The weapon in an instrument position, as an ASSAULT mode, or null. */
  private String instrument(List<Token> toks, TriggerMatch t, boolean disrupted) {
    // "drone strike", "Russian missile attack"
    if (!t.isVerbal(toks)) {
      for (int k = t.first() - 1; k >= Math.max(0, t.first() - 3); k--) {
        Token w = toks.get(k);
        String mode = assaultMode(w);
        if (mode != null) {
          return mode;
        }
        if (!w.isNoun() && !w.pos().startsWith("JJ") && !w.pos().equals("HYPH")) {
          break;
        }
      }
    }
    // "launched 415 drones", "shot down 30 drones", "intercepted two missiles"
    if (disrupted || LAUNCHERS.contains(toks.get(t.first()).lemma())) {
      for (int k = t.last() + 1; k < Math.min(toks.size(), t.last() + 10); k++) {
        String mode = assaultMode(toks.get(k));
        if (mode != null) {
          return mode;
        }
      }
    }
    // "missiles hit", "a drone struck", "drones were shot down" (but "41 warplanes were hit": targets)
    boolean passive = EventArgumentFinder.isPassive(toks, t.first(), t.last());
    if ((t.isVerbal(toks) && !passive) || disrupted) {
      for (int k = t.first() - 1; k >= Math.max(0, t.first() - 5); k--) {
        Token w = toks.get(k);
        String mode = assaultMode(w);
        if (mode != null) {
          return mode;
        }
        if (w.isVerb() && !w.lemma().equals("be") && !w.lemma().equals("have")) {
          break;
        }
      }
    }
    // "struck with drones", "hit by a missile", "attacked using artillery"
    for (int k = t.last() + 1; k < Math.min(toks.size(), t.last() + 7); k++) {
      if (INSTRUMENT_PREPS.contains(toks.get(k).word().toLowerCase(java.util.Locale.ROOT))) {
        for (int j = k + 1; j < Math.min(toks.size(), k + 5); j++) {
          String mode = assaultMode(toks.get(j));
          if (mode != null) {
            return mode;
          }
        }
      }
    }
    return null;
  }

  private String assaultMode(Token w) {
    for (ModeCue cue : lexicon.modeCues(PloverType.ASSAULT)) {
      if (TriggerRule.inSet(w, cue.words())) {
        return cue.mode();
      }
    }
    return null;
  }

  /** The first mode (in the lexicon's priority order) whose cue appears in tokens {@code from..to}. */
  private String sentenceCue(List<Token> toks, PloverType type, int from, int to) {
    for (ModeCue cue : lexicon.modeCues(type)) {
      if (AcledRules.anyIn(toks, cue.words(), from, to)) {
        return cue.mode();
      }
    }
    return null;
  }

  /**
   * The CONSULT mode: "multilateral" only from words next to the trigger ("a Nato summit", "on
   * the sidelines of the G7"), so that a speaker's title ("Nato secretary general") does not make
   * a phone call multilateral; the other modes from anywhere in the clause.
   */
  private String consultCue(List<Token> toks, TriggerMatch t, int from, int to) {
    for (ModeCue cue : lexicon.modeCues(PloverType.CONSULT)) {
      boolean near = cue.mode().equals("multilateral");
      int a = near ? Math.max(from, t.first() - 3) : from;
      int b = near ? Math.min(to, t.last() + 8) : to;
      if (AcledRules.anyIn(toks, cue.words(), a, b)) {
        return cue.mode();
      }
    }
    return null;
  }

  /** The mode whose cue stands nearest the trigger in tokens {@code from..to}. */
  private String nearestCue(List<Token> toks, PloverType type, TriggerMatch t, int from, int to) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (ModeCue cue : lexicon.modeCues(type)) {
      for (int k = Math.max(0, from); k <= to && k < toks.size(); k++) {
        if (TriggerRule.inSet(toks.get(k), cue.words())) {
          int d = k > t.last() ? k - t.last() : t.first() - k;
          if (d < bestDistance) {
            best = cue.mode();
            bestDistance = d;
          }
        }
      }
    }
    return best;
  }
}
