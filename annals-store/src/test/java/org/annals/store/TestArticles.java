package org.annals.store;

import java.util.List;
import org.annals.link.LinkedArticle;

/** The hand-built fixtures, for tests in other packages. */
public final class TestArticles {

  private TestArticles() {}

  /** Four articles: a strike reported twice (7 then 9 killed), a phone call, one numbered report. */
  public static List<LinkedArticle> all() {
    return List.of(Fixtures.strikeFirstReport(), Fixtures.strikeRevised(), Fixtures.phoneCall(), Fixtures.numbered(1));
  }

  /**
   * One article of nine events of every date precision and status (see {@link
   * Fixtures#datesAndStatuses}).
   */
  public static LinkedArticle datesAndStatuses() {
    return Fixtures.datesAndStatuses();
  }
}
