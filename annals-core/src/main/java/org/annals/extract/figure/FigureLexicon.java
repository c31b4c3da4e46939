package org.annals.extract.figure;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.annals.extract.DataLines;
import org.annals.model.FigureCategory;
import org.annals.model.Token;

/**
 * The word lists that say what a number counts, read from {@code figure-lexicon.txt} so they can
 * be read and extended without touching the rules.
 */
final class FigureLexicon {

  private static final String RESOURCE = "figure-lexicon.txt";
  private static volatile FigureLexicon builtIn;

  private final Map<String, FigureCategory> nouns = new HashMap<>();
  private final Set<String> timeNouns = new HashSet<>();
  private final Map<String, FigureCategory> states = new HashMap<>();
  private final Map<String, FigureCategory> frames = new HashMap<>();

  static FigureLexicon builtIn() {
    FigureLexicon l = builtIn;
    if (l == null) {
      l = parse(DataLines.ofResource(FigureLexicon.class, RESOURCE));
      builtIn = l;
    }
    return l;
  }

  static FigureLexicon parse(List<DataLines.Line> lines) {
    FigureLexicon lex = new FigureLexicon();
    for (DataLines.Line dataLine : lines) {
      String line = dataLine.text();
      int lineNo = dataLine.number();
      int eq = line.indexOf('=');
      int dot = line.indexOf('.');
      if (eq < 0 || dot < 0 || dot > eq) {
        throw new IllegalArgumentException(RESOURCE + ":" + lineNo + ": expected section.category = words");
      }
      String section = line.substring(0, dot).strip();
      String category = line.substring(dot + 1, eq).strip();
      for (String w : line.substring(eq + 1).strip().split("\\s+")) {
        lex.add(section, category, w.toLowerCase(Locale.ROOT), lineNo);
      }
    }
    return lex;
  }

  private void add(String section, String category, String word, int lineNo) {
    if (section.equals("noun") && category.equals("time")) {
      timeNouns.add(word);
      return;
    }
    FigureCategory c = FigureCategory.valueOf(category.toUpperCase(Locale.ROOT));
    Map<String, FigureCategory> target = switch (section) {
      case "noun" -> nouns;
      case "state" -> states;
      case "frame" -> frames;
      default -> throw new IllegalArgumentException(RESOURCE + ":" + lineNo + ": unknown section " + section);
    };
    target.putIfAbsent(word, c);
  }

  /** The category a counted noun gives, or null. */
  FigureCategory noun(Token t) {
    return lookup(nouns, t);
  }

  boolean isTimeUnit(Token t) {
    return timeNouns.contains(t.lemma()) || timeNouns.contains(t.word().toLowerCase(Locale.ROOT));
  }

  /** The category a casualty word (killed, injured, fled, ...) gives, or null. */
  FigureCategory state(Token t) {
    return lookup(states, t);
  }

  /** The category a framing noun ("death toll", "number of dead") gives a later count, or null. */
  FigureCategory frame(Token t) {
    return lookup(frames, t);
  }

  private static FigureCategory lookup(Map<String, FigureCategory> map, Token t) {
    FigureCategory c = map.get(t.lemma());
    return c != null ? c : map.get(t.word().toLowerCase(Locale.ROOT));
  }
}
