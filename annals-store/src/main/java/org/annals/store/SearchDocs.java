package org.annals.store;

/**
 * What the full-text index holds and how its rows are named: each row's id names what it indexes,
 * so the index needs no copy of it. An article's row is its {@code seq} times {@link
 * #PER_ARTICLE}; a quote's adds 1 + the quote's index (quotes past the 65,535th of one article are
 * not indexed). Ids grow with {@code seq}, so the newest matches are those of highest id.
 */
public final class SearchDocs {

  /** Row ids one article spans: its own and its quotes'. */
  public static final int PER_ARTICLE = 65_536;

  /** Quotes of one article that the index can name. */
  public static final int MAX_QUOTES = PER_ARTICLE - 1;

  private SearchDocs() {}

  public static long article(long seq) {
    return seq * PER_ARTICLE;
  }

  public static long quote(long seq, int index) {
    if (index < 0 || index >= MAX_QUOTES) {
      throw new IllegalArgumentException("quote index " + index + " out of 0.." + (MAX_QUOTES - 1));
    }
    return seq * PER_ARTICLE + index + 1;
  }

  /** The quote's index, or null for the article itself. */
  public static Integer quoteIndex(long doc) {
    int low = (int) (doc % PER_ARTICLE);
    return low == 0 ? null : low - 1;
  }

  /** What an article's row indexes (and a hit on it is cut from): its title, then its text. */
  public static String articleBody(String title, String text) {
    return title == null ? text : title + "\n" + text;
  }
}
