package org.annals.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.annals.eval.AcledEval;
import org.annals.eval.ConllNerEval;
import org.annals.eval.DateFillEval;
import org.annals.eval.GoldEvaluation;
import org.annals.eval.NewsClusterEval;
import org.annals.eval.PolnearQuoteEval;
import org.annals.eval.ScoreRow;
import org.annals.eval.TempEvalTimexEval;
import org.annals.eval.Timeline2015Eval;
import org.annals.eval.coref.EcbPlusEventEval;
import org.annals.eval.coref.MeantimeEventEval;
import org.annals.eval.warevents.WarEventsEval;
import org.annals.pipeline.ArticlePipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code annals eval}: scores the extractor on gold standards and prints a table. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
        "Scores Annals on gold standards and prints one row per metric.",
        "Datasets: conll (CoNLL-2003 NER), tempeval (TempEval-3 TIMEX3), polnear (PolNeAR quotes),",
        "newsclusters (online story clustering, B3), datefill (document date inference),",
        "timeline2015 (SemEval-2015 Task 4 entity timelines, Track A),",
        "ecbplus (ECB+ event mentions and event coreference), meantime (MEANTIME, the same),",
        "warevents (Guardian 2022: cross-article event linking, event days, non-events;",
        "the corpus is ingested into a temporary store as 'annals ingest' does),",
        "acled (ACLED sub-event types on the snippet sets Annals ships: dev, check,",
        "and real sentences of DATA by offset; or --acled FILE).",
        "Each dataset's location can be set, so the same command scores any split of the same format."},
    footer = {"", "Examples:", "  annals eval --only conll,tempeval --tempeval ../shared/data/tempeval3/train",
        "  annals eval --only acled --markdown",
        "  annals eval --only warevents --warevents-system annals.db"})
final class EvalCommand implements Callable<Integer> {

  @Option(names = "--data", paramLabel = "DIR",
      description = "Root of the evaluation data (default: ../shared/data beside the project).")
  Path data;

  @Option(names = "--conll", paramLabel = "FILE", description = "CoNLL-2003 file (default: DATA/conll2003/eng.testa).")
  Path conll;

  @Option(names = "--tempeval", paramLabel = "DIR", description = "Folder of TimeML .tml files (default: DATA/tempeval3/train).")
  Path tempeval;

  @Option(names = "--polnear", paramLabel = "FILE", description = "PolNeAR JSONL (default: DATA/quotes/polnear/polnear_dev.jsonl).")
  Path polnear;

  @Option(names = "--newsclusters", paramLabel = "FILE",
      description = "Story-labelled news stream JSONL (default: DATA/newsclusters/giveme5w1h_newscluster_dev.jsonl).")
  Path newsclusters;

  @Option(names = "--datefill", paramLabel = "FILE|DIR",
      description = "Dated JSONL stream(s) whose dates are hidden and inferred (default: DATA/realnews/guardian_ukraine_nato_2022.jsonl).")
  Path datefill;

  @Option(names = "--timeline2015", paramLabel = "DIR",
      description = "SemEval-2015 Task 4 CAT documents and gold timelines (default: DATA/timeline2015).")
  Path timeline2015;

  @Option(names = "--ecbplus", paramLabel = "DIR", description = "ECB+ topic folders (default: DATA/ecbplus/dev).")
  Path ecbplus;

  @Option(names = "--meantime", paramLabel = "DIR",
      description = "MEANTIME CAT XML folder (default: DATA/meantime/intra_cross-doc_annotation/corpus_apple).")
  Path meantime;

  @Option(names = "--warevents", paramLabel = "FILE",
      description = "War-events gold JSON; its corpus is found from the data root above it (default: "
          + "DATA/warevents/guardian_2022_events.json).")
  Path warevents;

  @Option(names = "--warevents-system", paramLabel = "STORE|JSONL",
      description = "Score this Annals store or event-mentions JSON Lines file on warevents instead of ingesting "
          + "the corpus (the input score.py takes as SYSTEM).")
  Path wareventsSystem;

  @Option(names = "--acled", paramLabel = "FILE",
      description = "ACLED-labelled snippets, JSON Lines with id, sub_event_type and text (or file, doc, start, end "
          + "into DATA) (default: the sets Annals ships).")
  Path acled;

  @Option(names = "--only", split = ",", paramLabel = "NAME", description = "Run only these datasets (conll, tempeval, polnear, ecbplus, meantime, newsclusters, datefill, timeline2015, warevents, acled).")
  List<String> only;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
      description = "At most N documents per dataset (0: all); warevents: the first N articles of the corpus "
          + "and the gold within them.")
  int limit;

  @Option(names = "--markdown", description = "Print a Markdown table (for docs/quality.md).")
  boolean markdown;

  /**
   * @param root the shared data folder
   * @param wareventsSystem a store or mentions file warevents scores instead of ingesting; null to ingest
   */
  static List<GoldEvaluation> evaluations(Path root, Path wareventsSystem) {
    List<GoldEvaluation> all = new ArrayList<>();
    all.add(new ConllNerEval());
    all.add(new TempEvalTimexEval());
    all.add(new PolnearQuoteEval());
    all.add(new NewsClusterEval());
    all.add(new DateFillEval());
    all.add(new Timeline2015Eval());
    all.add(new EcbPlusEventEval());
    all.add(new MeantimeEventEval());
    all.add(new WarEventsEval(wareventsSystem));
    all.add(new AcledEval(root));
    return all;
  }

  @Override
  public Integer call() throws Exception {
    Path root = data != null ? data : SharedData.defaultRoot();
    Map<String, Path> overrides = new LinkedHashMap<>();
    overrides.put("conll", conll);
    overrides.put("tempeval", tempeval);
    overrides.put("polnear", polnear);
    overrides.put("newsclusters", newsclusters);
    overrides.put("datefill", datefill);
    overrides.put("timeline2015", timeline2015);
    overrides.put("ecbplus", ecbplus);
    overrides.put("meantime", meantime);
    overrides.put("warevents", warevents);
    overrides.put("acled", acled);
    ArticlePipeline pipeline = null; // built by the first dataset that needs it
    List<ScoreRow> rows = new ArrayList<>();
    int missing = 0;
    List<GoldEvaluation> all = evaluations(root, wareventsSystem);
    if (only != null) {
      List<String> known = all.stream().map(GoldEvaluation::name).toList();
      for (String name : only) {
        if (!known.contains(name)) {
          throw new IllegalArgumentException("--only: unknown dataset '" + name + "' (" + String.join(", ", known) + ")");
        }
      }
    }
    for (GoldEvaluation e : all) {
      if (only != null && !only.contains(e.name())) {
        continue;
      }
      Path location = overrides.get(e.name()) != null ? overrides.get(e.name())
          : e.defaultLocation() == null ? null : root.resolve(e.defaultLocation());
      if (location != null && !Files.exists(location)) {
        System.err.println("annals eval: " + e.name() + ": " + location + " not found, skipped");
        missing++;
        continue;
      }
      if (pipeline == null && e.needsPipeline()) {
        pipeline = ArticlePipeline.standard();
      }
      long t0 = System.nanoTime();
      System.err.println("annals eval: scoring " + e.name() + " on " + (location == null ? "its bundled data" : location)
          + " ...");
      rows.addAll(e.evaluate(pipeline, location, limit));
      System.err.printf(Locale.ROOT, "annals eval: %s done in %.0f s%n", e.name(), (System.nanoTime() - t0) / 1e9);
    }
    print(rows);
    return rows.isEmpty() && missing > 0 ? 1 : 0;
  }

  private void print(List<ScoreRow> rows) {
    if (markdown) {
      System.out.println("| dataset | metric | score | support |");
      System.out.println("|---|---|---:|---|");
      for (ScoreRow r : rows) {
        System.out.printf(Locale.ROOT, "| %s | %s | %.4f | %s |%n", r.dataset(), r.metric(), r.value(), r.support());
      }
      return;
    }
    int w1 = 7;
    int w2 = 6;
    for (ScoreRow r : rows) {
      w1 = Math.max(w1, r.dataset().length());
      w2 = Math.max(w2, r.metric().length());
    }
    String fmt = "%-" + w1 + "s  %-" + w2 + "s  %6s  %s%n";
    System.out.printf(Locale.ROOT, fmt, "dataset", "metric", "score", "support");
    for (ScoreRow r : rows) {
      System.out.printf(Locale.ROOT, fmt, r.dataset(), r.metric(), String.format(Locale.ROOT, "%.4f", r.value()), r.support());
    }
  }
}
