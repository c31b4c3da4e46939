package org.annals.extract.event;

import java.time.LocalDate;
import java.util.List;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.annals.extract.WordSets;
import org.annals.extract.event.EventArgumentFinder.Arguments;
import org.annals.extract.event.SentenceMentions.Item;
import org.annals.model.DatePrecision;
import org.annals.model.EventDate;
import org.annals.model.EventStatus;
import org.annals.model.PloverType;
import org.annals.model.Token;

/**
 * Whether the text says an event happened: negated ("did not attack"), denied ("Moscow denied
 * attacking"), hypothetical ("could strike", "if talks resume", "urged allies to impose"), future
 * ("will meet", "plans to", "ahead of talks", a date after the article's), claimed by a party
 * ("X said it had", "allegedly"), or asserted. The first that applies wins, in that order.
 */
final class EventStatusRules {

  private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "without", "neither", "nor", "cannot");
  private static final Set<String> FAILURE = Set.of("fail", "refuse", "decline");
  private static final Set<String> DENIALS = Set.of("deny", "refute");
  /** "rejecting claims that …", "dismissed reports that …": a claim turned away is denied. */
  private static final Set<String> DISMISSALS = Set.of("reject", "dismiss", "rebut");
  private static final Set<String> CLAIM_NOUNS = Set.of("claim", "allegation", "report", "suggestion",
      "accusation", "assertion", "rumour", "rumor");
  private static final Set<String> MODALS = Set.of("could", "might", "may", "would", "should", "can", "must");
  private static final Set<String> CONDITIONALS = Set.of("if", "unless", "whether");
  private static final Set<String> APPEALS = Set.of("urge", "call", "ask", "demand", "appeal", "press", "push",
      "want", "seek", "hope", "propose", "suggest", "plead", "implore", "encourage", "invite");
  /** "the prospect of talks", "fears of an attack", "on the brink of war": followed by of/for/that. */
  private static final Set<String> POSSIBILITY_NOUNS = Set.of("prospect", "prospects", "possibility", "risk",
      "chance", "chances", "danger", "fear", "fears", "threat", "threats", "spectre", "prelude", "pretext", "idea",
      "proposal", "option", "options", "hope", "hopes", "plea", "question", "brink", "verge");
  /** "any attack", "a possible invasion", "a potential meeting". */
  private static final Set<String> POSSIBILITY_MODIFIERS = Set.of("any", "possible", "potential", "likely",
      "hypothetical", "eventual", "prospective", "would-be");
  /** "ready to", "willing to", "able to". */
  private static final Set<String> READINESS = Set.of("ready", "willing", "able", "prepared", "eager", "keen",
      "position");
  /** Verbs after which a noun is a topic or a wish, not a happening: "discussed sanctions". */
  private static final Set<String> TOPIC_VERBS = Set.of("discuss", "consider", "debate", "weigh", "mull",
      "propose", "threaten", "prepare", "draft", "plan", "seek", "want", "need", "demand", "urge", "push",
      "explore", "contemplate", "envisage", "favour", "favor", "back", "support", "oppose", "reject", "rule");
  private static final Set<PloverType> PLANNED_TYPES = EnumSet.of(PloverType.SANCTION, PloverType.AID,
      PloverType.MOBILIZE, PloverType.CONSULT, PloverType.AGREE, PloverType.RETREAT, PloverType.CONCEDE,
      PloverType.COOPERATE);
  /** Verbs that say a noun event takes place: "talks will take place", "a meeting is to be held". */
  private static final Set<String> OCCURRING = Set.of("take", "be", "happen", "begin", "start", "resume", "go",
      "occur", "continue", "proceed", "convene", "open", "follow");
  private static final Set<String> NEEDED = Set.of("needed", "necessary", "required", "possible", "likely",
      "planned", "expected", "envisaged", "proposed");
  private static final Set<String> FUTURE_MARKERS = Set.of("will", "'ll", "shall", "wo");
  private static final Set<String> PLANS = Set.of("plan", "intend", "expect", "set", "due", "schedule", "prepare",
      "aim", "go", "scheduled", "planned", "expected", "about");
  private static final Set<String> UPCOMING = Set.of("upcoming", "planned", "next", "forthcoming", "scheduled",
      "future", "proposed");
  /** "the intention to apply", "a decision to join": what is intended is not yet done. */
  private static final Set<String> INTENTIONS = Set.of("intention", "intent", "decision", "commitment", "pledge",
      "promise", "readiness", "aim", "goal", "ambition", "bid", "move", "determination", "resolve");
  /** Verbs that tell what a threat says will be done: "will respond", "would retaliate", "take measures". */
  private static final Set<String> THREAT_CONTENT = Set.of("respond", "retaliate", "take", "force", "legitimate",
      "provoke", "demand");
  /** Nouns only a thing that happened has: "the site of the strike", "victims of the attack". */
  private static final Set<String> PRESUPPOSING = WordSets.of("presupposing.noun");
  private static final Set<String> CLAIM_WORDS = Set.of("claim", "allege");
  private static final Set<String> HEARSAY = Set.of("reportedly", "allegedly", "purportedly", "supposedly",
      "alleged", "purported");
  private static final Set<String> REPORTING = Set.of("say", "report", "claim", "state", "acknowledge", "admit",
      "insist", "tell", "add");

  EventStatus status(List<Token> toks, TriggerMatch t, Arguments args, EventDate date, LocalDate documentDate) {
    int first = t.first();
    int clause = ClauseBounds.start(toks, first, 10);
    boolean verbal = t.isVerbal(toks);
    PloverType type = t.rule().type();

    if (verbal && reproached(toks, first)) {
      return EventStatus.ASSERTED; // "Putin shouldn't have invaded Ukraine": a reproach presupposes the deed
    }
    if (!verbal && !explicitlyAfter(date, documentDate) && presupposed(toks, t)) {
      return !type.said() && claimed(toks, t, args, clause) ? EventStatus.CLAIMED : EventStatus.ASSERTED;
    }
    if (negated(toks, first, clause, verbal)) {
      return EventStatus.NEGATED;
    }
    // "denied attacking", "denied that it had attacked"; but in "denied talks were stalled" the
    // noun is the subject of what is denied, not the thing denied.
    boolean subjectOfAnother = !verbal && t.last() + 1 < toks.size()
        && (toks.get(t.last() + 1).isVerb() || toks.get(t.last() + 1).pos().equals("MD"));
    if (type != PloverType.REJECT && !subjectOfAnother
        && (anyLemma(toks, Math.max(0, first - 10), first - 1, DENIALS) || dismissedClaim(toks, first))
        && !hasBreak(toks, first - 10, first)) {
      return EventStatus.DENIED;
    }
    // "Russia will respond in kind if …": what a party says it will do in return is the threat it made
    if (type == PloverType.THREATEN && THREAT_CONTENT.contains(toks.get(first).lemma())) {
      return EventStatus.ASSERTED;
    }
    // "on the brink of war, 20 February", "the threat of an invasion": the noun a possibility
    // governs did not happen, whatever date the sentence gives
    if (!verbal && possibilityOf(toks, first)) {
      return EventStatus.HYPOTHETICAL;
    }
    // "could invade like it did Ukraine on 24 February": a date written out before the report's is
    // a past event told, not a plan or a possibility
    EventStatus unreal = explicitlyBefore(date, documentDate) ? null : unreal(toks, t, date, documentDate, clause, verbal);
    if (unreal != null) {
      return unreal;
    }
    EventStatus purpose = purposeOf(toks, first, clause);
    if (purpose != null) {
      return purpose;
    }
    // Saying is the act for verbal events (an accusation, a request): only material events and
    // meetings can be claimed by the party that reports them.
    if (!type.said() && claimed(toks, t, args, clause)) {
      return EventStatus.CLAIMED;
    }
    return EventStatus.ASSERTED;
  }

  /** Planned, predicted or possible, as the words around the trigger say: the status, or null. */
  private EventStatus unreal(List<Token> toks, TriggerMatch t, EventDate date, LocalDate documentDate, int clause,
      boolean verbal) {
    int first = t.first();
    if (frontedPerfect(toks, first)) {
      return null; // "Having been invaded by Russia, Kyiv won't … unless …": done before the main clause
    }
    PloverType type = t.rule().type();
    boolean reportedFuture = false;
    for (int k = Math.max(clause, first - (verbal ? 4 : 6)); k < first; k++) {
      String w = lower(toks, k);
      if (w.equals("would") && anyLemma(toks, 0, k - 1, REPORTING)) {
        reportedFuture = true; // "said the US would deliver": a reported plan, not a condition
      } else if (MODALS.contains(w) && toks.get(k).pos().equals("MD")) {
        return EventStatus.HYPOTHETICAL;
      }
    }
    if (clause > 0 && CONDITIONALS.contains(lower(toks, clause - 1)) || anyWord(toks, clause, first - 1, CONDITIONALS)
        || inCaseBefore(toks, Math.max(clause, first - 6), first)) {
      return EventStatus.HYPOTHETICAL;
    }
    if (type != PloverType.REQUEST && requested(toks, first)) {
      return EventStatus.HYPOTHETICAL;
    }
    if (possible(toks, t, clause, verbal)) {
      return EventStatus.HYPOTHETICAL;
    }
    // "warned that if Nato deployed troops, Russia would respond": what follows a threat is its
    // content, conditional by nature; the threat itself was made
    boolean threat = type == PloverType.THREATEN;
    if (!verbal && !threat && occursAfter(toks, t.last() + 1, MODALS)) {
      return EventStatus.HYPOTHETICAL;
    }
    // "… to be deployed to Ukraine in the event of a ceasefire", "will strike if attacked"
    if (!threat && conditionFollows(toks, t.last() + 1)) {
      return EventStatus.HYPOTHETICAL;
    }
    // "plans for a peacekeeping force to be deployed", "a proposal for talks"
    for (int k = first - 1; k >= Math.max(clause, first - 8); k--) {
      String l = toks.get(k).lemma();
      if (toks.get(k).isNoun() && (l.equals("proposal") || l.equals("offer") || l.equals("idea"))) {
        return EventStatus.HYPOTHETICAL;
      }
      if (toks.get(k).isNoun() && (l.equals("plan") || INTENTIONS.contains(l) && lower(toks, k + 1).equals("to"))) {
        return EventStatus.FUTURE; // "plans for talks", "Finland's intention to apply"
      }
    }
    if (reportedFuture || future(toks, t, clause, verbal) || explicitlyAfter(date, documentDate)) {
      return EventStatus.FUTURE;
    }
    return null;
  }

  /**
   * "will travel to Poland on Friday to discuss", "could have taken a plane to Moscow to talk": an
   * infinitive of purpose is as real as the verb it serves, however far that verb stands.
   */
  private static EventStatus purposeOf(List<Token> toks, int first, int clause) {
    if (first == 0 || !lower(toks, first - 1).equals("to") || !toks.get(first).pos().equals("VB")) {
      return null;
    }
    int from = ClauseBounds.start(toks, first, 25);
    for (int k = Math.max(from, clause - 25); k < first - 1; k++) {
      String w = lower(toks, k);
      if (FUTURE_MARKERS.contains(w)) {
        return EventStatus.FUTURE;
      }
      if (MODALS.contains(w) && toks.get(k).pos().equals("MD")) {
        return w.equals("would") && anyLemma(toks, 0, k - 1, REPORTING) ? EventStatus.FUTURE : EventStatus.HYPOTHETICAL;
      }
    }
    return null;
  }

  /** Possibility, readiness and wishes: the event is entertained, not reported. */
  private static boolean possible(List<Token> toks, TriggerMatch t, int clause, boolean verbal) {
    int first = t.first();
    for (int k = Math.max(clause, first - 6); k < first; k++) {
      String w = lower(toks, k);
      String next = lower(toks, k + 1);
      if (POSSIBILITY_NOUNS.contains(w) && toks.get(k).isNoun()
          && (next.equals("of") || next.equals("for") || next.equals("that") || next.equals("to"))) {
        return true;
      }
      if (READINESS.contains(w) && next.equals("to") || w.equals("capable") && next.equals("of")) {
        return true; // "ready to meet", "capable of invading a Nato country"
      }
    }
    if (!verbal) {
      if (possibilityModified(toks, first)) {
        return true;
      }
      // "discussed the sanctions package", "demand a retreat", "more sanctions were needed"
      if (PLANNED_TYPES.contains(t.rule().type())) {
        for (int k = first - 1; k >= Math.max(clause, first - 5); k--) {
          Token w = toks.get(k);
          if (w.isVerb() && (TOPIC_VERBS.contains(w.lemma()) || APPEALS.contains(w.lemma()))) {
            return true;
          }
          if (w.isVerb()) {
            break;
          }
        }
      }
      for (int k = t.last() + 1; k <= Math.min(toks.size() - 1, t.last() + 3); k++) {
        if (NEEDED.contains(lower(toks, k)) && !lower(toks, k - 1).equals("than")) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A noun told as done is done, whatever governs its phrase: "could refuse to ratify the deal
   * reached on Tuesday", "not included in the deal signed on Tuesday" (a past participle after it),
   * "called for the UN to visit the site of a missile strike" (the complement of a noun that only
   * something that happened has: its site, victims, aftermath).
   */
  static boolean presupposed(List<Token> toks, TriggerMatch t) {
    if (possibilityModified(toks, t.first())) {
      return false;
    }
    int after = t.last() + 1;
    if (after < toks.size() && toks.get(after).pos().equals("VBN") && !NEEDED.contains(lower(toks, after))
        && !UPCOMING.contains(lower(toks, after)) && !PLANS.contains(toks.get(after).lemma())) {
      return true;
    }
    int k = t.first() - 1;
    while (k >= 0 && t.first() - k <= 6 && MentionKindRules.modifier(toks.get(k))) {
      k--;
    }
    return k >= 1 && lower(toks, k).equals("of") && PRESUPPOSING.contains(toks.get(k - 1).lemma().toLowerCase(Locale.ROOT));
  }

  /** "the brink of war", "the risk of a wider war": a possibility noun, "of" and the trigger's modifiers. */
  private static boolean possibilityOf(List<Token> toks, int first) {
    int k = first - 1;
    while (k >= 0 && first - k <= 4 && (toks.get(k).pos().equals("DT") || toks.get(k).pos().startsWith("JJ"))) {
      k--;
    }
    return k >= 1 && lower(toks, k).equals("of") && POSSIBILITY_NOUNS.contains(lower(toks, k - 1))
        && toks.get(k - 1).isNoun();
  }

  /** "any attack", "any chemical, biological or nuclear attacks": over the noun's modifiers. */
  private static boolean possibilityModified(List<Token> toks, int first) {
    int m = first - 1;
    while (m >= 0 && first - m <= 8 && (toks.get(m).pos().startsWith("JJ") || toks.get(m).pos().equals("CC")
        || toks.get(m).word().equals(",") || toks.get(m).pos().startsWith("NN") && !toks.get(m).isProperNoun())) {
      m--;
    }
    return m >= 0 && POSSIBILITY_MODIFIERS.contains(lower(toks, m))
        || anyWord(toks, first - 2, first - 1, POSSIBILITY_MODIFIERS);
  }

  /** "talks will take place", "a meeting could resume": a modal on a verb of occurrence. */
  private static boolean occursAfter(List<Token> toks, int from, Set<String> modals) {
    for (int k = from; k < Math.min(toks.size(), from + 3); k++) {
      if (modals.contains(lower(toks, k))) {
        for (int j = k + 1; j <= Math.min(toks.size() - 1, k + 2); j++) {
          if (OCCURRING.contains(toks.get(j).lemma())) {
            return true;
          }
        }
        return false;
      }
    }
    return false;
  }

  private static boolean conditionFollows(List<Token> toks, int from) {
    for (int k = from; k < Math.min(toks.size(), from + 10); k++) {
      String w = lower(toks, k);
      if (w.equals("if") || w.equals("unless")
          || (w.equals("in") && lower(toks, k + 1).equals("the") && lower(toks, k + 2).equals("event"))
          || (w.equals("in") && lower(toks, k + 1).equals("case"))) {
        return true;
      }
      if (ClauseBounds.isBoundary(toks, k)) {
        return false;
      }
    }
    return false;
  }

  /** "should (not) have invaded": a past participle after "should have". */
  private static boolean reproached(List<Token> toks, int first) {
    if (!toks.get(first).pos().equals("VBN") || !lower(toks, first - 1).equals("have")) {
      return false;
    }
    int k = first - 2;
    if (NEGATORS.contains(lower(toks, k))) {
      k--;
    }
    return lower(toks, k).equals("should");
  }

  private static boolean negated(List<Token> toks, int first, int clause, boolean verbal) {
    int from = Math.max(clause, first - 4);
    if (anyWord(toks, from, first - 1, NEGATORS)) {
      return true;
    }
    // "failed to extract any concessions", "refused to meet", "too deep to retreat", "rather than back"
    for (int k = Math.max(clause, first - 5); k < first - 1; k++) {
      if (FAILURE.contains(toks.get(k).lemma()) && toks.get(k).isVerb() && lower(toks, k + 1).equals("to")) {
        return true;
      }
      if (lower(toks, k).equals("too") && lower(toks, first - 1).equals("to")) {
        return true;
      }
    }
    if (lower(toks, first - 2).equals("rather") && lower(toks, first - 1).equals("than")) {
      return true;
    }
    // "no talks", "no sign of an attack"
    return !verbal && (lower(toks, first - 1).equals("no") || lower(toks, first - 2).equals("no")
        || (lower(toks, first - 1).equals("any") && anyWord(toks, from - 3, first - 2, NEGATORS)));
  }

  /** "in case China invaded": a condition opened by "in case" before the trigger. */
  private static boolean inCaseBefore(List<Token> toks, int from, int first) {
    for (int k = from; k + 1 < first; k++) {
      if (lower(toks, k).equals("in") && lower(toks, k + 1).equals("case")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The trigger lies in a perfect participle phrase that opens the sentence ("Having been invaded
   * by Russia, …", "Yet having endured hell, …"): what the main clause then says may happen or not
   * does not reach back to it.
   */
  private static boolean frontedPerfect(List<Token> toks, int first) {
    for (int k = 0; k < Math.min(first, 3); k++) {
      if (lower(toks, k).equals("having")) {
        for (int j = k + 1; j < first; j++) {
          if (lower(toks, j).equals(",") || ClauseBounds.isBoundary(toks, j)) {
            return false;
          }
        }
        return true;
      }
      if (!toks.get(k).pos().equals("CC") && !toks.get(k).pos().startsWith("RB")) {
        return false;
      }
    }
    return false;
  }

  /** "urged allies to impose sanctions", "called for talks": the event is asked for, not done. */
  private static boolean requested(List<Token> toks, int first) {
    for (int k = first - 1; k >= Math.max(0, first - 8); k--) {
      if (ClauseBounds.isBoundary(toks, k)) {
        return false;
      }
      Token t = toks.get(k);
      if (t.isVerb() && APPEALS.contains(t.lemma())) {
        if (t.lemma().equals("plead") && lower(toks, k + 1).equals("guilty")) {
          return false; // "pleaded guilty to shelling a town": an admission, not an appeal
        }
        for (int j = k + 1; j < first; j++) {
          String w = lower(toks, j);
          if (w.equals("to") || w.equals("for")) {
            return true;
          }
        }
        return false;
      }
      if (t.isNoun() && (t.lemma().equals("call") || t.lemma().equals("appeal") || t.lemma().equals("demand"))
          && lower(toks, k + 1).equals("for")) {
        return true;
      }
    }
    return false;
  }

  private static boolean future(List<Token> toks, TriggerMatch t, int clause, boolean verbal) {
    int first = t.first();
    if (anyWord(toks, Math.max(clause, first - 4), first - 1, FUTURE_MARKERS)) {
      return true;
    }
    // "plans to send", "is expected to meet", "is set to", "are going to", "is to visit",
    // "plans to resume direct talks"
    for (int k = Math.max(clause, first - (verbal ? 5 : 8)); k < first; k++) {
      if (lower(toks, k).equals("to") && k > 0) {
        Token before = toks.get(k - 1);
        if (PLANS.contains(before.lemma()) || PLANS.contains(lower(toks, k - 1))
            || (before.lemma().equals("be") && k + 1 == first)) {
          return true;
        }
      }
    }
    if (!verbal) {
      // "ahead of (the second round of direct peace) talks"
      for (int k = first - 1; k >= Math.max(1, first - 8) && !toks.get(k).isVerb(); k--) {
        if (lower(toks, k).equals("of") && lower(toks, k - 1).equals("ahead")) {
          return true;
        }
      }
      if (anyWord(toks, first - 3, first - 1, UPCOMING)) {
        return true;
      }
      // "talks will take place", "a meeting is expected", "a summit is scheduled for"
      return occursAfter(toks, t.last() + 1, FUTURE_MARKERS)
          || anyWord(toks, t.last() + 1, t.last() + 3, Set.of("expected", "scheduled", "planned", "due"));
    }
    return false;
  }

  /** A party's own report of what it did ("Russia said it had struck"), or hearsay words. */
  private static boolean claimed(List<Token> toks, TriggerMatch t, Arguments args, int clause) {
    int first = t.first();
    if (anyLemma(toks, 0, first - 1, CLAIM_WORDS) && !hasBreak(toks, 0, first)) {
      return true;
    }
    if (anyWord(toks, Math.max(0, clause - 1), first - 1, HEARSAY)) {
      return true;
    }
    // "Russia said it had struck", "the SBU acknowledged it carried out the attack": the actor
    // reports its own deed (a pronoun picks the speaker up as the doer).
    if (!args.actors().isEmpty()) {
      Item actor = args.actors().get(0);
      if (actor.last() < first) {
        for (int k = actor.last() + 1; k < first; k++) {
          if (toks.get(k).isVerb() && REPORTING.contains(toks.get(k).lemma())) {
            for (int j = k + 1; j < first; j++) {
              if (toks.get(j).pos().equals("PRP")) {
                return true;
              }
            }
          }
        }
      }
    }
    return false;
  }

  /**
   * A date after the article's, written out ("on June 2") or plainly ahead ("next week",
   * "tomorrow"); a bare weekday is left alone, since its resolution may be the tagger's guess.
   */
  private static boolean explicitlyAfter(EventDate date, LocalDate documentDate) {
    if (date == null || documentDate == null || date.text() == null) {
      return false;
    }
    String text = date.text().toLowerCase(Locale.ROOT);
    boolean explicit = text.chars().anyMatch(Character::isDigit) || text.contains("next")
        || text.contains("tomorrow") || text.contains("coming");
    if (!explicit) {
      return false;
    }
    // a week, a month or a year ahead as well as a day: "next week" is 2025-W24, not a day
    DatePrecision.Known k = DatePrecision.of(date.value());
    return k != null && k.first().isAfter(documentDate);
  }

  /** A date written with a number ("on 24 February", "in 2014") that ends before the article's. */
  private static boolean explicitlyBefore(EventDate date, LocalDate documentDate) {
    if (date == null || documentDate == null || date.text() == null || date.text().chars().noneMatch(Character::isDigit)) {
      return false;
    }
    DatePrecision.Known k = DatePrecision.of(date.value());
    return k != null && k.last().isBefore(documentDate);
  }

  private static boolean hasBreak(List<Token> toks, int from, int to) {
    for (int k = Math.max(0, from); k < to && k < toks.size(); k++) {
      if (lower(toks, k).equals(";")) {
        return true;
      }
    }
    return false;
  }

  private static boolean anyWord(List<Token> toks, int from, int to, Set<String> words) {
    for (int k = Math.max(0, from); k <= to && k < toks.size(); k++) {
      if (words.contains(lower(toks, k))) {
        return true;
      }
    }
    return false;
  }

  private static boolean anyLemma(List<Token> toks, int from, int to, Set<String> lemmas) {
    for (int k = Math.max(0, from); k <= to && k < toks.size(); k++) {
      if (lemmas.contains(toks.get(k).lemma()) && toks.get(k).isVerb()) {
        return true;
      }
    }
    return false;
  }

  private static String lower(List<Token> toks, int i) {
    return i >= 0 && i < toks.size() ? toks.get(i).word().toLowerCase(Locale.ROOT) : "";
  }

  /** A verb that turns a claim away, then the claim noun, within ten words before {@code first}. */
  private static boolean dismissedClaim(List<Token> toks, int first) {
    for (int k = Math.max(0, first - 10); k < first; k++) {
      if (toks.get(k).isVerb() && DISMISSALS.contains(toks.get(k).lemma())) {
        for (int j = k + 1; j < first && j <= k + 4; j++) {
          if (CLAIM_NOUNS.contains(toks.get(j).lemma())) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
