package org.annals.output;

/**
 * Converts UTF-16 indices of one text into Unicode code-point indices. Texts without
 * supplementary characters (almost all news) convert as the identity at no cost.
 */
final class CodePointOffsets {

  /** pairsBefore[i]: surrogate pairs wholly before UTF-16 index i; null when the text has none. */
  private final int[] pairsBefore;

  CodePointOffsets(String text) {
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

  int toCodePoint(int utf16Index) {
    return pairsBefore == null ? utf16Index : utf16Index - pairsBefore[utf16Index];
  }
}
