package org.annals.link.event;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.annals.extract.DataLines;

/**
 * How often two trigger lemmas (the same or different: "kill"/"death", "say"/"say") named one event
 * when they were used about one happening. Counted on the ECB+ training topics; words and counts
 * only. A lemma pair never seen together falls back to exact match.
 */
public final class EventLemmaPairs {

  static final String RESOURCE = "event-lemma-pairs.tsv";
  private static volatile EventLemmaPairs builtIn;

  private final Map<String, int[]> counts;

  public EventLemmaPairs(Map<String, int[]> counts) {
    this.counts = Map.copyOf(counts);
  }

  public static EventLemmaPairs builtIn() {
    if (builtIn == null) {
      synchronized (EventLemmaPairs.class) {
        if (builtIn == null) {
          builtIn = read(DataLines.ofResource(EventLemmaPairs.class, RESOURCE));
        }
      }
    }
    return builtIn;
  }

  /** Reads lines {@code lemma TAB lemma TAB together TAB seen}; {@code #} starts a comment. */
  public static EventLemmaPairs read(InputStream in) throws IOException {
    return read(DataLines.of(in));
  }

  private static EventLemmaPairs read(List<DataLines.Line> lines) {
    Map<String, int[]> out = new HashMap<>();
    for (DataLines.Line line : lines) {
      String[] f = line.text().split("\t");
      if (f.length == 4) {
        out.put(key(f[0], f[1]), new int[] {Integer.parseInt(f[2]), Integer.parseInt(f[3])});
      }
    }
    return new EventLemmaPairs(out);
  }

  private static String key(String a, String b) {
    return a.compareTo(b) <= 0 ? a + "\t" + b : b + "\t" + a;
  }

  /** Mention pairs with these lemmas in one event chain, and in one topic at all; null where never together. */
  public int[] counts(String a, String b) {
    return counts.get(key(a, b));
  }
}
