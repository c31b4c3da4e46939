package org.annals.eval;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.annals.annotate.Annotator;
import org.annals.annotate.CoreNlpAnnotator;
import org.annals.extract.place.Gazetteer;
import org.annals.model.AnnotatedArticle;
import org.annals.model.Article;
import org.annals.model.NamedSpan;
import org.annals.model.RawTimex;
import org.annals.model.Sentence;
import org.annals.pipeline.ArticlePipeline;

/**
 * Error analysis for quote attribution on PolNeAR: runs {@link PolnearQuoteEval} and prints every
 * wrong speaker, missed and spurious quote, then the scores. Annotations are cached on disk so a
 * rerun after a change to the attributor takes seconds.
 *
 * <p>Usage: {@code PolnearQuoteErrors <polnear_X.jsonl> [limit] [cacheDir] [errorsFile]}
 */
public final class PolnearQuoteErrors {

  private record Cached(List<Sentence> sentences, List<NamedSpan> namedSpans, List<RawTimex> timexes) {}

  public static void main(String[] args) throws IOException {
    Path gold = Path.of(args[0]);
    int limit = args.length > 1 ? Integer.parseInt(args[1]) : 0;
    Path cache = Path.of(args.length > 2 ? args[2] : "/tmp/annals-polnear-cache");
    Path errorsFile = Path.of(args.length > 3 ? args[3] : "/tmp/polnear-errors.txt");
    Files.createDirectories(cache);
    ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    Annotator caching = article -> {
      Path file = cache.resolve(article.id().replaceAll("[^A-Za-z0-9_.-]", "_") + ".json");
      try {
        if (Files.exists(file)) {
          Cached c = json.readValue(file.toFile(), Cached.class);
          return new AnnotatedArticle(article, c.sentences(), c.namedSpans(), c.timexes());
        }
        AnnotatedArticle a = CoreNlpAnnotator.shared().annotate(article);
        json.writeValue(file.toFile(), new Cached(a.sentences(), a.namedSpans(), a.timexes()));
        return a;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
    ArticlePipeline pipeline = new ArticlePipeline(caching, Gazetteer.builtIn());
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
