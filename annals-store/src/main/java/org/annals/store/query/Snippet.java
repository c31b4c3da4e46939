package org.annals.store.query;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
    Set<String> wanted = new HashSet<>();
    for (String w : queryWords) {
      wanted.add(fold(w));
    }
    List<int[]> spans = new ArrayList<>();
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
      words.add(fold(m.group()));
    }
    if (spans.isEmpty()) {
      return "";
    }
    int bestStart = 0;
    int bestDistinct = -1;
    int bestHits = -1;
    for (int start = 0; start < Math.max(1, spans.size() - WORDS + 1); start++) {
      Set<String> distinct = new HashSet<>();
      int hits = 0;
      for (int i = start; i < Math.min(spans.size(), start + WORDS); i++) {
        if (wanted.contains(words.get(i))) {
          distinct.add(words.get(i));
          hits++;
        }
      }
      if (distinct.size() > bestDistinct || distinct.size() == bestDistinct && hits > bestHits) {
        bestStart = start;
        bestDistinct = distinct.size();
        bestHits = hits;
      }
    }
    // the matches centred in the window, with as much context before them as after
    int first = -1;
    int last = -1;
    for (int i = bestStart; i < Math.min(spans.size(), bestStart + WORDS); i++) {
      if (wanted.contains(words.get(i))) {
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
      boolean hit = wanted.contains(words.get(i));
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
    return MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
  }
}
