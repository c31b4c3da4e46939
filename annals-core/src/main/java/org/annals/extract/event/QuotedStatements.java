package org.annals.extract.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.annals.model.AnnotatedArticle;
import org.annals.model.EntityRef;
import org.annals.model.Event;
import org.annals.model.EventMention;
import org.annals.model.EventStatus;
import org.annals.model.Mention;
import org.annals.model.MentionKind;
import org.annals.model.PloverType;
import org.annals.model.Quote;
import org.annals.model.Sentence;
import org.annals.model.Token;

/**
 * What was said in a statement is part of it: where a speaker's words are quoted near the
 * statement the article reports ("Putin warned Finland …"; "“Russia has no problem with these
 * states,” Putin said"), the sentence of the quote is a mention of that statement, its speech verb
 * the trigger. What a party to a meeting or a call said near its report was said in it. The
 * quote goes to the nearest statement of its speaker within a few sentences.
 */
final class QuotedStatements {

  /** Event types that are said rather than done. */
  static final Set<PloverType> STATEMENTS = EnumSet.of(PloverType.ACCUSE, PloverType.REQUEST, PloverType.REJECT,
      PloverType.THREATEN, PloverType.SUPPORT, PloverType.CONCEDE, PloverType.AGREE, PloverType.CONSULT);
  /**
   * Events whose maker's words near their report were said in making them known: statements, and
   * acts a party announces (cutting ties, sending aid, deploying troops).
   */
  static final Set<PloverType> ANNOUNCED = EnumSet.copyOf(STATEMENTS);

  static {
    ANNOUNCED.addAll(EnumSet.of(PloverType.SANCTION, PloverType.AID, PloverType.MOBILIZE));
  }

  /** How many sentences from its statement a quote may stand. */
  static final int REACH = 6;

  List<Event> attach(List<Event> events, List<Quote> quotes, AnnotatedArticle doc) {
    List<List<EventMention>> added = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      added.add(new ArrayList<>());
    }
    for (Quote q : quotes) {
      if (q.speaker() == null || q.speaker().entity() == null || q.cue() == null) {
        continue;
      }
      Sentence s = doc.sentenceAt(q.cue().start());
      if (s == null) {
        continue;
      }
      int best = -1;
      int bestDistance = REACH + 1;
      for (int i = 0; i < events.size(); i++) {
        Event e = events.get(i);
        if (!ANNOUNCED.contains(e.type()) || !e.happened() || !speaks(e, q.speaker().entity())) {
          continue;
        }
        int distance = distance(e, added.get(i), s, doc);
        if (distance < bestDistance) {
          best = i;
          bestDistance = distance;
        }
      }
      if (best >= 0 && bestDistance > 0) {
        added.get(best).add(new EventMention(q.cue(), EventMention.SAID, s.span(), EventStatus.ASSERTED, MentionKind.REPORT, null));
      }
      if (best >= 0 && q.direct()) {
        // a quote in quote marks running over several sentences: each of them is what was said
        int from = doc.sentenceAt(q.start()).index();
        int to = doc.sentenceAt(Math.max(q.start(), q.end() - 1)).index();
        for (int i = from; i <= to; i++) {
          Sentence other = doc.sentences().get(i);
          Mention first = other == s ? null : firstWord(other, q, doc.text());
          if (first != null) {
            added.get(best).add(new EventMention(first, EventMention.SAID, other.span(), EventStatus.ASSERTED,
                MentionKind.REPORT, null));
          }
        }
      }
    }
    List<Event> out = new ArrayList<>(events.size());
    for (int i = 0; i < events.size(); i++) {
      Event e = events.get(i);
      if (added.get(i).isEmpty()) {
        out.add(e);
        continue;
      }
      List<EventMention> mentions = new ArrayList<>(e.mentions());
      mentions.addAll(added.get(i));
      mentions.sort(Comparator.comparingInt(m -> m.trigger().start()));
      out.add(new Event(e.id(), e.type(), e.mode(), e.acled(), e.status(), e.trigger(), e.actors(), e.recipients(),
          e.location(), e.date(), e.figures(), e.evidence(), mentions));
    }
    return out;
  }

  /** The quote's first word in a sentence it runs into, or null where it does not. */
  private static Mention firstWord(Sentence s, Quote q, String text) {
    if (s.end() <= q.start() || s.start() >= q.end()) {
      return null;
    }
    for (Token t : s.tokens()) {
      if (t.start() >= q.start() && t.end() <= q.end() && Character.isLetterOrDigit(t.word().charAt(0))) {
        return new Mention(t.start(), t.end(), text.substring(t.start(), t.end()));
      }
    }
    return null;
  }

  /**
   * A statement whose verb is the cue of a quote and that names no maker ("He warned that …") was
   * made by the quote's speaker, as quote attribution resolved it (the pronoun's person); a
   * passive verb ("it was widely acknowledged that …") names no one who said it.
   */
  List<SentenceEvent> spokenBySpeakers(List<SentenceEvent> mentions, List<Quote> quotes, AnnotatedArticle doc) {
    List<SentenceEvent> out = new ArrayList<>(mentions.size());
    for (SentenceEvent m : mentions) {
      Event e = m.event();
      EntityRef speaker = e.actors().isEmpty() && STATEMENTS.contains(e.type()) && !passive(doc, e.trigger().start())
          ? speakerCued(e, quotes) : null;
      out.add(speaker == null ? m : new SentenceEvent(new Event(e.id(), e.type(), e.mode(), e.acled(), e.status(),
          e.trigger(), List.of(speaker), e.recipients(), e.location(), e.date(), e.figures(), e.evidence(),
          e.mentions()), m.sentence(), false, m.definite(), m.kind(), m.lemma(), m.disrupted(), m.verbal(), m.aside(),
          m.outcome()));
    }
    return out;
  }

  private static EntityRef speakerCued(Event e, List<Quote> quotes) {
    for (Quote q : quotes) {
      if (q.cue() != null && q.speaker() != null && q.speaker().entity() != null
          && q.cue().start() == e.trigger().start()
          && e.recipients().stream().noneMatch(r -> q.speaker().entity().equals(r.entity()))) {
        return q.speaker();
      }
    }
    return null;
  }

  private static boolean passive(AnnotatedArticle doc, int start) {
    Sentence s = doc.sentenceAt(start);
    if (s == null) {
      return false;
    }
    List<Token> toks = s.tokens();
    for (int k = 0; k < toks.size(); k++) {
      if (toks.get(k).start() == start) {
        return EventArgumentFinder.isPassive(toks, k, k);
      }
    }
    return false;
  }

  /** The statement's maker; in a meeting or a call, any party to it. */
  private static boolean speaks(Event e, String entity) {
    for (EntityRef r : e.actors()) {
      if (entity.equals(r.entity())) {
        return true;
      }
    }
    if (e.type() == PloverType.CONSULT) {
      for (EntityRef r : e.recipients()) {
        if (entity.equals(r.entity())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Sentences between the quote and the nearest mention of the event; 0 where one shares its sentence. */
  private static int distance(Event e, List<EventMention> added, Sentence s, AnnotatedArticle doc) {
    int best = Integer.MAX_VALUE;
    List<EventMention> all = new ArrayList<>(e.mentions());
    all.addAll(added);
    for (EventMention m : all) {
      Sentence ms = doc.sentenceAt(m.evidence().start());
      if (ms != null) {
        best = Math.min(best, Math.abs(ms.index() - s.index()));
      }
    }
    return best;
  }
}
