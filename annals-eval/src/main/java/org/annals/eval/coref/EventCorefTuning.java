package org.annals.eval.coref;

import java.io.IOException;
import java.nio.file.Files;
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
 * <p>Usage: {@code EventCorefTuning TRAIN_DIR SETTINGS_FILE}
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
    for (int f = 0; f < 2; f++) {
      EventLemmaPairs table = tables.get(f);
      EventCorefRun.Result r = EventCorefRun.run(folds.get(f), d -> d.gold().topic(),
          () -> new EventCoreferencer(EventCorefEval.oneGroup(EventCoreferencer.Settings.defaults()), table), false);
      EventCorefRun.Result sub = EventCorefRun.run(folds.get(f),
          d -> d.gold().topic() + (d.gold().id().endsWith("plus") ? "+" : ""),
          () -> new EventCoreferencer(EventCorefEval.oneGroup(EventCoreferencer.Settings.defaults()), table), false);
      System.out.printf(Locale.ROOT, "fold %d defaults, gold topics: cross-gold %.4f; gold subtopics %.4f%n", f,
          r.crossDoc().conll(), sub.crossDoc().conll());
    }
    // Settings lines "group link same context bonus nearest(0/1) [pseudo-pairs related-lemma date-window]" are read from args[1], and read
    // again whenever that file changes, so one annotation pass serves many trials.
    Path spec = Path.of(args[1]);
    long seen = -1;
    while (true) {
      long modified = Files.exists(spec) ? Files.getLastModifiedTime(spec).toMillis() : -1;
      if (modified == seen) {
        try {
          Thread.sleep(2000);
        } catch (InterruptedException e) {
          return;
        }
        continue;
      }
      seen = modified;
      for (String line : Files.readAllLines(spec)) {
        String[] v = line.trim().split("\\s+");
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (v[0].equals("quit")) {
          return;
        }
        double a = Double.parseDouble(v[4]);
        EventCoreferencer.Settings set = new EventCoreferencer.Settings(Double.parseDouble(v[0]),
            Double.parseDouble(v[1]), Double.parseDouble(v[2]), v.length > 6 ? Integer.parseInt(v[6]) : 3, a, a / 2, Double.parseDouble(v[3]), v.length > 8 ? Integer.parseInt(v[8]) : 3, 0.4,
            v.length > 7 ? Double.parseDouble(v[7]) : 0.0, v[5].equals("1"));
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
        System.out.printf(Locale.ROOT, "%s  cross-gold %.4f  within-gold %.4f  cross-pred %.4f%n", line.trim(), gold, within, pred);
      }
      System.out.println("--");
      System.out.flush();
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
