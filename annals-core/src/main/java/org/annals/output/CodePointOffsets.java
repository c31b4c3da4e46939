package org.annals.output;

/**
 * Converts UTF-16 indices of one text into Unicode code-point indices, as the extract contract and
 * the store keep offsets. Texts without supplementary characters (almost all news) convert as the
 * identity at no cost.
 */
public final class CodePointOffsets {

  /** pairsBefore[i]: surrogate pairs wholly before UTF-16 index i; null when the text has none. */
  private final int[] pairsBefore;

  public CodePointOffsets(String text) {
    this.pairsBefore = text.codePointCount(0, text.length()) == text.length() ? null : prefixCounts(text);
  }

  private static int[] prefixCounts(String text) {
    int[] counts = new int[text.length() + 1];
    int seen = 0;
    for (int i = 0; i < text.length(); i++) {
      counts[i] = seen;
      if (Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        seen++;
      }
    }
    counts[text.length()] = seen;
    return counts;
  }

  /** The code-point index of a UTF-16 index of the text (clamped to the text). */
  public int toCodePoint(int utf16Index) {
    if (pairsBefore == null) {
      return utf16Index;
    }
    return utf16Index - pairsBefore[Math.min(Math.max(utf16Index, 0), pairsBefore.length - 1)];
  }
}
