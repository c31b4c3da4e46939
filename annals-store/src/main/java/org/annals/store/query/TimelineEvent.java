package org.annals.store.query;

import java.util.List;

/**
 * One cross-document event as a timeline shows it.
 *
 * @param day when it happened (YYYY-MM-DD): the day its mentions give, else the earliest
 *     reporting article's date; null where neither is known
 * @param dateValue the TIMEX3 value the day was read from ("2025-W23" for a week), or null when
 *     the day is an article date
 * @param placeId the entity id of the place most mentions give, or null
 * @param place that place's name (or the mention's words where unlinked), or null
 * @param sourceCount independent sources: distinct outlets, an article without one counting alone
 * @param figureConflict true where any figure category has conflicting reports
 */
public record TimelineEvent(
    String eventId,
    String day,
    String dateValue,
    String type,
    String mode,
    List<Participant> actors,
    List<Participant> recipients,
    String placeId,
    String place,
    List<FigureSeries> figures,
    int sourceCount,
    int mentionCount,
    boolean figureConflict) {

  public TimelineEvent {
    actors = List.copyOf(actors);
    recipients = List.copyOf(recipients);
    figures = List.copyOf(figures);
  }
}
