package org.annals.cli;

import java.util.concurrent.Callable;
import org.annals.server.AnnalsServer;
import org.annals.server.LoadBenchmark;
import org.annals.store.StoreLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code annals bench-serve}: latency of the HTTP API under a fixed request rate. */
@Command(
    name = "bench-serve",
    mixinStandardHelpOptions = true,
    description = {"Starts annals serve on a loopback port over a store and sends search, entity-timeline and "
        + "entity requests at a fixed rate (open loop: latency counts from when each request was due), then "
        + "prints p50/p99/max per route. Build a large store first with annals bench-store --db FILE."},
    footer = {"", "Example:", "  annals bench-store --articles 20000 --queries 100 --db out/bench20k.db",
        "  annals bench-serve --db out/bench20k.db --rate 200 --requests 6000"})
final class BenchServeCommand implements Callable<Integer> {

  @Option(names = "--db", required = true, paramLabel = "STORE", description = "The store to serve. " + DbOption.WHAT)
  StoreLocation db;

  @Option(names = "--rate", defaultValue = "200", paramLabel = "N",
      description = "Requests started per second. Default: ${DEFAULT-VALUE}.")
  int rate;

  @Option(names = "--requests", defaultValue = "6000", paramLabel = "N",
      description = "Requests in all, after a warm-up of a tenth as many. Default: ${DEFAULT-VALUE}.")
  int requests;

  @Override
  public Integer call() throws Exception {
    if (rate < 1 || requests < 1) {
      System.err.println("annals bench-serve: --rate and --requests must be positive");
      return ExitCode.USAGE;
    }
    try (AnnalsServer server = AnnalsServer.start(db,
        new AnnalsServer.Options(AnnalsServer.Options.LOOPBACK, 0, null, AnnalsServer.Options.DEFAULT_MAX_BODY),
        () -> {
          throw new IllegalStateException("bench-serve does not extract");
        })) {
      System.err.println("bench-serve: warming up");
      LoadBenchmark.run(db, server.port(), rate, Math.max(1, requests / 10), 7);
      System.err.println("bench-serve: " + requests + " requests at " + rate + "/s");
      var results = LoadBenchmark.run(db, server.port(), rate, requests, 42);
      System.out.println("Store: " + db + ", " + rate + " requests/s, " + requests + " requests, open loop");
      System.out.println();
      System.out.print(LoadBenchmark.markdown(results));
    }
    return 0;
  }
}
