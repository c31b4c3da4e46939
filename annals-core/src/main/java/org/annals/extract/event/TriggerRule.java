package org.annals.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.annals.model.EntityType;
import org.annals.model.PloverType;
import org.annals.model.Token;

/**
 * One row of the trigger lexicon: the words that signal an event, the PLOVER type, mode and ACLED
 * sub-event they give, and the conditions under which they apply.
 *
 * @param words lemmas of the trigger in order
 * @param gapBefore for each word, whether up to two other words may precede it ("blew the bridge up")
 * @param mode the PLOVER mode, or null where the sentence decides it
 * @param acled the ACLED sub-event type, or null where the sentence decides it
 * @param weak an outcome word ("killed") that gives way to a stronger trigger in the same sentence
 * @param inverse the grammatical subject is the recipient ("X hosted Y": Y is the visitor)
 * @param mutual every named party is an actor (clashes, fighting)
 * @param line the line of the lexicon file, for messages
 */
record TriggerRule(PloverType type, List<String> words, List<Boolean> gapBefore, Pos pos, String mode, String acled,
    List<Condition> conditions, boolean weak, boolean inverse, boolean mutual, int line) {

  /** The part of speech the first word must have. Proper nouns never trigger. */
  enum Pos {
    VERB,
    NOUN,
    ADJ,
    ANY;

    boolean accepts(Token t) {
      String p = t.pos();
      if (p.startsWith("NNP")) {
        return false;
      }
      return switch (this) {
        case VERB -> p.startsWith("VB");
        case NOUN -> p.startsWith("NN");
        case ADJ -> p.startsWith("JJ");
        case ANY -> true;
      };
    }

    static Pos parse(String s) {
      return switch (s) {
        case "V" -> VERB;
        case "N" -> NOUN;
        case "A" -> ADJ;
        case "*" -> ANY;
        default -> throw new IllegalArgumentException("unknown part of speech " + s);
      };
    }
  }

  /** A test on the words around a candidate trigger ({@code first..last}, sentence-relative). */
  interface Condition {
    boolean holds(List<Token> toks, int first, int last, SentenceMentions mentions);
  }

  /** The last token of this rule's match starting at {@code first}, or -1 where it does not match. */
  int matchAt(List<Token> toks, int first, SentenceMentions mentions) {
    if (!pos.accepts(toks.get(first)) || !is(toks.get(first), words.get(0))) {
      return -1;
    }
    // "the agreed measures", "a negotiated settlement": a participle used as an adjective
    if (pos == Pos.VERB && first > 0 && (toks.get(first).pos().equals("VBN") || toks.get(first).pos().equals("VBD"))
        && (toks.get(first - 1).pos().equals("DT") || toks.get(first - 1).pos().equals("PRP$"))) {
      return -1;
    }
    int last = first;
    for (int w = 1; w < words.size(); w++) {
      int limit = gapBefore.get(w) ? 3 : 1;
      int found = -1;
      for (int k = last + 1; k <= last + limit && k < toks.size(); k++) {
        if (is(toks.get(k), words.get(w))) {
          found = k;
          break;
        }
        if (!gapBefore.get(w) || toks.get(k).isVerb() || isPunctuation(toks.get(k))) {
          break;
        }
      }
      if (found < 0) {
        return -1;
      }
      last = found;
    }
    for (Condition c : conditions) {
      if (!c.holds(toks, first, last, mentions)) {
        return -1;
      }
    }
    return last;
  }

  static boolean is(Token t, String word) {
    return t.lemma().equals(word) || t.word().toLowerCase(Locale.ROOT).equals(word);
  }

  static boolean inSet(Token t, Set<String> set) {
    return set.contains(t.lemma()) || set.contains(t.word().toLowerCase(Locale.ROOT));
  }

  private static boolean isPunctuation(Token t) {
    String p = t.pos();
    return p.equals(",") || p.equals(".") || p.equals(":") || p.equals("-LRB-") || p.equals("-RRB-");
  }

  /**
   * Parses one condition ({@code next=a,b}, {@code !after=@set/4}, {@code entity-after=PERSON/3},
   * …); {@code sets} resolves {@code @name} references.
   */
  static Condition parseCondition(String spec, Function<String, Set<String>> sets) {
    boolean negate = spec.startsWith("!");
    String body = negate ? spec.substring(1) : spec;
    int eq = body.indexOf('=');
    if (eq < 0) {
      throw new IllegalArgumentException("condition without '=': " + spec);
    }
    String kind = body.substring(0, eq);
    String value = body.substring(eq + 1);
    int window = 1;
    int slash = value.lastIndexOf('/');
    if (slash > 0 && value.substring(slash + 1).chars().allMatch(Character::isDigit)) {
      window = Integer.parseInt(value.substring(slash + 1));
      value = value.substring(0, slash);
    }
    int n = window;
    Condition c;
    if (kind.equals("entity-after")) {
      Set<EntityType> types = entityTypes(value);
      c = (toks, first, last, mentions) -> {
        for (SentenceMentions.Item it : mentions.all()) {
          if (it.first() > last && it.first() <= last + n && types.contains(it.type())) {
            return true;
          }
        }
        return false;
      };
    } else {
      Set<String> words = words(value, sets);
      c = switch (kind) {
        case "next" -> (toks, first, last, m) -> last + 1 < toks.size() && inSet(toks.get(last + 1), words);
        case "prev" -> (toks, first, last, m) -> first > 0 && inSet(toks.get(first - 1), words);
        case "word" -> (toks, first, last, m) -> words.contains(toks.get(first).word().toLowerCase(Locale.ROOT));
        case "after" -> (toks, first, last, m) -> anyWithin(toks, last + 1, 1, n, words);
        case "before" -> (toks, first, last, m) -> anyWithin(toks, first - 1, -1, n, words);
        case "near" -> (toks, first, last, m) -> anyWithin(toks, first - 1, -1, n, words)
            || anyWithin(toks, last + 1, 1, n, words);
        default -> throw new IllegalArgumentException("unknown condition " + spec);
      };
    }
    if (!negate) {
      return c;
    }
    Condition inner = c;
    return (toks, first, last, m) -> !inner.holds(toks, first, last, m);
  }

  /**
   * One of {@code words} within {@code n} words from {@code from} going {@code step} (+1 or -1);
   * quotation marks are not words: "announced a new “strategic concept”" has the concept four on.
   */
  private static boolean anyWithin(List<Token> toks, int from, int step, int n, Set<String> words) {
    int counted = 0;
    for (int k = from; k >= 0 && k < toks.size() && counted < n; k += step) {
      if (QUOTES.contains(toks.get(k).word())) {
        continue;
      }
      counted++;
      if (inSet(toks.get(k), words)) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> QUOTES = Set.of("\"", "“", "”", "‘", "’", "'", "`", "``", "''");

  private static Set<String> words(String value, Function<String, Set<String>> sets) {
    List<String> out = new ArrayList<>();
    for (String w : value.split(",")) {
      if (w.startsWith("@")) {
        out.addAll(sets.apply(w.substring(1)));
      } else if (!w.isEmpty()) {
        out.add(w.toLowerCase(Locale.ROOT));
      }
    }
    return Set.copyOf(out);
  }

  private static final Map<String, EntityType> TYPE_NAMES = Map.of("PERSON", EntityType.PERSON, "ORGANIZATION",
      EntityType.ORGANIZATION, "LOCATION", EntityType.LOCATION, "NORP", EntityType.NORP, "MISC", EntityType.MISC);

  private static Set<EntityType> entityTypes(String value) {
    List<EntityType> out = new ArrayList<>();
    for (String t : value.split(",")) {
      EntityType type = TYPE_NAMES.get(t);
      if (type == null) {
        throw new IllegalArgumentException("unknown entity type " + t);
      }
      out.add(type);
    }
    return Set.copyOf(out);
  }
}
