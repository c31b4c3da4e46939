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
        if (v[0].equals("diag")) {
          for (int f = 0; f < 2; f++) {
            diagnose(folds.get(f), new EventCoreferencer(EventCoreferencer.Settings.defaults(), tables.get(f)));
          }
          continue;
        }
        double a = Double.parseDouble(v[4]);
        EventCoreferencer.Settings set = new EventCoreferencer.Settings(Double.parseDouble(v[0]),
            Double.parseDouble(v[1]), Double.parseDouble(v[2]), v.length > 6 ? Integer.parseInt(v[6]) : 3, a, a / 2, Double.parseDouble(v[3]), v.length > 8 ? Integer.parseInt(v[8]) : 3, 0.4,
            v.length > 7 ? Double.parseDouble(v[7]) : 0.0,
            v.length > 9 ? Double.parseDouble(v[9]) : 1.0, v[5].equals("1"));
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

  /** Prints the most frequent missed and wrong links by lemma pair (gold mentions, train folds only). */
  private static void diagnose(List<PreparedDocument> docs, EventCoreferencer c) {
    List<String[]> ms = new ArrayList<>(); // lemma, gold cluster, response id, doc
    for (PreparedDocument d : docs) {
      List<String> ids = c.add(d.withGoldMentions());
      for (int i = 0; i < ids.size(); i++) {
        ms.add(new String[] {d.withGoldMentions().mentions().get(i).lemma(), d.gold().mentions().get(i).cluster(),
            ids.get(i), d.gold().id()});
      }
    }
    Map<String, int[]> missed = new TreeMap<>();
    Map<String, int[]> wrong = new TreeMap<>();
    int[] totals = new int[4]; // missed same lemma, missed different, wrong same, wrong different
    for (int i = 0; i < ms.size(); i++) {
      for (int j = i + 1; j < ms.size(); j++) {
        boolean key = ms.get(i)[1].equals(ms.get(j)[1]);
        boolean resp = ms.get(i)[2].equals(ms.get(j)[2]);
        if (key == resp) {
          continue;
        }
        String a = ms.get(i)[0];
        String b = ms.get(j)[0];
        String pair = (a.compareTo(b) <= 0 ? a + "/" + b : b + "/" + a) + (ms.get(i)[3].equals(ms.get(j)[3]) ? " (same doc)" : "");
        (key ? missed : wrong).computeIfAbsent(pair, k -> new int[1])[0]++;
        totals[(key ? 0 : 2) + (a.equals(b) ? 0 : 1)]++;
      }
    }
    System.out.printf(Locale.ROOT, "missed links: same lemma %d, different %d; wrong links: same lemma %d, different %d%n",
        totals[0], totals[1], totals[2], totals[3]);
    print("missed", missed);
    print("wrong", wrong);
  }

  private static void print(String what, Map<String, int[]> m) {
    List<Map.Entry<String, int[]>> es = new ArrayList<>(m.entrySet());
    es.sort((x, y) -> Integer.compare(y.getValue()[0], x.getValue()[0]));
    StringBuilder sb = new StringBuilder(what + ":");
    for (int i = 0; i < Math.min(40, es.size()); i++) {
      sb.append(' ').append(es.get(i).getKey()).append('=').append(es.get(i).getValue()[0]);
    }
    System.out.println(sb);
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
