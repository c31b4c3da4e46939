package org.annals.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.annals.bench.StoreBenchmark;
import org.annals.store.StoreLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code annals bench-store}: put throughput and entity-timeline latency on a synthetic store. */
@Command(
    name = "bench-store",
    mixinStandardHelpOptions = true,
    description = {
        "Extracts a few real articles, clones them into a synthetic store (distinct texts, dates over two years, "
            + "20 outlets, a few ubiquitous entities and many rare ones, three reports per event), and measures "
            + "put throughput, the linkers' restart (every article replayed, against reading the linker snapshot "
            + "it then saves, as an ingest's restart does), the bytes in use per article, and entity-timeline "
            + "latency (p50/p95/p99 over many names drawn from the store)."},
    footer = {"", "Example:", "  annals bench-store --articles 100000 --queries 2000"})
final class BenchStoreCommand implements Callable<Integer> {

  @Option(names = "--articles", defaultValue = "100000", paramLabel = "N",
      description = "Articles in the synthetic store. Default: ${DEFAULT-VALUE}.")
  int articles;

  @Option(names = "--queries", defaultValue = "2000", paramLabel = "N",
      description = "Timed entity-timeline queries. Default: ${DEFAULT-VALUE}.")
  int queries;

  @Option(names = "--templates", defaultValue = "5", paramLabel = "N",
      description = "Real articles extracted and cloned. Default: ${DEFAULT-VALUE}.")
  int templates;

  @Option(names = "--source", paramLabel = "FILE",
      description = "JSON Lines articles to extract (default: DATA/realnews/guardian_ukraine_nato_2022.jsonl, "
          + "else examples/articles.jsonl).")
  Path source;

  @Option(names = "--db", paramLabel = "STORE",
      description = "Where to build the store (default: a temporary file, deleted afterwards): a file that must not "
          + "exist, or an empty PostgreSQL database (postgresql://host[:port]/db?user=U&password=P).")
  StoreLocation db;

  @Override
  public Integer call() throws Exception {
    Path input = source;
    if (input == null) {
      Path shared = SharedData.defaultRoot().resolve("realnews/guardian_ukraine_nato_2022.jsonl");
      input = Files.exists(shared) ? shared : Path.of(System.getProperty("annals.home", ".")).resolve("examples/articles.jsonl");
    }
    Path dir = db == null ? Files.createTempDirectory("annals-bench-store") : null;
    StoreLocation file = db != null ? db : StoreLocation.of(dir.resolve("bench.db"));
    if (file instanceof StoreLocation.SqliteFile f && Files.exists(f.file())) {
      System.err.println("annals bench-store: " + file + " exists; give a new file");
      return ExitCode.USAGE;
    }
    try {
      System.err.println("bench-store: extracting " + templates + " articles of " + input);
      var bench = new StoreBenchmark(StoreBenchmark.extractTemplates(input, templates), System.err);
      var result = bench.run(file, articles, queries, 42);
      System.out.println("Templates: first " + templates + " articles of " + input);
      System.out.println();
      System.out.print(result.markdown());
    } finally {
      if (dir != null) {
        try (var files = Files.list(dir)) {
          for (Path p : files.toList()) {
            Files.deleteIfExists(p);
          }
        }
        Files.deleteIfExists(dir);
      }
    }
    return 0;
  }
}
