package org.annals.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.ArrayList;
import org.annals.annotate.CoreNlpAnnotator;
import org.annals.annotate.DiyCoreNlpStack;
import org.annals.ingest.ArticleInput;
import org.annals.store.AnnalsStore;
import org.annals.store.ingest.Ingest;
import org.annals.model.Article;
import org.annals.model.Extraction;
import org.annals.pipeline.ArticlePipeline;
import org.annals.pipeline.OrderedParallel;

/**
 * One measured configuration, run in its own JVM so its peak memory is its own: loads the
 * system, warms it up, processes the articles on N threads and prints one JSON line of results.
 *
 * <p>Usage: {@code BenchWorker annals|diy THREADS ARTICLES.jsonl COUNT WARMUP}
 */
public final class BenchWorker {

  /** Per-article counts summed over the run: what each system produced. */
  private static final String[] COUNTS = {"tokens", "entity_mentions", "times", "quotes", "attributed_quotes",
      "coref_chains", "entities", "places", "geocoded_places", "figures", "events"};

  public static void main(String[] args) throws Exception {
    String system = args[0];
    int threads = Integer.parseInt(args[1]);
    List<Article> articles = BenchArticles.read(Path.of(args[2]), Integer.parseInt(args[3]));
    int warmup = Integer.parseInt(args[4]);

    if (system.equals("ingest")) {
      ingest(threads, articles, warmup);
      return;
    }
    long loadStart = System.nanoTime();
    ArticlePipeline annals = system.equals("diy") ? null : ArticlePipeline.standard();
    Processor p = annals == null ? diy() : annals(annals);
    double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    // warm every thread, not just one: each builds its pipeline objects before the clock starts
    List<Future<?>> warming = new ArrayList<>();
    for (int i = 0; i < Math.max(warmup, threads); i++) {
      Article a = articles.get(i % articles.size());
      warming.add(pool.submit(() -> p.process(a, new AtomicLongArray(COUNTS.length))));
    }
    for (Future<?> f : warming) {
      f.get();
    }

    AtomicLongArray counts = new AtomicLongArray(COUNTS.length);
    Map<String, Double> warm = annals == null ? Map.of() : stageSeconds(annals);
    long start = System.nanoTime();
    List<Future<?>> futures = new ArrayList<>();
    for (Article a : articles) {
      futures.add(pool.submit(() -> {
        p.process(a, counts);
        return null;
      }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();

    ObjectNode out = result(system, threads, articles.size(), loadSeconds, seconds, counts);
    if (annals != null) {
      ObjectNode stages = out.putObject("stage_seconds");
      stageSeconds(annals).forEach((stage, s) -> stages.put(stage, round(s - warm.getOrDefault(stage, 0.0))));
    }
    System.out.println(out);
  }

  /**
   * Thread-seconds per stage so far: CoreNLP's annotators and SUTime (together the "annotate"
   * stage; the rest of it, CoreNLP's document set-up and Annals' conversion, is "annotate: other"),
   * then each Annals extractor.
   */
  private static Map<String, Double> stageSeconds(ArticlePipeline pipeline) {
    Map<String, Double> out = new LinkedHashMap<>();
    Map<String, Double> stages = pipeline.stageTimes().seconds();
    double annotators = 0;
    if (pipeline.annotator() instanceof CoreNlpAnnotator corenlp) {
      for (Map.Entry<String, Double> e : corenlp.annotatorSeconds().entrySet()) {
        out.put("annotate: " + e.getKey(), e.getValue());
        annotators += e.getValue();
      }
    }
    out.put("annotate: other", stages.getOrDefault("annotate", 0.0) - annotators);
    stages.forEach((stage, s) -> {
      if (!stage.equals("annotate")) {
        out.put(stage, s);
      }
    });
    return out;
  }

  /** One configuration's figures as the JSON line ThroughputBenchmark reads. */
  private static ObjectNode result(String system, int threads, int articles, double loadSeconds, double seconds,
      AtomicLongArray counts) {
    ObjectNode out = new ObjectMapper().createObjectNode();
    out.put("system", system);
    out.put("threads", threads);
    out.put("articles", articles);
    out.put("load_seconds", round(loadSeconds));
    out.put("seconds", round(seconds));
    out.put("articles_per_s", round(articles / seconds));
    out.put("peak_rss_mb", peakRssMb());
    ObjectNode c = out.putObject("per_article");
    for (int i = 0; i < COUNTS.length; i++) {
      c.put(COUNTS[i], round((double) counts.get(i) / articles));
    }
    return out;
  }

  /**
   * The whole of 'annals ingest' into a fresh store (extraction on the threads, then linking and one
   * transaction per article), timed like the others; counts are what the store received.
   */
  private static void ingest(int threads, List<Article> articles, int warmup) throws IOException {
    long loadStart = System.nanoTime();
    ArticlePipeline pipeline = ArticlePipeline.standard();
    double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
    // warm as many pipelines as threads (the annotator pools them for the ingest's own threads)
    List<Article> warming = new ArrayList<>();
    for (int i = 0; i < Math.max(warmup, threads); i++) {
      warming.add(articles.get(i % articles.size()));
    }
    OrderedParallel.run(warming.iterator(), pipeline::extract, threads, x -> { });
    Path dir = Files.createTempDirectory("annals-bench-ingest");
    long stored;
    long start;
    double seconds;
    try (AnnalsStore store = AnnalsStore.open(dir.resolve("bench.db"))) {
      Ingest ingest = new Ingest(pipeline, store);
      List<ArticleInput> inputs = articles.stream().map(a -> ArticleInput.read(a.id(), a)).toList();
      start = System.nanoTime();
      Ingest.Summary summary = ingest.run(inputs.iterator(), threads, (input, result, problem) -> { });
      seconds = (System.nanoTime() - start) / 1e9;
      stored = summary.added();
    } finally {
      try (var files = Files.list(dir)) {
        for (Path f : files.toList()) {
          Files.deleteIfExists(f);
        }
      }
      Files.deleteIfExists(dir);
    }
    ObjectNode out = result("ingest", threads, articles.size(), loadSeconds, seconds,
        new AtomicLongArray(COUNTS.length));
    ((ObjectNode) out.get("per_article")).put("stored", round((double) stored / articles.size()));
    System.out.println(out);
  }

  private interface Processor {
    void process(Article a, AtomicLongArray counts);
  }

  private static Processor annals(ArticlePipeline pipeline) {
    return (a, counts) -> {
      var doc = pipeline.annotate(a);
      Extraction x = pipeline.extract(doc);
      counts.addAndGet(0, doc.sentences().stream().mapToInt(s -> s.tokens().size()).sum());
      counts.addAndGet(1, x.entities().stream().mapToInt(e -> e.mentions().size()).sum());
      counts.addAndGet(2, x.times().size());
      counts.addAndGet(3, x.quotes().size());
      counts.addAndGet(4, x.quotes().stream().filter(q -> q.speaker() != null && q.speaker().entity() != null).count());
      counts.addAndGet(6, x.entities().size());
      counts.addAndGet(7, x.places().size());
      counts.addAndGet(8, x.places().stream().filter(pl -> pl.lat() != null).count());
      counts.addAndGet(9, x.figures().size());
      counts.addAndGet(10, x.events().size());
    };
  }

  private static Processor diy() {
    DiyCoreNlpStack stack = new DiyCoreNlpStack();
    return (a, counts) -> {
      DiyCoreNlpStack.Counts k = stack.process(a.text());
      counts.addAndGet(0, k.tokens());
      counts.addAndGet(1, k.entityMentions());
      counts.addAndGet(2, k.times());
      counts.addAndGet(3, k.quotes());
      counts.addAndGet(4, k.attributedQuotes());
      counts.addAndGet(5, k.corefChains());
    };
  }

  /** Peak resident set size of this process (Linux VmHWM), or -1 where unknown. */
  static long peakRssMb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }

  private static double round(double v) {
    return Math.round(v * 100.0) / 100.0;
  }

  private BenchWorker() {}
}
