package org.annals.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.annals.model.AcledType;
import org.annals.model.Event;
import org.annals.model.PloverType;
import org.annals.model.Token;

/**
 * Decides the ACLED sub-event type of an event mention from its PLOVER type and mode, the type its
 * trigger row names (a hint), and cue words of its sentence, following ACLED's codebook:
 *
 * <ol>
 *   <li>At a protest (a PROTEST event, or an arrest, shooting or killing in a sentence about
 *       protesters): demonstrators' own violence makes a <em>violent demonstration</em>; lethal
 *       force by police or armed men <em>excessive force</em>; tear gas, batons, arrests or
 *       dispersal a <em>protest with intervention</em>; else a <em>peaceful protest</em>.
 *   <li>Violence: a mob or crowd as the attacker makes <em>mob violence</em>; then the weapon, in
 *       ACLED's order: chemical agent, suicide attack, aircraft or drone, grenade, shelling,
 *       remote explosive; without one, named fighting or two armed sides make an <em>armed
 *       clash</em>, unarmed victims an <em>attack</em>.
 *   <li>Territory: retaking is <em>government regains territory</em>; taking it without a fight
 *       or by handover a <em>non-violent transfer</em>; state forces taking it from a non-state
 *       group <em>government regains</em>; any other capture <em>non-state actor overtakes
 *       territory</em> (a foreign army counts as non-state there, as ACLED codes it).
 *   <li>Strategic developments: prisoner swaps and agreed halts are <em>agreements</em>; arrests
 *       with no known whereabouts are <em>abductions</em>; curfews, martial law, bans and
 *       mobilisation are <em>other</em>.
 * </ol>
 *
 * Cue words are the {@code @acled.*} sets of the trigger lexicon; an entry {@code a+b} matches
 * adjacent words.
 */
final class AcledRules {

  private static final Map<String, AcledType> BY_ASSAULT_MODE = Map.of(
      "drone", AcledType.AIR_DRONE_STRIKE,
      "aerial", AcledType.AIR_DRONE_STRIKE,
      "heavy-weapons", AcledType.SHELLING,
      "explosives", AcledType.REMOTE_EXPLOSIVE,
      "sexual", AcledType.SEXUAL_VIOLENCE,
      "abduct", AcledType.ABDUCTION,
      "assassinate", AcledType.ATTACK,
      "torture", AcledType.ATTACK,
      "execute", AcledType.ATTACK);
  private static final Set<AcledType> TERRITORY = Set.of(AcledType.GOVERNMENT_REGAINS_TERRITORY,
      AcledType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, AcledType.NON_VIOLENT_TRANSFER);
  private static final Set<String> REMOTE_MODES = Set.of("drone", "aerial", "heavy-weapons", "explosives");
  /** "drove into a crowd", "fired on villagers": the mob word after these is a target. */
  private static final Set<String> TARGET_PREPOSITIONS = Set.of("into", "through", "on", "at");
  private static final Set<String> SAYING = Set.of("say", "tell", "report", "describe", "recall", "claim", "allege");
  private static final Set<String> OTHER_COERCION = Set.of("curfew", "martial-law", "ban");
  private static final Set<String> RETAKING = Set.of("recapture", "retake", "liberate", "regain", "recover", "restore");

  private final EventTriggerLexicon lexicon;

  AcledRules(EventTriggerLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * The ACLED sub-event label of a mention with this trigger and decided PLOVER mode, or null;
   * {@code sentence} holds every trigger of its sentence, so that a weapon word goes to the attack
   * it stands nearest ("missile strikes took place after the sarin attack").
   */
  String decide(List<Token> toks, TriggerMatch t, String mode, List<TriggerMatch> sentence) {
    AcledType type = type(toks, new Attack(t, sentence), mode);
    return type == null ? null : type.label();
  }

  /** A trigger and the other attack triggers of its sentence. */
  private record Attack(TriggerMatch t, List<TriggerMatch> sentence) {

    /** Whether token {@code k} stands no nearer any other attack trigger than this one. */
    boolean owns(int k) {
      int own = distance(t, k);
      for (TriggerMatch o : sentence) {
        if (o != t && o.rule().type() == PloverType.ASSAULT && distance(o, k) < own) {
          return false;
        }
      }
      return true;
    }

    /** Tokens between a trigger and token {@code k} (0 inside it). */
    static int distance(TriggerMatch m, int k) {
      return k > m.last() ? k - m.last() : k < m.first() ? m.first() - k : 0;
    }
  }

  private AcledType type(List<Token> toks, Attack attack, String mode) {
    TriggerMatch t = attack.t();
    TriggerRule rule = t.rule();
    AcledType hint = AcledType.fromLabel(rule.acled()).orElse(null);
    PloverType plover = rule.type();
    if (plover == PloverType.PROTEST || atProtest(toks, t, plover, mode)) {
      AcledType protest = protest(toks, plover, hint);
      if (protest != null) {
        return protest;
      }
    }
    return switch (plover) {
      case ASSAULT -> hint == AcledType.DISRUPTED_WEAPONS_USE || has(toks, "defusers") ? AcledType.DISRUPTED_WEAPONS_USE
          : violence(toks, attack, mode, hint);
      case COERCE -> coercion(toks, t, mode, hint);
      case RETREAT -> {
        if ("release".equals(mode) && has(toks, "pact")) {
          yield AcledType.AGREEMENT;
        }
        // forces leaving ground they held: the territory changes hands without a fight
        if ("withdraw".equals(mode) && !has(toks, "clash")) {
          yield AcledType.NON_VIOLENT_TRANSFER;
        }
        yield hint;
      }
      // a decision or an invitation to join an alliance is no agreement between parties to a conflict
      case AGREE -> hint != null ? hint : "diplomatic".equals(mode) ? null : has(toks, "pact") ? AcledType.AGREEMENT : null;
      case MOBILIZE -> hint != null ? hint
          : TriggerRule.inSet(toks.get(t.first()), lexicon.set("acled.other-order")) ? AcledType.OTHER : null;
      default -> hint;
    };
  }

  /** An arrest, shooting or killing of protesters (not a strike by drone, aircraft or artillery). */
  private boolean atProtest(List<Token> toks, TriggerMatch t, PloverType plover, String mode) {
    boolean force = plover == PloverType.COERCE && "arrest".equals(mode)
        || plover == PloverType.ASSAULT && !REMOTE_MODES.contains(String.valueOf(mode));
    return force && (has(toks, "crowd-control") || protestWord(toks));
  }

  /** A protest word as a common noun or verb ("marched", not the month "March"). */
  private boolean protestWord(List<Token> toks) {
    Set<String> words = lexicon.set("acled.protest");
    for (Token w : toks) {
      if (!w.pos().startsWith("NNP") && TriggerRule.inSet(w, words)) {
        return true;
      }
    }
    return false;
  }

  private AcledType protest(List<Token> toks, PloverType plover, AcledType hint) {
    if (hint == AcledType.VIOLENT_DEMONSTRATION || has(toks, "riot") || setAlight(toks)) {
      return AcledType.VIOLENT_DEMONSTRATION;
    }
    if (has(toks, "live-fire") || has(toks, "enforcer") && lethalVerb(toks)) {
      return AcledType.EXCESSIVE_FORCE;
    }
    if (has(toks, "intervention") || has(toks, "crowd-control")) {
      return AcledType.PROTEST_WITH_INTERVENTION;
    }
    return plover == PloverType.PROTEST ? hint : null; // a boycott is no demonstration
  }

  private AcledType violence(List<Token> toks, Attack attack, String mode, AcledType hint) {
    TriggerMatch t = attack.t();
    if (mode != null && (mode.equals("sexual") || mode.equals("abduct"))) {
      return BY_ASSAULT_MODE.get(mode);
    }
    boolean remote = REMOTE_MODES.contains(String.valueOf(mode));
    if (!remote && mobAttacker(toks, t)) {
      return AcledType.MOB_VIOLENCE;
    }
    if (owned(toks, attack, "chemical")) {
      return AcledType.CHEMICAL_WEAPON;
    }
    if (owned(toks, attack, "suicide") && !owned(toks, attack, "suicide-drone")) {
      return AcledType.SUICIDE_BOMB;
    }
    String weapon = mode != null && BY_ASSAULT_MODE.containsKey(mode) || "firearms".equals(mode) ? mode
        : nearestWeapon(toks, attack);
    // "a guided aerial bomb", "barrel bombs", "dropped bombs": a bomb from the air
    if ("explosives".equals(weapon) && (owned(toks, attack, "aerial-bomb")
        || toks.get(t.first()).lemma().equals("drop"))) {
      weapon = "aerial";
    }
    if ("drone".equals(weapon) || "aerial".equals(weapon)) {
      return AcledType.AIR_DRONE_STRIKE;
    }
    if (owned(toks, attack, "grenade") && !owned(toks, attack, "not-grenade")) {
      return AcledType.GRENADE;
    }
    if ("heavy-weapons".equals(weapon)) {
      return AcledType.SHELLING;
    }
    if ("explosives".equals(weapon) || owned(toks, attack, "remote")) {
      return AcledType.REMOTE_EXPLOSIVE;
    }
    // "an explosion", "killed": with no weapon and no attacker named, what happened is not known
    if (hint == null && (t.rule().weak() || TriggerRule.inSet(toks.get(t.first()), lexicon.set("acled.blast")))
        && !anyIn(toks, lexicon.set("acled.armed"), 0, t.first() - 1)) {
      return null;
    }
    if (hint != null) {
      return hint;
    }
    if (mode != null && BY_ASSAULT_MODE.containsKey(mode)) {
      return BY_ASSAULT_MODE.get(mode);
    }
    if (has(toks, "clash")) {
      return AcledType.ARMED_CLASH;
    }
    // the attackers stand before an active trigger and after a passive one ("shot by police")
    boolean passive = EventArgumentFinder.isPassive(toks, t.first(), t.last());
    Set<String> armed = lexicon.set("acled.armed");
    boolean armedBefore = anyIn(toks, armed, 0, t.first() - 1);
    boolean armedAfter = anyIn(toks, armed, t.last() + 1, toks.size() - 1);
    boolean civilianVictim = passive ? anyIn(toks, lexicon.set("acled.civilian"), 0, t.first() - 1)
        : anyIn(toks, lexicon.set("acled.civilian"), t.last() + 1, toks.size() - 1);
    boolean armedVictim = passive ? armedBefore : armedAfter;
    if (civilianVictim && !armedVictim) {
      return AcledType.ATTACK;
    }
    if (armedBefore && armedAfter) {
      return AcledType.ARMED_CLASH;
    }
    return "firearms".equals(mode) || "beat".equals(mode) ? AcledType.ATTACK : null;
  }

  private AcledType coercion(List<Token> toks, TriggerMatch t, String mode, AcledType hint) {
    if ("occupy".equals(mode)) {
      if (hint != null || RETAKING.contains(toks.get(t.first()).lemma())) {
        return hint != null ? hint : AcledType.GOVERNMENT_REGAINS_TERRITORY;
      }
      // taken without a fight, or entered where the other side withdrew and no fighting is told
      if (has(toks, "no-resistance") || has(toks, "withdrawal") && !has(toks, "clash")
          && TriggerRule.inSet(toks.get(t.first()), lexicon.set("acled.neutral-entry"))) {
        return AcledType.NON_VIOLENT_TRANSFER;
      }
      if (anyIn(toks, lexicon.set("acled.state-force"), 0, t.first() - 1)
          && !anyIn(toks, lexicon.set("acled.non-state"), 0, t.first() - 1)
          && anyIn(toks, lexicon.set("acled.non-state"), t.last() + 1, toks.size() - 1)) {
        return AcledType.GOVERNMENT_REGAINS_TERRITORY;
      }
      return AcledType.NON_STATE_ACTOR_OVERTAKES_TERRITORY;
    }
    // no known whereabouts, or held by a non-state group: not an arrest
    if ("arrest".equals(mode) && (has(toks, "disappeared")
        || anyIn(toks, lexicon.set("acled.non-state"), Math.max(0, t.first() - 6), t.first() - 1))) {
      return AcledType.ABDUCTION;
    }
    if (mode != null && OTHER_COERCION.contains(mode) && hint == null) {
      return AcledType.OTHER;
    }
    return hint;
  }

  /**
   * ACLED codes a battle in which territory changed hands as the change: a clash told in the same
   * sentence as a capture ("seized the village after two days of fighting") takes the capture's type.
   */
  static List<SentenceEvent> battlesForTerritory(List<SentenceEvent> sentence) {
    String territory = null;
    for (SentenceEvent m : sentence) {
      AcledType a = AcledType.fromLabel(m.event().acled()).orElse(null);
      if (a != null && TERRITORY.contains(a) && m.event().happened()) {
        territory = a.label();
        break;
      }
    }
    if (territory == null) {
      return sentence;
    }
    List<SentenceEvent> out = new ArrayList<>(sentence.size());
    for (SentenceEvent m : sentence) {
      Event e = m.event();
      if (AcledType.ARMED_CLASH.label().equals(e.acled())) {
        e = new Event(e.id(), e.type(), e.mode(), territory, e.status(), e.trigger(), e.actors(), e.recipients(),
            e.location(), e.date(), e.figures(), e.evidence(), e.mentions());
        m = new SentenceEvent(e, m.sentence(), m.bare(), m.definite(), m.kind(), m.lemma(), m.disrupted(),
            m.verbal(), m.aside(), m.outcome());
      }
      out.add(m);
    }
    return out;
  }

  /** "a crowd beat him", "lynched by villagers": a mob as the attacker, not as the witness ("villagers said"). */
  private boolean mobAttacker(List<Token> toks, TriggerMatch t) {
    Set<String> mob = lexicon.set("acled.mob");
    boolean passive = EventArgumentFinder.isPassive(toks, t.first(), t.last());
    for (int k = 0; k < toks.size(); k++) {
      if (!TriggerRule.inSet(toks.get(k), mob)) {
        continue;
      }
      // the subject of an active trigger: no armed men, saying or "by" between ("residents
      // found their homes looted by soldiers" is not a mob)
      boolean target = k > 0 && TARGET_PREPOSITIONS.contains(toks.get(k - 1).lemma())
          || k > 1 && TARGET_PREPOSITIONS.contains(toks.get(k - 2).lemma());
      if (k < t.first() && !passive && !target && !anyIn(toks, lexicon.set("acled.armed"), k + 1, t.first() - 1)
          && !anyIn(toks, SAYING, k + 1, t.first() - 1) && !anyIn(toks, Set.of("by"), k + 1, t.last() + 2)) {
        return true;
      }
      if (k > t.last() && toks.get(k - 1).lemma().equals("by")
          || k > t.last() + 1 && toks.get(k - 2).lemma().equals("by")) {
        return true;
      }
    }
    return false;
  }

  /** The weapon word of the sentence nearest the trigger (and nearer it than any other attack), as a mode, or null. */
  private String nearestWeapon(List<Token> toks, Attack attack) {
    TriggerMatch t = attack.t();
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (EventTriggerLexicon.ModeCue cue : lexicon.modeCues(PloverType.ASSAULT)) {
      for (int k = 0; k < toks.size(); k++) {
        if (TriggerRule.inSet(toks.get(k), cue.words()) && attack.owns(k)) {
          int d = Attack.distance(t, k);
          if (d < bestDistance) {
            best = cue.mode();
            bestDistance = d;
          }
        }
      }
    }
    return best;
  }

  /** Whether a cue of set {@code acled.<cue>} stands in the sentence nearer this attack than any other. */
  private boolean owned(List<Token> toks, Attack attack, String cue) {
    Set<String> words = lexicon.set("acled." + cue);
    for (int k = 0; k < toks.size(); k++) {
      if (attack.owns(k) && startsCue(toks, k, words)) {
        return true;
      }
    }
    return false;
  }

  /** "set two buses on fire", "set fire to the station". */
  private static boolean setAlight(List<Token> toks) {
    for (int k = 0; k < toks.size(); k++) {
      if (toks.get(k).lemma().equals("set")) {
        for (int j = k + 1; j < Math.min(toks.size(), k + 6); j++) {
          String w = toks.get(j).lemma();
          if (w.equals("fire") || w.equals("ablaze") || w.equals("alight")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** A verb of killing or shooting ("killed", "shot"), not the noun of a grievance ("the killing of"). */
  private static boolean lethalVerb(List<Token> toks) {
    for (Token w : toks) {
      String l = w.lemma();
      if (w.isVerb() && (l.equals("kill") || l.equals("shoot"))) {
        return true;
      }
    }
    return false;
  }

  private boolean has(List<Token> toks, String cue) {
    return anyIn(toks, lexicon.set("acled." + cue), 0, toks.size() - 1);
  }

  /**
   * Whether a word or an {@code a+b} phrase of {@code words} starts in tokens {@code from..to}
   * (also EventModeRules' cue test).
   */
  static boolean anyIn(List<Token> toks, Set<String> words, int from, int to) {
    for (int k = Math.max(0, from); k <= to && k < toks.size(); k++) {
      if (startsCue(toks, k, words)) {
        return true;
      }
    }
    return false;
  }

  /** Whether token {@code k} is a word of {@code words} or starts one of its {@code a+b} phrases. */
  private static boolean startsCue(List<Token> toks, int k, Set<String> words) {
    if (TriggerRule.inSet(toks.get(k), words)) {
      return true;
    }
    for (String w : words) {
      if (w.indexOf('+') > 0 && phraseAt(toks, k, w.split("\\+"))) {
        return true;
      }
    }
    return false;
  }

  private static boolean phraseAt(List<Token> toks, int k, String[] words) {
    if (k + words.length > toks.size()) {
      return false;
    }
    for (int w = 0; w < words.length; w++) {
      Token tok = toks.get(k + w);
      if (!tok.lemma().equals(words[w]) && !tok.word().toLowerCase(Locale.ROOT).equals(words[w])) {
        return false;
      }
    }
    return true;
  }
}
