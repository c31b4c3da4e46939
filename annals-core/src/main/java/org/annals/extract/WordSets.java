package org.annals.extract;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Named word lists the extractors share ({@code words.txt}): one list per concept (weekdays,
 * speech verbs, reaction verbs, …), read once. A list is {@code name = words}; a name given
 * again continues its list; {@code @other} includes another list.
 */
public final class WordSets {

  static final String RESOURCE = "words.txt";
  private static volatile WordSets builtIn;

  private final Map<String, Set<String>> sets;

  private WordSets(Map<String, Set<String>> sets) {
    this.sets = Map.copyOf(sets);
  }

  public static WordSets builtIn() {
    WordSets w = builtIn;
    if (w == null) {
      synchronized (WordSets.class) {
        w = builtIn;
        if (w == null) {
          w = parse(DataLines.ofResource(WordSets.class, RESOURCE));
          builtIn = w;
        }
      }
    }
    return w;
  }

  /** One shared list by name; an unknown name is a programming error. */
  public static Set<String> of(String name) {
    return builtIn().get(name);
  }

  /** Whether {@code text}, split into lower-case letter runs, holds a word of {@code words}. */
  public static boolean anyWordIn(String text, Set<String> words) {
    if (text == null) {
      return false;
    }
    for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
      if (words.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** The lists whose names start with {@code prefix} ("event.same."), in name order. */
  public static List<Set<String>> withPrefix(String prefix) {
    Map<String, Set<String>> sets = builtIn().sets;
    return sets.keySet().stream().filter(n -> n.startsWith(prefix)).sorted().map(sets::get).toList();
  }

  public Set<String> get(String name) {
    Set<String> s = sets.get(name);
    if (s == null) {
      throw new IllegalArgumentException("no word list '" + name + "' in " + RESOURCE);
    }
    return s;
  }

  static WordSets parse(List<DataLines.Line> lines) {
    Map<String, Set<String>> out = new HashMap<>();
    for (DataLines.Line line : lines) {
      int eq = line.text().indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException(RESOURCE + ":" + line.number() + ": expected 'name = words'");
      }
      String name = line.text().substring(0, eq).strip();
      Set<String> words = out.computeIfAbsent(name, k -> new LinkedHashSet<>());
      for (String w : line.text().substring(eq + 1).strip().split("\\s+")) {
        if (w.startsWith("@")) {
          Set<String> other = out.get(w.substring(1));
          if (other == null) {
            throw new IllegalArgumentException(RESOURCE + ":" + line.number() + ": '" + w + "' is not defined above");
          }
          words.addAll(other);
        } else if (!w.isEmpty()) {
          words.add(w.toLowerCase(Locale.ROOT));
        }
      }
    }
    Map<String, Set<String>> frozen = new HashMap<>();
    out.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
    return new WordSets(frozen);
  }
}
