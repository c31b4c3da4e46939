package org.annals.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.annals.annotate.CoreNlpAnnotator;
import org.annals.extract.place.Gazetteer;
import org.annals.ingest.InputFormat;
import org.annals.pipeline.ArticlePipeline;
import picocli.CommandLine.Option;

/** How articles are read and extracted: the options 'extract' and 'ingest' share. */
final class InputOptions {

  @Option(names = "--in-format", defaultValue = "auto", paramLabel = "FORMAT",
      description = "jsonl, text, html, feed (RSS/Atom), warc (.warc, .warc.gz) or auto (by extension, then "
          + "content). Default: ${DEFAULT-VALUE}.")
  String inFormat;

  @Option(names = "--threads", paramLabel = "N",
      description = "Extraction threads (default: number of processors). The output is the same for any N.")
  Integer threads;

  @Option(names = "--gazetteer", paramLabel = "FILE",
      description = "Add a GeoNames dump (cities15000.txt format) to the built-in gazetteer.")
  Path gazetteer;

  @Option(names = "--max-chars", defaultValue = "1000000", paramLabel = "N",
      description = "Reject articles longer than N characters. Default: ${DEFAULT-VALUE}.")
  int maxChars;

  @Option(names = "--article-seconds", defaultValue = "120", paramLabel = "N",
      description = "Stop extracting an article after N seconds and report it as too slow; the rest goes on. "
          + "Default: ${DEFAULT-VALUE}.")
  int articleSeconds;

  @Option(names = {"-q", "--quiet"}, description = "No progress line on stderr.")
  boolean quiet;

  InputFormat format() {
    return InputFormat.fromName(inFormat);
  }

  java.time.Duration articleBudget() {
    if (articleSeconds < 1) {
      throw new IllegalArgumentException("--article-seconds must be at least 1 (got " + articleSeconds + ")");
    }
    return java.time.Duration.ofSeconds(articleSeconds);
  }

  int threads() {
    return threads != null ? Math.max(1, threads) : Runtime.getRuntime().availableProcessors();
  }

  /** The pipeline, its models loaded; says so on stderr (unless --quiet), as loading takes seconds. */
  ArticlePipeline pipeline(String command) throws IOException {
    long start = System.nanoTime();
    if (!quiet) {
      System.err.println(command + ": loading the language models (CoreNLP tagger, NER, SUTime; a few seconds)...");
    }
    Gazetteer places = gazetteer == null ? Gazetteer.builtIn() : Gazetteer.builtIn().withGeoNames(gazetteer);
    ArticlePipeline pipeline = new ArticlePipeline(CoreNlpAnnotator.shared(), places);
    if (!quiet) {
      System.err.printf(java.util.Locale.ROOT, "%s: models loaded in %.1f s%n", command,
          (System.nanoTime() - start) / 1e9);
    }
    return pipeline;
  }
}
