package org.annals.eval.coref;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annals.eval.GoldEvaluation;
import org.annals.eval.ScoreRow;
import org.annals.extract.event.EventMentionFinder;
import org.annals.link.event.EventCoreferencer;
import org.annals.link.event.EventLemmaPairs;
import org.annals.pipeline.ArticlePipeline;

/**
 * Event mentions and event coreference on a CAT-format corpus (ECB+ or MEANTIME): event-mention
 * P/R/F1 of the finder (exact span), then within- and cross-document MUC, B³, CEAF-e and CoNLL F1
 * with gold mentions and with the finder's mentions. Documents are fed in a fixed order to the same
 * online coreferencer production uses; gold topics are never a feature, except in the row labelled
 * "gold topics".
 */
public abstract class EventCorefEval implements GoldEvaluation {

  /** The corpus' documents at {@code location}, in stream order. */
  protected abstract List<GoldDocument> read(Path location) throws IOException;

  /** Dataset label for the table. */
  protected abstract String label(Path location, int docs);

  /** Whether to report the with-gold-topics row (only where the corpus has topics). */
  protected abstract boolean hasTopics();

  @Override
  public List<ScoreRow> evaluate(ArticlePipeline pipeline, Path location, int limit) throws IOException {
    List<GoldDocument> docs = read(location);
    if (limit > 0 && docs.size() > limit) {
      docs = docs.subList(0, limit);
    }
    EventMentionFinder finder = EventMentionFinder.standard();
    List<PreparedDocument> prepared = new ArrayList<>();
    for (GoldDocument d : docs) {
      prepared.add(PreparedDocument.prepare(pipeline, finder, d));
    }
    return score(prepared, label(location, docs.size()), hasTopics());
  }

  static List<ScoreRow> score(List<PreparedDocument> prepared, String ds, boolean topics) {
    List<ScoreRow> rows = new ArrayList<>();
    int gold = 0;
    int predicted = 0;
    int correct = 0;
    for (PreparedDocument d : prepared) {
      Set<String> g = new HashSet<>(d.goldKeys());
      Set<String> p = new HashSet<>(d.predictedKeys());
      gold += g.size();
      predicted += p.size();
      p.retainAll(g);
      correct += p.size();
    }
    double pr = predicted == 0 ? 0 : (double) correct / predicted;
    double re = gold == 0 ? 0 : (double) correct / gold;
    String counts = gold + " gold / " + predicted + " predicted / " + correct + " correct";
    rows.add(new ScoreRow(ds, "event mention P (exact span)", pr, counts));
    rows.add(new ScoreRow(ds, "event mention R (exact span)", re, counts));
    rows.add(new ScoreRow(ds, "event mention F1 (exact span)", pr + re == 0 ? 0 : 2 * pr * re / (pr + re), counts));
    for (boolean pred : new boolean[] {false, true}) {
      EventCorefRun.Result r = EventCorefRun.run(prepared, EventCoreferencer::standard, pred);
      String m = pred ? "predicted mentions" : "gold mentions";
      String support = r.keyMentions() + " gold / " + r.responseMentions() + " response mentions";
      addRows(rows, ds, "cross-doc event coref, " + m, r.crossDoc(), support);
      addRows(rows, ds, "within-doc event coref, " + m, r.withinDoc(), support);
    }
    if (topics) {
      EventCorefRun.Result r = EventCorefRun.run(prepared, d -> d.gold().topic(),
          () -> new EventCoreferencer(oneGroup(EventCoreferencer.Settings.defaults()), EventLemmaPairs.builtIn()), false);
      rows.add(new ScoreRow(ds, "cross-doc event coref, gold mentions, GOLD TOPICS given: CoNLL F1",
          r.crossDoc().conll(), r.keyMentions() + " gold mentions"));
    }
    return rows;
  }

  /** The settings with article grouping switched off: every article of a partition in one group. */
  static EventCoreferencer.Settings oneGroup(EventCoreferencer.Settings s) {
    return new EventCoreferencer.Settings(0.0, s.linkThreshold(), s.sameLemma(), s.minPairCount(), s.argumentBonus(),
        s.argumentPenalty(), s.contextWeight(), s.dateWindowDays(), s.sameType(), s.relatedLemma(), s.entityWeight(), false);
  }

  private static void addRows(List<ScoreRow> rows, String ds, String what, CorefScores<String> s, String support) {
    rows.add(new ScoreRow(ds, what + ": MUC F1", s.muc().f1(), String.format(Locale.ROOT, "R %.4f P %.4f", s.muc().recall(), s.muc().precision())));
    rows.add(new ScoreRow(ds, what + ": B3 F1", s.bcub().f1(), String.format(Locale.ROOT, "R %.4f P %.4f", s.bcub().recall(), s.bcub().precision())));
    rows.add(new ScoreRow(ds, what + ": CEAF-e F1", s.ceafe().f1(), String.format(Locale.ROOT, "R %.4f P %.4f", s.ceafe().recall(), s.ceafe().precision())));
    rows.add(new ScoreRow(ds, what + ": CoNLL F1", s.conll(), support));
  }
}
