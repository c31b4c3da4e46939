package org.annals.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.annals.link.LinkedArticle;

/** The hand-built fixtures, for tests in other packages. */
public final class TestArticles {

  private TestArticles() {}

  /** A store at {@code db} (created) holding these articles; returns {@code db}. */
  public static Path store(Path db, List<LinkedArticle> articles) {
    store(StoreLocation.of(db), articles);
    return db;
  }

  /** A store at {@code db} (a file or a database) holding these articles; returns {@code db}. */
  public static StoreLocation store(StoreLocation db, List<LinkedArticle> articles) {
    try (AnnalsStore store = AnnalsStore.open(db)) {
      articles.forEach(a -> store.put(a, null));
    }
    return db;
  }

  /** {@link #all}, then {@code more}. */
  public static List<LinkedArticle> allAnd(LinkedArticle more) {
    List<LinkedArticle> out = new ArrayList<>(all());
    out.add(more);
    return out;
  }

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

  /**
   * An article whose text, title, entity and event carry markup, for escaping tests: a
   * {@code <script>} element and an attribute break-out ({@code "><img src=x onerror=alert(1)>}).
   */
  public static LinkedArticle hostile() {
    String text = "<script>alert('x')</script> Protesters in \"><img src=x onerror=alert(1)> Kyiv rallied on Monday. "
        + "\"<b>Free</b> Kyiv\", they chanted.";
    return new ArticleBuilder(text).date("2025-05-20").source("Hostile <b>Wire</b>").inputId("hostile-1")
        .story("s9", "<script>story</script>")
        .entity("e1", org.annals.model.EntityType.LOCATION, "Kyiv", "L-kyiv", List.of("Kyiv"), List.of(), "Kyiv")
        .event("ev1", "V-hostile", org.annals.model.PloverType.PROTEST, "demo", "rallied", List.of(),
            List.of(), "e1:Kyiv", "2025-05-19", List.of())
        .time("Monday", "2025-05-19\"><script>")
        .quote("<b>Free</b> Kyiv", null, null)
        .build();
  }
}
