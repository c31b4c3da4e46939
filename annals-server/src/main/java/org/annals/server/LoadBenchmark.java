package org.annals.server;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.annals.store.StoreLocation;

/**
 * Open-loop load on a running {@link AnnalsServer} over loopback: requests for search, entity
 * timeline and entity profile, mixed evenly, started at a fixed rate whatever the answers (so a
 * slow answer does not hold back the next request), for a bounded count. Latency is from the moment
 * a request was due to its answer, so queueing counts. Names come from the store's entities
 * (weighted towards those with most mentions, as readers ask).
 */
public final class LoadBenchmark {

  /** Latency percentiles of one route, in milliseconds. */
  public record RouteResult(String route, int requests, int errors, double p50Ms, double p99Ms, double maxMs) {}

  private LoadBenchmark() {}

  /**
   * @param ratePerSecond requests started per second
   * @param requests how many in all (bounded: the run lasts requests / rate seconds, plus the last answers)
   */
  public static List<RouteResult> run(StoreLocation db, int port, int ratePerSecond, int requests, long seed) throws Exception {
    List<String> names = names(db);
    if (names.isEmpty()) {
      throw new IllegalArgumentException(db + ": no entities to ask for");
    }
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    Random random = new Random(seed);
    String[] routes = {"search", "timeline", "entity"};
    ConcurrentHashMap<String, java.util.Queue<Long>> latencies = new ConcurrentHashMap<>();
    ConcurrentHashMap<String, Integer> errors = new ConcurrentHashMap<>();
    for (String r : routes) {
      latencies.put(r, new java.util.concurrent.ConcurrentLinkedQueue<>());
      errors.put(r, 0);
    }
    List<CompletableFuture<?>> pending = new ArrayList<>();
    long start = System.nanoTime();
    long interval = TimeUnit.SECONDS.toNanos(1) / ratePerSecond;
    for (int i = 0; i < requests; i++) {
      long due = start + i * interval;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        TimeUnit.NANOSECONDS.sleep(wait);
      }
      String route = routes[i % routes.length];
      String name = names.get(Math.min(names.size() - 1, (int) Math.abs(random.nextGaussian() * names.size() / 3)));
      String q = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
      String path = switch (route) {
        case "search" -> "/api/search?limit=20&q=" + q;
        case "timeline" -> "/api/timeline?limit=50&entity=" + q;
        default -> "/api/entities/" + q;
      };
      HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
          .timeout(Duration.ofSeconds(30)).GET().build();
      pending.add(http.sendAsync(req, HttpResponse.BodyHandlers.discarding()).whenComplete((r, e) -> {
        latencies.get(route).add(System.nanoTime() - due);
        if (e != null || r.statusCode() >= 500) {
          errors.merge(route, 1, Integer::sum);
        }
      }));
    }
    CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).handle((v, e) -> null).get(60, TimeUnit.SECONDS);
    List<RouteResult> out = new ArrayList<>();
    for (String r : routes) {
      List<Long> l = new ArrayList<>(latencies.get(r));
      Collections.sort(l);
      out.add(new RouteResult(r, l.size(), errors.get(r), ms(l, 0.50), ms(l, 0.99), ms(l, 1.0)));
    }
    return out;
  }

  /** A Markdown table of the results. */
  public static String markdown(List<RouteResult> results) {
    StringBuilder b = new StringBuilder("| route | requests | errors | p50 ms | p99 ms | max ms |\n|---|---:|---:|---:|---:|---:|\n");
    for (RouteResult r : results) {
      b.append(String.format(Locale.ROOT, "| %s | %d | %d | %.1f | %.1f | %.1f |%n", r.route(), r.requests(),
          r.errors(), r.p50Ms(), r.p99Ms(), r.maxMs()));
    }
    return b.toString();
  }

  private static double ms(List<Long> sorted, double q) {
    if (sorted.isEmpty()) {
      return 0;
    }
    int i = Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1);
    return sorted.get(Math.max(0, i)) / 1e6;
  }

  /** Entity names, most mentioned first. */
  private static List<String> names(StoreLocation db) throws Exception {
    List<String> out = new ArrayList<>();
    try (Connection c = db.dialect().connect(true);
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT name FROM entities ORDER BY mention_count DESC, id LIMIT 2000")) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }
}
