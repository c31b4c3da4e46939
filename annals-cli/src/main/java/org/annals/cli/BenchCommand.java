package org.annals.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.annals.bench.ThroughputBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code annals bench}: Annals against a DIY CoreNLP stack, same articles, same run. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
        "Measures articles/s and peak memory of 'annals extract' and of a plain CoreNLP pipeline "
            + "(tokenize, ssplit, pos, lemma, ner, depparse, coref, quote) on the same articles, on 1 and 2 "
            + "threads, each configuration in its own JVM, and prints a Markdown table with ratios.",
        "Also measures 'annals ingest' (extraction, cross-document linking and one store transaction per "
            + "article, into a fresh store) against bare extraction on the same articles and threads."},
    footer = {"", "Example:", "  annals bench --articles ../shared/data/realnews/guardian_ukraine_nato_2022.jsonl --count 40"})
final class BenchCommand implements Callable<Integer> {

  @Option(names = "--articles", paramLabel = "FILE",
      description = "JSON Lines articles (default: DATA/realnews/guardian_ukraine_nato_2022.jsonl, else examples/articles.jsonl).")
  Path articles;

  @Option(names = "--count", defaultValue = "40", paramLabel = "N", description = "Articles per run. Default: ${DEFAULT-VALUE}.")
  int count;

  @Option(names = "--warmup", defaultValue = "5", paramLabel = "N", description = "Warm-up articles before timing. Default: ${DEFAULT-VALUE}.")
  int warmup;

  @Option(names = "--threads", split = ",", defaultValue = "1,2", paramLabel = "N", description = "Thread counts. Default: ${DEFAULT-VALUE}.")
  List<Integer> threads;

  @Option(names = "--no-baseline", description = "Measure Annals only.")
  boolean noBaseline;

  @Option(names = "--no-ingest",
      description = "Skip 'annals ingest' (extraction + linking + store) measured against bare extraction.")
  boolean noIngest;

  @Option(names = "--annals-heap", defaultValue = "2g", description = "Annals' -Xmx. Default: ${DEFAULT-VALUE}.")
  String annalsHeap;

  @Option(names = "--baseline-heap", defaultValue = "6g", description = "The DIY stack's -Xmx. Default: ${DEFAULT-VALUE}.")
  String baselineHeap;

  @Override
  public Integer call() throws Exception {
    Path input = articles;
    if (input == null) {
      Path shared = SharedData.defaultRoot().resolve("realnews/guardian_ukraine_nato_2022.jsonl");
      input = Files.exists(shared) ? shared : Path.of(System.getProperty("annals.home", ".")).resolve("examples/articles.jsonl");
    }
    List<ThroughputBenchmark.Config> configs = new ArrayList<>();
    for (int t : threads) {
      configs.add(new ThroughputBenchmark.Config("annals", t, annalsHeap));
      if (!noIngest) {
        configs.add(new ThroughputBenchmark.Config("ingest", t, annalsHeap));
      }
      if (!noBaseline) {
        configs.add(new ThroughputBenchmark.Config("diy", t, baselineHeap));
      }
    }
    List<JsonNode> results = new ThroughputBenchmark(input, count, warmup, System.err).run(configs);
    System.out.println("Articles: " + input + " (first " + count + ", " + warmup + " warm-up)");
    System.out.println();
    System.out.print(ThroughputBenchmark.report(results));
    return 0;
  }
}
