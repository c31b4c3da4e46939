package org.annals.link.timeline;

import java.util.List;

/**
 * One event on an entity timeline: its date anchor and its coreferent mentions.
 *
 * @param date TIMEX3 date value ({@code 2008}, {@code 2008-06}, {@code 2008-06-09}), or null when
 *     the event could not be anchored
 */
public record TimelineEntry(String date, List<TimelineMention> mentions) {

  public TimelineEntry {
    mentions = List.copyOf(mentions);
  }
}
