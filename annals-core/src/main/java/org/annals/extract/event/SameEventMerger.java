package org.annals.extract.event;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.annals.extract.event.EventArgumentFinder.Arguments;
import org.annals.extract.event.SentenceMentions.Item;
import org.annals.model.EventDate;
import org.annals.model.EventStatus;
import org.annals.model.PloverType;
import org.annals.model.Token;

/**
 * Keeps one event per happening within a sentence. "Ukraine attacked the bombers …, the first
 * such attack" is one attack; "the onslaught came a night after Russia fired 741 drones" is two
 * (a clause boundary lies between). Outcome words ("killed", "injured") give way to a stronger
 * trigger of the same type; two verbs are two predicates and stay apart; events with different
 * dates stay apart; interceptions never merge with strikes.
 */
final class SameEventMerger {

  /** A trigger with what was found for it, before merging. */
  record Draft(TriggerMatch trigger, EventDate date, Arguments args, EventStatus status) {

    PloverType type() {
      return trigger.rule().type();
    }

    boolean disrupted() {
      return EventModeRules.DISRUPTED.equals(trigger.rule().acled());
    }

    boolean weak() {
      return trigger.rule().weak();
    }
  }

  private static final Set<PloverType> GENERIC_PLURALS = EnumSet.of(PloverType.ASSAULT);

  List<Draft> merge(List<Token> toks, List<Draft> drafts, boolean tally) {
    List<Draft> kept = new ArrayList<>();
    for (Draft d : drafts) {
      // In a tally sentence, "killed" and plural "attacks" are totals, not one event.
      if (tally && GENERIC_PLURALS.contains(d.type())
          && (d.weak() || toks.get(d.trigger().first()).pos().equals("NNS"))) {
        continue;
      }
      kept.add(d);
    }
    List<Draft> out = new ArrayList<>();
    List<Draft> datedOutcomes = new ArrayList<>();
    for (Draft d : kept) {
      if (d.weak()) {
        boolean absorbed = false;
        for (Draft o : kept) {
          if (o != d && o.type() == d.type() && !o.disrupted() && (!o.weak() || kept.indexOf(o) < kept.indexOf(d))) {
            absorbed = true;
            break;
          }
        }
        if (!absorbed) {
          out.add(d);
        } else if (d.date() != null) {
          datedOutcomes.add(d); // "19 were killed on Monday after missiles hit": Monday dates the strike
        }
        continue;
      }
      int same = -1;
      for (int i = 0; i < out.size(); i++) {
        if (sameHappening(toks, out.get(i), d)) {
          same = i;
          break;
        }
      }
      if (same < 0) {
        out.add(d);
      } else {
        Draft o = out.get(same);
        // The verb carries the event; the noun lends what the verb lacks.
        boolean verbWins = !o.trigger().isVerbal(toks) && d.trigger().isVerbal(toks);
        out.set(same, verbWins ? combine(d, o) : combine(o, d));
      }
    }
    if (datedOutcomes.size() == 1) {
      Draft outcome = datedOutcomes.get(0);
      for (int i = 0; i < out.size(); i++) {
        Draft o = out.get(i);
        if (o.date() == null && o.type() == outcome.type() && !o.weak() && !o.disrupted()) {
          out.set(i, new Draft(o.trigger(), outcome.date(), o.args(), o.status()));
        }
      }
    }
    return out;
  }

  private static Draft combine(Draft kept, Draft other) {
    Arguments k = kept.args();
    Arguments o = other.args();
    List<Item> actors = k.actors().isEmpty() ? o.actors() : k.actors();
    List<Item> recipients = new ArrayList<>(k.recipients());
    for (Item r : o.recipients()) {
      if (!recipients.contains(r) && !actors.contains(r)) {
        recipients.add(r);
      }
    }
    Item location = k.location() != null ? k.location() : o.location();
    EventDate date = kept.date() != null ? kept.date() : other.date();
    return new Draft(kept.trigger(), date, new Arguments(actors, List.copyOf(recipients), location), kept.status());
  }

  /** "spoke to Zelenskiy to discuss", "will meet in Brussels to discuss": one consultation. */
  private static boolean purpose(List<Token> toks, TriggerMatch a, TriggerMatch b) {
    TriggerMatch later = a.first() > b.first() ? a : b;
    TriggerMatch earlier = later == a ? b : a;
    return later.first() > 0 && toks.get(later.first() - 1).pos().equals("TO")
        && later.first() - earlier.last() <= 10;
  }

  private static boolean sameHappening(List<Token> toks, Draft a, Draft b) {
    if (a.type() != b.type() || a.disrupted() != b.disrupted() || a.weak() || b.weak()) {
      return false;
    }
    boolean bothVerbs = a.trigger().isVerbal(toks) && b.trigger().isVerbal(toks);
    if (bothVerbs) {
      return purpose(toks, a.trigger(), b.trigger())
          && !ClauseBounds.separated(toks, Math.min(a.trigger().last(), b.trigger().last()),
              Math.max(a.trigger().first(), b.trigger().first()));
    }
    if (a.status() != b.status()) {
      return false;
    }
    if (a.date() != null && b.date() != null && !Objects.equals(a.date().value(), b.date().value())) {
      return false;
    }
    int from = Math.min(a.trigger().last(), b.trigger().last());
    int to = Math.max(a.trigger().first(), b.trigger().first());
    return !ClauseBounds.separated(toks, from, to) && !ClauseBounds.relativeBetween(toks, from, to);
  }
}
