package org.annals.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.annals.extract.place.Gazetteer;
import org.annals.pipeline.ArticlePipeline;

/**
 * Error analysis for quote attribution on PolNeAR: runs {@link PolnearQuoteEval} and prints every
 * wrong speaker, missed and spurious quote, then the scores. Annotations are cached on disk so a
 * rerun after a change to the attributor takes seconds.
 *
 * <p>Usage: {@code PolnearQuoteErrors <polnear_X.jsonl> [limit] [cacheDir] [errorsFile]}
 */
public final class PolnearQuoteErrors {


  public static void main(String[] args) throws IOException {
    Path gold = Path.of(args[0]);
    int limit = args.length > 1 ? Integer.parseInt(args[1]) : 0;
    Path cache = Path.of(args.length > 2 ? args[2] : "/tmp/annals-polnear-cache");
    Path errorsFile = Path.of(args.length > 3 ? args[3] : "/tmp/polnear-errors.txt");
    ArticlePipeline pipeline = new ArticlePipeline(new CachingAnnotator(cache), Gazetteer.builtIn());
    try (PrintStream out = new PrintStream(Files.newOutputStream(errorsFile), true, StandardCharsets.UTF_8)) {
      List<ScoreRow> rows = new PolnearQuoteEval().evaluate(pipeline, gold, limit, out::println);
      for (ScoreRow r : rows) {
        String line = String.format("%-95s %.3f  %s", r.metric(), r.value(), r.support());
        System.out.println(line);
        out.println(line);
      }
    }
  }

  private PolnearQuoteErrors() {}
}
