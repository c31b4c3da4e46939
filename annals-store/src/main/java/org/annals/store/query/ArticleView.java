package org.annals.store.query;

import java.util.List;

/**
 * One stored article with its text and the event mentions in it (offsets in code points into
 * {@code text}).
 */
public record ArticleView(ArticleSummary article, String text, List<Mark> events) {

  public ArticleView {
    events = List.copyOf(events);
  }

  /** An event trigger in the text and the record it belongs to. */
  public record Mark(String eventId, String type, String status, int start, int end, String trigger) {}
}
