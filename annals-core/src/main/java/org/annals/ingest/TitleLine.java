package org.annals.ingest;

/**
 * Recognises a headline as a text article's first line: short, not ending like a sentence, and
 * followed by a line break and more text. The title stays part of the text; it is only named.
 */
final class TitleLine {

  static final int MAX_LENGTH = 200;

  private TitleLine() {}

  /** The title the text opens with, or null when its first line does not read as one. */
  static String find(String text) {
    int start = 0;
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    int newline = text.indexOf('\n', start);
    if (newline < 0 || text.substring(newline + 1).isBlank()) {
      return null;
    }
    String first = text.substring(start, newline).strip();
    if (first.isEmpty() || first.length() > MAX_LENGTH || !first.codePoints().anyMatch(Character::isLetter)) {
      return null;
    }
    String end = stripClosingQuotes(first);
    char last = end.isEmpty() ? ' ' : end.charAt(end.length() - 1);
    // a sentence, a dateline ("KYIV:") or a line running on is not a headline; "?" and "!" may end one
    if (".:;,…".indexOf(last) >= 0) {
      return null;
    }
    return first;
  }

  private static String stripClosingQuotes(String line) {
    int end = line.length();
    while (end > 0 && "\"'”’»)".indexOf(line.charAt(end - 1)) >= 0) {
      end--;
    }
    return line.substring(0, end);
  }
}
