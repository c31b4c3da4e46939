package org.annals.extract.figure;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.annals.extract.figure.HedgeReader.Hedged;
import org.annals.extract.figure.Quantity.Unit;
import org.annals.model.AnnotatedArticle;
import org.annals.model.Figure;
import org.annals.model.FigureCategory;
import org.annals.model.FigureRole;
import org.annals.model.RawTimex;
import org.annals.model.Sentence;
import org.annals.model.Span;
import org.annals.model.Token;

/**
 * Finds typed quantities — casualties, munitions, aircraft, money, percentages, distances — with
 * their hedges, sentence by sentence: read a number and its unit ({@link QuantityParser}), drop the
 * ones that name a date, age or label ({@link NonCountRules}), read its hedge ({@link HedgeReader}),
 * decide what it counts ({@link FigureCategoryRules}), what happened to the counted things
 * ({@link FigureRoleRules}) and whether it is a tally ({@link AggregateCues}). Stateless and
 * thread-safe.
 */
public final class FigureExtractor {

  /** What became of part of a barrage: "shot down 48 of 54 drones" makes 54 the drones launched. */
  private static final Set<FigureRole> PART_OF_LAUNCH = EnumSet.of(FigureRole.INTERCEPTED, FigureRole.HIT,
      FigureRole.LOST, FigureRole.DESTROYED, FigureRole.DAMAGED);

  private final FigureLexicon lexicon;
  private final QuantityParser quantities;
  private final HedgeReader hedges = new HedgeReader();
  private final NonCountRules nonCounts;
  private final FigureCategoryRules categories;
  private final FigureRoleRules roles;
  private final AggregateCues aggregates;

  public FigureExtractor() {
    this.lexicon = FigureLexicon.builtIn();
    this.quantities = new QuantityParser(lexicon);
    this.nonCounts = new NonCountRules(lexicon);
    this.categories = new FigureCategoryRules(lexicon);
    this.roles = new FigureRoleRules(lexicon);
    this.aggregates = AggregateCues.builtIn();
  }

  public List<Figure> extract(AnnotatedArticle doc) {
    List<Span> times = new ArrayList<>(doc.timexes().size());
    for (RawTimex t : doc.timexes()) {
      times.add(t.span());
    }
    List<Figure> out = new ArrayList<>();
    FigureCategory munitions = null;
    int munitionsSentence = -2;
    for (Sentence s : doc.sentences()) {
      List<Token> toks = s.tokens();
      int previousEnd = -1;
      FigureCategory previousCategory = null;
      FigureRole previousRole = null;
      int i = 0;
      while (i < toks.size()) {
        Quantity q = quantities.parse(toks, i);
        if (q == null) {
          i++;
          continue;
        }
        i = Math.max(q.end(), i + 1);
        if (nonCounts.isNotACount(toks, q, times)) {
          continue;
        }
        Hedged h = hedges.read(toks, q);
        FigureCategory category = categories.categorize(toks, q, h);
        // "Russia launched 415 drones; 386 were shot down": a bare count said to be shot down, hit
        // or launched counts the munitions of this sentence or the one before
        if (category == null && munitions != null && s.index() - munitionsSentence <= 1
            && roles.saysARole(toks, h)) {
          category = munitions;
        }
        if (category == null) {
          continue;
        }
        if (isConversion(toks, h, previousEnd, previousCategory, category)) {
          continue;
        }
        int noun = categories.countedNoun(toks, h.end(), q.vague());
        FigureRole role = roles.role(toks, h, noun >= 0 ? noun + 1 : h.end(), category);
        if (role == null && previousCategory == category && previousRole != null
            && PART_OF_LAUNCH.contains(previousRole) && FigureRoleRules.AIRBORNE.contains(category)
            && isTotalOf(toks, previousEnd, h.start())) {
          role = FigureRole.LAUNCHED;
        }
        int start = toks.get(h.start()).start();
        int end = toks.get(h.end() - 1).end();
        out.add(new Figure(start, end, doc.text().substring(start, end), q.value(), h.qualifier(), category, role,
            unit(toks, q, category, noun), aggregates.covers(toks, h.start(), category)));
        previousEnd = h.end();
        previousCategory = category;
        previousRole = role;
        if (FigureRoleRules.MUNITIONS.contains(category)) {
          munitions = category;
          munitionsSentence = s.index();
        }
        i = Math.max(i, h.end());
      }
    }
    return out;
  }

  /** The unit written with the number; for money counted by a currency noun ("10 million more dollars"), its code. */
  private String unit(List<Token> toks, Quantity q, FigureCategory category, int noun) {
    if (q.unitCode() != null || category != FigureCategory.MONEY || q.unit() == Unit.MONEY || noun < 0) {
      return q.unitCode();
    }
    // "Canadian dollars": a two-word currency ending at the noun wins over the noun alone
    FigureLexicon.Match<String> m = lexicon.unitAt(Unit.MONEY, toks, noun - 1);
    if (m == null || m.end() != noun + 1) {
      m = lexicon.unitAt(Unit.MONEY, toks, noun);
    }
    return m == null ? null : m.value();
  }

  /** "48 of 54", "40 of the 52": the second count is the whole the first is part of. */
  private static boolean isTotalOf(List<Token> toks, int previousEnd, int start) {
    if (previousEnd < 0 || start - previousEnd < 1 || start - previousEnd > 2
        || !toks.get(previousEnd).word().equalsIgnoreCase("of")) {
      return false;
    }
    return start - previousEnd == 1 || toks.get(previousEnd + 1).pos().equals("DT")
        || toks.get(previousEnd + 1).pos().equals("PRP$");
  }

  /** "4,300 km (2,670 miles)", "£3bn ($3.7bn)": the bracketed figure restates the one before it. */
  private static boolean isConversion(List<Token> toks, Hedged h, int previousEnd, FigureCategory previous,
      FigureCategory category) {
    if (previous != category || (category != FigureCategory.DISTANCE && category != FigureCategory.MONEY)) {
      return false;
    }
    return h.start() == previousEnd + 1 && "(".equals(toks.get(previousEnd).word());
  }
}
