package org.annals.extract.event;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.annals.extract.DataLines;
import org.annals.model.PloverType;
import org.annals.model.Sentence;
import org.annals.model.Token;

/**
 * The event-trigger lexicon ({@code event-triggers.txt}): word sets, mode cues and trigger rows,
 * and the matching of rows against a sentence. The file is the place to read and extend what
 * Annals codes as an event; the rules that use it stay in code.
 */
final class EventTriggerLexicon {

  private static final String RESOURCE = "event-triggers.txt";
  private static volatile EventTriggerLexicon builtIn;

  /** A mode and the words that reveal it, for one event type, in priority order. */
  record ModeCue(String mode, Set<String> words) {}

  private final Map<String, Set<String>> sets = new HashMap<>();
  private final Map<PloverType, List<ModeCue>> modeCues = new EnumMap<>(PloverType.class);
  private final Map<String, List<TriggerRule>> rulesByFirstWord = new HashMap<>();
  private int ruleCount;

  static EventTriggerLexicon builtIn() {
    EventTriggerLexicon l = builtIn;
    if (l == null) {
      l = parse(DataLines.ofResource(EventTriggerLexicon.class, RESOURCE));
      builtIn = l;
    }
    return l;
  }

  static EventTriggerLexicon parse(List<DataLines.Line> lines) {
    EventTriggerLexicon lex = new EventTriggerLexicon();
    for (DataLines.Line dataLine : lines) {
      String line = dataLine.text();
      int lineNo = dataLine.number();
      try {
        if (line.startsWith("@")) {
          lex.addSet(line);
        } else {
          lex.addRule(line, lineNo);
        }
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(RESOURCE + ":" + lineNo + ": " + e.getMessage(), e);
      }
    }
    return lex;
  }

  private void addSet(String line) {
    int eq = line.indexOf('=');
    if (eq < 0) {
      throw new IllegalArgumentException("expected @name = words");
    }
    String name = line.substring(1, eq).strip();
    Set<String> words = new LinkedHashSet<>();
    for (String w : line.substring(eq + 1).strip().split("\\s+")) {
      if (w.startsWith("@")) {
        words.addAll(set(w.substring(1)));
      } else {
        words.add(w.toLowerCase(Locale.ROOT));
      }
    }
    sets.put(name, Set.copyOf(words));
    if (name.startsWith("mode.")) {
      String[] parts = name.split("\\.", 3);
      PloverType type = PloverType.valueOf(parts[1]);
      modeCues.computeIfAbsent(type, t -> new ArrayList<>()).add(new ModeCue(parts[2], Set.copyOf(words)));
    }
  }

  private void addRule(String line, int lineNo) {
    String[] cols = line.split("\\|", -1);
    if (cols.length != 6) {
      throw new IllegalArgumentException("expected 6 columns: TYPE | words | pos | mode | acled | conditions");
    }
    PloverType type = PloverType.valueOf(cols[0].strip());
    List<String> words = new ArrayList<>();
    List<Boolean> gaps = new ArrayList<>();
    boolean gap = false;
    for (String w : cols[1].strip().split("\\s+")) {
      if (w.equals("...")) {
        gap = true;
        continue;
      }
      words.add(w.toLowerCase(Locale.ROOT));
      gaps.add(gap);
      gap = false;
    }
    TriggerRule.Pos pos = TriggerRule.Pos.parse(cols[2].strip());
    String mode = dashToNull(cols[3]);
    String acled = dashToNull(cols[4]);
    List<TriggerRule.Condition> conditions = new ArrayList<>();
    boolean weak = false;
    boolean inverse = false;
    boolean mutual = false;
    for (String c : cols[5].strip().split("\\s+")) {
      switch (c) {
        case "" -> { }
        case "weak" -> weak = true;
        case "inverse" -> inverse = true;
        case "mutual" -> mutual = true;
        default -> conditions.add(TriggerRule.parseCondition(c, this::set));
      }
    }
    TriggerRule rule = new TriggerRule(type, List.copyOf(words), List.copyOf(gaps), pos, mode, acled,
        List.copyOf(conditions), weak, inverse, mutual, lineNo);
    rulesByFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(rule);
    ruleCount++;
  }

  private static String dashToNull(String s) {
    String t = s.strip();
    return t.isEmpty() || t.equals("-") ? null : t;
  }

  /** A named word set; unknown names are an error in the lexicon file. */
  Set<String> set(String name) {
    Set<String> s = sets.get(name);
    if (s == null) {
      throw new IllegalArgumentException("unknown word set @" + name);
    }
    return s;
  }

  /** The mode cues of an event type, in priority order (empty where the type has none). */
  List<ModeCue> modeCues(PloverType type) {
    return modeCues.getOrDefault(type, List.of());
  }

  int size() {
    return ruleCount;
  }

  /**
   * The triggers of a sentence in text order: at each word the first matching row wins, and a
   * word covered by a multi-word trigger starts no other.
   */
  List<TriggerMatch> find(Sentence sentence, SentenceMentions mentions) {
    List<Token> toks = sentence.tokens();
    List<TriggerMatch> out = new ArrayList<>();
    int covered = -1;
    for (int i = 0; i < toks.size(); i++) {
      if (i <= covered) {
        continue;
      }
      Token t = toks.get(i);
      List<TriggerRule> candidates = candidates(t);
      List<Token> view = toks;
      String bare = candidates.isEmpty() ? MentionKindRules.unprefixed(t.word()) : null;
      if (bare != null) {
        // "pre-invasion levels", "the post-war order": the noun under the prefix is the trigger
        view = new ArrayList<>(toks);
        view.set(i, new Token(t.index(), t.start(), t.end(), bare, "NN", bare, t.ner()));
        candidates = candidates(view.get(i));
      }
      for (TriggerRule r : candidates) {
        int last = r.matchAt(view, i, mentions);
        if (last >= 0) {
          out.add(new TriggerMatch(r, i, last));
          if (last == i + r.words().size() - 1) {
            covered = last;
          }
          break;
        }
      }
    }
    return out;
  }

  private List<TriggerRule> candidates(Token t) {
    List<TriggerRule> byLemma = rulesByFirstWord.get(t.lemma());
    String lower = t.word().toLowerCase(Locale.ROOT);
    List<TriggerRule> byWord = lower.equals(t.lemma()) ? null : rulesByFirstWord.get(lower);
    if (byWord == null) {
      return byLemma == null ? List.of() : byLemma;
    }
    if (byLemma == null) {
      return byWord;
    }
    List<TriggerRule> both = new ArrayList<>(byLemma);
    for (TriggerRule r : byWord) {
      if (!both.contains(r)) {
        both.add(r);
      }
    }
    both.sort((a, b) -> Integer.compare(a.line(), b.line()));
    return both;
  }
}
