package org.annals.store.query;

import java.util.List;

/**
 * One stored article with its text and what was found in it, as marks over the text (offsets in
 * code points into {@code text}), in text order.
 */
public record ArticleView(ArticleSummary article, String text, List<Mark> marks) {

  public ArticleView {
    marks = List.copyOf(marks);
  }

  /**
   * One thing found in the text.
   *
   * @param kind {@code entity}, {@code event}, {@code time}, {@code figure} or {@code quote}
   * @param label an entity's type (PERSON, LOCATION, ...), an event's PLOVER type, a time
   *     expression's TIMEX3 type (DATE, TIME, DURATION, SET), a figure's category (killed, drones,
   *     ...), a quote's speaker
   * @param ref the record it belongs to: the cross-document entity or event id, a quote's speaker
   *     entity id; null where there is none
   * @param detail an event's status, a time's TIMEX3 value, a figure's value, a quote's cue; else null
   */
  public record Mark(String kind, int start, int end, String label, String ref, String detail) {}
}
