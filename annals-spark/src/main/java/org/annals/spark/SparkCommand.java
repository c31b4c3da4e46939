package org.annals.spark;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.annals.ingest.InputFormat;
import org.annals.store.StoreException;
import org.annals.store.ingest.Ingest;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code annals spark}, and the main class for {@code spark-submit}: the ingest pipeline as a
 * Spark job writing the export tables as Parquet.
 */
@Command(
    name = "annals spark",
    mixinStandardHelpOptions = true,
    version = "annals 0.1.0",
    description = {
        "Runs 'annals ingest' as an Apache Spark job: reads articles (text, JSON Lines, HTML, RSS/Atom feeds, "
            + "WARC/WARC.gz; local files and folders, or any Hadoop URI: hdfs://, s3a:// with its connector on "
            + "the class path), extracts them in parallel on the executors, links them across articles on the "
            + "driver in input order, and writes the export tables (articles, events, mentions, entities, quotes, "
            + "acled) as Parquet folders under --out, in the schema of docs/export-schema.md.",
        "The record, ids included, is the one 'annals ingest' makes of the same inputs, whatever the number of "
            + "executors and partitions. A bad input is reported on stderr and the rest goes on; the exit status "
            + "is 1 when some input failed.",
        "Without --master (and outside spark-submit) it runs in this process on every core: local[*]."},
    footer = {"", "Examples:", "  annals spark examples/articles --out out/spark --master local[2]",
        "  ./mvnw -q package -DskipTests -Pcluster    # builds the -all jar",
        "  spark-submit --class org.annals.spark.SparkCommand \\",
        "      annals-spark-0.1.0-SNAPSHOT-all.jar hdfs:///news --out hdfs:///annals",
        "", "Exit status:",
        "  0  success", "  1  some inputs rejected (reported on stderr), the rest done",
        "  2  usage error: bad option or value, stdin or a URL as input, --out not empty",
        "  3  store problem (--db): not an Annals store, damaged, newer schema, locked",
        "  4  internal error: one line, with ANNALS_DEBUG set the stack trace"})
public final class SparkCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "PATH|URI", description = "Input files or folders: local paths or Hadoop URIs.")
  List<String> inputs;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Output folder (local or a Hadoop URI), absent or empty: one Parquet folder per table.")
  String out;

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master: local[N], spark://host:7077, yarn, k8s://... Default: spark-submit's, else local[*].")
  String master;

  @Option(names = "--db", paramLabel = "FILE",
      description = "Also keep the record in this store file (created if absent; one that holds articles goes on "
          + "from them, and the tables are then the whole store's). Default: a scratch store, deleted after.")
  Path db;

  @Option(names = "--partitions", paramLabel = "N",
      description = "Extract the articles in N parts (default: 4 per core of the cluster, at most 100 articles a "
          + "part). The output is the same for any N.")
  Integer partitions;

  @Option(names = "--in-format", defaultValue = "auto", paramLabel = "FORMAT",
      description = "jsonl, text, html, feed (RSS/Atom), warc (.warc, .warc.gz) or auto (by extension, then content). "
          + "Default: ${DEFAULT-VALUE}.")
  String inFormat;

  @Option(names = "--max-chars", defaultValue = "1000000", paramLabel = "N",
      description = "Reject articles longer than N characters. Default: ${DEFAULT-VALUE}.")
  int maxChars;

  @Option(names = "--article-seconds", defaultValue = "120", paramLabel = "N",
      description = "Stop extracting an article after N seconds and report it as too slow. Default: ${DEFAULT-VALUE}.")
  int articleSeconds;

  @Option(names = {"-q", "--quiet"}, description = "No summary on stderr (failed inputs are still reported).")
  boolean quiet;

  @Override
  public Integer call() throws Exception {
    if (articleSeconds < 1) {
      throw new IllegalArgumentException("--article-seconds must be at least 1 (got " + articleSeconds + ")");
    }
    if (partitions != null && partitions < 1) {
      throw new IllegalArgumentException("--partitions must be at least 1 (got " + partitions + ")");
    }
    SparkIngest.Options options = new SparkIngest.Options(inputs, out, db, InputFormat.fromName(inFormat), maxChars,
        Duration.ofSeconds(articleSeconds), partitions);
    SparkSession.Builder builder = SparkSession.builder().appName("annals spark");
    if (master != null) {
      builder.master(master);
    } else if (!new SparkConf().contains("spark.master")) {
      builder.master("local[*]");
    }
    PrintStream err = System.err;
    try (SparkSession spark = builder.getOrCreate()) {
      SparkIngest.Result r = SparkIngest.run(spark, options, (input, result, problem) -> {
        if (result == Ingest.Result.FAILED) {
          err.println("annals spark: " + input.origin() + ": " + problem);
        }
      });
      if (!quiet) {
        Ingest.Summary s = r.summary();
        err.printf(Locale.ROOT, "spark: %d added, %d already stored, %d failed; tables in %s%n", s.added(),
            s.alreadyStored(), s.failed(), out);
        err.printf(Locale.ROOT, "spark: %.1f s: reading %.1f s, extraction %.1f s (linking beside it %.1f s, "
            + "%.0f%%), tables %.1f s%n", r.totalSeconds(), r.readSeconds(), r.extractSeconds(), r.linkSeconds(),
            100 * r.linkSeconds() / r.totalSeconds(), r.writeSeconds());
      }
      return r.summary().failed() == 0 ? 0 : 1;
    }
  }

  public static void main(String[] args) {
    CommandLine cl = new CommandLine(new SparkCommand());
    cl.setParameterExceptionHandler((e, a) -> {
      e.getCommandLine().getErr().println("annals spark: " + e.getMessage() + " (see 'annals spark --help')");
      return 2;
    });
    cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> status(e, commandLine.getErr()));
    int status;
    try {
      status = cl.execute(args);
    } catch (Throwable e) { // an Error (out of memory) passes picocli by
      status = status(e, new java.io.PrintWriter(System.err, true));
    }
    System.exit(status);
  }

  /** One line on stderr, and the exit status that the failure means. */
  private static int status(Throwable e, java.io.PrintWriter err) {
    if (e instanceof StoreException) {
      err.println("annals spark: " + e.getMessage());
      return 3;
    }
    if (e instanceof IllegalArgumentException && e.getMessage() != null) {
      err.println("annals spark: " + e.getMessage());
      return 2;
    }
    err.println("annals spark: internal error: " + e);
    if (System.getenv("ANNALS_DEBUG") != null) {
      e.printStackTrace(err);
    }
    return 4;
  }
}
