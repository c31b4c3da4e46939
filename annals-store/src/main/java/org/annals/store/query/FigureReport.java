package org.annals.store.query;

import java.util.Locale;
import org.annals.model.FigureQualifier;
import org.annals.model.FigureRange;

/**
 * One report of a figure for an event: its value as given, the article, outlet and date.
 *
 * @param aggregate a running or aggregate tally ("so far", "since the start of the war"), never in a conflict
 */
public record FigureReport(
    double value, String qualifier, String text, String articleId, String source, String date, boolean aggregate) {

  /** The values the report allows, its hedge read as a range ("at least 7" is 7 or more). */
  public FigureRange range() {
    return FigureRange.of(value, FigureQualifier.valueOf(qualifier.toUpperCase(Locale.ROOT)));
  }

  /**
   * Whether two reports of the same figure disagree: from different articles, neither an
   * aggregate, and no value both allow ("7" and "9" do; "at least 7" and "9" do not). An article
   * never disagrees with itself: its sub-counts and restatements are not a conflict.
   */
  public boolean disagreesWith(FigureReport other) {
    return !articleId.equals(other.articleId) && !aggregate && !other.aggregate && !range().overlaps(other.range());
  }
}
