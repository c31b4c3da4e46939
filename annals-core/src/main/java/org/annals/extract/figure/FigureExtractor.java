package org.annals.extract.figure;

import java.util.ArrayList;
import java.util.List;
import org.annals.extract.figure.HedgeReader.Hedged;
import org.annals.model.AnnotatedArticle;
import org.annals.model.Figure;
import org.annals.model.FigureCategory;
import org.annals.model.RawTimex;
import org.annals.model.Sentence;
import org.annals.model.Span;
import org.annals.model.Token;

/**
 * Finds typed quantities — casualties, munitions, aircraft, money, percentages, distances — with
 * their hedges, sentence by sentence: read a number ({@link QuantityParser}), drop the ones that
 * name a date, age or label ({@link NonCountRules}), read its hedge ({@link HedgeReader}) and
 * decide what it counts ({@link FigureCategoryRules}). Stateless and thread-safe.
 */
public final class FigureExtractor {

  private final QuantityParser quantities = new QuantityParser();
  private final HedgeReader hedges = new HedgeReader();
  private final NonCountRules nonCounts;
  private final FigureCategoryRules categories;

  public FigureExtractor() {
    FigureLexicon lexicon = FigureLexicon.builtIn();
    this.nonCounts = new NonCountRules(lexicon);
    this.categories = new FigureCategoryRules(lexicon);
  }

  public List<Figure> extract(AnnotatedArticle doc) {
    List<Span> times = new ArrayList<>(doc.timexes().size());
    for (RawTimex t : doc.timexes()) {
      times.add(t.span());
    }
    List<Figure> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      List<Token> toks = s.tokens();
      int previousEnd = -1;
      FigureCategory previousCategory = null;
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
        if (category == null) {
          continue;
        }
        if (isConversion(toks, h, previousEnd, previousCategory, category)) {
          continue;
        }
        int start = toks.get(h.start()).start();
        int end = toks.get(h.end() - 1).end();
        out.add(new Figure(start, end, doc.text().substring(start, end), q.value(), h.qualifier(), category));
        previousEnd = h.end();
        previousCategory = category;
        i = Math.max(i, h.end());
      }
    }
    return out;
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
