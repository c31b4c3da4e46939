package org.annals.ingest;

/**
 * The longest article text accepted, in UTF-16 units ({@code String.length()}), and the input sizes
 * that follow from it, so that a huge input is refused before it is read into memory.
 *
 * @param maxChars the longest article text accepted
 */
record SizeLimit(int maxChars) {

  /** The largest RSS/Atom feed read: a feed is parsed whole, so its size is bounded apart from any article. */
  static final long MAX_FEED_BYTES = 64L << 20;

  /** The most bytes a URL may send: a feed, or the largest page an article may come from. */
  long maxDownloadBytes() {
    return Math.max(MAX_FEED_BYTES, maxFileBytes(InputFormat.HTML));
  }

  /** Bytes of markup a page may carry per character of article text it could hold. */
  private static final int HTML_BYTES_PER_CHAR = 16;

  /** JSON may escape every character as {@code \\uXXXX}, and the other fields come on top. */
  private static final int JSON_BYTES_PER_CHAR = 6;

  SizeLimit {
    if (maxChars < 1) {
      throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
    }
  }

  void checkText(String text) throws InputProblem {
    if (text.length() > maxChars) {
      throw new InputProblem("article too long: " + text.length() + " characters (limit " + maxChars + ")");
    }
  }

  /** The largest file of a format read whole: UTF-8 takes at most 3 bytes per UTF-16 unit. */
  long maxFileBytes(InputFormat format) {
    long perChar = format == InputFormat.HTML ? HTML_BYTES_PER_CHAR : 3;
    return Math.min(Integer.MAX_VALUE - 16, perChar * maxChars + 3);
  }

  int maxJsonLineBytes() {
    return (int) Math.min(Integer.MAX_VALUE - 16, (long) JSON_BYTES_PER_CHAR * maxChars + 65_536);
  }

  /** @param bytes the input's size, or -1 where only "more than the limit" is known (a stream) */
  InputProblem fileTooLarge(long bytes, InputFormat format) {
    String what = format == InputFormat.HTML ? "page too large: " : "article too long: ";
    return new InputProblem(what + (bytes < 0 ? "more than " + maxFileBytes(format) : bytes) + " bytes (limit " + maxFileBytes(format) + " bytes for articles of at most "
        + maxChars + " characters)");
  }
}
