package org.annals.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article as read by ingest: its text (after any date header is removed) and metadata.
 *
 * @param id the input's id, or the file name
 * @param text the article text all offsets point into
 * @param date the document date, or null
 * @param dateSource where {@code date} came from
 * @param title the title where there is one, else null
 * @param source the publisher or feed, else null
 * @param url the article's URL, else null
 * @param textOffset code points removed from the start of the input before {@code text} (a date header)
 */
public record Article(
    String id,
    String text,
    LocalDate date,
    DateSource dateSource,
    String title,
    String source,
    String url,
    int textOffset) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(dateSource, "dateSource");
    if ((date == null) != (dateSource == DateSource.NONE)) {
      throw new IllegalArgumentException("date and dateSource disagree: " + date + " / " + dateSource);
    }
  }

  public static Article of(String id, String text, LocalDate date) {
    return new Article(id, text, date, date == null ? DateSource.NONE : DateSource.INPUT, null, null, null, 0);
  }
}
