package org.annals.store.query;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of a text a search hit shows: a window of {@link #WORDS} words holding the most of the
 * query's words (the earliest such, the matches centred in it), matched words in [brackets], "…"
 * where the text goes on. Words are matched as the full-text index matches them (FTS5 unicode61 with diacritics
 * removed): runs of letters and digits, without regard to case or accents.
 */
final class Snippet {

  static final int WORDS = 12;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private Snippet() {}

  static String of(String text, List<String> queryWords) {
    List<String> wanted = new ArrayList<>();
    for (String w : queryWords) {
      String f = fold(w);
      if (!wanted.contains(f)) {
        wanted.add(f);
      }
    }
    List<int[]> spans = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      // [start, end, which query word it is or -1]
      spans.add(new int[] {m.start(), m.end(), wanted.indexOf(fold(m.group()))});
    }
    if (spans.isEmpty()) {
      return "";
    }
    // slide a window of WORDS words: the most distinct query words, then the most matches, earliest
    int[] inWindow = new int[wanted.size()];
    int distinct = 0;
    int hits = 0;
    int bestStart = 0;
    int bestDistinct = -1;
    int bestHits = -1;
    for (int i = 0; i < spans.size(); i++) {
      int term = spans.get(i)[2];
      if (term >= 0) {
        hits++;
        if (inWindow[term]++ == 0) {
          distinct++;
        }
      }
      int start = i - WORDS + 1;
      if (start > 0) {
        int gone = spans.get(start - 1)[2];
        if (gone >= 0) {
          hits--;
          if (--inWindow[gone] == 0) {
            distinct--;
          }
        }
      }
      if (start <= 0 && i < spans.size() - 1 && i < WORDS - 1) {
        continue; // the first full window (or the whole text, if shorter) is the first candidate
      }
      if (distinct > bestDistinct || distinct == bestDistinct && hits > bestHits) {
        bestStart = Math.max(0, start);
        bestDistinct = distinct;
        bestHits = hits;
      }
    }
    // the matches centred in the window, with as much context before them as after
    int first = -1;
    int last = -1;
    for (int i = bestStart; i < Math.min(spans.size(), bestStart + WORDS); i++) {
      if (spans.get(i)[2] >= 0) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    if (first >= 0) {
      bestStart = Math.max(0, first - (WORDS - (last - first + 1)) / 2);
    }
    int end = Math.min(spans.size(), bestStart + WORDS);
    bestStart = Math.max(0, end - WORDS);
    StringBuilder out = new StringBuilder(bestStart > 0 ? "…" : "");
    // the whole text before the first word or after the last where the window reaches it
    int at = bestStart == 0 ? 0 : spans.get(bestStart)[0];
    for (int i = bestStart; i < end; i++) {
      int[] s = spans.get(i);
      out.append(text, at, s[0]);
      boolean hit = s[2] >= 0;
      out.append(hit ? "[" : "").append(text, s[0], s[1]).append(hit ? "]" : "");
      at = s[1];
    }
    if (end < spans.size()) {
      out.append('…');
    } else {
      out.append(text, at, text.length());
    }
    return out.toString().replaceAll("\\s+", " ").strip();
  }

  /** A word as the index compares it: lower case, accents removed. */
  static String fold(String word) {
    boolean ascii = true;
    for (int i = 0; i < word.length() && ascii; i++) {
      ascii = word.charAt(i) < 128;
    }
    if (ascii) {
      return word.toLowerCase(Locale.ROOT);
    }
    return MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
  }
}
