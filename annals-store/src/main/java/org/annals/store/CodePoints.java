package org.annals.store;

/**
 * UTF-16 indices of one text as Unicode code-point indices, as the store (like the extract
 * contract) keeps offsets. Texts without supplementary characters convert as the identity.
 */
final class CodePoints {

  private final int[] pairsBefore;

  CodePoints(String text) {
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

  int of(int utf16Index) {
    if (pairsBefore == null) {
      return utf16Index;
    }
    return utf16Index - pairsBefore[Math.min(Math.max(utf16Index, 0), pairsBefore.length - 1)];
  }
}
