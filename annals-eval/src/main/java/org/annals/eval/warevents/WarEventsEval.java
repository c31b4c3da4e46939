package org.annals.eval.warevents;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.annals.eval.GoldEvaluation;
import org.annals.eval.ScoreRow;
import org.annals.ingest.ArticleInput;
import org.annals.ingest.ArticleReader;
import org.annals.ingest.InputFormat;
import org.annals.pipeline.ArticlePipeline;
import org.annals.store.AnnalsStore;
import org.annals.store.ingest.Ingest;

/**
 * Cross-article event linking, event dating and non-events on real news (the warevents gold over
 * the Guardian 2022 corpus): the corpus the gold names is ingested into a fresh temporary store
 * exactly as {@code annals ingest} does, and the store is scored as {@code score.py} scores it.
 * Given a system (a store or a mentions JSONL file), that is scored instead, so the figures can be
 * compared with the script's on the same input. The script's report goes to stderr.
 *
 * <p>A limit of N keeps the first N articles of the corpus and the gold within them.
 */
public final class WarEventsEval implements GoldEvaluation {

  private final Path system;
  private final PrintStream log;

  /** Ingests the corpus and scores the store. */
  public WarEventsEval() {
    this(null);
  }

  /** @param system a store or mentions file to score instead of ingesting; null to ingest */
  public WarEventsEval(Path system) {
    this(system, System.err);
  }

  /** @param log where the script's report and the ingest progress go */
  WarEventsEval(Path system, PrintStream log) {
    this.system = system;
    this.log = log;
  }

  @Override
  public String name() {
    return "warevents";
  }

  @Override
  public String defaultLocation() {
    return "warevents/guardian_2022_events.json";
  }

  /** A given system is read, not extracted. */
  @Override
  public boolean needsPipeline() {
    return system == null;
  }

  @Override
  public List<ScoreRow> evaluate(ArticlePipeline pipeline, Path location, int limit) throws IOException {
    WarEventsGold gold = WarEventsGold.read(location);
    Path corpus = corpusOf(location, gold);
    Map<String, String> texts = CorpusTexts.read(corpus, limit);
    if (limit > 0) {
      gold = gold.within(texts.keySet());
    }
    Set<String> missing = new TreeSet<>(gold.eventArticles());
    missing.removeAll(texts.keySet());
    if (!missing.isEmpty()) {
      throw new IOException(location + " names " + missing.size() + " articles not in " + corpus + ", e.g. "
          + missing.stream().limit(3).toList());
    }
    Map<String, List<SystemMention>> mentions = system != null
        ? SystemMentions.read(system)
        : ingested(pipeline, corpus, limit, log);
    WarEventsScores scores = WarEventsScorer.score(gold, texts, mentions);
    log.print(scores.report());
    String ds = "warevents " + location.getFileName() + (system != null ? " on " + system.getFileName() : "")
        + (limit > 0 ? " (first " + texts.size() + " articles)" : "");
    return rows(ds, scores);
  }

  /** The corpus the gold names, relative to the data root: the gold file's grandparent folder. */
  static Path corpusOf(Path goldFile, WarEventsGold gold) throws IOException {
    if (gold.corpus() == null) {
      throw new IOException(goldFile + ": no corpus named");
    }
    Path root = goldFile.toAbsolutePath().getParent().getParent();
    Path corpus = root.resolve(gold.corpus()).normalize();
    if (!Files.isRegularFile(corpus)) {
      throw new IOException(goldFile + " names the corpus " + gold.corpus() + ", not found at " + corpus);
    }
    return corpus;
  }

  static List<ScoreRow> rows(String ds, WarEventsScores s) {
    return List.of(
        new ScoreRow(ds, "coverage", s.coverage(), s.matchedMentions() + " of " + s.goldMentions() + " gold mentions matched"),
        new ScoreRow(ds, "b3_p", s.b3P(), ""),
        new ScoreRow(ds, "b3_r", s.b3R(), ""),
        new ScoreRow(ds, "b3_f1", s.b3F1(), "over the " + s.pairs() + " matched mentions"),
        new ScoreRow(ds, "linked_as_one", s.linkedAsOne(),
            s.linkedAsOneCount() + " of " + s.multiEvents() + " events reported in 2+ articles"),
        new ScoreRow(ds, "fragmentation", s.fragmentation(),
            "system events per event, over " + s.multiFound() + " of them found"),
        new ScoreRow(ds, "purity", s.purity(),
            s.pureSystemEvents() + " of " + s.systemEvents() + " system events touching the gold"),
        new ScoreRow(ds, "date_acc", s.dateAcc(), s.datesRight() + " of " + s.goldEvents() + " events"),
        new ScoreRow(ds, "nonevent_ok", s.noneventOk(), s.nonEventsOk() + " of " + s.nonEvents() + " non-events"),
        new ScoreRow(ds, "apart_ok", s.apartOk(),
            s.keptApart() + " of " + s.hardJudged() + " judged pairs (" + s.hardNegatives() + " in the gold)"));
  }

  /**
   * The corpus (its first {@code limit} articles if positive) ingested into a temporary store as
   * {@code annals ingest} does, and that store's event mentions; the store is deleted afterwards.
   */
  static Map<String, List<SystemMention>> ingested(ArticlePipeline pipeline, Path corpus, int limit,
      PrintStream err) throws IOException {
    Path dir = Files.createTempDirectory("annals-warevents");
    Path db = dir.resolve("warevents.db");
    try {
      try (AnnalsStore store = AnnalsStore.open(db);
          ArticleReader reader = new ArticleReader(List.of(corpus.toString()), InputFormat.AUTO)) {
        int[] done = new int[1];
        Ingest.Summary summary = new Ingest(pipeline, store).run(first(reader, limit),
            Runtime.getRuntime().availableProcessors(), (input, result, problem) -> {
              if (result == Ingest.Result.FAILED) {
                err.println("annals eval: warevents: " + input.origin() + ": " + problem);
              }
              if (++done[0] % 50 == 0) {
                err.println("annals eval: warevents: " + done[0] + " articles ingested");
              }
            });
        err.printf(Locale.ROOT, "annals eval: warevents: %d added, %d already stored (repeated text), %d failed%n",
            summary.added(), summary.alreadyStored(), summary.failed());
      }
      return SystemMentions.fromStore(db);
    } finally {
      deleteAll(dir);
    }
  }

  private static Iterator<ArticleInput> first(Iterator<ArticleInput> inputs, int limit) {
    if (limit <= 0) {
      return inputs;
    }
    return new Iterator<>() {
      int given;

      @Override
      public boolean hasNext() {
        return given < limit && inputs.hasNext();
      }

      @Override
      public ArticleInput next() {
        given++;
        return inputs.next();
      }
    };
  }

  private static void deleteAll(Path dir) throws IOException {
    List<Path> paths = new ArrayList<>();
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(paths::add);
    }
    for (Path p : paths) {
      Files.deleteIfExists(p);
    }
  }
}
