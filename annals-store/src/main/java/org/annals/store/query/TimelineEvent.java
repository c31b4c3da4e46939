package org.annals.store.query;

import java.util.List;

/**
 * One cross-document event as a timeline shows it.
 *
 * @param day what is known of when it happened, as stored: a day (2022-03-04), a week
 *     (2022-W10), a month (2022-03), a season, quarter or half (2022-SU, 2022-Q1, 2022-H2), a year
 *     (2022) or a decade (202); null where undated
 * @param datePrecision how much {@code day} knows: day, week, month, season, quarter, half, year or
 *     decade; null where undated
 * @param dateSource where the day comes from: text (a mention gives it) or report (no mention
 *     dates it: the date of its first news report); null where undated
 * @param status asserted, claimed, negated, hypothetical, future or denied (asserted where any
 *     mention asserts it, else claimed where any claims it, else what most mentions say)
 * @param placeId the entity id of the place most mentions give, or null
 * @param place that place's name (or the mention's words where unlinked), or null
 * @param sourceCount independent sources: distinct outlets, an article without one counting alone
 * @param figureConflict true where two articles disagree on a figure
 */
public record TimelineEvent(
    String eventId,
    String day,
    String datePrecision,
    String dateSource,
    String status,
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
