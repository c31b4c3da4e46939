package org.annals.eval.warevents;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annals.eval.warevents.WarEventsGold.Event;
import org.annals.eval.warevents.WarEventsGold.GoldSpan;
import org.annals.eval.warevents.WarEventsGold.HardNegative;
import org.annals.eval.warevents.WarEventsGold.Mention;
import org.annals.eval.warevents.WarEventsGold.NonEvent;

/**
 * The warevents reference scorer ({@code score.py}'s {@code share_copies} and {@code score}),
 * ported line by line: the same matching, tie-breaking, iteration orders and sums, so the figures
 * agree with the script's to the last bit (Python 3.11; from 3.12 Python sums floats compensated,
 * which may move the last bits). What each figure means: {@link WarEventsScores}.
 */
public final class WarEventsScorer {

  private WarEventsScorer() {}

  /**
   * Scores the system's mentions against the gold.
   *
   * @param texts the corpus, {id: text}, in corpus order
   * @param system the system's event mentions by input id
   */
  public static WarEventsScores score(WarEventsGold gold, Map<String, String> texts,
      Map<String, List<SystemMention>> system) {
    return score(gold, shareCopies(system, texts));
  }

  /**
   * An input whose text repeats an earlier input's is stored once: every copy gets the mentions
   * of the first copy that has any. New ids go after the others, as in score.py's dict.
   */
  static Map<String, List<SystemMention>> shareCopies(Map<String, List<SystemMention>> system,
      Map<String, String> texts) {
    Map<String, List<String>> idsByText = new LinkedHashMap<>();
    texts.forEach((id, text) -> idsByText.computeIfAbsent(text, t -> new ArrayList<>()).add(id));
    Map<String, List<SystemMention>> out = new LinkedHashMap<>(system);
    for (List<String> ids : idsByText.values()) {
      String stored = ids.stream().filter(id -> !none(out.get(id))).findFirst().orElse(null);
      if (stored == null) {
        continue;
      }
      for (String id : ids) {
        if (none(out.get(id))) {
          out.put(id, out.get(stored));
        }
      }
    }
    return out;
  }

  private static boolean none(List<SystemMention> mentions) {
    return mentions == null || mentions.isEmpty();
  }

  /** A matched gold mention: its gold event and the system event it was given. */
  private record Pair(String goldKey, String systemEvent) {}

  static WarEventsScores score(WarEventsGold gold, Map<String, List<SystemMention>> system) {
    Map<String, List<Set<String>>> candidatesOf = new LinkedHashMap<>();
    for (Event ev : gold.events()) {
      List<Set<String>> candidates = new ArrayList<>();
      for (Mention m : ev.mentions()) {
        candidates.add(eventsOf(matches(system, m.span())));
      }
      candidatesOf.put(ev.key(), candidates);
    }
    Map<String, Integer> total = new HashMap<>();
    for (List<Set<String>> candidates : candidatesOf.values()) {
      for (Set<String> c : candidates) {
        c.forEach(e -> total.merge(e, 1, Integer::sum));
      }
    }
    List<Pair> pairs = new ArrayList<>();
    Map<String, List<String>> perEvent = new HashMap<>();
    int goldMentions = 0;
    int matched = 0;
    for (Event ev : gold.events()) {
      List<Set<String>> candidates = candidatesOf.get(ev.key());
      Map<String, Integer> votes = new HashMap<>();
      for (Set<String> c : candidates) {
        c.forEach(e -> votes.merge(e, 1, Integer::sum));
      }
      List<String> given = new ArrayList<>();
      for (Set<String> c : candidates) {
        goldMentions++;
        if (!c.isEmpty()) {
          matched++;
          String best = mostConcentrated(c, votes, total);
          given.add(best);
          pairs.add(new Pair(ev.key(), best));
        }
      }
      perEvent.put(ev.key(), given);
    }
    double coverage = goldMentions > 0 ? (double) matched / goldMentions : 0.0;

    // B-cubed over the matched mentions
    Map<String, Integer> goldSize = new HashMap<>();
    Map<String, Integer> systemSize = new HashMap<>();
    Map<Pair, Integer> both = new HashMap<>();
    for (Pair p : pairs) {
      goldSize.merge(p.goldKey(), 1, Integer::sum);
      systemSize.merge(p.systemEvent(), 1, Integer::sum);
      both.merge(p, 1, Integer::sum);
    }
    double b3P = 0.0;
    double b3R = 0.0;
    double b3F1 = 0.0;
    if (!pairs.isEmpty()) {
      double p = 0;
      double r = 0;
      for (Pair pair : pairs) {
        p += (double) both.get(pair) / systemSize.get(pair.systemEvent());
      }
      for (Pair pair : pairs) {
        r += (double) both.get(pair) / goldSize.get(pair.goldKey());
      }
      b3P = p / pairs.size();
      b3R = r / pairs.size();
      b3F1 = b3P + b3R != 0 ? 2 * b3P * b3R / (b3P + b3R) : 0.0;
    }

    // gold events reported in 2+ articles
    int multiEvents = 0;
    int fragmentsSum = 0;
    int multiFound = 0;
    int linkedAsOne = 0;
    for (Event ev : gold.events()) {
      Set<String> reporting = new LinkedHashSet<>();
      for (Mention m : ev.mentions()) {
        if ("report".equals(m.kind())) {
          reporting.add(m.span().article());
        }
      }
      if (reporting.size() < 2) {
        continue;
      }
      multiEvents++;
      int k = new LinkedHashSet<>(perEvent.get(ev.key())).size();
      if (k > 0) {
        multiFound++;
        fragmentsSum += k;
        linkedAsOne += k == 1 ? 1 : 0;
      }
    }

    // purity of the system events touching the gold
    Map<String, Set<String>> goldKeysOf = new LinkedHashMap<>();
    for (Pair p : pairs) {
      goldKeysOf.computeIfAbsent(p.systemEvent(), s -> new LinkedHashSet<>()).add(p.goldKey());
    }
    int pure = (int) goldKeysOf.values().stream().filter(keys -> keys.size() == 1).count();

    // dates: an event's day is the last one its mentions give, in score.py's order
    Map<String, String> dayOf = new HashMap<>();
    for (List<SystemMention> mentions : system.values()) {
      for (SystemMention m : mentions) {
        dayOf.put(m.eventId(), m.day());
      }
    }
    int datesRight = 0;
    List<String> dateMisses = new ArrayList<>();
    for (Event ev : gold.events()) {
      String main = mostCommon(perEvent.get(ev.key()));
      if (main == null) {
        dateMisses.add(ev.key() + ": gold " + ev.date() + " not found");
      } else if (sameDay(ev.date(), dayOf.get(main))) {
        datesRight++;
      } else {
        dateMisses.add(ev.key() + ": gold " + ev.date() + " got " + pythonStr(dayOf.get(main)));
      }
    }

    // non-events: no asserted mention may start inside
    int nonEventsOk = 0;
    List<String> nonEventMisses = new ArrayList<>();
    for (NonEvent ne : gold.nonEvents()) {
      boolean asserted = matches(system, ne.span()).stream().anyMatch(m -> "asserted".equals(m.status()));
      if (asserted) {
        nonEventMisses.add(ne.span().article() + "@" + ne.span().start() + " (" + pythonStr(ne.why()) + ")");
      } else {
        nonEventsOk++;
      }
    }

    // hard negatives: both sides matched, no system event in common
    int judged = 0;
    int apart = 0;
    for (HardNegative hn : gold.hardNegatives()) {
      Set<String> a = eventsOf(matches(system, hn.a()));
      Set<String> b = eventsOf(matches(system, hn.b()));
      if (!a.isEmpty() && !b.isEmpty()) {
        judged++;
        apart += a.stream().noneMatch(b::contains) ? 1 : 0;
      }
    }

    int events = gold.events().size();
    int nonEvents = gold.nonEvents().size();
    return new WarEventsScores(
        goldMentions, matched, coverage,
        b3P, b3R, b3F1, pairs.size(),
        multiEvents, multiFound, linkedAsOne,
        multiEvents > 0 ? (double) linkedAsOne / multiEvents : 0.0,
        multiFound > 0 ? (double) fragmentsSum / multiFound : 0.0,
        goldKeysOf.size(), pure, goldKeysOf.isEmpty() ? 0.0 : (double) pure / goldKeysOf.size(),
        events, datesRight, events > 0 ? (double) datesRight / events : 0.0,
        nonEvents, nonEventsOk, nonEvents > 0 ? (double) nonEventsOk / nonEvents : 0.0,
        gold.hardNegatives().size(), judged, apart, judged > 0 ? (double) apart / judged : 0.0,
        List.copyOf(dateMisses), List.copyOf(nonEventMisses));
  }

  /** The system mentions of the sentence's article whose trigger starts inside it. */
  static List<SystemMention> matches(Map<String, List<SystemMention>> system, GoldSpan sentence) {
    List<SystemMention> out = new ArrayList<>();
    for (SystemMention m : system.getOrDefault(sentence.article(), List.of())) {
      if (sentence.holds(m)) {
        out.add(m);
      }
    }
    return out;
  }

  private static Set<String> eventsOf(List<SystemMention> mentions) {
    Set<String> out = new LinkedHashSet<>();
    mentions.forEach(m -> out.add(m.eventId()));
    return out;
  }

  /**
   * Of the system events matching one sentence, the one most concentrated on this gold event
   * (its votes over all its matched gold sentences), then the one with most votes; on a full tie
   * the first in sorted order, as Python's {@code max(sorted(c), key=...)}.
   */
  static String mostConcentrated(Set<String> candidates, Map<String, Integer> votes, Map<String, Integer> total) {
    List<String> sorted = new ArrayList<>(candidates);
    sorted.sort(WarEventsScorer::compareCodePoints);
    String best = null;
    double bestShare = 0;
    int bestVotes = 0;
    for (String e : sorted) {
      int v = votes.get(e);
      double share = (double) v / total.get(e);
      if (best == null || share > bestShare || share == bestShare && v > bestVotes) {
        best = e;
        bestShare = share;
        bestVotes = v;
      }
    }
    return best;
  }

  /** The most frequent item, the first seen on a tie (Counter.most_common(1)); null if none. */
  static String mostCommon(List<String> items) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    items.forEach(i -> counts.merge(i, 1, Integer::sum));
    String best = null;
    int bestCount = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > bestCount) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    return best;
  }

  /**
   * Whether a system day names the gold day: a month-level gold date ({@code 2022-03}) takes
   * any day of that month, a day takes only that day. A year or month given for a gold day never
   * matches, nor does a stand-in day such as {@code 2022-01-01} for a year.
   */
  static boolean sameDay(String gold, String day) {
    if (day == null || day.isEmpty()) {
      return false;
    }
    int n = gold.codePointCount(0, gold.length());
    return n < 10 ? prefix(day, n).equals(gold) : prefix(day, 10).equals(gold);
  }

  /** The first n code points (Python's {@code s[:n]}). */
  private static String prefix(String s, int n) {
    return s.codePointCount(0, s.length()) <= n ? s : s.substring(0, s.offsetByCodePoints(0, n));
  }

  /** Python's string order: by code point (String.compareTo orders UTF-16 units). */
  static int compareCodePoints(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Boolean.compare(i < a.length(), j < b.length());
  }

  /** As Python's str() prints a value that may be None. */
  static String pythonStr(String s) {
    return s == null ? "None" : s;
  }
}
