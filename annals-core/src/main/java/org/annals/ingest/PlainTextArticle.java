package org.annals.ingest;

import java.time.LocalDate;
import org.annals.model.Article;
import org.annals.model.DateSource;

/** A plain-text article: one per file, perhaps led by a date header, perhaps opened by a title. */
final class PlainTextArticle {

  private PlainTextArticle() {}

  /**
   * The article a text file holds. The date header and the whitespace after it are removed from the
   * text and counted in {@code textOffset} (in code points, from after a byte order mark); the
   * rest of the text is kept unchanged, line breaks included.
   */
  static Article parse(String id, String content, SizeLimit limit) throws InputProblem {
    if (content.isBlank()) {
      throw new InputProblem(content.isEmpty() ? "empty: no article text" : "only whitespace: no article text");
    }
    DateHeader header = DateHeader.find(content);
    String text = header == null ? content : content.substring(header.length());
    if (text.isBlank()) {
      throw new InputProblem("no article text after the date header");
    }
    limit.checkText(text);
    LocalDate date = header == null ? null : header.date();
    int textOffset = header == null ? 0 : content.codePointCount(0, header.length());
    return new Article(id, text, date, date == null ? DateSource.NONE : DateSource.HEADER,
        TitleLine.find(text), null, null, textOffset);
  }
}
