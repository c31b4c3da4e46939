package org.annals.extract.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annals.model.AnnotatedArticle;
import org.annals.model.DatePrecision;
import org.annals.model.Event;
import org.annals.model.EventDate;
import org.annals.model.EventMention;
import org.annals.model.Mention;
import org.annals.model.MentionKind;
import org.annals.model.Sentence;
import org.annals.model.TimeExpression;
import org.annals.model.Token;

/**
 * A day used as a time anchor with no event of its own ("under fire since 24 February", "a before
 * and after 24 February") in an article about a war names the war's start: it is a reference to
 * the article's war, and dates its start where nothing else does. Only a day at least
 * {@value #MIN_DAYS_BEFORE} days before the report, after "since", "before", "after", "following"
 * or "until", and only where the article's most mentioned war fits it (undated, or dated by a
 * day, month or year that holds it: not "the war" of 1941).
 */
final class CampaignAnchors {

  static final int MIN_DAYS_BEFORE = 14;
  private static final Set<String> ANCHORS = Set.of("since", "before", "after", "following", "until");

  List<Event> attach(List<Event> events, AnnotatedArticle doc, List<TimeExpression> times) {
    LocalDate reported = doc.article().date();
    if (reported == null || times.isEmpty()) {
      return events;
    }
    int war = war(events, doc);
    if (war < 0) {
      return events;
    }
    Event campaign = events.get(war);
    DatePrecision.Known started = campaign.date() == null ? null : DatePrecision.of(campaign.date().value());
    List<EventMention> added = new ArrayList<>();
    for (TimeExpression t : times) {
      DatePrecision.Known day = t.value() == null ? null : DatePrecision.of(t.value());
      if (day == null || day.day() == null || day.day().isAfter(reported.minusDays(MIN_DAYS_BEFORE))
          || started != null && !started.contains(day)
          || !anchored(doc, t) || datesAnEvent(events, t)) {
        continue;
      }
      Sentence s = doc.sentenceAt(t.start());
      added.add(new EventMention(new Mention(t.start(), t.end(), t.text()), "anchor", s.span(),
          campaign.status(), MentionKind.REFERENCE, new EventDate(t.value(), t.start(), t.end(), t.text())));
    }
    if (added.isEmpty()) {
      return events;
    }
    List<EventMention> mentions = new ArrayList<>(campaign.mentions());
    mentions.addAll(added);
    mentions.sort(Comparator.comparingInt(m -> m.trigger().start()));
    EventDate date = campaign.date() != null ? campaign.date() : added.get(0).date();
    List<Event> out = new ArrayList<>(events);
    out.set(war, new Event(campaign.id(), campaign.type(), campaign.mode(), campaign.acled(), campaign.status(),
        campaign.trigger(), campaign.actors(), campaign.recipients(), campaign.location(), date, campaign.figures(),
        campaign.evidence(), mentions));
    return out;
  }

  /** The article's war that happened and is mentioned most, or -1. */
  private static int war(List<Event> events, AnnotatedArticle doc) {
    int best = -1;
    for (int i = 0; i < events.size(); i++) {
      Event e = events.get(i);
      if (!e.happened() || !EventScale.campaign(lemma(doc, e.trigger().start()))) {
        continue;
      }
      if (best < 0 || e.mentions().size() > events.get(best).mentions().size()) {
        best = i;
      }
    }
    return best;
  }

  private static String lemma(AnnotatedArticle doc, int offset) {
    Sentence s = doc.sentenceAt(offset);
    int k = s.tokenAtOrAfter(offset);
    return k < s.tokens().size() ? s.tokens().get(k).lemma().toLowerCase(Locale.ROOT) : "";
  }

  /** "since 24 February": the word right before the day is an anchor. */
  private static boolean anchored(AnnotatedArticle doc, TimeExpression t) {
    Sentence s = doc.sentenceAt(t.start());
    int k = s.tokenAtOrAfter(t.start());
    if (k <= 0 || k >= s.tokens().size()) {
      return false;
    }
    Token before = s.tokens().get(k - 1);
    return ANCHORS.contains(before.word().toLowerCase(Locale.ROOT));
  }

  /** Whether the day is already the date of a mention of some event ("occupied since 24 February"). */
  private static boolean datesAnEvent(List<Event> events, TimeExpression t) {
    for (Event e : events) {
      for (EventMention m : e.mentions()) {
        if (m.date() != null && m.date().start() == t.start() && m.date().end() == t.end()) {
          return true;
        }
      }
    }
    return false;
  }
}
