package org.annals.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The SemEval-2015 Task 4 measure: each timeline becomes a temporal graph and is scored by
 * temporal awareness (UzZaman and Allen 2011, as in TempEval-3): precision is the share of the
 * system graph's non-redundant relations that the gold graph's closure verifies, recall the share
 * of the gold graph's non-redundant relations that the system closure verifies; micro-averaged
 * over all target entities.
 *
 * <p>Graph, as the task's tool describes it: every date anchor is a time node and each event is
 * SIMULTANEOUS with its anchor; events of one row (coreferent mentions) and of rows with the same
 * ordinal are SIMULTANEOUS; events of a lower ordinal are BEFORE those of the next. Ordinal 0
 * (unordered) events are related only to their anchor and row. This is a reimplementation from the
 * task's description, not the official script: where a graph has cycles (an event both BEFORE and
 * SIMULTANEOUS with another through two dates) the BEFORE link inside a SIMULTANEOUS class is
 * dropped, and a non-redundant BEFORE link between two classes counts as verified when any pair of
 * their members is BEFORE in the other closure.
 */
final class TimelineScorer {

  /** Verified and total non-redundant relations, for precision or recall. */
  record Counts(int verified, int total) {}

  /** A temporal graph closed under SIMULTANEOUS (classes) and BEFORE (reachability between classes). */
  static final class Graph {
    final Map<String, String> parent = new TreeMap<>();
    final List<String[]> befores = new ArrayList<>();
    Map<String, Set<String>> after; // class -> classes it is (transitively) BEFORE

    String find(String x) {
      parent.putIfAbsent(x, x);
      String p = parent.get(x);
      if (!p.equals(x)) {
        p = find(p);
        parent.put(x, p);
      }
      return p;
    }

    void simultaneous(String a, String b) {
      String ra = find(a);
      String rb = find(b);
      if (!ra.equals(rb)) {
        // the smaller id roots the class, so the graph does not depend on insertion order
        if (ra.compareTo(rb) < 0) {
          parent.put(rb, ra);
        } else {
          parent.put(ra, rb);
        }
      }
    }

    void before(String a, String b) {
      find(a);
      find(b);
      befores.add(new String[] {a, b});
    }

    void close() {
      Map<String, Set<String>> direct = new TreeMap<>();
      for (String[] e : befores) {
        String a = find(e[0]);
        String b = find(e[1]);
        if (!a.equals(b)) {
          direct.computeIfAbsent(a, k -> new TreeSet<>()).add(b);
        }
      }
      after = new HashMap<>();
      for (String c : classes()) {
        Set<String> seen = new TreeSet<>();
        List<String> stack = new ArrayList<>(direct.getOrDefault(c, Set.of()));
        while (!stack.isEmpty()) {
          String n = stack.remove(stack.size() - 1);
          if (seen.add(n)) {
            stack.addAll(direct.getOrDefault(n, Set.of()));
          }
        }
        seen.remove(c); // a cycle through c is inconsistent: do not claim c BEFORE c
        after.put(c, seen);
      }
      directEdges = direct;
    }

    Map<String, Set<String>> directEdges;

    Set<String> classes() {
      Set<String> out = new TreeSet<>();
      for (String n : parent.keySet()) {
        out.add(find(n));
      }
      return out;
    }

    Map<String, List<String>> members() {
      Map<String, List<String>> out = new TreeMap<>();
      for (String n : parent.keySet()) {
        out.computeIfAbsent(find(n), k -> new ArrayList<>()).add(n);
      }
      return out;
    }

    boolean isSimultaneous(String a, String b) {
      return parent.containsKey(a) && parent.containsKey(b) && find(a).equals(find(b));
    }

    boolean isBefore(String a, String b) {
      if (!parent.containsKey(a) || !parent.containsKey(b)) {
        return false;
      }
      return after.getOrDefault(find(a), Set.of()).contains(find(b));
    }

    /** Non-redundant BEFORE edges between classes: the transitive reduction of the class order. */
    List<String[]> reducedBefores() {
      List<String[]> out = new ArrayList<>();
      for (Map.Entry<String, Set<String>> e : directEdges.entrySet()) {
        for (String b : e.getValue()) {
          boolean implied = false;
          for (String mid : e.getValue()) {
            if (!mid.equals(b) && after.getOrDefault(mid, Set.of()).contains(b)) {
              implied = true;
              break;
            }
          }
          if (!implied && after.getOrDefault(e.getKey(), Set.of()).contains(b)) {
            out.add(new String[] {e.getKey(), b});
          }
        }
      }
      return out;
    }
  }

  static Graph graph(EntityTimeline t) {
    Graph g = new Graph();
    Map<Integer, List<String>> byOrdinal = new TreeMap<>();
    for (EntityTimeline.Row r : t.rows()) {
      if (r.mentions().isEmpty()) {
        continue;
      }
      String first = r.mentions().get(0);
      for (String m : r.mentions()) {
        g.simultaneous(first, m);
      }
      if (r.dated()) {
        g.simultaneous(first, "TIMEX:" + r.date());
      }
      if (r.ordinal() > 0) {
        byOrdinal.computeIfAbsent(r.ordinal(), k -> new ArrayList<>()).add(first);
      }
    }
    List<String> previous = null;
    for (List<String> group : byOrdinal.values()) {
      for (String m : group) {
        g.simultaneous(group.get(0), m);
      }
      if (previous != null) {
        g.before(previous.get(0), group.get(0));
      }
      previous = group;
    }
    g.close();
    return g;
  }

  /** How many of {@code of}'s non-redundant relations the closure of {@code against} verifies. */
  static Counts verify(Graph of, Graph against) {
    int total = 0;
    int verified = 0;
    for (List<String> members : of.members().values()) {
      if (members.size() < 2) {
        continue;
      }
      total += members.size() - 1;
      // A chain through the class can be verified link by link for every member that shares a
      // class with another member in the other graph: size minus the number of such groups.
      Map<String, Integer> groups = new HashMap<>();
      int alone = 0;
      for (String m : members) {
        if (against.parent.containsKey(m)) {
          groups.merge(against.find(m), 1, Integer::sum);
        } else {
          alone++;
        }
      }
      verified += members.size() - (groups.size() + alone);
    }
    Map<String, List<String>> members = of.members();
    for (String[] e : of.reducedBefores()) {
      total++;
      boolean ok = false;
      for (String a : members.get(e[0])) {
        for (String b : members.get(e[1])) {
          if (against.isBefore(a, b)) {
            ok = true;
            break;
          }
        }
        if (ok) {
          break;
        }
      }
      verified += ok ? 1 : 0;
    }
    return new Counts(verified, total);
  }

  /** Micro-averaged precision, recall and F1 over timelines paired by entity. */
  record Result(int pVerified, int pTotal, int rVerified, int rTotal) {
    double precision() {
      return pTotal == 0 ? 0 : (double) pVerified / pTotal;
    }

    double recall() {
      return rTotal == 0 ? 0 : (double) rVerified / rTotal;
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  static Result score(Map<String, EntityTimeline> gold, Map<String, EntityTimeline> system) {
    int pv = 0;
    int pt = 0;
    int rv = 0;
    int rt = 0;
    Set<String> entities = new TreeSet<>(gold.keySet());
    entities.addAll(system.keySet());
    for (String e : entities) {
      Graph k = graph(gold.getOrDefault(e, new EntityTimeline(e, List.of())));
      Graph s = graph(system.getOrDefault(e, new EntityTimeline(e, List.of())));
      Counts p = verify(s, k);
      Counts r = verify(k, s);
      pv += p.verified();
      pt += p.total();
      rv += r.verified();
      rt += r.total();
    }
    return new Result(pv, pt, rv, rt);
  }

  private TimelineScorer() {}

}
