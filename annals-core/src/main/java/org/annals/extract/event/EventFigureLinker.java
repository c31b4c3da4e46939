package org.annals.extract.event;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annals.model.Figure;
import org.annals.model.FigureCategory;
import org.annals.model.FigureRole;
import org.annals.model.PloverType;

/**
 * Which figures of a sentence belong to which of its events: each figure goes to the nearest
 * event whose type can carry it (casualties and munitions for an attack, money for aid or
 * sanctions, people for a protest). Interceptions carry only the munitions and aircraft launched
 * or intercepted, not those that hit. An aggregate figure ("since February", "so far", "in
 * total": {@link Figure#aggregate()}) goes to no attack, arrest or protest: ACLED keeps aggregate
 * tallies apart from single events.
 */
final class EventFigureLinker {

  private static final Set<FigureCategory> CASUALTIES = EnumSet.of(FigureCategory.KILLED, FigureCategory.INJURED,
      FigureCategory.MISSING, FigureCategory.CAPTURED, FigureCategory.DISPLACED);
  private static final Set<FigureCategory> MUNITIONS = EnumSet.of(FigureCategory.DRONES, FigureCategory.MISSILES,
      FigureCategory.AIRCRAFT, FigureCategory.VEHICLES);
  private static final Map<PloverType, Set<FigureCategory>> FITS = new EnumMap<>(PloverType.class);
  /** Events that happen once, in one place: a tally of many of them is none of them. */
  private static final Set<PloverType> ONE_HAPPENING = EnumSet.of(PloverType.ASSAULT, PloverType.COERCE,
      PloverType.PROTEST);
  /** What an interception does not carry: the munitions that got through. */
  private static final Set<FigureRole> NOT_INTERCEPTED = EnumSet.of(FigureRole.HIT, FigureRole.DAMAGED);

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

  /** Whether an event of this type (an interception where {@code disrupted}) can carry a figure. */
  static boolean fits(PloverType type, boolean disrupted, Figure figure) {
    FigureCategory category = figure.category();
    // a tally ("since the start of March", "so far") counts many attacks, not the one in the sentence
    if (figure.aggregate() && ONE_HAPPENING.contains(type)) {
      return false;
    }
    if (type == PloverType.ASSAULT && disrupted) {
      return MUNITIONS.contains(category) && category != FigureCategory.VEHICLES
          && !NOT_INTERCEPTED.contains(figure.role());
    }
    return FITS.getOrDefault(type, Set.of()).contains(category);
  }

  /** For each figure (by token position), the index of the event it goes to, or -1. */
  int[] link(List<int[]> figureTokens, List<Figure> figures, List<Candidate> events) {
    int[] owner = new int[figureTokens.size()];
    for (int f = 0; f < figureTokens.size(); f++) {
      owner[f] = -1;
      int best = Integer.MAX_VALUE;
      int[] ft = figureTokens.get(f);
      for (int e = 0; e < events.size(); e++) {
        Candidate c = events.get(e);
        if (!fits(c.type(), c.disrupted(), figures.get(f))) {
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
