package org.annals.extract.event;

import java.time.LocalDate;
import java.util.Set;
import org.annals.extract.WordSets;
import org.annals.model.DatePrecision;
import org.annals.model.EventDate;
import org.annals.model.EventStatus;

/**
 * A past event is never dated after its report: a weekday read forward ("on Friday" resolved to
 * the coming Friday) goes back a week; any other date after the report is no date of a past event
 * and is dropped. Planned and possible events keep their dates.
 */
final class PastDates {

  private static final Set<String> WEEKDAYS = WordSets.of("weekday");

  private PastDates() {}

  static EventDate fit(EventDate date, EventStatus status, LocalDate documentDate) {
    if (date == null || documentDate == null || status == EventStatus.FUTURE || status == EventStatus.HYPOTHETICAL) {
      return date;
    }
    DatePrecision.Known k = DatePrecision.of(date.value());
    if (k == null || !k.first().isAfter(documentDate)) {
      return date;
    }
    if (k.day() != null && WordSets.anyWordIn(date.text(), WEEKDAYS)) {
      LocalDate back = k.day().minusWeeks(1);
      if (!back.isAfter(documentDate)) {
        return new EventDate(back + date.value().substring(10), date.start(), date.end(), date.text());
      }
    }
    return null;
  }
}
