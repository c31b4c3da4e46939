package org.annals.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * Runs Annals and the DIY CoreNLP stack on the same articles, each configuration in its own JVM,
 * and reports throughput, peak memory and output side by side, with Annals/DIY ratios.
 */
public final class ThroughputBenchmark {

  /** One configuration to measure. */
  public record Config(String system, int threads, String heap) {}

  private final Path articles;
  private final int count;
  private final int warmup;
  private final PrintStream log;

  public ThroughputBenchmark(Path articles, int count, int warmup, PrintStream log) {
    this.articles = articles;
    this.count = count;
    this.warmup = warmup;
    this.log = log;
  }

  public List<JsonNode> run(List<Config> configs) throws IOException, InterruptedException {
    List<JsonNode> results = new ArrayList<>();
    for (Config c : configs) {
      log.printf(Locale.ROOT, "bench: %s on %d thread(s), %d articles (+%d warm-up) ...%n", c.system(), c.threads(),
          count, warmup);
      results.add(runWorker(c));
      log.println("bench:   " + results.get(results.size() - 1));
    }
    return results;
  }

  /**
   * The {@code -XX} options this JVM was started with ({@code bin/annals}' batch options, or
   * {@code ANNALS_JAVA_OPTS}), less class-data sharing's, which name this process's archive.
   */
  static List<String> annalsJvmOptions() {
    List<String> out = new ArrayList<>();
    for (String a : java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (a.startsWith("-XX:") && !a.startsWith("-XX:SharedArchiveFile") && !a.startsWith("-XX:ArchiveClassesAtExit")) {
        out.add(a);
      }
    }
    return out;
  }

  private JsonNode runWorker(Config c) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>(List.of(java, "-Xmx" + c.heap()));
    if (!c.system().equals("diy")) {
      // the collector and JIT thresholds bin/annals runs Annals with; the DIY stack gets the JVM's
      // defaults, as a user's own program would
      cmd.addAll(annalsJvmOptions());
    }
    cmd.addAll(List.of("-cp", System.getProperty("java.class.path"),
        BenchWorker.class.getName(), c.system(), String.valueOf(c.threads()), articles.toString(),
        String.valueOf(count), String.valueOf(warmup)));
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String last = null;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("{")) {
          last = line;
        }
      }
    }
    int code = p.waitFor();
    if (code != 0 || last == null) {
      throw new IOException("benchmark worker for " + c + " failed with exit code " + code);
    }
    return new ObjectMapper().readTree(last);
  }

  /** A Markdown report: one row per configuration, then Annals/DIY ratios per thread count. */
  public static String report(List<JsonNode> results) {
    StringBuilder sb = new StringBuilder();
    sb.append("| system | threads | articles/s | peak RSS (MB) | tokens/article | entity mentions | times "
        + "| quotes (attributed) | places | figures | events |\n");
    sb.append("|---|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|\n");
    for (JsonNode r : results) {
      if (r.get("system").asText().equals("ingest")) {
        continue;
      }
      JsonNode k = r.get("per_article");
      sb.append(String.format(Locale.ROOT, "| %s | %d | %.2f | %d | %.0f | %.1f | %.1f | %.1f (%.1f) | %.1f | %.1f | %.1f |%n",
          r.get("system").asText(), r.get("threads").asInt(), r.get("articles_per_s").asDouble(),
          r.get("peak_rss_mb").asLong(), k.get("tokens").asDouble(), k.get("entity_mentions").asDouble(),
          k.get("times").asDouble(), k.get("quotes").asDouble(), k.get("attributed_quotes").asDouble(),
          k.get("places").asDouble(), k.get("figures").asDouble(), k.get("events").asDouble()));
    }
    if (results.stream().anyMatch(r -> r.get("system").asText().equals("diy"))) {
      sb.append("\n| threads | Annals / DIY throughput | Annals / DIY peak RSS |\n|---:|---:|---:|\n");
    }
    for (JsonNode a : results) {
      if (!a.get("system").asText().equals("annals")) {
        continue;
      }
      for (JsonNode d : results) {
        if (d.get("system").asText().equals("diy") && d.get("threads").asInt() == a.get("threads").asInt()) {
          sb.append(String.format(Locale.ROOT, "| %d | %.1fx | %.2fx |%n", a.get("threads").asInt(),
              a.get("articles_per_s").asDouble() / d.get("articles_per_s").asDouble(),
              (double) a.get("peak_rss_mb").asLong() / d.get("peak_rss_mb").asLong()));
        }
      }
    }
    boolean ingest = results.stream().anyMatch(r -> r.get("system").asText().equals("ingest"));
    if (ingest) {
      sb.append("\n| threads | extract articles/s | ingest articles/s | ingest / extract | ingest peak RSS (MB) |\n"
          + "|---:|---:|---:|---:|---:|\n");
      for (JsonNode i : results) {
        if (!i.get("system").asText().equals("ingest")) {
          continue;
        }
        for (JsonNode a : results) {
          if (a.get("system").asText().equals("annals") && a.get("threads").asInt() == i.get("threads").asInt()) {
            sb.append(String.format(Locale.ROOT, "| %d | %.2f | %.2f | %.2f | %d |%n", i.get("threads").asInt(),
                a.get("articles_per_s").asDouble(), i.get("articles_per_s").asDouble(),
                i.get("articles_per_s").asDouble() / a.get("articles_per_s").asDouble(), i.get("peak_rss_mb").asLong()));
          }
        }
      }
    }
    sb.append(stageReport(results));
    return sb.toString();
  }

  /**
   * Where extraction's time goes: thread-milliseconds per article in each stage for every Annals
   * configuration, and each stage's share of the whole.
   */
  static String stageReport(List<JsonNode> results) {
    List<JsonNode> annals = results.stream()
        .filter(r -> r.get("system").asText().equals("annals") && r.has("stage_seconds")).toList();
    if (annals.isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder("\n| stage |");
    StringBuilder rule = new StringBuilder("|---|");
    for (JsonNode r : annals) {
      sb.append(" ms/article, ").append(r.get("threads").asInt()).append(" thread(s) | share |");
      rule.append("---:|---:|");
    }
    sb.append('\n').append(rule).append('\n');
    Iterator<String> stages = annals.get(0).get("stage_seconds").fieldNames();
    while (stages.hasNext()) {
      String stage = stages.next();
      sb.append("| ").append(stage).append(" |");
      for (JsonNode r : annals) {
        JsonNode s = r.get("stage_seconds");
        double total = 0;
        for (JsonNode v : s) {
          total += v.asDouble();
        }
        double secs = s.path(stage).asDouble();
        sb.append(String.format(Locale.ROOT, " %.1f | %.1f%% |", 1000 * secs / r.get("articles").asInt(),
            total > 0 ? 100 * secs / total : 0));
      }
      sb.append('\n');
    }
    return sb.toString();
  }
}
