package org.annals.extract.event;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.annals.extract.DataLines;

/**
 * How often each (lemma, word class) was an event mention's head in annotated news, out of all its
 * occurrences. The built-in table was counted on the ECB+ training topics (words and counts only).
 * Word classes: V verb, N common noun, A adjective, O anything else.
 */
public final class EventMentionLexicon {

  static final String RESOURCE = "event-mentions.tsv";
  private static volatile EventMentionLexicon builtIn;

  /** Times seen as an event head, and times seen at all. */
  public record Counts(int event, int total) {
    public double ratio() {
      return total == 0 ? 0 : (double) event / total;
    }
  }

  private final Map<String, Counts> counts;

  public EventMentionLexicon(Map<String, Counts> counts) {
    this.counts = Map.copyOf(counts);
  }

  public static EventMentionLexicon builtIn() {
    if (builtIn == null) {
      synchronized (EventMentionLexicon.class) {
        if (builtIn == null) {
          builtIn = read(DataLines.ofResource(EventMentionLexicon.class, RESOURCE));
        }
      }
    }
    return builtIn;
  }

  /** Reads lines {@code lemma TAB class TAB event TAB total}; {@code #} starts a comment. */
  public static EventMentionLexicon read(InputStream in) throws IOException {
    return read(DataLines.of(in));
  }

  private static EventMentionLexicon read(List<DataLines.Line> lines) {
    Map<String, Counts> out = new HashMap<>();
    for (DataLines.Line line : lines) {
      String[] f = line.text().split("\t");
      if (f.length == 4) {
        out.put(key(f[0], f[1]), new Counts(Integer.parseInt(f[2]), Integer.parseInt(f[3])));
      }
    }
    return new EventMentionLexicon(out);
  }

  /** The counts for a lemma in a word class, or null where it was never seen. */
  public Counts get(String lemma, String wordClass) {
    return counts.get(key(lemma, wordClass));
  }

  static String key(String lemma, String wordClass) {
    return lemma + "\t" + wordClass;
  }

  /** V, N, A or O for a Penn tag; proper nouns are O (names are participants, not events). */
  public static String wordClass(String pos) {
    if (pos.startsWith("VB")) {
      return "V";
    }
    if (pos.equals("NN") || pos.equals("NNS")) {
      return "N";
    }
    if (pos.startsWith("JJ")) {
      return "A";
    }
    return "O";
  }
}
