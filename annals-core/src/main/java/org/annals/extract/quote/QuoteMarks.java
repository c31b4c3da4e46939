package org.annals.extract.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds quoted passages in article text by pairing quotation marks, paragraph by paragraph.
 *
 * <p>Double marks (straight {@code "}, curly “ ”, „, « », and PTB-style {@code ``} / {@code ''})
 * make the quotes of news prose. Whether a mark opens or closes is read from the glyph where it
 * has one and from what flanks it (space before and a word after opens; a word before and space
 * or punctuation after closes), so straight quotes and wrong-way curly marks pair up too.
 *
 * <p>A quote that is still open at a paragraph end continues when the next paragraph opens with a
 * quote mark (the news convention for multi-paragraph quotes); otherwise it is cut at the
 * paragraph end and reported as not closed. A stray closing mark is ignored. Crawled text often
 * has no paragraph breaks, so an opening curly mark inside an open double quote is read too: it
 * starts the next quote where the open one ran past a sentence end, closes the open one (written
 * the wrong way round) before that, and is a nested quote only where it closes a word or two later.
 *
 * <p>Single marks (‘…’ and '…') are read only outside double-quoted text, where they are quotes
 * in headlines and British style; inside a double quote they are a nested quote that belongs to
 * the outer one. An apostrophe is told from a single quote mark by what flanks it: ’ between two
 * letters (don’t, Clinton’s) never closes, and ‘ or ' before a decade or a clipped word (’90s,
 * 'em, 'n') never opens.
 *
 * <p>Markup left in scraped text ({@code <tweet author="…">}) is skipped.
 */
final class QuoteMarks {

  private enum Glyph {
    OPENING,
    CLOSING,
    NEUTRAL
  }

  private record Mark(int length, Glyph glyph) {}

  private QuoteMarks() {}

  static List<QuotedPassage> find(String text) {
    boolean[] markup = markup(text);
    List<QuotedPassage> doubles = doubleQuoted(text, markup);
    List<QuotedPassage> singles = singleQuoted(text, markup, doubles);
    if (singles.isEmpty()) {
      return doubles;
    }
    List<QuotedPassage> all = new ArrayList<>(doubles);
    all.addAll(singles);
    all.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return all;
  }

  private static List<QuotedPassage> doubleQuoted(String text, boolean[] markup) {
    List<QuotedPassage> out = new ArrayList<>();
    int n = text.length();
    boolean inQuote = false;
    int start = -1;
    int depth = 0;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n') {
        if (inQuote) {
          int next = skipSpace(text, i);
          Mark m = next < n && !markup[next] ? doubleMarkAt(text, next) : null;
          if (m != null && opens(text, next, m)) {
            // Multi-paragraph quote: the new paragraph's opening mark continues the same quote.
            i = next + m.length();
            depth = 0;
            continue;
          }
          out.add(new QuotedPassage(start, trimEnd(text, i), false, false));
          inQuote = false;
          depth = 0;
        }
        i++;
        continue;
      }
      Mark m = markup[i] ? null : doubleMarkAt(text, i);
      if (m == null) {
        i++;
        continue;
      }
      boolean strongOpen = isSpaceBefore(text, i) && !isSpaceAfter(text, i + m.length());
      boolean strongClose = !isSpaceBefore(text, i) && closesBefore(text, i + m.length());
      if (!inQuote) {
        boolean open = switch (m.glyph()) {
          case OPENING -> !(strongClose && !strongOpen);
          case CLOSING -> strongOpen && !strongClose;
          case NEUTRAL -> !(strongClose && !strongOpen);
        };
        if (open && !isSpaceAfterOrEnd(text, i + m.length())) {
          inQuote = true;
          start = i;
          depth = 0;
        }
      } else {
        boolean close = switch (m.glyph()) {
          case OPENING -> strongClose && !strongOpen;
          case CLOSING -> true;
          case NEUTRAL -> !(strongOpen && !strongClose);
        };
        boolean stray = !close && m.glyph() == Glyph.OPENING && depth == 0 && strongOpen;
        boolean ranOn = stray && sentenceEndBetween(text, start, i);
        if (ranOn || stray && !shortNested(text, i + m.length(), markup)) {
          // an opening curly mark inside a double quote starts the next quote where the open one
          // ran past a sentence end without closing; before that, unless it closes a word or two
          // later ("he calls “hell” than"), it is the open quote's close the wrong way round
          // ("“horrific attacks “at the plant")
          if (ranOn) {
            out.add(new QuotedPassage(start, trimEnd(text, i), false, false));
            start = i;
          } else {
            out.add(new QuotedPassage(start, i + m.length(), true, false));
            inQuote = false;
          }
        } else if (!close) {
          depth++;
        } else if (depth > 0) {
          depth--;
        } else {
          out.add(new QuotedPassage(start, i + m.length(), true, false));
          inQuote = false;
        }
      }
      i += m.length();
    }
    if (inQuote) {
      out.add(new QuotedPassage(start, trimEnd(text, n), false, false));
    }
    out.removeIf(p -> !hasWord(text, p.start(), p.end()));
    return out;
  }

  /** Whether a closing mark follows within a few words and before a sentence end: a nested quote. */
  private static boolean shortNested(String text, int from, boolean[] markup) {
    for (int k = from; k < Math.min(text.length(), from + 60); k++) {
      char c = text.charAt(k);
      if (c == '\n' || (c == '.' || c == '?' || c == '!') && sentenceEndBetween(text, k - 1, k + 3)) {
        return false;
      }
      Mark m = markup[k] ? null : doubleMarkAt(text, k);
      if (m != null) {
        return m.glyph() == Glyph.CLOSING || m.glyph() == Glyph.NEUTRAL && !isSpaceBefore(text, k);
      }
    }
    return false;
  }

  /** Whether a sentence ends between {@code a} and {@code b}: a stop, a space and a capital. */
  private static boolean sentenceEndBetween(String text, int a, int b) {
    for (int k = a + 1; k + 2 < b; k++) {
      char c = text.charAt(k);
      if ((c == '.' || c == '?' || c == '!') && Character.isWhitespace(text.charAt(k + 1))
          && Character.isUpperCase(text.charAt(k + 2))) {
        return true;
      }
    }
    return false;
  }

  private static List<QuotedPassage> singleQuoted(String text, boolean[] markup, List<QuotedPassage> doubles) {
    List<QuotedPassage> out = new ArrayList<>();
    int n = text.length();
    int d = 0;
    int open = -1;
    for (int i = 0; i < n; i++) {
      while (d < doubles.size() && doubles.get(d).end() <= i) {
        d++;
      }
      if (d < doubles.size() && doubles.get(d).start() <= i) {
        i = doubles.get(d).end() - 1;
        open = -1;
        continue;
      }
      char c = text.charAt(i);
      if (c == '\n') {
        open = -1;
        continue;
      }
      if (markup[i] || (c != '‘' && c != '’' && c != '\'')) {
        continue;
      }
      if (open >= 0 && c != '‘' && closesSingle(text, i)) {
        if (hasWord(text, open, i + 1)) {
          out.add(new QuotedPassage(open, i + 1, true, true));
        }
        open = -1;
      } else if (c != '’' && opensSingle(text, i)) {
        open = i;
      }
    }
    return out;
  }

  private static boolean opensSingle(String text, int i) {
    if (!isSpaceBefore(text, i) || i + 1 >= text.length()) {
      return false;
    }
    char next = text.charAt(i + 1);
    if (!Character.isLetterOrDigit(next)) {
      return false;
    }
    // ’90s, 'em, 'n', 'til, 'cause, 'tis: elided letters, not an opening mark.
    String rest = text.substring(i + 1, Math.min(text.length(), i + 7)).toLowerCase(Locale.ROOT);
    return !(Character.isDigit(next) || rest.matches("^(em|n|til|cause|tis|twas)\\b.*"));
  }

  private static boolean closesSingle(String text, int i) {
    if (i == 0 || Character.isWhitespace(text.charAt(i - 1))) {
      return false;
    }
    return i + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 1));
  }

  private static Mark doubleMarkAt(String text, int i) {
    char c = text.charAt(i);
    switch (c) {
      case '“', '„', '«':
        return new Mark(1, Glyph.OPENING);
      case '”', '»':
        return new Mark(1, Glyph.CLOSING);
      case '"':
        return new Mark(1, Glyph.NEUTRAL);
      case '`':
        return i + 1 < text.length() && text.charAt(i + 1) == '`' ? new Mark(2, Glyph.OPENING) : null;
      case '\'':
        return i + 1 < text.length() && text.charAt(i + 1) == '\'' ? new Mark(2, Glyph.CLOSING) : null;
      default:
        return null;
    }
  }

  /** Whether a mark at the start of a paragraph opens a quote. */
  private static boolean opens(String text, int i, Mark m) {
    return m.glyph() != Glyph.CLOSING && !isSpaceAfterOrEnd(text, i + m.length());
  }

  private static boolean isSpaceBefore(String text, int i) {
    if (i == 0) {
      return true;
    }
    char p = text.charAt(i - 1);
    return Character.isWhitespace(p) || p == '\u00A0' || "([{—–-/".indexOf(p) >= 0 || isQuoteChar(p);
  }

  private static boolean isSpaceAfter(String text, int i) {
    return i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\u00A0');
  }

  private static boolean isSpaceAfterOrEnd(String text, int i) {
    return i >= text.length() || isSpaceAfter(text, i);
  }

  /** What follows a closing mark: the end, a space or punctuation, never a letter or digit. */
  private static boolean closesBefore(String text, int i) {
    return i >= text.length() || !Character.isLetterOrDigit(text.charAt(i));
  }

  private static boolean isQuoteChar(char c) {
    return "\"“”‘’'`„«»".indexOf(c) >= 0;
  }

  private static boolean hasWord(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static int skipSpace(String text, int i) {
    while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\u00A0')) {
      i++;
    }
    return i;
  }

  private static int trimEnd(String text, int end) {
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  /** Marks the characters inside markup tags ({@code <tweet …>}, {@code </p>}). */
  private static boolean[] markup(String text) {
    boolean[] inTag = new boolean[text.length()];
    int i = text.indexOf('<');
    while (i >= 0 && i + 1 < text.length()) {
      char next = text.charAt(i + 1);
      int close = text.indexOf('>', i);
      int newline = text.indexOf('\n', i);
      if ((Character.isLetter(next) || next == '/') && close > 0 && (newline < 0 || close < newline)) {
        for (int k = i; k <= close; k++) {
          inTag[k] = true;
        }
        i = text.indexOf('<', close);
      } else {
        i = text.indexOf('<', i + 1);
      }
    }
    return inTag;
  }
}
