package org.annals.eval.coref;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.annals.annotate.CoreNlpAnnotator;
import org.annals.extract.event.EventMentionFinder;
import org.annals.link.event.EventCoreferencer;
import org.annals.link.event.EventLemmaPairs;
import org.annals.pipeline.ArticlePipeline;

/**
 * Chooses the coreferencer's settings on ECB+ training topics only, by two-fold cross-validation
 * over topics: the lemma-pair table is counted on one half and the settings scored on the other,
 * so the choice does not reward memorised pairs. Prints one line per setting.
 *
 * <p>Usage: {@code EventCorefTuning TRAIN_DIR}
 */
public final class EventCorefTuning {

  private EventCorefTuning() {}

  public static void main(String[] args) throws IOException {
    CoreNlpAnnotator.quietLogging();
    List<GoldDocument> docs = EcbPlusCorpus.read(Path.of(args[0]));
    ArticlePipeline pipeline = ArticlePipeline.standard();
    EventMentionFinder finder = EventMentionFinder.standard();
    List<PreparedDocument> prepared = new ArrayList<>();
    for (GoldDocument d : docs) {
      prepared.add(PreparedDocument.prepare(pipeline, finder, d));
    }
    List<List<PreparedDocument>> folds = List.of(new ArrayList<>(), new ArrayList<>());
    for (PreparedDocument d : prepared) {
      folds.get(Integer.parseInt(d.gold().topic()) % 2).add(d);
    }
    List<EventLemmaPairs> tables = List.of(pairs(folds.get(1)), pairs(folds.get(0)));
    double[] groupT = {0.3, 0.4, 0.5, 0.6};
    double[] linkT = {0.3, 0.4, 0.5};
    double[] same = {0.6};
    double[] ctx = {0.3, 0.6};
    double[] argB = {0.0};
    for (int f = 0; f < 2; f++) {
      EventLemmaPairs table = tables.get(f);
      EventCorefRun.Result r = EventCorefRun.run(folds.get(f), d -> d.gold().topic(),
          () -> new EventCoreferencer(EventCoreferencer.Settings.defaults(), table), false);
      System.out.printf(Locale.ROOT, "fold %d with gold topics, defaults: cross-gold %.4f%n", f, r.crossDoc().conll());
    }
    for (double g : groupT) {
      for (double l : linkT) {
        for (double s : same) {
          for (double c : ctx) {
            for (double a : argB) {
              EventCoreferencer.Settings set = new EventCoreferencer.Settings(g, l, s, 3, a, a / 2, c, 3, 0.4);
              double gold = 0;
              double pred = 0;
              double within = 0;
              for (int f = 0; f < 2; f++) {
                EventLemmaPairs table = tables.get(f);
                EventCorefRun.Result r = EventCorefRun.run(folds.get(f), () -> new EventCoreferencer(set, table), false);
                gold += r.crossDoc().conll() / 2;
                within += r.withinDoc().conll() / 2;
                pred += EventCorefRun.run(folds.get(f), () -> new EventCoreferencer(set, table), true).crossDoc().conll() / 2;
              }
              System.out.printf(Locale.ROOT, "%s  cross-gold %.4f  within-gold %.4f  cross-pred %.4f%n", set, gold, within, pred);
            }
          }
        }
      }
    }
  }

  /** The lemma-pair table counted on some documents' gold mentions (as EventLexiconBuilder counts it). */
  static EventLemmaPairs pairs(List<PreparedDocument> docs) {
    Map<String, List<String[]>> byTopic = new TreeMap<>();
    for (PreparedDocument d : docs) {
      for (int i = 0; i < d.gold().mentions().size(); i++) {
        byTopic.computeIfAbsent(d.gold().topic(), k -> new ArrayList<>()).add(new String[] {
            d.withGoldMentions().mentions().get(i).lemma(), d.gold().mentions().get(i).cluster()});
      }
    }
    Map<String, int[]> counts = new HashMap<>();
    for (List<String[]> ms : byTopic.values()) {
      for (int i = 0; i < ms.size(); i++) {
        for (int j = i + 1; j < ms.size(); j++) {
          String a = ms.get(i)[0];
          String b = ms.get(j)[0];
          String key = a.compareTo(b) <= 0 ? a + "\t" + b : b + "\t" + a;
          int[] c = counts.computeIfAbsent(key, k -> new int[2]);
          c[1]++;
          if (ms.get(i)[1].equals(ms.get(j)[1])) {
            c[0]++;
          }
        }
      }
    }
    Map<String, int[]> kept = new HashMap<>();
    counts.forEach((k, v) -> {
      String[] ab = k.split("\t");
      if (v[0] > 0 || (ab[0].equals(ab[1]) && v[1] >= 3)) {
        kept.put(k, v);
      }
    });
    return new EventLemmaPairs(kept);
  }
}
