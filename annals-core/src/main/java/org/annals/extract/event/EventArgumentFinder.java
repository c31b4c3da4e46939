package org.annals.extract.event;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.annals.extract.event.SentenceMentions.Item;
import org.annals.model.EntityType;
import org.annals.model.PloverType;
import org.annals.model.Token;

/**
 * Finds who did it (actors), to or with whom (recipients) and where (location) for a trigger,
 * from word order alone (Annals runs no parser):
 *
 * <ul>
 *   <li>active verb: actor = the nearest named subject before it in its clause ("Russia launched"),
 *       recipient = the named object after it, or a name after a preposition that fits the event
 *       ("talks with Lavrov", "attack on Kyiv", "sanctions against Moscow");
 *   <li>passive verb ("was blown up", "were hit by"): actor after "by", recipient = the subject;
 *   <li>event noun: actor = a name modifying it ("Russian strikes", "Putin's invasion"), "by X",
 *       or the subject of the verb that governs it ("Rubio held talks");
 *   <li>CONSULT: the first party is the actor and the others are recipients ("Rubio and Lavrov
 *       discussed" → actor Rubio, recipient Lavrov); a host is the recipient ("X hosted Y");
 *       clashes and fighting make every named party an actor;
 *   <li>location: the place named after "in", "at", "over", "near", … closest to the trigger
 *       ("in Russia's Bryansk region" → Bryansk), else the place attacked.
 * </ul>
 */
final class EventArgumentFinder {

  /** The parties and place of one event; empty lists where the sentence names none. */
  record Arguments(List<Item> actors, List<Item> recipients, Item location) {

    boolean isEmpty() {
      return actors.isEmpty() && recipients.isEmpty() && location == null;
    }
  }

  private static final Set<String> REPORTING = Set.of("say", "tell", "announce", "report", "claim", "state", "add",
      "acknowledge", "admit", "confirm", "insist", "note", "write", "accord", "believe", "think", "know");
  private static final Set<String> COPULAS = Set.of("be", "have", "do", "seem", "become", "remain", "get");
  /** "the leaders of Britain and France": the named part is the party itself. */
  private static final Set<String> GROUP_NOUNS = Set.of("leader", "leaders", "president", "government", "forces",
      "force", "army", "troops", "ministry", "minister", "ministers", "head", "chief", "members", "people",
      "military", "navy", "officials", "representatives", "delegation", "delegations", "service", "services",
      "secretary", "spokesman", "spokeswoman", "spokesperson", "envoy", "ambassador", "embassy", "office",
      "parliament", "governments", "authorities", "citizens", "soldiers", "units");
  /** Lower-case nouns that can stand before a name as its title. */
  private static final Set<String> TITLES = Set.of("diplomat", "minister", "secretary", "president", "leader",
      "chief", "spokesman", "spokeswoman", "spokesperson", "envoy", "ambassador", "official", "commander",
      "general", "head", "director", "chancellor", "premier", "mayor", "governor", "king", "queen", "prince",
      "pope", "senator", "lawmaker", "mp", "adviser", "advisor", "aide", "counterpart", "colleague", "counsellor",
      "negotiator", "prosecutor", "judge", "ombudsman", "officer", "colonel", "lieutenant", "sergeant", "captain",
      "admiral", "marshal", "deputy", "representative", "coordinator", "commissioner", "activist", "journalist",
      "correspondent", "analyst", "resident", "politician", "oligarch", "billionaire", "tycoon", "businessman",
      "founder", "owner", "ceo", "candidate", "opponent", "critic", "dissident", "rapper", "singer", "star");
  private static final Set<String> SUBORDINATORS = Set.of("that", "because", "if", "whether", "while", "although",
      "though", "as", "after", "before", "since", "until", "when", "unless", "once", "so");
  private static final Set<String> LOCATION_PREPS = Set.of("in", "at", "over", "near", "outside", "across",
      "around", "into", "inside", "throughout", "towards", "toward", "off", "along", "within");
  private static final Set<String> PLACE_NOUNS = Set.of("city", "town", "village", "region", "province", "oblast",
      "district", "port", "capital", "area", "suburb", "republic", "county", "state");
  /** Verbs whose subject does the event their noun object names: "held talks", "launched an attack". */
  private static final Set<String> LIGHT_VERBS = Set.of("hold", "have", "conduct", "launch", "carry", "stage",
      "mount", "make", "begin", "start", "resume", "continue", "open", "host", "join", "attend", "take", "impose",
      "announce", "unveil", "introduce", "slap", "roll", "order", "organise", "organize", "lead", "wage", "step",
      "intensify", "deliver", "send", "provide", "approve", "pledge", "give", "offer", "express", "issue", "lodge",
      "file", "level", "reach", "sign", "strike", "seal", "extend", "expand", "tighten", "adopt", "agree",
      "convey", "renew", "repeat", "escalate", "press", "call", "demand", "request", "seek",
      "extract", "win", "secure", "grant", "arrange", "chair");
  private static final Set<PloverType> SOURCE_FROM = EnumSet.of(PloverType.CONCEDE, PloverType.AID);
  private static final Set<PloverType> NO_DIRECT_OBJECT = EnumSet.of(PloverType.PROTEST, PloverType.MOBILIZE,
      PloverType.RETREAT);
  private static final Map<PloverType, Set<String>> RECIPIENT_PREPS = new EnumMap<>(PloverType.class);

  static {
    RECIPIENT_PREPS.put(PloverType.CONSULT, Set.of("with", "to", "between"));
    RECIPIENT_PREPS.put(PloverType.ASSAULT, Set.of("on", "against", "at", "into", "targeting"));
    RECIPIENT_PREPS.put(PloverType.REQUEST, Set.of("on", "to"));
    RECIPIENT_PREPS.put(PloverType.AID, Set.of("to", "for"));
    RECIPIENT_PREPS.put(PloverType.SANCTION, Set.of("on", "against"));
    RECIPIENT_PREPS.put(PloverType.SUPPORT, Set.of("to", "for", "with"));
    RECIPIENT_PREPS.put(PloverType.ACCUSE, Set.of("against", "at"));
    RECIPIENT_PREPS.put(PloverType.THREATEN, Set.of("against"));
    RECIPIENT_PREPS.put(PloverType.PROTEST, Set.of("against"));
    RECIPIENT_PREPS.put(PloverType.AGREE, Set.of("with"));
    RECIPIENT_PREPS.put(PloverType.COOPERATE, Set.of("with"));
    RECIPIENT_PREPS.put(PloverType.CONCEDE, Set.of("to"));
  }

  Arguments find(List<Token> toks, TriggerMatch t, SentenceMentions m, List<TriggerMatch> sentenceTriggers) {
    PloverType type = t.rule().type();
    boolean verbal = t.isVerbal(toks);
    boolean passive = verbal && isPassive(toks, t.first(), t.last());
    List<Item> actors;
    List<Item> recipients;
    if (!verbal) {
      actors = new ArrayList<>();
      recipients = new ArrayList<>();
      nounParties(toks, t, m, actors, recipients);
      addAll(recipients, objectsAfter(toks, t.last() + 1, type, m, false));
    } else if (passive) {
      actors = byAgent(toks, t.last() + 1, m, 6);
      recipients = subjectBefore(toks, t.first(), m);
    } else {
      actors = participleClause(toks, t.first()) ? sentenceSubject(toks, m) : subjectBefore(toks, t.first(), m);
      recipients = objectsAfter(toks, t.last() + 1, type, m, true);
    }
    if (t.rule().inverse()) {
      List<Item> swap = actors;
      actors = recipients;
      recipients = swap;
    }
    if (t.rule().mutual()) {
      addAll(actors, recipients);
      recipients = new ArrayList<>();
    } else if (type == PloverType.CONSULT) {
      // PLOVER codes all parties of a meeting as sources; Annals keeps one actor and puts the
      // other parties in recipients so the record still says who met whom.
      if (recipients.isEmpty() && actors.size() > 1) {
        recipients = new ArrayList<>(actors.subList(1, actors.size()));
        actors = new ArrayList<>(actors.subList(0, 1));
      } else if (actors.isEmpty() && recipients.size() > 1) {
        actors = new ArrayList<>(recipients.subList(0, 1));
        recipients = new ArrayList<>(recipients.subList(1, recipients.size()));
      }
    }
    recipients = without(recipients, actors);
    Item location = location(toks, t, m, type, actors, recipients, sentenceTriggers);
    return new Arguments(List.copyOf(actors), List.copyOf(recipients), location);
  }

  // ---- subjects ----------------------------------------------------------------------------

  /** The named subject of the verb at {@code v}, with any conjoined names ("Britain and France"). */
  private List<Item> subjectBefore(List<Token> toks, int v, SentenceMentions m) {
    int j = v - 1;
    // Step over adverbs, modals and auxiliaries to see whether the verb is an infinitive.
    while (j >= 0 && (toks.get(j).pos().equals("RB") || toks.get(j).pos().equals("MD")
        || (COPULAS.contains(toks.get(j).lemma()) && toks.get(j).isVerb()))) {
      j--;
    }
    if (j >= 0 && toks.get(j).pos().equals("TO")) {
      // "urged Germany to send": the object of the governing verb; "plans to send": its subject.
      int w = j - 1;
      while (w >= 0 && toks.get(w).pos().equals("RB")) {
        w--;
      }
      Item named = w >= 0 ? m.at(w) : null;
      if (named != null && eligible(toks, named)) {
        return conjunctsBefore(toks, m, named);
      }
      if (w >= 0 && (toks.get(w).isVerb() || toks.get(w).pos().startsWith("JJ"))) {
        return subjectBefore(toks, w, m);
      }
      return new ArrayList<>();
    }
    for (int k = v - 1; k >= 0 && v - k <= 25; k--) {
      if (ClauseBounds.isBoundary(toks, k)) {
        break;
      }
      Item it = m.at(k);
      if (it == null) {
        continue;
      }
      if (eligible(toks, it) && !isPrepositionObject(toks, it) && !isParenthetical(toks, it)) {
        return conjunctsBefore(toks, m, it);
      }
      k = it.first();
    }
    return new ArrayList<>();
  }

  /**
   * ", neighbouring Ukraine," between a subject and its verb: a name inside a comma-enclosed
   * phrase that opens with a participle or preposition is not the subject.
   */
  private static boolean isParenthetical(List<Token> toks, Item it) {
    int after = npEnd(toks, it.last() + 1) + 1;
    if (after >= toks.size() || !toks.get(after).word().equals(",")) {
      return false;
    }
    int k = nameStart(toks, it.first()) - 1;
    while (k >= 0 && (toks.get(k).pos().equals("VBG") || toks.get(k).pos().equals("VBN")
        || toks.get(k).pos().equals("IN") || toks.get(k).pos().equals("RB"))) {
      k--;
    }
    return k >= 0 && k < nameStart(toks, it.first()) - 1 && toks.get(k).word().equals(",");
  }

  /** ", urging Western leaders to …": a participle after a comma shares the sentence's subject. */
  private static boolean participleClause(List<Token> toks, int v) {
    return toks.get(v).pos().equals("VBG") && v > 0 && toks.get(v - 1).word().equals(",");
  }

  /** The first named subject of the sentence: the first actor-worthy name before the first verb. */
  private static List<Item> sentenceSubject(List<Token> toks, SentenceMentions m) {
    for (int k = 0; k < toks.size(); k++) {
      if (toks.get(k).isVerb()) {
        break;
      }
      Item it = m.at(k);
      if (it != null && eligible(toks, it) && !isPrepositionObject(toks, it)) {
        Item head = lastEligible(toks, m, it.first(), npEnd(toks, it.first()));
        return conjunctsBefore(toks, m, head == null ? it : head);
      }
    }
    return new ArrayList<>();
  }

  /** "concessions from the Kremlin", "aid from Germany": where the thing comes from is its source. */
  private List<Item> fromSource(List<Token> toks, int from, SentenceMentions m) {
    for (int k = from; k < Math.min(toks.size(), from + 3); k++) {
      if (toks.get(k).word().equalsIgnoreCase("from")) {
        Item head = lastEligible(toks, m, k + 1, npEnd(toks, k + 1));
        return head == null ? new ArrayList<>() : new ArrayList<>(List.of(head));
      }
    }
    return new ArrayList<>();
  }

  /** The agent after "by" within {@code window} tokens: "was shot down by Ukraine". */
  private List<Item> byAgent(List<Token> toks, int from, SentenceMentions m, int window) {
    for (int k = from; k < Math.min(toks.size(), from + window); k++) {
      if (k > from && ClauseBounds.isBoundary(toks, k)) {
        break;
      }
      if (toks.get(k).word().equalsIgnoreCase("by")) {
        Item head = lastEligible(toks, m, k + 1, npEnd(toks, k + 1));
        List<Item> out = new ArrayList<>();
        if (head != null) {
          out.add(head);
          addAll(out, conjunctsAfter(toks, m, npEnd(toks, k + 1)));
        }
        return out;
      }
    }
    return new ArrayList<>();
  }

  // ---- objects -----------------------------------------------------------------------------

  private List<Item> objectsAfter(List<Token> toks, int from, PloverType type, SentenceMentions m,
      boolean verbal) {
    List<Item> out = new ArrayList<>();
    int k = from;
    while (k < toks.size() && (toks.get(k).pos().equals("RP") || toks.get(k).pos().equals("RB"))) {
      k++;
    }
    if (verbal && !NO_DIRECT_OBJECT.contains(type) && k < toks.size()) {
      int e = npEnd(toks, k);
      Item head = lastEligible(toks, m, k, e);
      if (head != null) {
        out.add(head);
        addAll(out, conjunctsAfter(toks, m, e));
      }
    }
    Set<String> preps = RECIPIENT_PREPS.getOrDefault(type, Set.of());
    for (int j = from; j < Math.min(toks.size(), from + 10); j++) {
      if (j > from && ClauseBounds.isBoundary(toks, j)) {
        break;
      }
      Token t = toks.get(j);
      if (j > from + 1 && t.isVerb() && !t.pos().equals("VBG") && !t.pos().equals("VBN")) {
        break;
      }
      if (!preps.contains(t.word().toLowerCase(Locale.ROOT))) {
        continue;
      }
      int e = npEnd(toks, j + 1);
      Item head = lastEligible(toks, m, j + 1, e);
      if (head != null && (head.type() != EntityType.LOCATION || !LOCATION_PREPS.contains(t.word()))) {
        addAll(out, List.of(head));
        addAll(out, conjunctsAfter(toks, m, e));
      }
    }
    return out;
  }

  /** Actors and recipients of an event noun: its modifiers, "by X", or the governing verb's subject. */
  private void nounParties(List<Token> toks, TriggerMatch t, SentenceMentions m, List<Item> actors,
      List<Item> recipients) {
    int s = npStart(toks, t.first());
    Item pre = lastEligible(toks, m, s, t.first() - 1);
    if (pre != null) {
      boolean possessive = pre.last() + 1 < toks.size() && toks.get(pre.last() + 1).pos().equals("POS");
      if (pre.type() == EntityType.LOCATION && !possessive && t.rule().type() == PloverType.ASSAULT) {
        recipients.add(pre); // "the Kyiv strike": the place struck, not the striker
      } else {
        actors.add(pre);
        return;
      }
    }
    List<Item> by = byAgent(toks, t.last() + 1, m, 3);
    if (by.isEmpty() && SOURCE_FROM.contains(t.rule().type())) {
      by = fromSource(toks, t.last() + 1, m);
    }
    if (!by.isEmpty()) {
      addAll(actors, by);
      return;
    }
    int k = s - 1;
    while (k >= 0 && (toks.get(k).pos().equals("RP") || toks.get(k).pos().equals("RB"))) {
      k--;
    }
    // "held talks" but not "continued direct talks" (a participle describing the noun)
    boolean participle = k >= 0 && toks.get(k).pos().equals("VBN") && !isPassive(toks, k, k)
        && !(k > 0 && toks.get(k - 1).lemma().equals("have"));
    if (k >= 0 && toks.get(k).isVerb() && LIGHT_VERBS.contains(toks.get(k).lemma()) && !participle) {
      if (isPassive(toks, k, k)) {
        addAll(actors, byAgent(toks, t.last() + 1, m, 6));
      } else {
        addAll(actors, subjectBefore(toks, k, m));
      }
    }
  }

  // ---- place -------------------------------------------------------------------------------

  private Item location(List<Token> toks, TriggerMatch t, SentenceMentions m, PloverType type, List<Item> actors,
      List<Item> recipients, List<TriggerMatch> sentenceTriggers) {
    Item best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Item it : m.all()) {
      if (it.type() != EntityType.LOCATION || actors.contains(it)) {
        continue;
      }
      int p = prepositionBefore(toks, it, m);
      if (p < 0) {
        continue;
      }
      String prep = toks.get(p).word().toLowerCase(Locale.ROOT);
      if (!LOCATION_PREPS.contains(prep) && !(prep.equals("on") && type == PloverType.ASSAULT)
          && !(prep.equals("to") && type == PloverType.MOBILIZE)) {
        continue;
      }
      // "in Russia's Bryansk region": the owner gives way to the place it owns; "at Moscow's lack
      // of flexibility" names no place at all.
      if (it.last() + 1 < toks.size() && toks.get(it.last() + 1).pos().equals("POS")) {
        continue;
      }
      if (ClauseBounds.separated(toks, Math.min(it.first(), t.first()), Math.max(it.first(), t.first()))
          || EventDateFinder.nearerToAnother(t, it.first(), it.last(), sentenceTriggers)) {
        continue;
      }
      int distance = it.first() > t.last() ? it.first() - t.last() : t.first() - it.last();
      if (distance < bestDistance) {
        best = it;
        bestDistance = distance;
      }
    }
    if (best == null && (type == PloverType.ASSAULT || type == PloverType.PROTEST || type == PloverType.COERCE)) {
      for (Item r : recipients) {
        if (r.type() == EntityType.LOCATION) {
          return r;
        }
      }
    }
    return best;
  }

  /** The preposition governing a name ("in eastern Ukraine", "in the city of Kharkiv"), or -1. */
  private static int prepositionBefore(List<Token> toks, Item it, SentenceMentions m) {
    int k = it.first() - 1;
    int steps = 0;
    while (k >= 0 && steps < 6) {
      Token t = toks.get(k);
      String p = t.pos();
      if (p.equals("DT") || p.startsWith("JJ") || p.equals("CD") || p.equals("HYPH") || p.equals("POS")
          || (p.startsWith("NNP") && m.at(k) != null)) {
        k--;
      } else if (t.word().equalsIgnoreCase("of") && k > 0 && PLACE_NOUNS.contains(toks.get(k - 1).lemma())) {
        k -= 2;
      } else {
        break;
      }
      steps++;
    }
    if (k < 0) {
      return -1;
    }
    String p = toks.get(k).pos();
    return p.equals("IN") || p.equals("TO") ? k : -1;
  }

  // ---- noun phrases and names ----------------------------------------------------------------

  private static boolean npWord(Token t) {
    String p = t.pos();
    return p.startsWith("NN") || p.startsWith("JJ") || p.equals("DT") || p.equals("POS") || p.equals("HYPH")
        || p.equals("CD") || p.equals("PRP$") || p.equals("``") || p.equals("''");
  }

  /** The first token of the noun phrase that ends just before {@code k}, or {@code k} itself. */
  private static int npStart(List<Token> toks, int k) {
    int j = k;
    while (j - 1 >= 0 && k - j < 8 && npWord(toks.get(j - 1))
        && !SUBORDINATORS.contains(toks.get(j - 1).word().toLowerCase(Locale.ROOT))) {
      j--;
    }
    return j;
  }

  /**
   * The first token of a name's noun phrase: titles and modifiers before it belong to it ("US top
   * diplomat Marco Rubio", "Russian Foreign Minister Sergei Lavrov"), other common nouns do not
   * ("during the conversation Rubio expressed").
   */
  private static int nameStart(List<Token> toks, int k) {
    int j = k;
    while (j - 1 >= 0 && k - j < 8) {
      Token t = toks.get(j - 1);
      String p = t.pos();
      boolean commonNoun = p.equals("NN") || p.equals("NNS");
      boolean title = commonNoun && (TITLES.contains(t.lemma()) || Character.isUpperCase(t.word().charAt(0)));
      if (!npWord(t) || (commonNoun && !title)
          || SUBORDINATORS.contains(t.word().toLowerCase(Locale.ROOT))) {
        break;
      }
      j--;
    }
    return j;
  }

  /** The last token of the noun phrase starting at {@code k} ({@code k - 1} where none starts there). */
  private static int npEnd(List<Token> toks, int k) {
    int j = k;
    while (j < toks.size() && j - k < 8 && npWord(toks.get(j))) {
      j++;
    }
    return j - 1;
  }

  /** The last actor-worthy name among tokens {@code a..b}: the head of "Russian President Vladimir Putin". */
  private static Item lastEligible(List<Token> toks, SentenceMentions m, int a, int b) {
    Item best = null;
    for (Item it : m.all()) {
      if (it.first() >= a && it.last() <= b && eligible(toks, it)) {
        best = it;
      }
    }
    return best;
  }

  /** "Britain and France", "Britain, France and Germany": a bare comma links names only in a list. */
  private static List<Item> conjunctsBefore(List<Token> toks, SentenceMentions m, Item last) {
    List<Item> out = new ArrayList<>();
    out.add(last);
    int s = nameStart(toks, last.first());
    while (s - 2 >= 0 && isConjunction(toks.get(s - 1))
        && (out.size() > 1 || toks.get(s - 1).word().equalsIgnoreCase("and"))) {
      int k = s - 2;
      if (toks.get(k).word().equals(",")) {
        k--;
      }
      Item prev = k >= 0 ? m.at(k) : null;
      if (prev == null || !eligible(toks, prev)) {
        break;
      }
      out.add(0, prev);
      s = nameStart(toks, prev.first());
    }
    return out;
  }

  private static List<Item> conjunctsAfter(List<Token> toks, SentenceMentions m, int npEnd) {
    List<Item> out = new ArrayList<>();
    int e = npEnd;
    while (e + 2 < toks.size() && isConjunction(toks.get(e + 1))) {
      int k = e + 2;
      if (toks.get(k).word().equalsIgnoreCase("and")) {
        k++;
      } else if (toks.get(e + 1).word().equals(",") && !listContinues(toks, k)) {
        break;
      }
      int end = npEnd(toks, k);
      Item next = lastEligible(toks, m, k, end);
      if (next == null) {
        break;
      }
      out.add(next);
      e = end;
    }
    return out;
  }

  /** After "X, " a list goes on only if an "and" follows within a few words ("X, Y and Z"). */
  private static boolean listContinues(List<Token> toks, int k) {
    for (int j = k; j < Math.min(toks.size(), k + 6); j++) {
      if (toks.get(j).word().equalsIgnoreCase("and")) {
        return true;
      }
      if (toks.get(j).isVerb()) {
        return false;
      }
    }
    return false;
  }

  private static boolean isConjunction(Token t) {
    return t.word().equalsIgnoreCase("and") || t.word().equals(",");
  }

  /** A name that can act: people, organisations, places (states), and nationality adjectives. */
  static boolean eligible(List<Token> toks, Item it) {
    if (it.type() != EntityType.MISC) {
      return true;
    }
    if (it.first() != it.last()) {
      return false;
    }
    String w = toks.get(it.first()).word().toLowerCase(Locale.ROOT);
    return w.endsWith("an") || w.endsWith("ese") || w.endsWith("ish") || w.endsWith("i") || w.endsWith("ch")
        || w.endsWith("ans") || w.endsWith("ians");
  }

  private static boolean isPrepositionObject(List<Token> toks, Item it) {
    int s = nameStart(toks, it.first());
    if (s == 0) {
      return false;
    }
    Token prep = toks.get(s - 1);
    String w = prep.word().toLowerCase(Locale.ROOT);
    if (!prep.pos().equals("IN") && !prep.pos().equals("TO")) {
      return false;
    }
    if (SUBORDINATORS.contains(w)) {
      return false;
    }
    return !(w.equals("of") && s - 2 >= 0 && GROUP_NOUNS.contains(toks.get(s - 2).lemma()));
  }

  /** "was blown up", "have been hit", "drones launched by Russia". */
  static boolean isPassive(List<Token> toks, int first, int last) {
    if (!toks.get(first).pos().equals("VBN")) {
      return false;
    }
    for (int k = first - 1; k >= Math.max(0, first - 4); k--) {
      Token t = toks.get(k);
      if (t.lemma().equals("be") || t.lemma().equals("get")) {
        return true;
      }
      if (!t.pos().equals("RB") && !t.word().equalsIgnoreCase("been") && !t.word().equalsIgnoreCase("being")) {
        break;
      }
    }
    return last + 1 < toks.size() && toks.get(last + 1).word().equalsIgnoreCase("by");
  }

  private static void addAll(List<Item> into, List<Item> items) {
    for (Item it : items) {
      boolean seen = false;
      for (Item x : into) {
        if (x.start() == it.start() || (x.entity() != null && x.entity().equals(it.entity()))) {
          seen = true;
          break;
        }
      }
      if (!seen) {
        into.add(it);
      }
    }
  }

  private static List<Item> without(List<Item> items, List<Item> remove) {
    List<Item> out = new ArrayList<>();
    for (Item it : items) {
      boolean drop = false;
      for (Item r : remove) {
        if (r.start() == it.start() || (r.entity() != null && r.entity().equals(it.entity()))) {
          drop = true;
          break;
        }
      }
      if (!drop) {
        out.add(it);
      }
    }
    return out;
  }
}
