package org.annals.store;

/**
 * Ids of the full-text index's rows: each names what it indexes, so the index needs no copy of it.
 * An article's row is its {@code seq} times 65,536; a quote's adds 1 + the quote's index (quotes
 * past the 65,535th of one article are not indexed). Ids grow with {@code seq}, so the newest
 * matches are those of highest id.
 */
public final class SearchDocs {

  /** Quotes of one article that the index can name. */
  public static final int MAX_QUOTES = 65_535;

  private SearchDocs() {}

  public static long article(long seq) {
    return seq << 16;
  }

  public static long quote(long seq, int index) {
    if (index < 0 || index >= MAX_QUOTES) {
      throw new IllegalArgumentException("quote index " + index + " out of 0.." + (MAX_QUOTES - 1));
    }
    return (seq << 16) + index + 1;
  }

  public static long seq(long doc) {
    return doc >>> 16;
  }

  /** The quote's index, or null for the article itself. */
  public static Integer quoteIndex(long doc) {
    int low = (int) (doc & 0xFFFF);
    return low == 0 ? null : low - 1;
  }
}
