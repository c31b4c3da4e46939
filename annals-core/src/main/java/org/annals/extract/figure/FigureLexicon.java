package org.annals.extract.figure;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.annals.extract.DataLines;
import org.annals.extract.figure.Quantity.Unit;
import org.annals.model.FigureCategory;
import org.annals.model.FigureRole;
import org.annals.model.Token;

/**
 * The word lists that say what a number counts, in which unit, what happened to the counted
 * things and whether it is a tally, read from {@code figure-lexicon.txt} so they can be read and
 * extended without touching the rules.
 */
final class FigureLexicon {

  private static final String RESOURCE = "figure-lexicon.txt";
  /** The aggregate word lists besides the cues, as AggregateCues reads them. */
  private static final Set<String> AGGREGATE_LISTS = Set.of("period", "since", "not_after", "comparison", "update",
      "clause");
  private static volatile FigureLexicon builtIn;

  private final Map<String, FigureCategory> nouns = new HashMap<>();
  private final Set<String> timeNouns = new HashSet<>();
  private final Map<String, FigureCategory> states = new HashMap<>();
  private final Map<String, FigureCategory> frames = new HashMap<>();
  private final Map<Unit, Phrases<String>> units = new EnumMap<>(Unit.class);
  private final Phrases<RoleEntry> roles = new Phrases<>();
  private final Set<String> aimedAt = new HashSet<>();
  private final Phrases<FigureRole> airborneRoles = new Phrases<>();
  private final List<String[]> aggregateCues = new ArrayList<>();
  private final Map<String, Set<String>> aggregateWords = new HashMap<>();

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
        throw new IllegalArgumentException(RESOURCE + ":" + lineNo + ": expected section.name = words");
      }
      String section = line.substring(0, dot).strip();
      String name = line.substring(dot + 1, eq).strip();
      for (String w : line.substring(eq + 1).strip().split("\\s+")) {
        try {
          lex.add(section, name, w);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(RESOURCE + ":" + lineNo + ": " + e.getMessage(), e);
        }
      }
    }
    return lex;
  }

  private void add(String section, String name, String entry) {
    String word = entry.toLowerCase(Locale.ROOT);
    String[] words = word.split("_");
    switch (section) {
      case "noun" -> {
        if (name.equals("time")) {
          timeNouns.add(word);
        } else {
          nouns.putIfAbsent(word, category(name));
        }
      }
      case "state" -> states.putIfAbsent(word, category(name));
      case "frame" -> frames.putIfAbsent(word, category(name));
      case "currency" -> units.computeIfAbsent(Unit.MONEY, k -> new Phrases<>()).add(words, name);
      case "percent" -> units.computeIfAbsent(Unit.PERCENT, k -> new Phrases<>()).add(words, name);
      case "distance" -> units.computeIfAbsent(Unit.DISTANCE, k -> new Phrases<>()).add(words, name);
      case "measure" -> units.computeIfAbsent(Unit.MEASURE, k -> new Phrases<>()).add(words, name);
      case "role" -> roles.add(words, new RoleEntry(role(name), false, false));
      case "role_subject" -> roles.add(words, new RoleEntry(role(name), true, false));
      case "role_aimed" -> roles.add(words, new RoleEntry(role(name), false, true));
      case "aimed" -> aimedAt.add(word);
      case "airborne" -> airborneRoles.add(words, role(name));
      case "aggregate" -> {
        if (name.equals("cue")) {
          // upper-case words are placeholders (PERIOD, TIME): kept as written
          String[] raw = entry.split("_");
          for (int i = 0; i < raw.length; i++) {
            raw[i] = isPlaceholder(raw[i]) ? raw[i] : raw[i].toLowerCase(Locale.ROOT);
          }
          aggregateCues.add(raw);
        } else if (AGGREGATE_LISTS.contains(name)) {
          aggregateWords.computeIfAbsent(name, k -> new HashSet<>()).add(word);
        } else {
          throw new IllegalArgumentException("unknown list aggregate." + name);
        }
      }
      default -> throw new IllegalArgumentException("unknown section " + section);
    }
  }

  private static FigureCategory category(String name) {
    return FigureCategory.valueOf(name.toUpperCase(Locale.ROOT));
  }

  private static FigureRole role(String name) {
    return FigureRole.valueOf(name.toUpperCase(Locale.ROOT));
  }

  static boolean isPlaceholder(String w) {
    return w.length() > 1 && w.chars().allMatch(Character::isUpperCase);
  }

  /** The category a counted noun gives, or null; a currency noun gives money. */
  FigureCategory noun(Token t) {
    FigureCategory c = lookup(nouns, t);
    if (c == null && unitAt(Unit.MONEY, List.of(t), 0) != null) {
      return FigureCategory.MONEY;
    }
    return c;
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

  /** The unit of this kind written at token {@code k} ("km", "Australian dollars", "per cent"), or null. */
  Match<String> unitAt(Unit kind, List<Token> toks, int k) {
    Phrases<String> p = units.get(kind);
    return p == null ? null : p.at(toks, k);
  }

  /**
   * A role word said before the count, ending at token {@code k} ("shot down" in "shot down 386"),
   * or null.
   */
  RoleWord roleEndingAt(List<Token> toks, int k) {
    return roleWord(roles.endingAt(toks, k, e -> !e.subjectOnly()), airborneRoles.endingAt(toks, k, r -> true));
  }

  /** A role word said after the count, starting at token {@code k}: "were [shot down]", "[landed]". */
  RoleWord roleAt(List<Token> toks, int k) {
    return roleWord(roles.at(toks, k), airborneRoles.at(toks, k));
  }

  /** Whether a word says where something sent is aimed ("at", "against", "towards"). */
  boolean isAimedAt(Token t) {
    return aimedAt.contains(t.word().toLowerCase(Locale.ROOT));
  }

  /** A role word of the lexicon: its role, and whether it says it only after the count or only where aimed. */
  private record RoleEntry(FigureRole role, boolean subjectOnly, boolean aimed) {}

  /**
   * A role word in a sentence: tokens {@code [start, end)}, the role it gives, the role it gives
   * drones and missiles, which are destroyed in the air ("destroyed 30 drones": intercepted), and
   * whether it gives its role only where what is sent is aimed ("sent 50 drones at Kyiv").
   */
  record RoleWord(int start, int end, FigureRole role, FigureRole airborne, boolean aimed) {}

  private static RoleWord roleWord(Match<RoleEntry> general, Match<FigureRole> airborne) {
    if (general == null && airborne == null) {
      return null;
    }
    if (general == null || (airborne != null && span(airborne) > span(general))) {
      return new RoleWord(airborne.start(), airborne.end(), null, airborne.value(), false);
    }
    boolean sameWords = airborne != null && airborne.start() == general.start() && airborne.end() == general.end();
    return new RoleWord(general.start(), general.end(), general.value().role(), sameWords ? airborne.value() : null,
        general.value().aimed());
  }

  private static int span(Match<?> m) {
    return m.end() - m.start();
  }

  List<String[]> aggregateCues() {
    return aggregateCues;
  }

  /** An aggregate word list (period, since, not_after, comparison, update). */
  boolean isAggregateWord(String list, Token t) {
    Set<String> s = aggregateWords.getOrDefault(list, Set.of());
    return s.contains(t.lemma()) || s.contains(t.word().toLowerCase(Locale.ROOT));
  }

  private static FigureCategory lookup(Map<String, FigureCategory> map, Token t) {
    FigureCategory c = map.get(t.lemma());
    return c != null ? c : map.get(t.word().toLowerCase(Locale.ROOT));
  }

  static boolean matches(String word, Token t) {
    return word.equals(t.lemma()) || word.equals(t.word().toLowerCase(Locale.ROOT));
  }

  /** A lexicon entry found in a sentence: tokens {@code [start, end)} and what it says. */
  record Match<T>(int start, int end, T value) {}

  /** Entries of one or more words, tried longest first. */
  static final class Phrases<T> {
    private final List<String[]> words = new ArrayList<>();
    private final List<T> values = new ArrayList<>();

    void add(String[] entry, T value) {
      int i = 0;
      while (i < words.size() && words.get(i).length >= entry.length) {
        i++;
      }
      words.add(i, entry);
      values.add(i, value);
    }

    Match<T> at(List<Token> toks, int k) {
      for (int e = 0; e < words.size(); e++) {
        String[] w = words.get(e);
        if (k >= 0 && k + w.length <= toks.size() && matchesFrom(toks, k, w)) {
          return new Match<>(k, k + w.length, values.get(e));
        }
      }
      return null;
    }

    Match<T> endingAt(List<Token> toks, int k, java.util.function.Predicate<T> which) {
      for (int e = 0; e < words.size(); e++) {
        String[] w = words.get(e);
        int from = k - w.length + 1;
        if (which.test(values.get(e)) && from >= 0 && k < toks.size() && matchesFrom(toks, from, w)) {
          return new Match<>(from, k + 1, values.get(e));
        }
      }
      return null;
    }

    private static boolean matchesFrom(List<Token> toks, int from, String[] w) {
      for (int i = 0; i < w.length; i++) {
        if (!matches(w[i], toks.get(from + i))) {
          return false;
        }
      }
      return true;
    }
  }
}
