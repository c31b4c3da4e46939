package org.annals.model;

import java.util.List;

/**
 * One event as one article tells it: PLOVER-typed, with its parties, place, date and figures, and
 * every sentence of the article that mentions it (within-article event coreference).
 *
 * @param mode PLOVER mode (CONSULT: phone, visit, …; ASSAULT: drone, aerial, …), or null
 * @param acled ACLED sub-event type, or null
 * @param status what the article says of it as a whole: asserted where any mention asserts it
 * @param trigger the words of its head mention
 * @param location where it happened, or null
 * @param date when it happened, or null
 * @param figures indexes into the article's figures
 * @param evidence the sentence of its head mention
 * @param mentions every mention in text order, the head mention among them
 */
public record Event(
    String id,
    PloverType type,
    String mode,
    String acled,
    EventStatus status,
    Mention trigger,
    List<EntityRef> actors,
    List<EntityRef> recipients,
    EntityRef location,
    EventDate date,
    List<Integer> figures,
    Span evidence,
    List<EventMention> mentions) {

  public Event {
    actors = List.copyOf(actors);
    recipients = List.copyOf(recipients);
    figures = List.copyOf(figures);
    mentions = mentions == null || mentions.isEmpty()
        ? List.of(new EventMention(trigger, null, evidence, status, MentionKind.REPORT, date))
        : List.copyOf(mentions);
  }

  /** An event told in one sentence: its only mention is the head, reported as news. */
  public Event(String id, PloverType type, String mode, String acled, EventStatus status, Mention trigger,
      List<EntityRef> actors, List<EntityRef> recipients, EntityRef location, EventDate date, List<Integer> figures,
      Span evidence) {
    this(id, type, mode, acled, status, trigger, actors, recipients, location, date, figures, evidence, null);
  }

  /** Whether any mention reports it as news (rather than only referring back to it). */
  public boolean reported() {
    for (EventMention m : mentions) {
      if (m.kind() == MentionKind.REPORT) {
        return true;
      }
    }
    return false;
  }

  /** Whether the article says it happened: asserted, or claimed by a party. */
  public boolean happened() {
    return status == EventStatus.ASSERTED || status == EventStatus.CLAIMED;
  }
}
