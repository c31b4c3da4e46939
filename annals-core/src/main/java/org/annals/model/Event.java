package org.annals.model;

import java.util.List;

/**
 * One event mention typed with PLOVER.
 *
 * @param mode PLOVER mode (CONSULT: phone, visit, …; ASSAULT: drone, aerial, …), or null
 * @param acled ACLED sub-event type, or null
 * @param location where it happened, or null
 * @param date when it happened, or null
 * @param figures indexes into the article's figures
 * @param evidence the sentence(s) that report it
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
    Span evidence) {

  public Event {
    actors = List.copyOf(actors);
    recipients = List.copyOf(recipients);
    figures = List.copyOf(figures);
  }
}
