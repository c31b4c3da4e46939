package org.annals.extract.event;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annals.model.FigureCategory;
import org.annals.model.PloverType;
import org.annals.model.Token;

/**
 * Which figures of a sentence belong to which of its events: each figure goes to the nearest
 * event whose type can carry it (casualties and munitions for an attack, money for aid or
 * sanctions, people for a protest). Interceptions carry only the munitions and aircraft
 * intercepted. In a sentence that reports a tally ("since February", "so far", "in total"),
 * attacks carry no casualty figures: ACLED keeps aggregate tallies apart from single events.
 */
final class EventFigureLinker {

  private static final Set<FigureCategory> CASUALTIES = EnumSet.of(FigureCategory.KILLED, FigureCategory.INJURED,
      FigureCategory.MISSING, FigureCategory.CAPTURED, FigureCategory.DISPLACED);
  private static final Set<FigureCategory> MUNITIONS = EnumSet.of(FigureCategory.DRONES, FigureCategory.MISSILES,
      FigureCategory.AIRCRAFT, FigureCategory.VEHICLES);
  private static final Map<PloverType, Set<FigureCategory>> FITS = new EnumMap<>(PloverType.class);

  static {
    Set<FigureCategory> assault = EnumSet.copyOf(CASUALTIES);
    assault.addAll(MUNITIONS);
    FITS.put(PloverType.ASSAULT, assault);
    FITS.put(PloverType.COERCE, EnumSet.of(FigureCategory.CAPTURED, FigureCategory.PEOPLE, FigureCategory.KILLED,
        FigureCategory.INJURED));
    FITS.put(PloverType.PROTEST, EnumSet.of(FigureCategory.PEOPLE, FigureCategory.INJURED, FigureCategory.KILLED,
        FigureCategory.CAPTURED));
    Set<FigureCategory> mobilize = EnumSet.copyOf(MUNITIONS);
    mobilize.add(FigureCategory.PEOPLE);
    FITS.put(PloverType.MOBILIZE, mobilize);
    Set<FigureCategory> aid = EnumSet.copyOf(MUNITIONS);
    aid.add(FigureCategory.MONEY);
    FITS.put(PloverType.AID, aid);
    FITS.put(PloverType.SANCTION, EnumSet.of(FigureCategory.MONEY));
    FITS.put(PloverType.AGREE, EnumSet.of(FigureCategory.MONEY));
    FITS.put(PloverType.RETREAT, EnumSet.of(FigureCategory.PEOPLE, FigureCategory.CAPTURED));
  }

  private static final Set<String> TALLY_WORDS = Set.of("cumulative", "overall", "combined", "tally");
  private static final Set<String> TALLY_STARTS = Set.of("start", "beginning", "outset", "invasion", "war");

  /** "so far", "to date", "in total", "since the start of the war", "during the month", "since April". */
  static boolean reportsTally(List<Token> toks) {
    for (int k = 0; k < toks.size(); k++) {
      String w = lower(toks, k);
      String next = lower(toks, k + 1);
      if (TALLY_WORDS.contains(w) || (w.equals("so") && next.equals("far")) || (w.equals("to") && next.equals("date"))
          || (w.equals("number") && next.equals("of"))
          || ((w.equals("during") || w.equals("over") || w.equals("in")) && next.equals("the")
              && (lower(toks, k + 2).equals("month") || lower(toks, k + 2).equals("year")
                  || lower(toks, k + 2).equals("past")))) {
        return true;
      }
      if (w.equals("since")) {
        for (int j = k + 1; j <= k + 4 && j < toks.size(); j++) {
          Token t = toks.get(j);
          if (TALLY_STARTS.contains(t.lemma()) || t.pos().equals("CD") || t.pos().equals("NNP")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static String lower(List<Token> toks, int k) {
    return k >= 0 && k < toks.size() ? toks.get(k).word().toLowerCase(java.util.Locale.ROOT) : "";
  }

  /** Whether an event of this type (an interception where {@code disrupted}) can carry a figure. */
  static boolean fits(PloverType type, boolean disrupted, boolean tally, FigureCategory category) {
    if (type == PloverType.ASSAULT && disrupted) {
      return MUNITIONS.contains(category) && category != FigureCategory.VEHICLES;
    }
    // a tally ("since the start of March", "so far") counts many attacks, not the one in the sentence
    if (type == PloverType.ASSAULT && tally && (CASUALTIES.contains(category) || MUNITIONS.contains(category))) {
      return false;
    }
    return FITS.getOrDefault(type, Set.of()).contains(category);
  }

  /** For each figure (by token position), the index of the event it goes to, or -1. */
  int[] link(List<int[]> figureTokens, List<FigureCategory> categories, List<Candidate> events, boolean tally) {
    int[] owner = new int[figureTokens.size()];
    for (int f = 0; f < figureTokens.size(); f++) {
      owner[f] = -1;
      int best = Integer.MAX_VALUE;
      int[] ft = figureTokens.get(f);
      for (int e = 0; e < events.size(); e++) {
        Candidate c = events.get(e);
        if (!fits(c.type(), c.disrupted(), tally, categories.get(f))) {
          continue;
        }
        int d = ft[0] > c.last() ? ft[0] - c.last() : Math.max(0, c.first() - ft[1]);
        if (d < best) {
          best = d;
          owner[f] = e;
        }
      }
    }
    return owner;
  }

  /** What the linker needs to know of an event: its type and where its trigger is. */
  record Candidate(PloverType type, boolean disrupted, int first, int last) {}
}
