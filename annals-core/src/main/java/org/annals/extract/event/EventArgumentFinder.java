package org.annals.extract.event;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.annals.extract.WordSets;
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
  /** Heads of a noun phrase that names armed forces ("Russian troops", "wounded Ukrainian fighters"). */
  private static final Set<String> FORCES = Set.of("troops", "soldiers", "forces", "fighters", "servicemen",
      "units", "army", "military", "defenders", "garrison", "personnel", "marines", "paratroopers", "crew");
  private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "it", "they", "we", "i");
  /** Verbs whose subject is the speaker of a following "it"/"they"/"he" ("said it had"). */
  private static final Set<String> SPEAKING = Set.of("say", "tell", "announce", "report", "claim", "state", "add",
      "acknowledge", "admit", "confirm", "insist", "note", "write", "warn", "promise", "vow", "pledge", "declare",
      "deny", "argue", "explain", "reveal", "indicate", "suggest", "stress", "tweet");
  /**
   * Verbs whose subject judges or names what their object tells ("called the attack a war crime",
   * "condemned the strike"): not who did it, nor where it happened.
   */
  private static final Set<String> JUDGING = Set.of("call", "describe", "label", "brand", "term", "dub", "condemn",
      "denounce", "decry", "criticise", "criticize", "blame", "welcome", "praise", "hail");
  /** "urged Germany to send": the object of these verbs does what the infinitive says. */
  private static final Set<String> CONTROL_VERBS = Set.of("urge", "ask", "call", "tell", "order", "force",
      "persuade", "want", "allow", "invite", "encourage", "press", "push", "pressure", "help", "expect", "need",
      "compel", "instruct", "authorise", "authorize", "permit", "advise", "warn", "appeal", "implore", "beg", "plead");
  private static final Set<String> AUXILIARIES = Set.of("be", "have", "do", "get");
  /** Superlatives of time, which order what someone did rather than rank it. */
  private static final Set<String> NEWEST = Set.of("latest", "newest", "earliest", "most");
  private static final Set<String> TIME_WORDS = WordSets.of("time.word");
  private static final Set<String> TIME_PREPS = Set.of("on", "in", "for", "this", "last", "next", "late", "early",
      "earlier", "over", "during", "at", "the");
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
      "submit", "confirm",
      "announce", "unveil", "introduce", "slap", "roll", "order", "organise", "organize", "lead", "wage", "step",
      "intensify", "deliver", "send", "provide", "approve", "pledge", "give", "offer", "express", "issue", "lodge",
      "file", "level", "reach", "sign", "strike", "seal", "extend", "expand", "tighten", "adopt", "agree",
      "convey", "renew", "repeat", "escalate", "press", "call", "demand", "request", "seek",
      "extract", "win", "secure", "grant", "arrange", "chair");
  /** Types whose grammatical object may be a topic ("discussed the Ukraine crisis", "agreed a plan"). */
  private static final Set<PloverType> TOPIC_OBJECTS = EnumSet.of(PloverType.CONSULT, PloverType.AGREE,
      PloverType.REJECT);
  /** …unless the verb takes a party as its object: "met Lavrov", "visited Kyiv", "phoned Macron". */
  private static final Set<String> PARTY_OBJECT_VERBS = Set.of("meet", "visit", "phone", "telephone", "call",
      "host", "consult", "receive", "join", "rebuff");
  private static final Set<PloverType> SOURCE_FROM = EnumSet.of(PloverType.CONCEDE, PloverType.AID, PloverType.SUPPORT);
  private static final Set<PloverType> NO_DIRECT_OBJECT = EnumSet.of(PloverType.PROTEST, PloverType.MOBILIZE,
      PloverType.RETREAT);
  private static final Map<PloverType, Set<String>> RECIPIENT_PREPS = new EnumMap<>(PloverType.class);

  static {
    RECIPIENT_PREPS.put(PloverType.CONSULT, Set.of("with", "to", "between"));
    RECIPIENT_PREPS.put(PloverType.ASSAULT, Set.of("on", "against", "at", "into", "targeting"));
    RECIPIENT_PREPS.put(PloverType.REQUEST, Set.of("on", "to", "with"));
    RECIPIENT_PREPS.put(PloverType.AID, Set.of("to", "for"));
    RECIPIENT_PREPS.put(PloverType.SANCTION, Set.of("on", "against", "targeting"));
    RECIPIENT_PREPS.put(PloverType.SUPPORT, Set.of("to", "for", "with"));
    RECIPIENT_PREPS.put(PloverType.ACCUSE, Set.of("against", "at"));
    RECIPIENT_PREPS.put(PloverType.THREATEN, Set.of("against"));
    RECIPIENT_PREPS.put(PloverType.PROTEST, Set.of("against"));
    RECIPIENT_PREPS.put(PloverType.AGREE, Set.of("with", "between"));
    RECIPIENT_PREPS.put(PloverType.COOPERATE, Set.of("with", "between"));
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
      // "the situation in Ukraine was discussed": what is discussed or agreed is a topic, not a party
      recipients = TOPIC_OBJECTS.contains(type) ? new ArrayList<>() : subjectBefore(toks, t.first(), m);
      if (actors.isEmpty() && type == PloverType.MOBILIZE || withdraws(t)) {
        // "Russia's nuclear forces were placed on high alert", "Ukrainian soldiers were evacuated
        // by Russian forces": whose forces are moved moves them; who moves them is the other party
        List<Item> mover = actors;
        actors = recipients;
        recipients = mover;
      }
    } else {
      actors = participleClause(toks, t.first()) ? sentenceSubject(toks, m) : subjectBefore(toks, t.first(), m);
      recipients = objectsAfter(toks, t.last() + 1, type, m, true);
      Item moved = withdraws(t) ? forcesObject(toks, t, m) : null;
      if (moved != null) {
        // "Russia agreed to evacuate wounded Ukrainian soldiers": whose forces leave withdraw
        List<Item> mover = actors;
        actors = new ArrayList<>(List.of(moved));
        recipients = without(mover, actors);
      }
    }
    if (t.rule().inverse()) {
      List<Item> swap = actors;
      actors = recipients;
      recipients = swap;
    }
    if (actors.isEmpty() && type == PloverType.THREATEN && verbal && TOLD_CONSEQUENCES.contains(toks.get(t.first()).lemma())) {
      // "Putin said the expansion would demand a reaction from Moscow": the speaker threatens
      actors = reportingSubject(toks, t.first(), m);
    }
    if (actors.isEmpty() && type == PloverType.THREATEN && !verbal) {
      actors = regardingSubject(toks, t.first(), m); // "Russia said it will treat shipments as legitimate targets"
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

  /**
   * The named subject of the verb at {@code v}: the noun phrase right before its verb group
   * ("Marco Rubio and Sergei Lavrov on Sunday discussed" → both). Where that phrase names no one
   * ("some countries providing arms") there is no named actor; Annals does not reach further back
   * for a name that merely happens to stand earlier in the sentence.
   */
  private List<Item> subjectBefore(List<Token> toks, int v, SentenceMentions m) {
    return subjectBefore(toks, v, m, 0);
  }

  private List<Item> subjectBefore(List<Token> toks, int v, SentenceMentions m, int depth) {
    return subjectAt(toks, skipVerbGroup(toks, v - 1), m, depth);
  }

  private List<Item> subjectAt(List<Token> toks, int j, SentenceMentions m, int depth) {
    if (j < 0 || depth > 4 || ClauseBounds.isBoundary(toks, j)) {
      return new ArrayList<>();
    }
    Token t = toks.get(j);
    String w = t.word().toLowerCase(Locale.ROOT);
    Item named = m.at(j);
    if (named != null) {
      if (isPrepositionObject(toks, named)) {
        // "a bridge in Bryansk was blown up": the subject is the bridge, not the place
        return subjectAt(toks, nameStart(toks, named.first()) - 2, m, depth + 1);
      }
      return eligible(toks, named) ? conjunctsBefore(toks, m, named) : new ArrayList<>();
    }
    if (t.pos().equals("TO")) {
      return infinitiveSubject(toks, j, m, depth);
    }
    // "its military", "the military": an adjective the tagger left as the head is the noun it stands for
    boolean nominal = t.pos().startsWith("JJ") && j > 0 && j + 1 < toks.size()
        && (toks.get(j + 1).isVerb() || toks.get(j + 1).pos().equals("MD"))
        && Set.of("PRP$", "DT").contains(toks.get(npStart(toks, j)).pos());
    if (t.isNoun() || nominal) {
      int s = npStart(toks, j);
      if (s > 0 && toks.get(s - 1).pos().equals("IN") && !toks.get(s - 1).word().equalsIgnoreCase("of")
          && !SUBORDINATORS.contains(toks.get(s - 1).word().toLowerCase(Locale.ROOT))) {
        return subjectAt(toks, s - 2, m, depth + 1); // "a highway bridge in Russia's Bryansk region"
      }
      // "Russia's army", "Ukrainian forces": a name modifying the subject's head stands for it
      Item modifier = lastEligible(toks, m, s, j);
      if (modifier == null && toks.get(s).pos().equals("PRP$")) {
        return speakerBefore(toks, s, m, depth); // "Moscow said its military fired"
      }
      return modifier == null ? new ArrayList<>() : conjunctsBefore(toks, m, modifier);
    }
    if (t.pos().equals("PRP") && SUBJECT_PRONOUNS.contains(w)) {
      return speakerBefore(toks, j, m, depth); // "Russia said it had struck"
    }
    if (t.pos().equals("WP") || t.pos().equals("WDT")) {
      // "Trump, who forced …": the relative pronoun stands for the name before it
      int k = j - 1;
      if (k >= 0 && toks.get(k).word().equals(",")) {
        k--;
      }
      return k >= 0 && (m.at(k) != null || toks.get(k).isNoun()) ? subjectAt(toks, k, m, depth + 1)
          : new ArrayList<>();
    }
    if (w.equals(",") && relativeClauseBefore(toks, j)) {
      return appositiveSubject(toks, j, m, depth); // "Trump, who forced …, accused"
    }
    if (w.equals("and") || w.equals("but") || w.equals(",")) {
      // "condemns Russia's aggression and expresses its solidarity": the earlier verb's subject
      int p = previousVerb(toks, j - 1, 8);
      if (p >= 0) {
        return subjectBefore(toks, p, m, depth + 1);
      }
      if (w.equals(",")) {
        return appositiveSubject(toks, j, m, depth);
      }
    }
    return new ArrayList<>();
  }

  /**
   * A pronoun ("it", "its military") right after a reporting verb, "that" allowed between, stands
   * for the verb's speaker: that speaker, or nothing.
   */
  private List<Item> speakerBefore(List<Token> toks, int pronoun, SentenceMentions m, int depth) {
    int k = pronoun - 1;
    if (k >= 0 && toks.get(k).word().equalsIgnoreCase("that")) {
      k--;
    }
    k = skipVerbGroup(toks, k);
    if (k >= 0 && toks.get(k).isVerb() && SPEAKING.contains(toks.get(k).lemma())) {
      return subjectBefore(toks, k, m, depth + 1);
    }
    return new ArrayList<>();
  }

  /** Verbs of a consequence a speaker foretells others' steps will bring: the threat is the speaker's. */
  private static final Set<String> TOLD_CONSEQUENCES = Set.of("provoke", "demand");

  /** Verbs that take something "as" what they deem it: "treat shipments as legitimate targets". */
  private static final Set<String> REGARDING = Set.of("treat", "consider", "regard", "deem", "view", "see");

  /** The named subject of the verb that deems its object "as" the trigger, or nothing. */
  private List<Item> regardingSubject(List<Token> toks, int k, SentenceMentions m) {
    int as = k - 1;
    while (as >= 0 && !toks.get(as).word().equalsIgnoreCase("as") && k - as <= 3) {
      as--;
    }
    if (as < 0 || !toks.get(as).word().equalsIgnoreCase("as")) {
      return new ArrayList<>();
    }
    for (int j = as - 1; j >= Math.max(0, as - 12); j--) {
      if (ClauseBounds.isBoundary(toks, j)) {
        break;
      }
      if (toks.get(j).isVerb() && REGARDING.contains(toks.get(j).lemma())) {
        return subjectBefore(toks, j, m);
      }
    }
    return new ArrayList<>();
  }

  /** The named subject of the nearest reporting verb before {@code k} in its sentence, or nothing. */
  private List<Item> reportingSubject(List<Token> toks, int k, SentenceMentions m) {
    for (int j = k - 1; j >= 0; j--) {
      if (toks.get(j).isVerb() && SPEAKING.contains(toks.get(j).lemma())) {
        return subjectBefore(toks, j, m);
      }
    }
    return new ArrayList<>();
  }

  /** "urged Germany to send": the object of a control verb; "plans to send": the subject of "plans". */
  private List<Item> infinitiveSubject(List<Token> toks, int to, SentenceMentions m, int depth) {
    int w = to - 1;
    while (w >= 0 && toks.get(w).pos().equals("RB")) {
      w--;
    }
    if (w < 0) {
      return new ArrayList<>();
    }
    Item named = m.at(w);
    if (named != null && eligible(toks, named)) {
      int governor = nameStart(toks, named.first()) - 1;
      if (governor >= 0 && toks.get(governor).pos().equals("TO")) {
        governor--; // "spoke to Zelenskiy to discuss"
      }
      if (governor >= 0 && toks.get(governor).isVerb() && !CONTROL_VERBS.contains(toks.get(governor).lemma())) {
        return subjectBefore(toks, governor, m, depth + 1);
      }
      return conjunctsBefore(toks, m, named);
    }
    Token before = toks.get(w);
    if (before.isVerb() || before.pos().startsWith("JJ")) {
      return subjectBefore(toks, w, m, depth + 1);
    }
    return new ArrayList<>();
  }

  /**
   * "Ukraine's domestic intelligence service, the SBU, acknowledged": the subject and its
   * appositive; the name heading the phrase before the commas wins, else the appositive's name.
   */
  private List<Item> appositiveSubject(List<Token> toks, int comma, SentenceMentions m, int depth) {
    int open = -1;
    for (int k = comma - 1; k >= Math.max(0, comma - 25); k--) {
      if (toks.get(k).word().equals(",")) {
        open = k;
        break;
      }
      if (ClauseBounds.isBoundary(toks, k)) {
        return new ArrayList<>();
      }
    }
    if (open < 1) {
      return new ArrayList<>();
    }
    Token opening = toks.get(open + 1);
    String first = opening.word().toLowerCase(Locale.ROOT);
    if (first.equals("who") || first.equals("which") || opening.pos().equals("VBG")
        || opening.pos().equals("VBN") || opening.pos().equals("IN")) {
      // a relative clause or a participle phrase (", neighbouring Ukraine,") between subject and verb
      return subjectAt(toks, open - 1, m, depth + 1);
    }
    Item head = m.at(open - 1);
    if (head != null && eligible(toks, head)) {
      return conjunctsBefore(toks, m, head);
    }
    Item inside = lastEligible(toks, m, open + 1, comma - 1);
    if (inside != null) {
      return new ArrayList<>(List.of(inside));
    }
    return subjectAt(toks, open - 1, m, depth + 1);
  }

  /** True where the comma at {@code comma} closes a ", who …," or ", which …," clause. */
  private static boolean relativeClauseBefore(List<Token> toks, int comma) {
    for (int k = comma - 1; k >= Math.max(1, comma - 25); k--) {
      if (toks.get(k).word().equals(",")) {
        String next = toks.get(k + 1).word().toLowerCase(Locale.ROOT);
        return next.equals("who") || next.equals("which");
      }
    }
    return false;
  }

  /** The nearest finite verb at or before {@code from} within {@code window} tokens, not crossing a boundary. */
  private static int previousVerb(List<Token> toks, int from, int window) {
    for (int k = from; k >= Math.max(0, from - window); k--) {
      if (ClauseBounds.isBoundary(toks, k)) {
        return -1;
      }
      Token t = toks.get(k);
      boolean finite = t.pos().equals("VBD") || t.pos().equals("VBZ") || t.pos().equals("VBP");
      if (finite && !AUXILIARIES.contains(t.lemma())) {
        return k;
      }
    }
    return -1;
  }

  /** Steps back over adverbs, modals, auxiliaries and time phrases ("has for months refused"). */
  private static int skipVerbGroup(List<Token> toks, int k) {
    while (k >= 0) {
      Token t = toks.get(k);
      String p = t.pos();
      if (p.startsWith("RB") || p.equals("MD") || p.equals("``") || p.equals("''")
          || (t.isVerb() && AUXILIARIES.contains(t.lemma()))) {
        k--;
      } else if (TIME_WORDS.contains(t.word().toLowerCase(Locale.ROOT))) {
        // "on Sunday", "this week", "for months", "late on Thursday night"
        k--;
        while (k >= 0 && (toks.get(k).pos().equals("DT") || toks.get(k).pos().equals("JJ")
            || toks.get(k).pos().equals("CD") || TIME_WORDS.contains(toks.get(k).word().toLowerCase(Locale.ROOT))
            || TIME_PREPS.contains(toks.get(k).word().toLowerCase(Locale.ROOT)))) {
          k--;
        }
      } else {
        return k;
      }
    }
    return k;
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

  /**
   * The named object of a verb, then the prepositional phrases that follow it or the event noun
   * (at most three): "attacked Kyiv", "launched 415 drones at the country", "talks on the war with
   * Lavrov", "the invasion of Ukraine".
   */
  private List<Item> objectsAfter(List<Token> toks, int from, PloverType type, SentenceMentions m,
      boolean verbal) {
    List<Item> out = new ArrayList<>();
    int k = afterParticles(toks, from);
    if (!verbal) {
      // "the deal signed with Turkey", "an agreement has been reached between Turkey, Finland and
      // Sweden": a participle after the noun, or the passive it heads, leads on to the parties
      int j = k;
      while (j < toks.size() && auxiliary(toks.get(j))) {
        j++;
      }
      if (j < toks.size() && toks.get(j).pos().equals("VBN") && (j == k || isPassive(toks, j, j))
          && !(j + 1 < toks.size() && toks.get(j + 1).word().equalsIgnoreCase("by"))) {
        k = j + 1;
        while (k < toks.size() && toks.get(k).pos().equals("RP")) {
          k++; // "was carried out on"
        }
      }
    }
    if (verbal && k < toks.size() && npWord(toks.get(k))) {
      int e = npEnd(toks, k);
      boolean topic = TOPIC_OBJECTS.contains(type) && !PARTY_OBJECT_VERBS.contains(toks.get(from - 1).lemma());
      if (!NO_DIRECT_OBJECT.contains(type) && !topic) {
        Item head = lastEligible(toks, m, k, e);
        if (head != null && ranksTarget(toks, head)) {
          head = null; // "hit Europe's largest nuclear plant"
        }
        if (head != null) {
          out.add(head);
          addAll(out, conjunctsAfter(toks, m, e));
        }
      }
      k = afterConjuncts(toks, e + 1);
    }
    Set<String> preps = RECIPIENT_PREPS.getOrDefault(type, Set.of());
    for (int pp = 0; pp < 3 && k < toks.size(); pp++) {
      if (toks.get(k).word().equals("(") && k + 1 < toks.size()) {
        k++; // "giving those weapons (to Ukraine)"
      }
      Token p = toks.get(k);
      if (!p.pos().equals("IN") && !p.pos().equals("TO") && !p.word().equalsIgnoreCase("targeting")) {
        break;
      }
      String w = p.word().toLowerCase(Locale.ROOT);
      int e = npEnd(toks, k + 1);
      if (e < k + 1) {
        break;
      }
      Item head = lastEligible(toks, m, k + 1, e);
      boolean target = w.equals("of") && !verbal && type == PloverType.ASSAULT && head != null
          && head.type() == EntityType.LOCATION; // "the invasion of Ukraine"
      boolean owner = head != null && head.last() + 1 < toks.size() && toks.get(head.last() + 1).pos().equals("POS");
      if (head != null && ranksTarget(toks, head)) {
        head = null; // "an attack on Europe's largest nuclear plant": the place ranks the target, it is not it
      }
      if (head != null && (target || (preps.contains(w)
          && (head.type() != EntityType.LOCATION || owner || !LOCATION_PREPS.contains(w))))) {
        addAll(out, List.of(head));
        addAll(out, conjunctsAfter(toks, m, e));
      }
      k = afterConjuncts(toks, e + 1);
    }
    return out;
  }

  /** The first token from {@code k} on that is not a particle or adverb ("held off", "struck again"). */
  private static int afterParticles(List<Token> toks, int k) {
    while (k < toks.size() && (toks.get(k).pos().equals("RP") || toks.get(k).pos().equals("RB"))) {
      k++;
    }
    return k;
  }

  /** A word of a verb group before its participle: "has", "had", "was", "been". */
  private static boolean auxiliary(Token t) {
    return t.word().equals("been") || t.isVerb() && AUXILIARIES.contains(t.lemma()) && !t.pos().equals("VBN");
  }

  /**
   * Whether a name owns a superlative after it, maybe after an ordinal ("Europe's largest plant",
   * "Ukraine's second biggest city"): it ranks what follows and is not itself a party.
   */
  private static boolean ranksTarget(List<Token> toks, Item name) {
    int k = name.last() + 2;
    if (k - 1 >= toks.size() || !toks.get(k - 1).pos().equals("POS")) {
      return false;
    }
    for (int j = k; j < Math.min(toks.size(), k + 2); j++) {
      if ((toks.get(j).pos().equals("JJS") || toks.get(j).pos().equals("RBS"))
          && !NEWEST.contains(toks.get(j).word().toLowerCase(Locale.ROOT))) {
        return true; // but "Biden's latest sanctions" are still his
      }
    }
    return false;
  }

  /** Skips "and X", ", Y and Z" after a noun phrase. */
  private static int afterConjuncts(List<Token> toks, int k) {
    while (k + 1 < toks.size() && isConjunction(toks.get(k)) && npWord(toks.get(k + 1))) {
      k = npEnd(toks, k + 1) + 1;
    }
    return k;
  }

  /** Actors and recipients of an event noun: its modifiers, "by X", or the governing verb's subject. */
  private void nounParties(List<Token> toks, TriggerMatch t, SentenceMentions m, List<Item> actors,
      List<Item> recipients) {
    int s = npStart(toks, t.first());
    int pos = lastPossessive(toks, s, t.first() - 1);
    Item owner = pos < 0 ? null : lastEligible(toks, m, s, pos - 1);
    Item after = owner == null ? null : lastEligible(toks, m, pos + 1, t.first() - 1);
    if (after != null) {
      // "the Nordic countries' Nato membership bids", "Russia's Ukraine invasion": the owner acts
      addAll(actors, conjunctsBefore(toks, m, owner));
      recipients.add(after);
      return;
    }
    Item pre = lastEligible(toks, m, s, t.first() - 1);
    if (pre != null) {
      boolean possessive = pre.last() + 1 < toks.size() && toks.get(pre.last() + 1).pos().equals("POS");
      if (pre.type() == EntityType.LOCATION && !possessive && t.rule().type() == PloverType.ASSAULT) {
        recipients.add(pre); // "the Kyiv strike": the place struck, not the striker
      } else if (pre.type() == EntityType.ORGANIZATION && !possessive && t.rule().type() == PloverType.REQUEST) {
        // "Nato membership applications from Sweden and Finland": the body asked, not the asker
        recipients.add(pre);
        addAll(actors, fromSource(toks, t.last() + 1, m));
        return;
      } else {
        actors.add(pre);
        return;
      }
    }
    if ((withdraws(t) || t.rule().type() == PloverType.MOBILIZE) && t.last() + 2 < toks.size()
        && toks.get(t.last() + 1).word().equalsIgnoreCase("of")) {
      // "the withdrawal of Russian troops", "the deployment of US forces": whose forces move them
      int e = npEnd(toks, t.last() + 2);
      Item whose = FORCES.contains(toks.get(e).word().toLowerCase(Locale.ROOT)) ? lastEligible(toks, m, t.last() + 2, e) : null;
      if (whose != null) {
        actors.add(whose);
        return;
      }
    }
    List<Item> by = byAgent(toks, t.last() + 1, m, 3);
    if (by.isEmpty() && SOURCE_FROM.contains(t.rule().type())) {
      by = fromSource(toks, t.last() + 1, m);
    }
    if (!by.isEmpty()) {
      // "an evacuation by Russian forces": who moves the ones withdrawn is the other party
      addAll(withdraws(t) ? recipients : actors, by);
      return;
    }
    int k = s - 1;
    while (k >= 0 && (toks.get(k).pos().equals("RP") || toks.get(k).pos().equals("RB"))) {
      k--;
    }
    // "held talks" but not "continued direct talks" (a participle describing the noun)
    boolean participle = k >= 0 && toks.get(k).pos().equals("VBN") && !isPassive(toks, k, k)
        && !(k > 0 && toks.get(k - 1).lemma().equals("have"));
    // "called a meeting" convenes it; "called the attack a war crime" judges it
    boolean judged = k >= 0 && JUDGING.contains(toks.get(k).lemma()) && t.rule().type() != PloverType.CONSULT;
    if (k >= 0 && toks.get(k).isVerb() && LIGHT_VERBS.contains(toks.get(k).lemma()) && !participle && !judged) {
      if (isPassive(toks, k, k)) {
        addAll(actors, byAgent(toks, t.last() + 1, m, 6));
      } else {
        addAll(actors, subjectBefore(toks, k, m));
      }
    }
  }

  /**
   * The last possessive marker among tokens {@code a..b}, or -1: "'s", or an apostrophe glued to
   * a plural ("countries’", which the tagger may read as a closing quote).
   */
  private static int lastPossessive(List<Token> toks, int a, int b) {
    for (int j = b; j >= Math.max(a, 1); j--) {
      Token t = toks.get(j);
      Token before = toks.get(j - 1);
      if (t.pos().equals("POS") || (t.pos().equals("''") && t.start() == before.end()
          && before.pos().startsWith("NN") && before.word().endsWith("s"))) {
        return j;
      }
    }
    return -1;
  }

  /** A "to" stands between the trigger and a place after it: the place is where they go. */
  private static boolean destination(List<Token> toks, int trigger, int place) {
    for (int k = trigger + 1; k < place; k++) {
      if (toks.get(k).word().equalsIgnoreCase("to") && !(k + 1 < toks.size() && toks.get(k + 1).pos().startsWith("VB"))) {
        return true;
      }
    }
    return false;
  }

  /** The named party of forces a verb takes as its object ("evacuated Ukrainian soldiers"), or null. */
  private static Item forcesObject(List<Token> toks, TriggerMatch t, SentenceMentions m) {
    int k = afterParticles(toks, t.last() + 1);
    if (k >= toks.size() || !npWord(toks.get(k))) {
      return null;
    }
    int e = npEnd(toks, k);
    return FORCES.contains(toks.get(e).word().toLowerCase(Locale.ROOT)) ? lastEligible(toks, m, k, e) : null;
  }

  /** A withdrawal of forces ("withdraw", "evacuate", "pull out"), not a release or a resignation. */
  private static boolean withdraws(TriggerMatch t) {
    return t.rule().type() == PloverType.RETREAT && "withdraw".equals(t.rule().mode());
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
      boolean controlled = type == PloverType.COERCE && (prep.equals("of") || prep.equals("over")) && p > 0
          && toks.get(p - 1).word().equalsIgnoreCase("control");
      if (controlled && p - 1 >= t.first() && p - 1 - t.last() <= 3) {
        return it; // "took full control of the city of Lysychansk": the place controlled, before where it was told
      }
      if (!LOCATION_PREPS.contains(prep) && !(prep.equals("on") && type == PloverType.ASSAULT)
          && !(prep.equals("to") && type == PloverType.MOBILIZE)
          && !(prep.equals("from") && type == PloverType.RETREAT)) {
        continue;
      }
      // "in Russia's Bryansk region": the owner gives way to the place it owns; "at Moscow's lack
      // of flexibility" names no place at all.
      if (it.last() + 1 < toks.size() && toks.get(it.last() + 1).pos().equals("POS")) {
        continue;
      }
      if (withdraws(t) && destination(toks, t.last(), it.first())) {
        continue; // "evacuated troops to a hospital in Novoazovsk": where they are taken, not where they left
      }
      int distance = it.first() > t.last() ? it.first() - t.last() : t.first() - it.last();
      // the place's phrase starts at its preposition: "in Ukraine's second largest city, Kharkiv"
      int phrase = Math.min(p, it.first());
      int lo = Math.min(phrase, t.first());
      int hi = Math.max(phrase, t.first());
      if (ClauseBounds.separated(toks, lo, hi) || ClauseBounds.relativeBetween(toks, lo, hi)
          || EventDateFinder.nearerToAnother(t, it.first(), it.last(), sentenceTriggers)
          || speakingBetween(toks, Math.min(it.last(), t.last()), Math.max(it.first(), t.first()))
          || distance > 15) {
        continue;
      }
      // Where a statement was made is rarely said; "calls for air cover over Ukraine" names
      // what was asked for. Verbal events take only "in"/"at" right next to the trigger.
      if (type.said() && (!(prep.equals("in") || prep.equals("at")) || distance > 4)) {
        continue;
      }
      if (distance < bestDistance) {
        best = it;
        bestDistance = distance;
      }
    }
    if (best == null && withdraws(t) && t.isVerbal(toks) && t.last() + 1 < toks.size() && npWord(toks.get(t.last() + 1))) {
      // "fighters left the Azovstal plant", "troops abandoned the island": the place left is the object
      Item left = lastEligible(toks, m, t.last() + 1, npEnd(toks, t.last() + 1));
      if (left != null && left.type() == EntityType.LOCATION) {
        return left;
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
    while (k >= 0 && steps < 7) {
      Token t = toks.get(k);
      String p = t.pos();
      // "second largest", "most populous": an adverb of degree before its adjective
      boolean degree = p.startsWith("RB") && k + 1 < toks.size() && toks.get(k + 1).pos().startsWith("JJ");
      if (p.equals("DT") || p.startsWith("JJ") || p.equals("CD") || p.equals("HYPH") || p.equals("POS")
          || degree || (p.startsWith("NNP") && m.at(k) != null)) {
        k--;
      } else if (t.word().equalsIgnoreCase("of") && k > 0 && PLACE_NOUNS.contains(toks.get(k - 1).lemma())) {
        k -= 2;
      } else if (t.word().equals(",") && k > 0 && PLACE_NOUNS.contains(toks.get(k - 1).lemma())) {
        k -= 2; // "in Ukraine's second largest city, Kharkiv": the appositive names the place
      } else if (p.startsWith("NN") && PLACE_NOUNS.contains(t.lemma())) { // "in the Croatian capital Zagreb"
        k--;
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
    while (j - 1 >= 0 && k - j < 8) {
      Token t = toks.get(j - 1);
      boolean adjectiveList = t.word().equals(",") && j - 2 >= 0 && toks.get(j - 2).pos().startsWith("JJ")
          && toks.get(j).pos().startsWith("JJ"); // "Russia's unjustified, unprovoked attack"
      if (!adjectiveList && (!npWord(t) || SUBORDINATORS.contains(t.word().toLowerCase(Locale.ROOT)))) {
        break;
      }
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

  /** True where a reporting or judging verb ("said", "told", "called", "condemned") stands strictly between tokens {@code a} and {@code b}. */
  static boolean speakingBetween(List<Token> toks, int a, int b) {
    for (int k = a + 1; k < b && k < toks.size(); k++) {
      if (toks.get(k).isVerb() && (SPEAKING.contains(toks.get(k).lemma()) || JUDGING.contains(toks.get(k).lemma()))) {
        return true;
      }
    }
    return false;
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
